import type { Entry, QuestionType } from "../knowledge/types.js";
import type { ClauseDecision } from "./decide.js";
import { entryAnswers } from "./facts.js";
import type { Focus } from "./focus.js";

/** The fact kinds a question can ask of an event, and whether an entry holds that kind. */
const HOLDS: Partial<Record<QuestionType, (e: Entry) => boolean>> = {
  date: (e) => e.facts.dates.length > 0,
  place: (e) => e.facts.places.length > 0,
  person: (e) => e.facts.people.length > 0,
  // "Kerja samanya di bidang apa aja?": each agreement's own list of fields.
  list: (e) => e.facts.sectors.length > 0,
};

/**
 * Entries of other sources that answer a question as fully as the chosen one: "Penandatanganannya di
 * mana?" when the knowledge holds a signing from each of two articles (a second article's knowledge moved
 * in beside the first). The question names nothing that tells them apart (no party, person or year), every
 * one of its words is in each entry, and each entry holds the fact kind asked (a place for "di mana", a
 * date for "kapan", people for "siapa", listed items for "apa saja"). One entry per other source, best ranked first; none when the
 * question names something of its own, since then it is about one of them.
 */
export function sameQuestionOtherSources(focus: Focus, decision: ClauseDecision): Entry[] {
  if (decision.status !== "answer" || decision.coverage < 1) return [];
  const p = focus.premises;
  if (p.parties.size || p.years.length || p.speakers.length || p.otherPeople.length || p.weekdays.length)
    return [];
  const kinds = focus.types.filter((t) => HOLDS[t]);
  if (!kinds.length || focus.intent !== "entry") return [];
  const fits = (e: Entry) =>
    kinds.some((t) => entryAnswers(e).has(t) && (HOLDS[t] as (e: Entry) => boolean)(e));
  const chosen = decision.entry;
  if (!fits(chosen)) return [];
  const seen = new Set([chosen.source.id]);
  const out: Entry[] = [];
  for (const r of decision.ranked) {
    if (seen.has(r.entry.source.id) || r.coverage < 1 || !fits(r.entry)) continue;
    seen.add(r.entry.source.id);
    out.push(r.entry);
  }
  return out;
}

/**
 * The order in which each source's answer is given: entries about no party in particular (the
 * knowledge's general facts) before entries whose facts hold only for their parties (`about:`), which the
 * question does not name (it names none, or no other source would be asked); otherwise best ranked first.
 * A second article moved in beside the first answers "kapan MoU nya diteken?" after it, not instead of it.
 */
export function sourcesInOrder(chosen: Entry, others: Entry[]): Entry[] {
  const all = [chosen, ...others];
  return [...all.filter((e) => !e.about.length), ...all.filter((e) => e.about.length)];
}
