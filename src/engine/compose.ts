import type { Entry, Knowledge, QuestionType, Source } from "../knowledge/types.js";
import { normalizeWords, standardize, UNITS } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { contentTerms, indexTerms, type Term } from "../language/pipeline.js";
import { composeDateAnswer, datedFactsOf } from "./date-answer.js";
import { isBetweenWord, orderAskedAt, readDateQuestion, takesOrdinal, unitOf } from "./date-question.js";
import {
  calendarFrameWords,
  daysBetween,
  formatLongDate,
  formatMonth,
  jakartaDate,
  MONTHS,
  type RelativeDays,
  TIME_WORDS,
  timeSince,
  timeUnit,
  weekdaysNamed,
} from "./dates.js";
import { type Conflicts, PARTY_KINDS, sectorForms } from "./decide.js";
import {
  enumerations,
  listOrdinal,
  namedParties,
  ownSectorForms,
  partyLookups,
  statementsOf,
  wordsOf,
} from "./facts.js";
import type { Focus, Intent, Premises } from "./focus.js";
import { engineStrings as S } from "./strings.js";

/**
 * Stage 5 (analyse -> focus -> retrieve -> decide -> COMPOSE): the Indonesian text of an answer, from the
 * chosen entry and what the question asked. Every sentence states what the knowledge says, nothing more.
 */

/** Everything compose needs to know about the question a part answers. */
export interface PartContext {
  types: QuestionType[];
  tokens: string[];
  /** The clause's content terms (for checking a yes/no question against the entry's facts). */
  terms: Term[];
  mentioned: Set<string>;
  conflicts: Conflicts;
  intent: Intent;
  coverage: number;
  now: Date;
  /**
   * Verbs of the question the knowledge does not use ("UMKM memperoleh PINJAMAN?", "kuliner DIREMBUG?"):
   * the entry holds the rest of the focus, not the predicate, so a yes/no question gets the facts and no
   * "Ya" (only a contradiction is said outright).
   */
  predicates?: string[];
  /**
   * The premises the clause names (parties' level, offices, years, days relative to now ...): a yes/no
   * question gets "Ya" only when the entry verifies every one of them.
   */
  premises?: Premises;
}

/** A quote as a citizen reads it: verbatim, with speaker, office and the day it was said when the source dates it. */
export function quoteLine(q: Entry["quotes"][number]): string {
  const text = q.text.replace(/[.,]\s*$/, ",");
  return q.date
    ? S.quoteLine(text, q.speaker, q.office, formatLongDate(jakartaDate(q.date)))
    : S.quoteLineUndated(text, q.speaker, q.office);
}

/**
 * The source line ending every answer: the outlet, and the month of the report only when staff give a
 * publication date (never invented). The month, not the day, because a report's day is easily mistaken
 * for the date of the event it reports (signed 13, reported 14).
 */
export function sourceLine(sources: Source[]): string {
  const unique = [...new Map(mapPacked(sources, (s) => [s.id, s])).values()];
  if (unique.length === 1) {
    const s = unique[0] as Source;
    return S.source(s.outlet, sourceMonth(s));
  }
  return S.sources(
    mapPacked(unique, (s) => (sourceMonth(s) ? `${s.outlet} (${sourceMonth(s)})` : s.outlet)).join("; "),
  );
}

/** The month a source is dated in, when it has a date. */
function sourceMonth(s: Source): string | undefined {
  return s.date ? formatMonth(jakartaDate(s.date)) : undefined;
}

/** Number words a lone count is written with ("dua hari"); longer numbers are already digits. */
const SMALL_NUMBERS: Readonly<Record<string, number>> = { ...UNITS, sepuluh: 10 };

/** A count the question states to be confirmed ("sudah 319 hari ya", "dua minggu lalu kan"). */
export function claimedCount(
  tokens: string[],
): { n: number; unit: "day" | "week" | "month" | "year" } | undefined {
  for (const t of tokens) {
    if (t === "sehari") return { n: 1, unit: "day" };
    const unit = /^se/.test(t) ? timeUnit(t) : undefined;
    if (unit) return { n: 1, unit };
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = SMALL_NUMBERS[tokens[i] as string] ?? Number(tokens[i]);
    if (!Number.isInteger(n) || n <= 0 || /^(19|20)\d\d$/.test(tokens[i] as string)) continue;
    const next = tokens[i + 1] as string;
    const unit = next === "hari" ? "day" : timeUnit(next);
    if (unit) return { n, unit };
  }
  return undefined;
}

/** Words that count time from or to a moment: without them "berapa hari ...?" asks how long something lasts. */
const MOMENT_WORDS = new Set([
  "sejak",
  "sjk",
  "lalu",
  "lagi",
  "lg",
  "sudah",
  "udah",
  "wis",
  "telah",
  "berlalu",
  "lewat",
  "sampai",
  "hingga",
  "menuju",
  "berjalan",
  "kapan",
]);
/** Day words of a duration fact's unit ("3 hari"). */
const DAY_UNITS = new Set(["hari", "dino", "day", "days"]);

/** Whether an entry states how long it lasts: a number of days, or a first and a last date. */
export function statesDuration(entry: Entry): boolean {
  // (A length in hours or minutes, "waktu tempuh 3 jam", states how long as much as one in days.)
  const days = (entry.facts.numbers ?? []).some((n) => {
    const unit = (n.unit ?? "").toLowerCase();
    return unitOf(unit) !== undefined || HOUR_UNITS.has(unit);
  });
  return days || new Set(mapPacked(entry.facts.dates, (d) => d.date)).size > 1;
}

/** Units of a length shorter than a day. */
const HOUR_UNITS: ReadonlySet<string> = new Set(["jam", "menit"]);

/**
 * "Berapa hari pelatihan berlangsung?", "pirang dino?": how long an event lasts, from a number fact in
 * days or from the span of its first and last dates (both days counted). Undefined when the question
 * counts from or to a moment, or the entry states no length.
 */
function durationSentence(entry: Entry, ctx: PartContext): string | undefined {
  if (ctx.intent !== "entry" || ctx.tokens.some((t) => MOMENT_WORDS.has(t))) return undefined;
  if (!ctx.tokens.some((t) => t === "hari" || t === "lama" || t === "berapalama")) return undefined;
  const stated = (entry.facts.numbers ?? []).find((n) => DAY_UNITS.has((n.unit ?? "").toLowerCase()));
  const dates = [...entry.facts.dates].sort((a, b) => a.date.localeCompare(b.date));
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = first && last && first.date !== last.date;
  if (!stated && !span) return undefined;
  const days = stated
    ? `${stated.value} ${stated.unit}`
    : `${daysBetween(jakartaDate(first?.date as string), jakartaDate(last?.date as string)) + 1} hari`;
  return span
    ? S.lastsFromTo(
        days,
        formatLongDate(jakartaDate(first?.date as string)),
        formatLongDate(jakartaDate(last?.date as string)),
      )
    : S.lasts(days);
}

