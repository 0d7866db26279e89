import type { Entry, Knowledge, QuestionType } from "../knowledge/types.js";
import { agreementWords } from "../language/lexicon.js";
import type { Analysis, Term } from "../language/pipeline.js";
import { isCalendarWord } from "./dates.js";
import type { SearchIndex } from "./search-index.js";

/** Why a clause was declined (kept for logs, tests and the unanswered-questions queue). */
export type DeclineReason =
  | "empty"
  | "unknown-terms"
  | "no-match"
  | "low-coverage"
  | "type-mismatch"
  | "year"
  | "party";

export interface Ranked {
  entry: Entry;
  score: number;
  coverage: number;
}

export type ClauseResult =
  | {
      status: "answer";
      entry: Entry;
      ranked: Ranked[];
      coverage: number;
      ownerConflict: boolean;
      /** A yes/no question naming a year the entry has no fact for ("2026 ya?" when the target is 2027). */
      yearConflict: boolean;
      mentioned: Set<string>;
    }
  | { status: "decline"; reason: DeclineReason; unknown: string[]; ranked: Ranked[] };

/** A clause whose own confidence is below this share of covered (idf-weighted) words is declined. */
export const MIN_COVERAGE = 0.55;
/** Types the question must get: answering a "kapan" question with a person is wrong, not partial. */
const STRONG_TYPES: QuestionType[] = ["date", "relative", "place", "target", "person", "quote", "amount"];

/** Question types an entry can answer, from its `answers` list and what its facts make possible. */
const answersOf = new WeakMap<Entry, ReadonlySet<QuestionType>>();
export function entryAnswers(e: Entry): ReadonlySet<QuestionType> {
  let known = answersOf.get(e);
  if (!known) {
    known = typesAnswered(e);
    answersOf.set(e, known);
  }
  return known;
}

function typesAnswered(e: Entry): Set<QuestionType> {
  const s = new Set<QuestionType>(e.answers);
  if (e.quotes.length) {
    s.add("quote");
    s.add("date");
  }
  if (e.facts.dates.length) {
    s.add("date");
    s.add("relative");
  }
  if (e.facts.targets.length) {
    s.add("target");
    s.add("relative");
  }
  return s;
}

/** Parties named directly in the tokens ("madiun", "pemkot kediri"). */
export function namedParties(tokens: string[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>();
  const joined = ` ${tokens.join(" ")} `;
  for (const p of knowledge.parties) {
    if (p.aliases.some((a) => joined.includes(` ${a} `))) found.add(p.key);
  }
  return found;
}

/** Parties named in the tokens, directly ("madiun") or through a person ("maidi" -> madiun). */
export function mentionedParties(tokens: string[], knowledge: Knowledge): Set<string> {
  const found = namedParties(tokens, knowledge);
  const byName = partyLookups(knowledge).personParty;
  for (const t of tokens) {
    const party = byName.get(t);
    if (party) found.add(party);
  }
  return found;
}

interface PartyLookups {
  /** A word of a person's name -> the party that person speaks for. */
  personParty: Map<string, string>;
  /** One-word party aliases ("madiun", "kediri"). */
  partyWords: Set<string>;
}
const lookups = new WeakMap<Knowledge, PartyLookups>();

/** Built once per knowledge version: questions must not scan every entry. */
function partyLookups(knowledge: Knowledge): PartyLookups {
  let l = lookups.get(knowledge);
  if (!l) {
    const personParty = new Map<string, string>();
    for (const e of knowledge.entries) {
      for (const person of e.facts.people) {
        if (!person.party) continue;
        for (const n of person.name.toLowerCase().split(/\s+/)) personParty.set(n, person.party);
      }
    }
    // The parties' one-word names and their representatives' names ("Kapan VINANDA tanda tangan?" asks
    // about the signing, which she took part in, not about an entry of her own).
    const partyWords = new Set([
      ...knowledge.parties.flatMap((p) => p.aliases.filter((a) => !a.includes(" "))),
      ...personParty.keys(),
    ]);
    l = { personParty, partyWords };
    lookups.set(knowledge, l);
  }
  return l;
}

const QUOTE_MARKERS = new Set(["kata", "ujar", "ucap", "pendapat", "dikatakan", "mengatakan", "pernyataan"]);
const GROUPS = new Set([
  "masyarakat",
  "warga",
  "rakyat",
  "penduduk",
  "netizen",
  "publik",
  "pengusaha",
  "pedagang",
  "pakar",
  "ahli",
  "pengamat",
  "tokoh",
  "mahasiswa",
]);

/** A quote asked of a group of people ("kata masyarakat") rather than of a named speaker. */
function quotesAGroup(tokens: string[]): boolean {
  return tokens.some((t, i) => QUOTE_MARKERS.has(t) && GROUPS.has(tokens[i + 1] ?? ""));
}

/** Fact kinds that let a question with no content words ("kapan?", "dmn?") still have one answer. */
const FACT_FOR_TYPE: Partial<Record<QuestionType, (e: Entry) => boolean>> = {
  date: (e) => e.facts.dates.length > 0,
  relative: (e) => e.facts.dates.length > 0,
  place: (e) => e.facts.places.length > 0,
  target: (e) => e.facts.targets.length > 0,
};

/** A clause with only question words: answered when exactly one entry holds that kind of fact. */
function byTypeAlone(clause: Analysis, knowledge: Knowledge): ClauseResult {
  const test = clause.types.map((t) => FACT_FOR_TYPE[t]).find((f) => f !== undefined);
  const matches = test ? knowledge.entries.filter(test) : [];
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only) return { status: "decline", reason: "empty", unknown: [], ranked: [] };
  return {
    status: "answer",
    entry: only,
    ranked: [{ entry: only, score: 1, coverage: 1 }],
    coverage: 1,
    ownerConflict: false,
    yearConflict: false,
    mentioned: new Set(),
  };
}

