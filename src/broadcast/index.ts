/** Public surface of the broadcast domain: subscribers, jobs, the delivery worker and its helpers. */
export * from "./faults.js";
export * from "./jobs.js";
export * from "./limiter.js";
export * from "./message.js";
export * from "./progress.js";
export * from "./schedule.js";
export * from "./service.js";
export * from "./strings.js";
export * from "./subscribers.js";
export * from "./types.js";
export * from "./worker.js";