/** The search forms of each of an entry's date labels, remembered per entry. */
const labelFormsOf = new WeakMap<Entry, Set<string>[]>();
function dateLabelForms(entry: Entry): Set<string>[] {
  let forms = labelFormsOf.get(entry);
  if (!forms) {
    forms = mapPacked(entry.facts.dates, (d) => new Set(indexTerms(d.label)));
    labelFormsOf.set(entry, forms);
  }
  return forms;
}

/**
 * The dated fact a question counts from: the one whose label the question names ("sejak pelatihan
 * SELESAI" -> the end, not the start), else the entry's first.
 */
function datedFactAsked(entry: Entry, ctx: PartContext): Entry["facts"]["dates"][number] | undefined {
  const dates = entry.facts.dates;
  if (dates.length < 2) return dates[0];
  const asked = new Set(ctx.terms.flatMap((t) => t.forms));
  const labelForms = dateLabelForms(entry);
  // Words every label shares ("pelatihan") tell the dates apart no more than the topic does.
  const shared = (f: string) => labelForms.every((forms) => forms.has(f));
  const hits = mapPacked(labelForms, (forms) => [...forms].filter((f) => !shared(f) && asked.has(f)).length);
  const best = Math.max(...hits);
  return best > 0 ? dates[hits.indexOf(best)] : dates[0];
}

/** Words that count from a moment in the past ("SEJAK pernyataan Maidi"), with chat and English spellings. */
const SINCE_START: ReadonlySet<string> = new Set(["sejak", "sjk", "semenjak", "since", "wiwit", "kawit"]);

/**
 * The time since or until the entry's dated fact. A question the date grammar reads (a count in units, an
 * anniversary) is answered by date-answer.ts, the one place that counts; a stated count is confirmed or
 * denied; otherwise the day count (or the countdown to a target year).
 */
function relativeSentence(entry: Entry, ctx: PartContext, knowledge: Knowledge): string | undefined {
  const { now, tokens } = ctx;
  const lasting = durationSentence(entry, ctx);
  if (lasting) return lasting;
  const facts = datedFactsOf(knowledge, entry);
  // The date the question names by its label ("sejak pelatihan SELESAI"), else the entry's first; an entry
  // dated only by what was said on a day ("sejak Maidi bilang ...") counts from that day.
  const named = datedFactAsked(entry, ctx);
  const fact =
    facts.find((f) => f.kind === "date" && named && f.label === named.label && f.date === named.date) ??
    facts.find((f) => f.kind === "date") ??
    (entry.facts.targets.length ? undefined : facts.find((f) => f.kind === "statement")) ??
    facts.find((f) => f.kind === "year");
  if (!fact) return undefined;
  const date = jakartaDate(fact.date);
  const days = daysBetween(date, now);
  const asked = readDateQuestion(tokens, ctx.types);
  // "sudah berapa hari SEJAK pernyataan Maidi?" answered by a statement whose only date is a target year
  // still to come: nothing is counted since a future year. Say the statement is undated, and count from the
  // speaker's dated words when the source has them.
  const quote = entry.quotes[0];
  if (fact.kind === "year" && quote && days < 0 && tokens.some((t) => SINCE_START.has(t))) {
    const dated = datedQuoteOf(quote.speaker, knowledge);
    const undated = quoteDateSentence(quote, knowledge);
    if (!dated?.date) return undated;
    const from = jakartaDate(dated.date);
    return `${undated} ${S.sinceDays(daysBetween(from, now), S.datedWordsOf(quote.speaker), formatLongDate(from))}`;
  }
  // "Sudah genap berumur satu tahun?" asks about the anniversary, not a stated count to confirm.
  const claimed = asked?.anniversary === undefined ? claimedCount(tokens) : undefined;
  if (fact.kind !== "year" && claimed && ctx.types.includes("yesno") && days > 0) {
    const when = formatLongDate(date);
    const actual = claimed.unit === "day" ? days : timeSince(date, now, claimed.unit);
    const sentence =
      claimed.unit === "day"
        ? S.sinceDays(days, fact.label, when)
        : S.sinceUnits([{ n: actual, unit: claimed.unit }], days, fact.label, when);
    return `${actual === claimed.n ? S.yes : S.no} ${sentence}`;
  }
  // An anniversary of a target year is no question the knowledge answers: count to the year itself.
  const q = asked && fact.kind === "year" ? { ...asked, anniversary: undefined } : asked;
  return composeDateAnswer(
    q ?? { ask: "count", units: ["day"], today: false, grammar: new Set() },
    fact,
    now,
  );
}

/** The speaker's first dated quote in the knowledge, if the source dates any of their words. */
function datedQuoteOf(speaker: string, knowledge: Knowledge): Entry["quotes"][number] | undefined {
  for (const e of knowledge.entries) for (const q of e.quotes) if (q.speaker === speaker && q.date) return q;
  return undefined;
}

/**
 * When a quote was said: its date, or that the source gives none, with the date of the same speaker's
 * dated words when the source has them ("imbuhnya" / "pungkasnya" are not dated in the article).
 */
function quoteDateSentence(q: Entry["quotes"][number], knowledge: Knowledge): string {
  if (q.date) return S.quoteSaidOn(q.speaker, formatLongDate(jakartaDate(q.date)));
  return undatedWordsSentence(q.speaker, knowledge);
}

/** That the source does not date some words of a speaker, with the day of their dated words if any. */
function undatedWordsSentence(speaker: string, knowledge: Knowledge): string {
  const dated = datedQuoteOf(speaker, knowledge);
  return S.quoteUndated(
    speaker,
    dated?.date ? { text: dated.text, date: formatLongDate(jakartaDate(dated.date)) } : undefined,
  );
}

/** Words that ask whether something has already happened ("sudah tercapai?"). */
const ALREADY = new Set(["sudah", "telah", "tercapai", "terwujud", "terlaksana", "berhasil"]);

/** The calendar days an entry is dated by: its dated facts, else the days its quotes were said. */
function entryDays(entry: Entry): string[] {
  const facts = mapPacked(entry.facts.dates, (d) => d.date);
  return facts.length ? facts : entry.quotes.flatMap((q) => (q.date ? [q.date] : []));
}

/** Whether the entry's date falls in the days a question names relative to now, and that date. */
function datedAgainst(entry: Entry, when: RelativeDays): { inside: boolean; date: string } | undefined {
  const days = entryDays(entry);
  const first = days[0];
  if (!first) return undefined;
  const inside = days.find((d) => d >= when.from && d <= when.to);
  return { inside: inside !== undefined, date: formatLongDate(jakartaDate(inside ?? first)) };
}

