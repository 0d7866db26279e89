import type { Entry, Knowledge } from "../knowledge/types.js";
import { agreementWords } from "../language/lexicon.js";
import { UNITS } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { indexTerms, type Term } from "../language/pipeline.js";
import { type DateClaim, type DateQuestion, type DateUnit, unitOf } from "./date-question.js";
import {
  breakDown,
  daysBetween,
  formatLongDate,
  jakartaDate,
  jakartaMidnight,
  jakartaYear,
  statedDate,
  timeSince,
  unitsAfter,
  yearsAfter,
} from "./dates.js";
import { partyLookups } from "./facts.js";
import { engineStrings as S } from "./strings.js";

/**
 * Answers to date-arithmetic questions (date-question.ts reads their shape) from the knowledge's own dated
 * facts: the dates staff give (`facts.dates`), the days of dated quotes, and the years of targets. Nothing
 * here knows a date: every figure is counted with date-fns in Asia/Jakarta from what the knowledge says.
 */

/** A dated fact a question can count from or to. */
export interface DatedFact {
  entry: Entry;
  /** How the answer names it ("penandatanganan", "pernyataan Maidi", "tahun 2027"). */
  label: string;
  /** ISO calendar date. */
  date: string;
  /** Search forms that name it in a question. */
  forms: ReadonlySet<string>;
  kind: "date" | "statement" | "year";
}

const factsOf = new WeakMap<Knowledge, DatedFact[]>();
/** Every dated fact of the knowledge, the dates staff give first (in knowledge order). */
export function datedFacts(knowledge: Knowledge): DatedFact[] {
  let out = factsOf.get(knowledge);
  if (out) return out;
  out = [];
  // Per entry, worked out once: a reload reuses the entries of the files it did not change.
  const own = mapPacked(knowledge.entries, factsOfEntry);
  for (const kind of ["date", "statement", "year"] as const)
    for (const facts of own) pushAll(out, facts[kind]);
  factsOf.set(knowledge, out);
  return out;
}

function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** One entry's dated facts by kind (an entry's own texts only: the same in every knowledge holding it). */
type EntryFacts = Record<DatedFact["kind"], DatedFact[]>;
const entryFactsOf = new WeakMap<Entry, EntryFacts>();
function factsOfEntry(entry: Entry): EntryFacts {
  let facts = entryFactsOf.get(entry);
  if (facts) return facts;
  facts = { date: [], statement: [], year: [] };
  for (const d of entry.facts.dates)
    facts.date.push({
      entry,
      label: d.label,
      date: d.date,
      forms: new Set(indexTerms(`${d.label} ${entry.topic}`)),
      kind: "date",
    });
  for (const q of entry.quotes)
    if (q.date)
      facts.statement.push({
        entry,
        label: S.statementLabel(q.speaker),
        date: q.date,
        forms: new Set(
          indexTerms(
            `pernyataan kata ujar bilang mengatakan menyampaikan bicara ucap ${q.speaker} ${q.office}`,
          ),
        ),
        kind: "statement",
      });
  for (const year of new Set(mapPacked(entry.facts.targets, (t) => t.year))) {
    const what = mapPacked(
      entry.facts.targets.filter((t) => t.year === year),
      (t) => t.what,
    );
    facts.year.push({
      entry,
      label: S.targetYearLabel(year, what.join(" dan ")),
      date: `${year}-01-01`,
      forms: new Set(indexTerms(`target ${what.join(" ")} ${year}`)),
      kind: "year",
    });
  }
  entryFactsOf.set(entry, facts);
  return facts;
}

const factsByEntry = new WeakMap<Knowledge, Map<Entry, DatedFact[]>>();
/** The dated facts of one entry, in the order of `datedFacts` (looked up once per knowledge version). */
export function datedFactsOf(knowledge: Knowledge, entry: Entry): DatedFact[] {
  let byEntry = factsByEntry.get(knowledge);
  if (!byEntry) {
    byEntry = new Map();
    for (const f of datedFacts(knowledge)) {
      const list = byEntry.get(f.entry);
      if (list) list.push(f);
      else byEntry.set(f.entry, [f]);
    }
    factsByEntry.set(knowledge, byEntry);
  }
  return byEntry.get(entry) ?? [];
}

/** Whether an entry's topic or answer names the agreement itself, remembered per entry. */
const speaksOfAgreement = new WeakMap<Entry, boolean>();
export function speaksOfTheAgreement(entry: Entry): boolean {
  let named = speaksOfAgreement.get(entry);
  if (named === undefined) {
    named = indexTerms(`${entry.topic} ${entry.answer}`).some((w) => agreementWords.has(w));
    speaksOfAgreement.set(entry, named);
  }
  return named;
}