/**
 * Words in more than this share of entries (and more than COMMON_MIN_ENTRIES) are left out of the search
 * when rarer words exist.
 */
const COMMON_SPREAD = 0.03;
const COMMON_MIN_ENTRIES = 50;
const MAX_QUERY_TERMS = 8;

/**
 * What to ask MiniSearch: the stems, rarest first, without the very common ones when rarer words can
 * carry the search (they would touch most of the index and change little; coverage still counts them).
 */
function queryStems(terms: Term[], index: SearchIndex): string[] {
  const stems = [...new Set(terms.map((t) => t.stem))].sort((a, b) => index.spread(a) - index.spread(b));
  const rare = stems.filter(
    (s) => index.entryCount(s) <= Math.max(COMMON_MIN_ENTRIES, COMMON_SPREAD * index.size),
  );
  return (rare.length ? rare : stems).slice(0, MAX_QUERY_TERMS);
}

/**
 * Share of the terms' weight that an entry contains. Words found in most entries weigh little. The
 * weights depend only on the terms, so they are worked out once per clause and applied to each entry.
 */
function coverageOf(
  terms: Term[],
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): (entry: Entry) => number {
  const weighed = terms.map((t) => {
    const w = Math.max(...t.forms.map((f) => index.idf(f)));
    return {
      forms: t.forms,
      weight:
        isCalendarWord(t.word) || agreementWords.has(t.word)
          ? 0.15
          : Math.max(0.15, w * (1 - Math.min(...t.forms.map((f) => index.spread(f))) * 0.9)),
      // The parties' names set the scene for every entry; they decide little unless an entry is "about"
      // one. Calendar words ("Rabu 14 Januari") are premises checked against the entry's dates; words
      // naming the agreement itself ("kontrak kolaborasi tersebut") are in every question.
      party: partyWords.has(t.word),
    };
  });
  return (entry) => {
    let total = 0;
    let covered = 0;
    for (const t of weighed) {
      const weight = t.party && !entry.about.length ? 0.15 : t.weight;
      total += weight;
      if (t.forms.some((f) => index.entryHas(entry.id, f))) covered += weight;
    }
    return total === 0 ? 0 : covered / total;
  };
}

/**
 * Picks the entry that answers one clause, or says why none does. `context` are the known terms of the
 * whole question, borrowed when the clause has none ("KAPAN dan siapa yang menandatangani").
 */