/**
 * A premise of a yes/no question that the entry does not verify: a level of government, an office, a place
 * or a partner nothing confirms, a year the entry has no fact for, a weekday, month or day relative to now
 * asked of an entry with no date. No "Ya" then: a premise not checked is not confirmed.
 */
function unverifiedPremise(entry: Entry, ctx: PartContext): boolean {
  const p = ctx.premises;
  if (!p) return false;
  if (p.levels.length || p.offices.length || p.places.length || p.partners.length || p.alternatives.length)
    return true;
  // "Apakah tarifnya Rp15.000?": a number the entry does not state as such is not confirmed.
  if (p.quantities.length && !ctx.conflicts.numbersConfirmed) return true;
  const days = entryDays(entry);
  if (!days.length && (p.when || p.weekdays.length || ctx.tokens.some((t) => MONTHS.has(t)))) return true;
  const years = new Set([
    ...entry.facts.years,
    ...mapPacked(entry.facts.targets, (t) => t.year),
    ...mapPacked(days, (d) => Number(d.slice(0, 4))),
  ]);
  return p.years.some((y) => !years.has(y));
}

/** A wrong premise in a yes/no question: a party or person that the entry's facts contradict. */
function contradicts(entry: Entry, ctx: PartContext, knowledge: Knowledge): boolean {
  const c = ctx.conflicts;
  if (
    c.owner ||
    c.year ||
    c.office ||
    c.speaker ||
    c.level ||
    c.place ||
    c.outlet ||
    c.sector ||
    c.partner ||
    c.alternative ||
    c.number ||
    c.negated ||
    c.target
  )
    return true;
  // A weekday the entry's dates do not fall on ("tandatangan e dino rebo?").
  const days = weekdaysNamed(ctx.tokens);
  if (days.length) {
    const said = mapPacked(
      [
        ...mapPacked(entry.facts.dates, (d) => d.date),
        ...entry.quotes.flatMap((q) => (q.date ? [q.date] : [])),
      ],
      (d) => formatLongDate(jakartaDate(d)).toLowerCase(),
    );
    if (said.length && days.some((d) => !said.some((s) => s.startsWith(d)))) return true;
  }
  // The entry's own dates: its facts' dates, else the dates its quotes were said on.
  const ownDates = [
    ...mapPacked(entry.facts.dates, (d) => d.date),
    ...(entry.facts.dates.length ? [] : entry.quotes.flatMap((q) => (q.date ? [q.date] : []))),
  ];
  // A month the entry's dates are not in ("ttd bulan Februari ya?"; "apakah pernyataan Maidi pada bulan
  // februari" about words said on 14 January: a quote's date is checked like a fact's).
  const months = ctx.tokens.filter((t) => MONTHS.has(t));
  if (months.length && ownDates.length) {
    const dated = mapPacked(ownDates, (d) => formatLongDate(jakartaDate(d)).toLowerCase());
    if (months.some((m) => !dated.some((s) => s.includes(` ${m} `)))) return true;
  }
  // A day of the month the entry's dates do not have ("14 Januari ya?" about the 13 January signing; "tgl
  // 13 ya?" about words said on the 14th).
  const dayNumbers = ctx.tokens.filter(
    (t, i) =>
      /^\d{1,2}$/.test(t) &&
      (MONTHS.has(ctx.tokens[i + 1] ?? "") || ["tanggal", "tgl"].includes(ctx.tokens[i - 1] ?? "")),
  );
  if (dayNumbers.length && ownDates.length) {
    const dated = mapPacked(ownDates, (d) => formatLongDate(jakartaDate(d)).toLowerCase());
    if (dayNumbers.some((n) => !dated.some((s) => s.includes(` ${Number(n)} `)))) return true;
  }
  // "Prioritas utama pariwisata kan?": a sector of the knowledge that is not this entry's sector.
  // Only a single sector is a closed fact ("the priority is ekonomi"); a list is open ("antara lain").
  if (entry.facts.sectors.length === 1) {
    const own = ownSectorForms(entry);
    const all = sectorForms(knowledge);
    if (ctx.terms.some((t) => t.forms.some((f) => all.has(f)) && !t.forms.some((f) => own.has(f))))
      return true;
  }
  if (namesPlaceOfAnotherParty(entry, ctx, knowledge)) return true;
  if (ctx.mentioned.size && entry.facts.places.length) {
    const placeParties = mapPacked(
      knowledge.parties.filter((p) =>
        entry.facts.places.some((pl) => p.aliases.some((a) => pl.toLowerCase().includes(a))),
      ),
      (p) => p.key,
    );
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
  return witnessAskedAsSigner(entry, ctx);
}

/**
 * "Ditandatangani di Balai Kota Madiun kan?" about an event at Balai Kota Kediri: the question names one of
 * the entry's places with another party's name in the place of its own. (Naming both parties elsewhere,
 * "kerja sama Madiun Kediri ...", no longer hides the wrong place.)
 */
function namesPlaceOfAnotherParty(entry: Entry, ctx: PartContext, knowledge: Knowledge): boolean {
  const asked = ` ${ctx.tokens.join(" ")} `;
  for (const place of entry.facts.places) {
    const words = mapPacked(contentTerms(place), (t) => t.word);
    for (const own of knowledge.parties) {
      const at = words.findIndex((w) => own.aliases.includes(w));
      if (at < 0) continue;
      for (const other of knowledge.parties) {
        if (other.key === own.key) continue;
        for (const alias of other.aliases.filter((a) => !a.includes(" "))) {
          const swapped = mapPacked(words, (w, i) => (i === at ? alias : w));
          if (swapped.length > 1 && asked.includes(` ${swapped.join(" ")} `)) return true;
        }
      }
    }
  }
  return false;
}

/** Nicknames the knowledge states ('Ia akrab disapa "Bu Kades".') with the one person each names. */
const nicknameCache = new WeakMap<Knowledge, { nickname: string; name: string; office: string }[]>();
function nicknamesOf(knowledge: Knowledge): { nickname: string; name: string; office: string }[] {
  let out = nicknameCache.get(knowledge);
  if (out) return out;
  out = [];
  for (const e of knowledge.entries) {
    const person = e.facts.people.length === 1 ? e.facts.people[0] : undefined;
    if (!person) continue;
    for (const m of e.answer.matchAll(/\b(?:disapa|dipanggil|sapaan)\s+"([^"]{2,40})"/g)) {
      const nickname = (m[1] as string).trim();
      if (!out.some((n) => n.nickname.toLowerCase() === nickname.toLowerCase()))
        out.push({ nickname, name: person.name, office: person.office });
    }
  }
  nicknameCache.set(knowledge, out);
  return out;
}

/**
 * "Apakah Kepala Desa Ngampel yang disebut Bu Kades?", "Apakah Bu Siska itu Bupati Sendangarum?": the
 * question names a nickname that the knowledge gives to someone this entry is not about.
 */
