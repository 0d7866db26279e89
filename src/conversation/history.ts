import type { Knowledge } from "../knowledge/types.js";
import { CITY_NOUNS } from "./markers.js";
import type { Cast } from "./people.js";
import type { Turn } from "./types.js";

/**
 * Where a follow-up points in the conversation so far: the newest turn with a topic, a date, a quote, an
 * answer, a place, or one person. Turns are newest last.
 */

/** The newest turn that has a topic. */
export function lastTopical(turns: readonly Turn[]): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]?.subject.length) return turns[i];
  return undefined;
}

/** The newest turn whose answer named a date. */
export function lastDated(turns: readonly Turn[]): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--)
    if (turns[i]?.dates.length && turns[i]?.subject.length) return turns[i];
  return undefined;
}

/** The last person the conversation named unambiguously, newest turn first. */
export function lastPerson(turns: readonly Turn[]): string | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const people = turns[i]?.people ?? [];
    if (people.length === 1) return people[0];
  }
  return undefined;
}

/** The newest turn answered from an entry that quotes someone. */
export function lastQuoted(turns: readonly Turn[], knowledge: Knowledge): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i] as Turn;
    if (!turn.subject.length) continue;
    if (turn.entryIds.some((id) => knowledge.entries.find((e) => e.id === id)?.quotes?.length)) return turn;
  }
  return undefined;
}

/**
 * "kutipan pertama itu": the turn of the nth quote the conversation answered with (n = -1 the newest),
 * narrowed to that quote's entry. Quotes count in the order they first came up (a turn listing several
 * brings them in the knowledge's order).
 */
export function nthQuoted(turns: readonly Turn[], knowledge: Knowledge, n: number): Turn | undefined {
  const quotes = (id: string) => knowledge.entries.find((e) => e.id === id)?.quotes?.length;
  if (n < 0) {
    // ("kutipan terakhir itu": the quote of the newest quoting turn.)
    const turn = lastQuoted(turns, knowledge);
    const id = turn?.entryIds.find(quotes);
    return turn && id ? { ...turn, entryIds: [id] } : undefined;
  }
  const seen: { id: string; turn: Turn }[] = [];
  for (const turn of turns) {
    if (!turn.subject.length) continue;
    for (const id of turn.entryIds) if (!seen.some((s) => s.id === id) && quotes(id)) seen.push({ id, turn });
  }
  const pick = seen[n - 1];
  return pick && { ...pick.turn, entryIds: [pick.id] };
}

/** The place a "kota itu" / "tempat itu" points at: the newest answered "where" of that kind. */
export function pointedPlace(noun: string, turns: readonly Turn[], cast: Cast): string | undefined {
  const isCity = (p: string) => [...cast.partyAliases.values()].some((aliases) => aliases.includes(p));
  for (let i = turns.length - 1; i >= 0; i--) {
    const places = turns[i]?.places ?? [];
    const place = CITY_NOUNS.has(noun) ? places.find(isCity) : places[0];
    if (place) return place;
  }
  return undefined;
}

/** The newest turn that was answered (not declined) and has a topic. */
export function lastAnswered(turns: readonly Turn[]): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--)
    if (turns[i]?.kind === "answer" && turns[i]?.subject.length) return turns[i];
  return undefined;
}

/** The answered turns with a topic, newest first. */
export function answeredTurns(turns: readonly Turn[]): Turn[] {
  return turns.filter((t) => t.kind === "answer" && t.subject.length).reverse();
}
