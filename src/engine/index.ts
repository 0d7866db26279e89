export { formatLongDate, parseNow, TIME_ZONE } from "./dates.js";
export { carryWordReadings, createEngine, createEngineInSlices } from "./engine.js";
export { prepareKnowledge, prepareKnowledgeInSlices } from "./prepare.js";
export type * from "./types.js";