/**
 * The start of the agreement: the earliest dated fact of an entry that speaks of the agreement itself,
 * else the earliest dated fact (worked out once per knowledge version: with thousands of dated facts,
 * sorting them was most of a date question's time).
 */
const startOf = new WeakMap<Knowledge, { fact: DatedFact | undefined }>();
export function agreementStart(knowledge: Knowledge): DatedFact | undefined {
  let start = startOf.get(knowledge);
  if (!start) {
    const dated = datedFacts(knowledge)
      .filter((f) => f.kind === "date")
      .sort((a, b) => a.date.localeCompare(b.date));
    start = { fact: dated.find((f) => speaksOfTheAgreement(f.entry)) ?? dated[0] };
    startOf.set(knowledge, start);
  }
  return start.fact;
}

/** Why a date question is not answered here: it names something beyond the dated facts (or none). */
export type DateResolution = { fact: DatedFact } | { none: true };

/**
 * The dated fact a date question asks about: the one whose words cover every content word of the question
 * that the date grammar, the parties and the agreement's own name do not explain. A question naming only
 * the agreement ("kerja samanya udah berapa tahun") counts from its first dated fact (its signing). A year
 * named ("tekan 2027", "tahun depan") must be a year the knowledge dates. Otherwise `none`: the question
 * asks about something else (its own topic words, an unknown event) and the ordinary stages decide.
 */
export function resolveDatedFact(
  q: DateQuestion,
  terms: Term[],
  unknown: readonly string[],
  years: number[],
  knowledge: Knowledge,
  honorifics: ReadonlySet<string>,
  offices: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): DateResolution {
  const facts = datedFacts(knowledge);
  if (!facts.length) return { none: true };
  const { partyWords, personParty } = partyLookups(knowledge);
  // "Hari jadi KOTA Madiun": the words of the parties' longer names name the party, not a fact.
  const aliasWords = new Set(knowledge.parties.flatMap((p) => p.aliases.flatMap((a) => a.split(" "))));
  // Unknown content the focus stage kept (not a particle, typo or predicate): the question names more.
  if (unknown.some((w) => !q.grammar.has(w))) return { none: true };
  // "Hari jadi KOTA Madiun": the other words of a party's name ("kota", "pemkot") are the party too.
  const nameWords = new Set(
    knowledge.parties.flatMap((p) => p.aliases.flatMap((a) => a.toLowerCase().split(/\s+/))),
  );
  const withParty = terms.some((t) => partyWords.has(t.word) && !personParty.has(t.word));
  const explained = (t: Term) =>
    (withParty && nameWords.has(t.word)) ||
    q.grammar.has(t.word) ||
    (t.typed !== undefined && q.grammar.has(t.typed)) ||
    t.status === "generic" ||
    unitOf(t.word) !== undefined ||
    (partyWords.has(t.word) && !personParty.has(t.word)) ||
    (aliasWords.has(t.word) && terms.some((x) => partyWords.has(x.word) && !personParty.has(x.word))) ||
    agreementWords.has(t.word) ||
    honorifics.has(t.word) ||
    // ("signed by the TWO mayors", "oleh DUA wali kota": a number counts what it stands before, as digits do.)
    /^\d+$/.test(t.word) ||
    t.word in UNITS ||
    // ("since the mou was signed ... DI BALAI KOTA itu": where the event was, as the knowledge names it.)
    places.has(t.word);
  const named = terms.filter((t) => t.status !== "unknown" && !explained(t));
  // A person takes part in the fact the other words name ("sejak Vinanda tanda tangan"); a person alone
  // is asked about for their own dates ("ulang tahun Vinanda"), which are no fact of the knowledge.
  if (named.length && named.every((t) => personParty.has(t.word))) return { none: true };
  // So does an office the knowledge's people hold ("signed by the two MAYORS", "sejak WALI KOTA tanda tangan").
  const asked = named.filter((t) => !personParty.has(t.word) && !offices.has(t.word));
  const covers = (f: DatedFact) =>
    asked.every((t) => t.forms.some((x) => f.forms.has(x))) &&
    (q.anniversary === undefined || f.kind === "date");
  // Several entries' facts fit equally ("target 2027" of two files): retrieval decides, not this stage.
  const only = (found: DatedFact[]): DateResolution =>
    found.length && new Set(mapPacked(found, (f) => f.entry)).size === 1
      ? { fact: found[0] as DatedFact }
      : { none: true };
  const namesAgreement = terms.some((t) => agreementWords.has(t.word));
  const namesParty = terms.some((t) => partyWords.has(t.word) && !personParty.has(t.word));
  if (years.length) {
    // One year, and a fact of that year: the year itself ("tekan 2027") or what the other words name in
    // it ("sejak penandatanganan 2026"). An anniversary counts from a dated event, never from a year.
    if (new Set(years).size > 1) return { none: true };
    const inYear = facts.filter(
      (f) => years.includes(Number(f.date.slice(0, 4))) && (q.anniversary === undefined || f.kind !== "year"),
    );
    if (asked.length) return only(inYear.filter(covers));
    const years_ = inYear.filter((f) => f.kind === "year");
    return years_.length ? only(years_) : only(inYear.filter((f) => f.kind === "date").slice(0, 1));
  }
  if (!asked.length) {
    // "Hari jadi Kota Madiun": a party's own anniversary, not the agreement's.
    if (namesParty && !namesAgreement && q.anniversary !== undefined) return { none: true };
    // Naming only the agreement (or nothing): its start, the earliest dated fact of an entry that speaks
    // of the agreement itself (a second file's event dated later is not "the cooperation").
    const first = agreementStart(knowledge);
    return first ? { fact: first } : { none: true };
  }
  return only(facts.filter(covers));
}