function nicknameOfAnother(
  entry: Entry,
  ctx: PartContext,
  knowledge: Knowledge,
): { nickname: string; name: string; office: string } | undefined {
  const own = new Set(mapPacked(entry.facts.people, (p) => p.name));
  if (!own.size) return undefined;
  const t = ctx.tokens;
  return nicknamesOf(knowledge).find((n) => {
    if (own.has(n.name)) return false;
    // The nickname as the question's own tokens read it (the honorific dropped: "Bu Kades" -> "kades").
    const words = standardize(normalizeWords(n.nickname));
    if (!words.length) return false;
    for (let i = 0; i + words.length <= t.length; i++) {
      if (!words.every((w, k) => t[i + k] === w)) continue;
      // "wali kota", "wakil bupati": the office itself, not the nickname "Bu Wali".
      if (t[i + words.length] === "kota" || t[i - 1] === "wakil") continue;
      return true;
    }
    return false;
  });
}

/** Forms of signing and of witnessing, as the pipeline indexes them. */
const SIGN_FORMS = new Set(
  indexTerms("menandatangani ditandatangani tandatangan penandatanganan teken meneken diteken"),
);
const WITNESS = /\b(?:disaksikan|menyaksikan|turut hadir|hadir pula|tampak hadir|juga hadir|saksi)\b/i;

/**
 * "Apakah Nurhayati Lubis ikut menandatangani?" answered by "Penandatanganan disaksikan ..., Nurhayati
 * Lubis.": the sentence naming the person says they witnessed the signing, so the premise is wrong.
 */
function witnessAskedAsSigner(entry: Entry, ctx: PartContext): boolean {
  if (!ctx.terms.some((t) => t.forms.some((f) => SIGN_FORMS.has(f)))) return false;
  if (ctx.terms.some((t) => t.forms.some((f) => /saksi|hadir/.test(f)))) return false;
  const sentences = entry.answer.split(/(?<=[.!?])\s+/);
  const asked = entry.facts.people.filter((p) =>
    p.name
      .toLowerCase()
      .split(/\s+/)
      .some((n) => n.length > 2 && ctx.tokens.includes(n)),
  );
  return (
    asked.length > 0 &&
    asked.every((p) => {
      const own = sentences.filter((x) => x.includes(p.name));
      // The name comes after the witness word ("..., disaksikan puluhan ketua RW" after the signers'
      // names does not make them witnesses).
      return (
        own.length > 0 &&
        own.every((x) => {
          const w = WITNESS.exec(x);
          return w !== null && x.indexOf(p.name) > w.index;
        })
      );
    })
  );
}

/**
 * "Ya." only when the question's own words are among the entry's facts (its sectors, places, people,
 * dates, targets, topic): "Apakah pariwisata termasuk?" yes; "Apakah ini tentang kesehatan?" - the word
 * appears in the entry's text but is not one of its facts, so no "Ya.".
 */
function confirmedByFacts(entry: Entry, ctx: PartContext, knowledge: Knowledge): boolean {
  const own = factForms(entry);
  const factWords = new Set(own);
  // A place of the knowledge that the question names in full and this entry's answer states ("di Balai
  // Kota Kediri pada 13 Januari"): confirmed too. Only the whole name counts, so "Balai Kota Madiun"
  // never confirms "Balai Kota Kediri".
  const asked = ` ${ctx.tokens.join(" ")} `;
  const answer = entry.answer.toLowerCase();
  for (const place of knowledgePlaces(knowledge)) {
    if (place.phrase && asked.includes(place.phrase) && answer.includes(place.lower))
      for (const w of place.forms) factWords.add(w);
  }
  // Words framing a date premise ("TAHUN lalu", "kemarin") are checked with the entry's dates, not here.
  const calendar = calendarFrameWords(ctx.tokens);
  const terms = ctx.terms.filter((t) => !GENERIC_FOR_YES.has(t.stem) && !calendar.has(t.word));
  // "Bu Vinanda ikut ttd gak?": a question naming one of the entry's people asks what the entry states of
  // them; the answer's own words ("Ia menandatangani kerja sama ini") confirm it.
  const person = entry.facts.people.some((p) =>
    p.name
      .toLowerCase()
      .split(/\s+/)
      .some((n) => ctx.tokens.includes(n)),
  );
  if (person) for (const f of indexTerms(entry.answer)) factWords.add(f);
  return terms.length > 0 && terms.every((t) => t.forms.some((f) => factWords.has(f)));
}

/** Words that frame a question of inclusion ("mencakup bidang ...", "termasuk sektor ..."), as search forms. */
const INCLUSION_FRAME = new Set([
  "cakup",
  "mencakup",
  "tercakup",
  "termasuk",
  "masuk",
  "bidang",
  "sektor",
  "meliputi",
  "liput",
]);

/**
 * "Apakah kerja sama ini juga mencakup bidang kuliner?": an inclusion question whose every other word is a
 * sector of the entry (or frames the cooperation) is confirmed by the entry's list, however little of the
 * entry's text its frame words ("mencakup", "bidang") weigh.
 */
function includesSector(entry: Entry, ctx: PartContext): boolean {
  if (!entry.facts.sectors.length) return false;
  const framed = ctx.terms.filter((t) => t.forms.some((f) => INCLUSION_FRAME.has(f)));
  if (!framed.length) return false;
  const own = ownSectorForms(entry);
  const rest = ctx.terms.filter((t) => !framed.includes(t) && !GENERIC_FOR_YES.has(t.stem));
  return rest.length > 0 && rest.every((t) => t.forms.some((f) => own.has(f)));
}

/** The search forms of an entry's facts and topic, remembered per entry. */
const factFormsOf = new WeakMap<Entry, ReadonlySet<string>>();
function factForms(entry: Entry): ReadonlySet<string> {
  let s = factFormsOf.get(entry);
  if (!s) {
    // The speaker of a quote and the day it was said are facts too ("Maidi bilang itu hari Rabu, betul?").
    const said = entry.quotes.flatMap((q) => [
      q.speaker,
      ...(q.date ? [formatLongDate(jakartaDate(q.date))] : []),
    ]);
    s = new Set(indexTerms([...factStrings(entry), ...said, entry.topic].join(" . ")));
    factFormsOf.set(entry, s);
  }
  return s;
}

