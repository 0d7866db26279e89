import type { Entry, Knowledge, QuestionType, Source } from "../knowledge/types.js";
import { indexTerms, type Term } from "../language/pipeline.js";
import { daysBetween, formatLongDate, formatMonth, jakartaDate, MONTHS, WEEKDAYS } from "./dates.js";
import { namedParties } from "./resolve.js";
import { engineStrings as S } from "./strings.js";

/** Everything compose needs to know about the question a part answers. */
export interface PartContext {
  types: QuestionType[];
  tokens: string[];
  /** The clause's content terms (for checking a yes/no question against the entry's facts). */
  terms: Term[];
  mentioned: Set<string>;
  ownerConflict: boolean;
  yearConflict: boolean;
  coverage: number;
  now: Date;
}

/** A quote as a citizen reads it: verbatim, with speaker, office and the day it was said. */
export function quoteLine(q: Entry["quotes"][number]): string {
  return S.quoteLine(
    q.text.replace(/[.,]\s*$/, ","),
    q.speaker,
    q.office,
    formatLongDate(jakartaDate(q.date)),
  );
}

/**
 * The source line ending every answer: outlet and month of the report. The month, not the day, because
 * a report's day is easily mistaken for the date of the event it reports (signed 13, reported 14).
 */
export function sourceLine(sources: Source[]): string {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 1) {
    const s = unique[0] as Source;
    return s.date ? S.source(s.outlet, formatMonth(jakartaDate(s.date))) : S.sourceUndated(s.outlet);
  }
  return S.sources(
    unique.map((s) => (s.date ? `${s.outlet} (${formatMonth(jakartaDate(s.date))})` : s.outlet)).join("; "),
  );
}

function relativeSentence(entry: Entry, now: Date): string | undefined {
  const d = entry.facts.dates[0];
  if (d) {
    const date = jakartaDate(d.date);
    const days = daysBetween(date, now);
    const when = formatLongDate(date);
    if (days > 0) return S.sinceDays(days, d.label, when);
    if (days === 0) return S.sameDay(d.label, when);
    return S.untilDays(-days, d.label.charAt(0).toUpperCase() + d.label.slice(1), when);
  }
  const t = entry.facts.targets;
  if (t.length) {
    const year = t[0]?.year as number;
    const what = t
      .filter((x) => x.year === year)
      .map((x) => x.what)
      .join(" dan ");
    const days = daysBetween(now, jakartaDate(`${year}-01-01`));
    return days > 0 ? S.untilYear(what, year, days) : S.yearReached(what, year);
  }
  return undefined;
}

/** Words that ask whether something has already happened ("sudah tercapai?"). */
const ALREADY = new Set(["sudah", "telah", "tercapai", "terwujud", "terlaksana", "berhasil"]);

/** A wrong premise in a yes/no question: a party or person that the entry's facts contradict. */
function contradicts(entry: Entry, ctx: PartContext, knowledge: Knowledge): boolean {
  if (ctx.ownerConflict || ctx.yearConflict) return true;
  // A weekday the entry's dates do not fall on ("tandatangan e dino rebo?").
  const days = ctx.tokens.filter((t) => WEEKDAYS.has(t));
  if (days.length) {
    const said = [...entry.facts.dates.map((d) => d.date), ...entry.quotes.map((q) => q.date)].map((d) =>
      formatLongDate(jakartaDate(d)).toLowerCase(),
    );
    if (said.length && days.some((d) => !said.some((s) => s.startsWith(d)))) return true;
  }
  // A day of the month the entry's dates do not have ("14 Januari ya?" about the 13 January signing).
  const dayNumbers = ctx.tokens.filter((t, i) => /^\d{1,2}$/.test(t) && MONTHS.has(ctx.tokens[i + 1] ?? ""));
  if (dayNumbers.length && entry.facts.dates.length) {
    const dated = entry.facts.dates.map((d) => formatLongDate(jakartaDate(d.date)).toLowerCase());
    if (dayNumbers.some((n) => !dated.some((s) => s.includes(` ${Number(n)} `)))) return true;
  }
  if (ctx.mentioned.size && entry.facts.places.length) {
    const placeParties = knowledge.parties
      .filter((p) => entry.facts.places.some((pl) => p.aliases.some((a) => pl.toLowerCase().includes(a))))
      .map((p) => p.key);
    if (placeParties.length && ![...ctx.mentioned].some((m) => placeParties.includes(m))) return true;
  }
  for (const person of entry.facts.people) {
    const named = person.name
      .toLowerCase()
      .split(/\s+/)
      .some((n) => ctx.tokens.includes(n));
    const direct = namedParties(ctx.tokens, knowledge);
    if (named && person.party && direct.size && !direct.has(person.party)) return true;
  }
  return false;
}