/** "10 bulan 16 hari": a breakdown as words, zero parts left out (but never empty). */
function spell(parts: { n: number; unit: DateUnit }[]): string {
  const shown = parts.filter((p) => p.n > 0);
  const last = parts[parts.length - 1] as { n: number; unit: DateUnit };
  return mapPacked(shown.length ? shown : [last], (p) => `${p.n} ${UNIT_WORDS[p.unit]}`).join(" ");
}

const UNIT_WORDS: Readonly<Record<DateUnit, string>> = {
  day: "hari",
  week: "minggu",
  month: "bulan",
  year: "tahun",
};
const ORDER: readonly DateUnit[] = ["year", "month", "week", "day"];

/**
 * The units an answer counts in: the ones asked, largest first; "berapa lama" gets years, months and
 * days. A single asked unit other than days is shown with the day count beside it.
 */
function unitsFor(q: DateQuestion): DateUnit[] {
  if (!q.units.length) return ["year", "month", "day"];
  return ORDER.filter((u) => q.units.includes(u));
}

/** A span as the answer says it: "10 bulan 16 hari (320 hari)", "320 hari", "belum genap 1 tahun". */
function span(from: Date, to: Date, q: DateQuestion): string {
  const days = daysBetween(from, to);
  const units = unitsFor(q);
  const parts = breakDown(from, to, units);
  const onlyDays = units.length === 1 && units[0] === "day";
  if (onlyDays) return `${days} hari`;
  if (parts.every((p) => p.n === 0) && units.length === 1)
    return `${S.lessThan(1, UNIT_WORDS[units[0] as DateUnit])} (${days} hari)`;
  // "Berapa tahun, dan tepatnya berapa minggu?": the whole span in each smaller unit asked, too.
  const shownFrom = Math.max(
    0,
    parts.findIndex((p) => p.n > 0),
  );
  const totals = mapPacked(
    units.slice(shownFrom + 1).filter((u) => u !== "day"),
    (u) => `${breakDown(from, to, [u])[0]?.n ?? 0} ${UNIT_WORDS[u]}`,
  );
  return `${spell(parts)} (${[...totals, `${days} hari`].join(", ")})`;
}

/**
 * Whether the span a question states holds between a fact's day and today (`from` before `to`): "reached"
 * when the whole units passed are n, "exact" when n units end today, "more"/"less" against the day n units on.
 */
function claimHolds(claim: DateClaim, from: Date, to: Date): boolean {
  const end = unitsAfter(from, claim.n, claim.unit);
  const passed = claim.unit === "day" ? daysBetween(from, to) : timeSince(from, to, claim.unit);
  switch (claim.compare) {
    case "exact":
      return daysBetween(end, to) === 0;
    case "more":
      return daysBetween(end, to) > 0;
    case "less":
      return daysBetween(end, to) < 0;
    default:
      // "Apakah SUDAH 100 hari?" has come once 100 days have passed; "pas 3 bulan ya?" states the span itself.
      return claim.already ? passed >= claim.n : passed === claim.n;
  }
}