/** A place of the knowledge as a question names it: its content words (" balai kota kediri "), its forms. */
interface PlaceName {
  /** The place's content words between spaces, or "" when it has none. */
  phrase: string;
  lower: string;
  forms: string[];
}
const placesOf = new WeakMap<Knowledge, PlaceName[]>();
function knowledgePlaces(knowledge: Knowledge): PlaceName[] {
  let out = placesOf.get(knowledge);
  if (!out) {
    out = mapPacked([...new Set(knowledge.entries.flatMap((e) => e.facts.places))], (place) => {
      const words = mapPacked(contentTerms(place), (t) => t.word);
      return {
        phrase: words.length ? ` ${words.join(" ")} ` : "",
        lower: place.toLowerCase(),
        forms: indexTerms(place),
      };
    });
    placesOf.set(knowledge, out);
  }
  return out;
}

/** Words that frame a yes/no question about the cooperation rather than name what is asked. */
const GENERIC_FOR_YES = new Set([
  "kerjasama",
  "masuk",
  // ("termasuk dalam CAKUPAN kesepakatan", "ruang LINGKUP": the frame of an inclusion question)
  "cakup",
  "lingkup",
  // ("mencakup BIDANG kuliner": the frame of a sector named to confirm)
  "bidang",
  "ikut",
  "bagi",
  "sepakat",
  "kolaborasi",
  "madiun",
  "kediri",
]);

/** An office as the question named it, in the words it is written with ("wakilwalikota" -> wakil wali kota). */
function spelledOffice(office: string): string {
  return office.replace(/\bwakilwalikota\b/g, "wakil wali kota").replace(/\bwalikota\b/g, "wali kota");
}

/** The entry's place that names one of the parties ("Aula DLH Kota Madiun"), else its first place. */
function partyPlace(entry: Entry, knowledge: Knowledge): string | undefined {
  const aliases = knowledge.parties.flatMap((p) => p.aliases);
  const named = entry.facts.places.find((pl) =>
    aliases.some((a) => ` ${pl.toLowerCase()} `.includes(` ${a} `)),
  );
  return named ?? entry.facts.places[0];
}

/** The facts of an entry as they appear in answer text (names, places, dates, sectors, targets). */
export function factStrings(e: Entry): readonly string[] {
  let strings = factStringsOf.get(e);
  if (!strings) {
    strings = entryFactStrings(e);
    factStringsOf.set(e, strings);
  }
  return strings;
}
const factStringsOf = new WeakMap<Entry, readonly string[]>();
function entryFactStrings(e: Entry): string[] {
  return [
    ...e.facts.places,
    ...e.facts.people.flatMap((p) => [p.name, p.office]),
    ...e.facts.sectors,
    ...mapPacked(e.facts.dates, (d) => formatLongDate(jakartaDate(d.date))),
    ...e.facts.targets.flatMap((t) => [t.what, String(t.year)]),
  ];
}

/**
 * "Ada berapa sektor strategis?": the number of items of the list the answer enumerates after the noun the
 * question counts ("sektor strategis, antara lain: A, B, C, serta D" -> 4, said to be an open list).
 */
function listCount(entry: Entry, ctx: PartContext): string | undefined {
  const asked = new Set(ctx.terms.flatMap((t) => [t.word, ...t.forms]));
  // "Berapa liter per detik?" of "Sendangarum 150 liter per detik, Tirtamulya 100 ...": the unit asked is
  // what the entry's numbers measure, an amount, not a count of the items that state them.
  if (entry.facts.numbers?.some((n) => n.unit && asked.has(n.unit.toLowerCase()))) return undefined;
  let best: { n: number; list: ReturnType<typeof enumerations>[number] } | undefined;
  for (const list of enumerations(entry)) {
    const n = list.nouns.filter((w) => asked.has(w)).length;
    if (n > 0 && (!best || n > best.n)) best = { n, list };
  }
  if (!best) return undefined;
  const what = best.list.nouns.filter((w) => asked.has(w)).join(" ");
  return S.listCount(best.list.items.length, what, best.list.open);
}

/**
 * "Yang tanda tangan BUPATI MADIUN sama wali kota kediri?": an office nobody holds is denied, and when it
 * names a party whose person this entry does not name, that party's person in the knowledge is said too.
 */
function officeCorrection(office: string, entry: Entry, knowledge: Knowledge): string {
  const parties = namedParties(office.split(/\s+/), knowledge);
  const [party] = parties;
  const spelled = spelledOffice(office);
  if (parties.size !== 1 || entry.facts.people.some((p) => p.party === party)) return S.notOffice(spelled);
  for (const e of knowledge.entries)
    for (const p of e.facts.people)
      if (p.party === party) return S.notOfficeHolder(spelled, p.office, p.name);
  return S.notOffice(spelled);
}

/**
 * "sektor yang kedua tadi apa?": the item of the entry's list after the noun asked, at the ordinal's place in
 * the order the source names them; undefined when the question picks none or the entry lists no such item.
 */
function pickedItem(entry: Entry, ctx: PartContext, knowledge: Knowledge): string | undefined {
  if (ctx.types.includes("yesno")) return undefined;
  const ordinal = listOrdinal(ctx.tokens, knowledge, takesOrdinal);
  if (!ordinal) return undefined;
  const asked = new Set(ctx.tokens);
  const list = enumerations(entry).find((l) => l.nouns.some((n) => n !== "di" && asked.has(n)));
  const item = list && (ordinal.n < 0 ? list.items[list.items.length - 1] : list.items[ordinal.n - 1]);
  if (!list || !item) return undefined;
  const what = list.nouns.filter((n) => n !== "di").join(" ");
  return S.pickedItem(ordinal.word, what, item.trim(), list.items.length);
}

