export { formatLongDate, parseNow, TIME_ZONE } from "./dates.js";
export { createEngine } from "./engine.js";
export type * from "./types.js";