/** The text answering a date question about one dated fact, at `now`. */
export function composeDateAnswer(q: DateQuestion, fact: DatedFact, now: Date): string {
  // "... sampai hari ini tanggal satu Juli": the day the asker states is the "now" counted to, and said.
  const to = q.to && statedDate(q.to, now);
  if (to) return `${composeDateAnswer({ ...q, to: undefined }, fact, to)} ${S.countedTo(formatLongDate(to))}`;
  const date = jakartaDate(fact.date);
  const today = jakartaMidnight(now);
  const when = formatLongDate(date);
  // "Wis luwih 300 dino ta?", "pas 3 sasi saiki yo?": the stated span confirmed or denied, with the real one.
  if (q.ask === "claim" && q.claim && fact.kind !== "year") {
    const past = daysBetween(date, today) >= 0;
    const holds = past ? claimHolds(q.claim, date, today) : claimHolds(q.claim, today, date);
    const verdict = q.claim.already ? (holds ? S.already : S.notYet) : holds ? S.yes : S.no;
    return `${verdict} ${composeDateAnswer({ ...q, ask: "count", claim: undefined }, fact, now)}`;
  }
  if (q.anniversary !== undefined) {
    const years = q.anniversary;
    const day = yearsAfter(date, years);
    const dayText = formatLongDate(day);
    const left = daysBetween(today, day);
    const since = daysBetween(date, today);
    if (q.ask === "check") {
      if (left === 0) return S.anniversaryToday(years, fact.label, dayText);
      // "Udh setaun lalu blm?": not yet, and how long it has been so far.
      if (left > 0) {
        const months = timeSince(date, today, "month");
        const elapsed = months > 0 ? `${months} bulan (${since} hari)` : `${since} hari`;
        return S.anniversaryAhead(years, fact.label, dayText, left, elapsed);
      }
      return q.today
        ? S.anniversaryNotToday(years, fact.label, dayText, -left)
        : S.anniversaryPassed(years, fact.label, dayText, since);
    }
    if (left === 0) return S.anniversaryToday(years, fact.label, dayText);
    if (q.ask === "when" || !q.units.length)
      return left > 0
        ? S.anniversaryOn(years, fact.label, dayText, `${left} hari lagi`)
        : S.anniversaryOn(years, fact.label, dayText, `${-left} hari yang lalu`);
    return left > 0
      ? S.anniversaryOn(years, fact.label, dayText, `${span(today, day, q)} lagi`)
      : S.anniversaryOn(years, fact.label, dayText, `${span(day, today, q)} yang lalu`);
  }
  const days = daysBetween(date, today);
  if (fact.kind === "year") {
    const year = Number(fact.date.slice(0, 4));
    const relative = S.relativeYear(year - jakartaYear(now));
    if (days >= 0) return S.yearReachedSince(fact.label, relative);
    return S.yearAhead(fact.label, relative, span(today, date, q), when);
  }
  if (days === 0) return S.sameDay(fact.label, when);
  if (days > 0) return S.since(span(date, today, q), fact.label, when);
  return S.until(span(today, date, q), fact.label, when);
}

/** Words asking for a later occurrence of something ("kerja sama BERIKUTNYA", "the NEXT signing"). */
const NEXT = new Set(["berikutnya", "selanjutnya", "mendatang", "lanjutan", "susulan", "next"]);

/**
 * "Nanti ada KERJA SAMA LANJUTAN sama kota Blitar nggak?": a question about a later agreement (a word of
 * the agreement followed by a word for a later one), which a knowledge dating nothing after `now` does
 * not hold, whatever else the question names.
 */
export function asksLaterAgreement(tokens: readonly string[], entries: readonly Entry[], now: Date): boolean {
  const later = tokens.some((t, i) => NEXT.has(t) && i > 0 && agreementWords.has(tokens[i - 1] as string));
  if (!later) return false;
  const today = jakartaMidnight(now);
  return !entries.some((e) => e.facts.dates.some((d) => daysBetween(today, jakartaDate(d.date)) > 0));
}

/**
 * "Kapan kerja sama BERIKUTNYA akan ditandatangani?", "kapan AKAN tanda tangan LAGI?": a date question about a later occurrence of a fact
 * the knowledge dates only in the past (at `now`). The dated fact is another occurrence: the honest reply
 * says what the knowledge does date, never that date as the answer. Returns that reply, or undefined.
 */
export function laterOccurrence(tokens: string[], entry: Entry, now: Date): string | undefined {
  // "akan ... lagi": will happen again ("kapan akan tanda tangan kerja sama lagi?").
  const again = tokens.includes("akan") && tokens.includes("lagi");
  if (!again && !tokens.some((t) => NEXT.has(t))) return undefined;
  const dates = entry.facts.dates;
  const today = jakartaMidnight(now);
  if (!dates.length || dates.some((d) => daysBetween(today, jakartaDate(d.date)) > 0)) return undefined;
  const d = dates[dates.length - 1] as Entry["facts"]["dates"][number];
  return S.onlyPastDated(d.label, formatLongDate(jakartaDate(d.date)));
}
