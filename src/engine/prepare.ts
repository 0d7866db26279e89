import type { Knowledge } from "../knowledge/types.js";
import { knowledgeEvents } from "./compose.js";
import { agreementStart, datedFacts } from "./date-answer.js";
import { thingForms } from "./decide.js";
import { runInSlices, runSteps, type Steps } from "./steps.js";

/**
 * Works out ahead the tables the engine otherwise builds on the first question that needs them: the
 * dated facts and events, the things the facts name, which dated entries speak of the agreement. They
 * are remembered per entry, so a reload reuses those of every entry it did not change; at 10,000 entries
 * they cost about a second once. The live knowledge calls this at start-up when it runs the behaviour
 * check, whose first reload would otherwise pay for them on the serving engine's side, and before a
 * reload's check asks the new engine (in slices, so the first question asked does not block for them).
 */
export function prepareKnowledge(knowledge: Knowledge): void {
  runSteps(prepareSteps(knowledge));
}

/** `prepareKnowledge` in time slices (see steps.ts). */
export function prepareKnowledgeInSlices(knowledge: Knowledge): Promise<void> {
  return runInSlices(prepareSteps(knowledge));
}

function* prepareSteps(knowledge: Knowledge): Steps<void> {
  datedFacts(knowledge);
  yield;
  agreementStart(knowledge);
  yield;
  knowledgeEvents(knowledge);
  yield;
  thingForms(knowledge);
}