/** The text answering one clause from one entry, shaped by the question's types. */
export function composePart(entry: Entry, ctx: PartContext, knowledge: Knowledge): string {
  const picked = pickedItem(entry, ctx, knowledge);
  if (picked) return picked;
  const lines: string[] = [];
  const { types } = ctx;
  const relative =
    types.includes("relative") || (ctx.intent === "anniversary" && entry.facts.dates.length)
      ? relativeSentence(entry, ctx, knowledge)
      : undefined;
  // "ttdne seminggu lalu ya?": a stated count is confirmed or denied by the count itself, said once.
  const relativeVerdict = relative?.startsWith(S.yes) || relative?.startsWith(S.no);
  // "ttd nya kemarin ya?": the entry's date against the days named relative to now.
  const when = types.includes("yesno") && ctx.premises?.when;
  const dated = when ? datedAgainst(entry, when) : undefined;
  if (types.includes("yesno")) {
    const nickname = nicknameOfAnother(entry, ctx, knowledge);
    if (nickname) {
      lines.push(S.notNickname(nickname.nickname, nickname.name, nickname.office));
    } else if (when && dated && !dated.inside && !contradicts(entry, ctx, knowledge))
      lines.push(S.notWhen(when.phrase, dated.date));
    else if (contradicts(entry, ctx, knowledge)) {
      const owners = mapPacked(
        knowledge.parties.filter((p) => entry.about.includes(p.key)),
        (p) => p.name,
      );
      const c = ctx.conflicts;
      // "Diadakan di Kediri?" about an event in Madiun: where it really is, not whose it is.
      const place =
        types.includes("place") && c.owner && !c.speaker && !c.office
          ? partyPlace(entry, knowledge)
          : undefined;
      lines.push(
        c.outlet
          ? S.notOutlet(mapPacked(knowledge.sources, (x) => x.outlet).join(", "))
          : c.negated && !c.owner && !c.speaker
            ? S.notNegated(c.negated)
            : c.target && !c.owner && !c.speaker
              ? S.notTarget(c.target, mapPacked(entry.facts.targets, (t) => t.what).join(" dan "))
              : c.number && !c.owner && !c.speaker && !c.office && !c.level && !c.year && !c.place
                ? S.notNumber(c.number.asked, c.number.right)
                : c.alternative && !c.owner && !c.speaker && !c.office && !c.level && !c.year && !c.place
                  ? S.notAlternative(c.alternative)
                  : c.partner
                    ? S.notPartner(c.partner, mapPacked(knowledge.parties, (p) => p.name).join(" dan "))
                    : c.sector
                      ? S.notSector(c.sector, entry.facts.sectors.join(", "))
                      : place
                        ? S.notPlace(place)
                        : c.speaker
                          ? S.notSpeaker(c.speaker.name, c.speaker.office)
                          : c.office
                            ? officeCorrection(c.office, entry, knowledge)
                            : c.level
                              ? S.notLevel(mapPacked(knowledge.parties, (p) => p.name).join(" dan "))
                              : c.owner && owners.length
                                ? // A person of another party ("Kepala Desa Ngampel yang disebut Bu Kades?"): whose they are.
                                  entry.facts.people.length
                                  ? S.notOwnerPerson(owners.join(" dan "))
                                  : S.notOwner(owners.join(" dan "))
                                : S.no,
      );
    } else if (entry.facts.targets.length && ctx.tokens.some((t) => ALREADY.has(t))) {
      // "Apakah zero waste sudah tercapai?": the source states a target, not whether it was reached.
      const t = entry.facts.targets[0] as Entry["facts"]["targets"][number];
      const what = mapPacked(
        entry.facts.targets.filter((x) => x.year === t.year),
        (x) => x.what,
      );
      lines.push(S.onlyTarget(what.join(" dan "), t.year));
    } else if (
      (ctx.coverage >= 0.8 || includesSector(entry, ctx)) &&
      !ctx.predicates?.length &&
      !relativeVerdict &&
      !unverifiedPremise(entry, ctx) &&
      // "Apakah diskon pelajar 40 persen?": the number stated is the entry's number for what it names.
      (ctx.conflicts.numbersConfirmed || confirmedByFacts(entry, ctx, knowledge))
    )
      lines.push(when && dated ? S.yesWhen(when.phrase, dated.date) : S.yes);
  }
  if (relative) lines.push(relative);
  const wantsQuote = types.includes("quote") || types.includes("reason");
  // "Kapan dia bilang itu?": the day of the words (or that the source gives none), also for a target's words.
  // So does a yes/no question with a month or year premise about the words ("apakah pernyataan Maidi pada
  // bulan Februari", "... tahun 2025?"): the premise is checked against that day, or the words are undated.
  const datePremise =
    types.includes("yesno") && (Boolean(ctx.premises?.years.length) || ctx.tokens.some((t) => MONTHS.has(t)));
  const quoteDateOnly =
    (types.includes("date") || datePremise) &&
    !entry.facts.dates.length &&
    (!entry.facts.targets.length || types.includes("quote"));
  if (quoteDateOnly && entry.quotes[0]) lines.push(quoteDateSentence(entry.quotes[0], knowledge));
  else if (quoteDateOnly && types.includes("quote")) {
    // "Kapan Maidi bilang soal pariwisata?": words the source reports without quoting them carry no date.
    const speaker = wordsOf(entry, knowledge);
    if (speaker) lines.push(undatedWordsSentence(speaker, knowledge));
  }
  // "Di mana Maidi mengatakan itu?": the source names no place for the words; say so, never guess one.
  // ("Zero waste itu buat KOTA MANA": which party's, which the answer says; no place is asked.)
  const whichParty =
    entry.about.length > 0 && ctx.tokens.some((t, i) => PARTY_KINDS.has(t) && ctx.tokens[i + 1] === "mana");
  const quotePlaceOnly =
    types.includes("place") && !whichParty && !entry.facts.places.length && entry.quotes[0];
  if (quotePlaceOnly && entry.quotes[0]) lines.push(S.quoteNoPlace(entry.quotes[0].speaker));
  const counted = types.includes("amount") && !relative ? listCount(entry, ctx) : undefined;
  if (counted) lines.push(counted);
  if (!relative || entry.facts.targets.length) lines.push(entry.answer);
  if ((wantsQuote || quoteDateOnly) && entry.quotes.length) {
    // An answer that already gives the words verbatim (a drafted quote entry) does not repeat them.
    const shown = entry.answer.replace(/\s+/g, " ");
    for (const q of entry.quotes)
      if (!shown.includes(q.text.replace(/\s+/g, " ").replace(/[.,]\s*$/, ""))) lines.push(quoteLine(q));
  }
  return lines.join(" ");
}

/** A dated statement or fact, for answers that span several entries. */
export interface DatedEvent {
  entry: Entry;
  /** How the answer names it ("penandatanganan", "pernyataan Maidi"). */
  label: string;
  date: string;
  /** Search forms that name it in a question. */
  forms: Set<string>;
}

/**
 * "Apa kata wali kota KEDIRI?": the statements asked for are of a party none of whose people the source
 * quotes. Says whom it does quote (a decline, never another party's words); undefined otherwise.
 */
export function statementsOfOtherParty(focus: Focus, knowledge: Knowledge): string | undefined {
  const named = focus.premises.named;
  if (focus.premises.speakers.length || !named.size) return undefined;
  const byName = partyLookups(knowledge).personParty;
  const speakers = knowledge.entries.flatMap((e) => e.quotes);
  if (!speakers.length) return undefined;
  const partyOf = (speaker: string) => byName.get(speaker.toLowerCase().split(/\s+/)[0] ?? "");
  if (speakers.some((q) => named.has(partyOf(q.speaker) ?? ""))) return undefined;
  const quoted = [...new Map(mapPacked(speakers, (q) => [q.speaker, `${q.speaker} (${q.office})`])).values()];
  return S.onlyQuoted(quoted.join(", "));
}

/** Every quote of the knowledge with the entry holding it, in the order the entries are written. */
function allStatements(knowledge: Knowledge): { entry: Entry; quote: Entry["quotes"][number] }[] {
  return knowledge.entries.flatMap((entry) => mapPacked(entry.quotes, (quote) => ({ entry, quote })));
}