function targetAhead(entry: Entry, now: Date): boolean {
  return entry.facts.targets.some((t) => daysBetween(now, jakartaDate(`${t.year}-01-01`)) > 0);
}

/**
 * "Ya." only when the question's own words are among the entry's facts (its sectors, places, people,
 * dates, targets, topic): "Apakah pariwisata termasuk?" yes; "Apakah ini tentang kesehatan?" - the word
 * appears in the entry's text but is not one of its facts, so no "Ya.".
 */
function confirmedByFacts(entry: Entry, ctx: PartContext): boolean {
  const factWords = new Set(indexTerms([...factStrings(entry), entry.topic].join(" . ")));
  const asked = ctx.terms.filter((t) => !GENERIC_FOR_YES.has(t.stem));
  return asked.length > 0 && asked.every((t) => t.forms.some((f) => factWords.has(f)));
}

/** Words that frame a yes/no question about the cooperation rather than name what is asked. */
const GENERIC_FOR_YES = new Set([
  "kerjasama",
  "masuk",
  "ikut",
  "bagi",
  "sepakat",
  "kolaborasi",
  "madiun",
  "kediri",
]);

/** The facts of an entry as they appear in answer text (names, places, dates, sectors, targets). */
export function factStrings(e: Entry): string[] {
  return [
    ...e.facts.places,
    ...e.facts.people.flatMap((p) => [p.name, p.office]),
    ...e.facts.sectors,
    ...e.facts.dates.map((d) => formatLongDate(jakartaDate(d.date))),
    ...e.facts.targets.flatMap((t) => [t.what, String(t.year)]),
  ];
}

/** The text answering one clause from one entry, shaped by the question's types. */
export function composePart(entry: Entry, ctx: PartContext, knowledge: Knowledge): string {
  const lines: string[] = [];
  const { types } = ctx;
  if (types.includes("yesno")) {
    if (contradicts(entry, ctx, knowledge)) {
      const owners = knowledge.parties.filter((p) => entry.about.includes(p.key)).map((p) => p.name);
      lines.push(ctx.ownerConflict && owners.length ? S.notOwner(owners.join(" dan ")) : S.no);
    } else if (
      entry.facts.targets.length &&
      ctx.tokens.some((t) => ALREADY.has(t)) &&
      targetAhead(entry, ctx.now)
    ) {
      // "Apakah zero waste sudah tercapai?": a target is not an achievement.
      lines.push(S.notYet);
    } else if (ctx.coverage >= 0.8 && confirmedByFacts(entry, ctx)) lines.push(S.yes);
  }
  const relative = types.includes("relative") ? relativeSentence(entry, ctx.now) : undefined;
  if (relative) lines.push(relative);
  const wantsQuote = types.includes("quote") || types.includes("reason");
  const quoteDateOnly = types.includes("date") && !entry.facts.dates.length && !entry.facts.targets.length;
  if (quoteDateOnly && entry.quotes[0]) {
    const q = entry.quotes[0];
    lines.push(S.quoteSaidOn(q.speaker, formatLongDate(jakartaDate(q.date))));
  }
  if (!relative || entry.facts.targets.length) lines.push(entry.answer);
  if ((wantsQuote || quoteDateOnly) && entry.quotes.length) {
    for (const q of entry.quotes) lines.push(quoteLine(q));
  }
  return lines.join(" ");
}