export function resolveClause(
  clause: Analysis,
  context: { terms: Term[]; tokens: string[]; years: number[] },
  knowledge: Knowledge,
  index: SearchIndex,
): ClauseResult {
  const unknownTerms = clause.terms.filter((t) => t.status === "unknown");
  const unknown = unknownTerms.map((t) => t.typed ?? t.word);
  let terms = clause.terms.filter((t) => t.status === "known");
  let tokens = clause.tokens;
  // "Apa kata WARGA?", "tanggapan masyarakat": the article quotes no one but the mayor.
  if (clause.types.includes("quote") && quotesAGroup(clause.tokens)) {
    return { status: "decline", reason: "party", unknown: [], ranked: [] };
  }
  // An unknown content word may change what is asked ("wali kota Madiun SEBELUM Maidi", "kuliner KHAS"):
  // the clause is declined. Generic words and particles never get here (they are not "unknown").
  if (unknownTerms.length) return { status: "decline", reason: "unknown-terms", unknown, ranked: [] };
  if (terms.length === 0) {
    terms = context.terms.filter((t) => t.status === "known");
    tokens = context.tokens;
  }
  if (terms.length === 0) return byTypeAlone(clause, knowledge);
  const mentioned = mentionedParties(tokens, knowledge);
  const partyWords = partyLookups(knowledge).partyWords;
  const scores = index.search(queryStems(terms, index));
  const coverage = coverageOf(terms, index, partyWords);
  const types = clause.types;
  const ranked: Ranked[] = [];
  for (const [entryId, score] of scores) {
    const entry = index.entry(entryId);
    if (!entry) continue;
    const answers = entryAnswers(entry);
    const matched = types.filter((t) => answers.has(t));
    let factor = 1;
    if (types.length) {
      factor *= matched.length
        ? 1 + 0.25 * matched.length + (types[0] && answers.has(types[0]) ? 0.25 : 0)
        : 0.65;
    }
    if (entry.about.length && mentioned.size)
      factor *= entry.about.some((a) => mentioned.has(a)) ? 1.2 : 0.35;
    const cov = coverage(entry);
    ranked.push({ entry, score: score * factor * Math.max(0.05, cov * cov), coverage: cov });
  }
  ranked.sort((a, b) => b.score - a.score);
  // A question that names a strong type ("kapan", "siapa", "apa kata") is answered by an entry that can
  // answer that type when one covers the question well enough; otherwise by none.
  const strongTypes = types.filter((t) => STRONG_TYPES.includes(t));
  const fitting = strongTypes.length
    ? ranked.filter(
        (r) => strongTypes.some((t) => entryAnswers(r.entry).has(t)) && r.coverage >= MIN_COVERAGE,
      )
    : [];
  const best = fitting[0] ?? ranked[0];
  if (!best) return { status: "decline", reason: "no-match", unknown: [], ranked };
  if (best.coverage < MIN_COVERAGE) return { status: "decline", reason: "low-coverage", unknown: [], ranked };
  const answers = entryAnswers(best.entry);
  if (strongTypes.length && !types.some((t) => answers.has(t))) {
    return { status: "decline", reason: "type-mismatch", unknown: [], ranked };
  }
  const years = clause.years.length ? clause.years : context.years;
  let yearConflict = false;
  if (years.length) {
    const known = types.includes("target")
      ? best.entry.facts.targets.map((t) => t.year)
      : best.entry.facts.years;
    // An entry with no year facts cannot contradict a year: only decline (never deny) then.
    if (!years.every((y) => known.includes(y)) && !(known.length === 0 && types.includes("yesno"))) {
      // "targetnya 2026 ya?" has a wrong premise to deny; any other question about that year is declined.
      if (!types.includes("yesno")) return { status: "decline", reason: "year", unknown: [], ranked };
      yearConflict = true;
    }
  }
  const ownerConflict =
    best.entry.about.length > 0 && mentioned.size > 0 && !best.entry.about.some((a) => mentioned.has(a));
  // A fact that belongs to another party: the article says nothing about the party asked for, so decline,
  // unless the question asks whose it is ("punya siapa? Kediri ya?"), which the attribution answers.
  const asksWhose = types.some((t) => t === "person" || t === "place" || t === "definition");
  if (ownerConflict && !asksWhose) return { status: "decline", reason: "party", unknown: [], ranked };
  // Competitors for "Maksud Anda ...?" must fit the question's type as well as the best does.
  const ordered = [best, ...(strongTypes.length ? fitting : ranked).filter((r) => r !== best)];
  return {
    status: "answer",
    entry: best.entry,
    ranked: ordered,
    coverage: best.coverage,
    ownerConflict,
    yearConflict,
    mentioned,
  };
}