/**
 * When the words were said, when the source dates only some of them (the article dates Maidi's first quote,
 * "ujarnya, Rabu (14/1/2026)", and not the ones closing with "imbuhnya" / "pungkasnya"): the dated ones in
 * full with their day, then the others, each named by its first words, as not dated. Never the day of
 * another event. Undefined when every statement is dated (the plain list then says each day) or none is.
 */
function statementDates(
  said: { entry: Entry; quote: Entry["quotes"][number] }[],
  reported: Entry[],
  whose: string | undefined,
): { text: string; entries: Entry[] } | undefined {
  const dated = said.filter(({ quote }) => quote.date);
  const undated = said.filter(({ quote }) => !quote.date);
  if (!dated.length || (!undated.length && !reported.length)) return undefined;
  const several = new Set(mapPacked(said, ({ quote }) => quote.speaker)).size > 1;
  return {
    text: [
      S.datedStatementsOnly(dated.length, whose),
      ...mapPacked(dated, ({ quote }) => `- ${quoteLine(quote)}`),
      S.otherStatementsUndated(whose?.replace(/ \(.*$/, "")),
      ...mapPacked(
        undated,
        ({ quote }) => `- ${S.statementNamed(quote.text, several ? quote.speaker : undefined)}`,
      ),
      ...mapPacked(reported, (e) => `- ${S.reportedNamed(e.answer)}`),
    ].join("\n"),
    entries: [...new Set([...mapPacked(said, ({ entry }) => entry), ...reported])],
  };
}

/** Every statement of the speaker the question names (or of the only speaker), each with its date if any. */
export function composeStatements(
  focus: Focus,
  knowledge: Knowledge,
): { text: string; entries: Entry[] } | undefined {
  const speakers = [...new Set(knowledge.entries.flatMap((e) => mapPacked(e.quotes, (q) => q.speaker)))];
  const speaker = focus.premises.speakers[0] ?? (speakers.length === 1 ? speakers[0] : undefined);
  if (focus.premises.otherPeople.length) return undefined;
  // "Kapan kutipan itu disampaikan?": the day of the words asked for is each quote's own date.
  const whenSaid = focus.types.includes("date") && !focus.types.includes("yesno") && !focus.order;
  if (!speaker) {
    if (focus.order) return statementAtOfEachSource(focus.order, knowledge);
    // (Several speakers, none named: the dates of all their words.)
    return whenSaid ? statementDates(allStatements(knowledge), [], undefined) : undefined;
  }
  const all = statementsOf(knowledge, speaker);
  // "Apa pesan penutup Maidi?": only the last (or first) of them, in the source's order.
  const said = focus.order ? (focus.order === "first" ? all.slice(0, 1) : all.slice(-1)) : all;
  if (!said.length) return undefined;
  const office = said[0]?.quote.office ?? "";
  const lines = mapPacked(said, ({ quote }) => `- ${quoteLine(quote)}`);
  // Words the source reports without quoting them ("Maidi menyampaikan bahwa ...").
  const quoted = new Set(mapPacked(said, (s) => s.entry));
  const reported = knowledge.entries.filter(
    (e) =>
      !focus.order &&
      !quoted.has(e) &&
      !e.facts.people.length &&
      new RegExp(`\\b${speaker}\\b[^.]*\\b(menyampaikan|menegaskan|menambahkan|menilai|mengatakan)\\b`).test(
        e.answer,
      ),
  );
  for (const e of reported) lines.push(`- ${e.answer}`);
  // Some of the words dated and some not: the dated ones with their day, the others said to be undated.
  if (whenSaid && said.some(({ quote }) => quote.date)) {
    const dates = statementDates(said, reported, `${speaker} (${office})`);
    if (dates) return dates;
  }
  // "Kapan Rahmat bilang itu?": when none of the words is dated, say so before them, never guess a day.
  const undated =
    focus.types.includes("date") && said.every(({ quote }) => !quote.date) && said[0]
      ? [quoteDateSentence(said[0].quote, knowledge)]
      : [];
  return {
    text: [
      ...undated,
      focus.order ? S.statementAt(focus.order, speaker, office) : S.statementsTitle(speaker, office),
      ...lines,
    ].join("\n"),
    entries: [...quoted, ...reported],
  };
}

/**
 * "Siapa yang menyampaikan kutipan terakhir dalam berita?" with several speakers and no one named: the
 * first (or last) statement of each news report the knowledge quotes, in the order its entries are written.
 */
function statementAtOfEachSource(
  order: "first" | "last",
  knowledge: Knowledge,
): { text: string; entries: Entry[] } | undefined {
  const bySource = new Map<Source, { entry: Entry; quote: Entry["quotes"][number] }[]>();
  for (const entry of knowledge.entries)
    for (const quote of entry.quotes) {
      const said = bySource.get(entry.source) ?? [];
      said.push({ entry, quote });
      bySource.set(entry.source, said);
    }
  const picked = [...bySource.entries()].flatMap(([source, said]) => {
    const one = order === "first" ? said[0] : said[said.length - 1];
    return one ? [{ source, ...one }] : [];
  });
  if (!picked.length) return undefined;
  const several = picked.length > 1;
  const text = mapPacked(picked, ({ source, quote }) =>
    [
      S.statementAt(order, quote.speaker, quote.office, several ? sourceLabel(source) : undefined),
      `- ${quoteLine(quote)}`,
    ].join("\n"),
  ).join("\n\n");
  return { text, entries: mapPacked(picked, (p) => p.entry) };
}

/** A news report by its outlet and, when staff gave one, its title (two reports may share an outlet). */
function sourceLabel(source: Source): string {
  return source.title ? `${source.outlet} "${source.title}"` : source.outlet;
}

/** Dated facts and dated statements of the knowledge, as events a question can name. */
function datedEvents(knowledge: Knowledge): DatedEvent[] {
  const events: DatedEvent[] = [];
  // The parties' names ("Kota Madiun" in an office) set the scene: they name no one event.
  const partyForms = new Set(indexTerms(knowledge.parties.flatMap((p) => p.aliases).join(" . ")));
  const without = (forms: string[]) => new Set(forms.filter((f) => !partyForms.has(f)));
  for (const entry of knowledge.entries)
    for (const e of entryEvents(entry)) events.push({ ...e, forms: without(e.forms) });
  return events;
}

/** One entry's dated events with all their search forms (an entry's own texts: remembered per entry). */
const eventsOfEntry = new WeakMap<Entry, (Omit<DatedEvent, "forms"> & { forms: string[] })[]>();
function entryEvents(entry: Entry): (Omit<DatedEvent, "forms"> & { forms: string[] })[] {
  let events = eventsOfEntry.get(entry);
  if (events) return events;
  events = [];
  for (const d of entry.facts.dates)
    events.push({ entry, label: d.label, date: d.date, forms: indexTerms(`${d.label} ${entry.topic}`) });
  for (const q of entry.quotes) {
    if (!q.date) continue;
    const names = `pernyataan kata ujar ${q.speaker} ${q.office}`;
    events.push({ entry, label: S.statementLabel(q.speaker), date: q.date, forms: indexTerms(names) });
  }
  eventsOfEntry.set(entry, events);
  return events;
}

const eventsOf = new WeakMap<Knowledge, DatedEvent[]>();
/** `datedEvents`, worked out once per knowledge version. */
export function knowledgeEvents(knowledge: Knowledge): DatedEvent[] {
  let events = eventsOf.get(knowledge);
  if (!events) {
    events = datedEvents(knowledge);
    eventsOf.set(knowledge, events);
  }
  return events;
}

/**
 * "Tgl 14 Januari 2026 iku ono opo?": every dated fact and dated statement of that calendar day, each with
 * its entry's words. Undefined text (with the day as the source writes it) when the knowledge dates
 * nothing on that day.
 */
export function composeDay(
  focus: Focus,
  knowledge: Knowledge,
): { text?: string; entries: Entry[]; day: string } {
  const asked = focus.day;
  const month = asked ? `${asked.month.charAt(0).toUpperCase()}${asked.month.slice(1)}` : "";
  const day = asked ? `${asked.day} ${month}${asked.year ? ` ${asked.year}` : ""}` : "";
  if (!asked) return { entries: [], day };
  const onDay = datedEvents(knowledge).filter((e) => {
    const written = formatLongDate(jakartaDate(e.date)).toLowerCase();
    return (
      written.includes(` ${asked.day} ${asked.month} `) &&
      (!asked.year || written.endsWith(String(asked.year)))
    );
  });
  if (!onDay.length) return { entries: [], day };
  const lines: string[] = [];
  const entries: Entry[] = [];
  for (const e of onDay) {
    if (entries.includes(e.entry)) continue;
    entries.push(e.entry);
    const when = formatLongDate(jakartaDate(e.date));
    const said = mapPacked(
      e.entry.quotes.filter((q) => q.date === e.date),
      (q) => quoteLine(q),
    );
    lines.push(`- ${S.onDay(when, e.label)} ${e.entry.answer}${said.length ? ` ${said.join(" ")}` : ""}`);
  }
  return { text: lines.join("\n"), entries, day };
}

/** Search forms of every word of the parties' names and aliases ("kota", "pemkot", "madiun"). */
const sceneFormsOf = new WeakMap<Knowledge, Set<string>>();
function partySceneForms(knowledge: Knowledge): Set<string> {
  let s = sceneFormsOf.get(knowledge);
  if (!s) {
    s = new Set(indexTerms(knowledge.parties.flatMap((p) => [p.name, ...p.aliases]).join(" . ")));
    sceneFormsOf.set(knowledge, s);
  }
  return s;
}

/** Nouns of a moment ("saat", "waktu"): they name when, not which event. */
const MOMENT = new Set(["saat", "waktu", "ketika", "kala", "pas"]);

/** The days between two dated facts the question names ("antara penandatanganan dan pernyataan wali kota"). */
export function composeInterval(
  focus: Focus,
  knowledge: Knowledge,
): { text: string; entries: Entry[] } | undefined {
  // "Jarak dan waktu TEMPUH ... naik MOBIL": content the knowledge lacks asks about something else.
  // A stated distance ("SEHARI setelah ...", a real word never spelt into a knowledge word) is the
  // claim checked below, not content.
  const claimed = focus.types.includes("yesno") ? claimedCount(focus.premiseTokens) : undefined;
  if (focus.unknown.some((w) => !isBetweenWord(w) && !(claimed && unitOf(w)))) return undefined;
  // The parties' names ("kota", "madiun") set the scene: they name no dated event of their own.
  const sceneForms = partySceneForms(knowledge);
  const asked = new Set(indexTerms(focus.premiseTokens.join(" ")).filter((f) => !sceneForms.has(f)));
  const named = knowledgeEvents(knowledge).filter((e) => [...e.forms].some((f) => asked.has(f)));
  const unique = [...new Map(mapPacked(named, (e) => [`${e.label}|${e.date}`, e])).values()];
  // More than two events share a word ("pernyataan" of every dated quote): the events the question names
  // most fully ("pernyataan ... Maidi"), leaving out one whose named words another already explains.
  // Words of time ("saat", "waktu") name no event.
  const held = (e: (typeof unique)[number]) =>
    [...asked].filter((f) => e.forms.has(f) && !TIME_WORDS.has(f) && !MOMENT.has(f));
  let byDate = unique;
  if (unique.length > 2) {
    byDate = [];
    const explained = new Set<string>();
    for (const e of [...unique].sort((a, b) => held(b).length - held(a).length)) {
      const own = held(e);
      if (own.every((f) => explained.has(f))) continue;
      for (const f of own) explained.add(f);
      byDate.push(e);
    }
  }
  const [first, second] = byDate.sort((a, b) => a.date.localeCompare(b.date));
  if (!first || !second || byDate.length !== 2) return undefined;
  // Two events told apart by the question: a word naming one and not the other ("MULAI" / "SELESAI"). Words
  // both share (their entry's topic, "waktu") name neither ("berapa jarak dan waktu tempuh ...").
  const own = (a: DatedEvent, b: DatedEvent) => [...a.forms].some((f) => asked.has(f) && !b.forms.has(f));
  if (!own(first, second) && !own(second, first)) return undefined;
  const a = jakartaDate(first.date);
  const b = jakartaDate(second.date);
  const days = daysBetween(a, b);
  // "... sehari setelah ...?": the stated distance confirmed or denied.
  // "X disampaikan sebelum atau sesudah Y?": the one named before the choice is placed against the other.
  const at = orderAskedAt(focus.premiseTokens);
  const before = at >= 0 ? new Set(indexTerms(focus.premiseTokens.slice(0, at).join(" "))) : undefined;
  const namedBefore = (e: DatedEvent, other: DatedEvent) =>
    before !== undefined && [...e.forms].some((f) => before.has(f) && !other.forms.has(f));
  const subject = namedBefore(second, first) ? second : namedBefore(first, second) ? first : undefined;
  const order =
    subject && days !== 0
      ? `${subject === second ? S.orderAfter : S.orderBefore} `
      : subject
        ? `${S.sameDay2} `
        : "";
  const verdict = claimed
    ? (claimed.unit === "day" ? days : timeSince(a, b, claimed.unit)) === claimed.n
      ? `${S.yes} `
      : `${S.no} `
    : order;
  return {
    text: `${verdict}${S.interval(first.label, formatLongDate(a), second.label, formatLongDate(b), days)}`,
    entries: [...new Set([first.entry, second.entry])],
  };
}
