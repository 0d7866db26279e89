import type { Knowledge } from "../knowledge/types.js";
import { knowledgeEvents } from "./compose.js";
import { datedFacts, speaksOfTheAgreement } from "./date-answer.js";
import { thingForms } from "./decide.js";

/**
 * Works out ahead the tables the engine otherwise builds on the first question that needs them: the
 * dated facts and events, the things the facts name, which dated entries speak of the agreement. They
 * are remembered per entry, so a reload reuses those of every entry it did not change; at 10,000 entries
 * they cost about a second once. The live knowledge calls this at start-up when it runs the behaviour
 * check, whose first reload would otherwise pay for them on the serving engine's side.
 */
export function prepareKnowledge(knowledge: Knowledge): void {
  for (const f of datedFacts(knowledge)) if (f.kind === "date") speaksOfTheAgreement(f.entry);
  knowledgeEvents(knowledge);
  thingForms(knowledge);
}
