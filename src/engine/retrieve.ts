import type { Entry, QuestionType } from "../knowledge/types.js";
import { agreementWords } from "../language/lexicon.js";
import { boundedMemo } from "../language/memo.js";
import { mapPacked } from "../language/packed.js";
import type { Term } from "../language/pipeline.js";
import { wordTypes } from "../language/question-type.js";
import { stemmer } from "../language/stemmer.js";
import { mutualSynonyms, partsOfSpeech } from "../language/words.js";
import { isCalendarWord, TIME_WORDS } from "./dates.js";
import { PARTY_KINDS } from "./decide.js";
import { entryAnswers } from "./facts.js";
import type { Focus } from "./focus.js";
import type { SearchIndex } from "./search-index.js";

/**
 * Stage 3 (analyse -> focus -> RETRIEVE -> decide -> compose): the entries that could answer a focus,
 * ranked by MiniSearch's score shaped by the question types they answer, the parties they are about and
 * how much of the focus they hold (coverage). No decision is taken here.
 */
export interface Ranked {
  entry: Entry;
  score: number;
  /** Share of the focus's (idf-weighted) words the entry holds. */
  coverage: number;
}

/**
 * Words in more than this share of entries (and more than COMMON_MIN_ENTRIES) are left out of the search
 * when rarer words exist.
 */
const COMMON_SPREAD = 0.03;
const COMMON_MIN_ENTRIES = 50;
const MAX_QUERY_TERMS = 8;

/** Whether a form held by `count` of `size` entries is common (searched only when nothing rarer is). */
export function isCommonForm(count: number, size: number): boolean {
  return count > Math.max(COMMON_MIN_ENTRIES, COMMON_SPREAD * size);
}

/**
 * What to ask MiniSearch: the stems, rarest first, without the very common ones when rarer words can
 * carry the search (they would touch most of the index and change little; coverage still counts them).
 */
function queryStems(terms: Term[], index: SearchIndex): string[] {
  const stems = [...new Set(mapPacked(terms, (t) => t.stem))].sort(
    (a, b) => index.spread(a) - index.spread(b),
  );
  const rare = stems.filter((s) => !isCommonForm(index.entryCount(s), index.size));
  return (rare.length ? rare : stems).slice(0, MAX_QUERY_TERMS);
}

/** A word naming the agreement itself, also with a possessive ending ("kontrakNYA", "kesepakatanE"). */
const namesAgreement = (t: Term): boolean =>
  agreementWords.has(t.word) ||
  (t.word !== t.stem && /(nya|ne|e)$/.test(t.word) && agreementWords.has(t.stem));

/**
 * Share of the terms' weight that an entry contains. Words found in most entries weigh little. The
 * weights depend only on the terms, so they are worked out once per clause and applied to each entry.
 */
export function coverageOf(
  terms: Term[],
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): (entry: Entry) => number {
  const weighed = mapPacked(terms, (t) => {
    const w = Math.max(...mapPacked(t.forms, (f) => index.idf(f)));
    return {
      word: t.word,
      forms: t.forms,
      kin: adjectiveKin(t.word),
      // "Apa TUJUAN katalog ...?": a word that names a descriptive kind of answer (a purpose, a benefit, a
      // reason: what no fact holds) is held by an entry that answers that kind. (A place, date or person
      // word is not: "lokasi" is held by what names the place, not by every entry that mentions one.)
      kinds: wordTypes(t.word).filter((k) => DESCRIPTIVE_KINDS.has(k)),
      weight:
        isCalendarWord(t.word) || namesAgreement(t) || TIME_WORDS.has(t.word)
          ? 0.15
          : Math.max(0.15, w * (1 - Math.min(...mapPacked(t.forms, (f) => index.spread(f))) * 0.9)),
      // The parties' names set the scene for every entry; they decide little unless an entry is "about"
      // one. Calendar words ("Rabu 14 Januari") are premises checked against the entry's dates; words
      // naming the agreement itself ("kontrak kolaborasi tersebut") are in every question.
      party: partyWords.has(t.word),
      // "teken kontraknya tgl 14 bukan?": a day of the month is a premise checked against a dated entry's
      // dates (held or contradicted there), not a topic the entry must name.
      day: /^\d{1,2}$/.test(t.word) && isCalendarWord(t.word),
    };
  });
  return (entry) => {
    let total = 0;
    let covered = 0;
    for (const t of weighed) {
      const weight = t.party && !entry.about.length ? 0.15 : t.weight;
      total += weight;
      if (index.entryHasAny(entry.id, t.forms) || (t.day && entry.facts.dates.length)) covered += weight;
      // (Half held: an entry that has the word itself comes first, "harapan" of the hopes entry.)
      else if (t.kinds.length && t.kinds.some((k) => entryAnswers(entry).has(k)))
        covered += weight * KIN_SHARE;
      // "kepala DINKOP madiun": a short form of a department or office the entry names (Dinas Koperasi).
      else if (shortFormOfName(t.word, entry)) covered += weight;
      // "Ekonomi itu PENTING karena apa?" of an entry saying "prioritas UTAMA": an adjective is partly held
      // by a mutual thesaurus synonym of the same part of speech (never a noun: those are too loose).
      else if (index.entryHasAny(entry.id, t.kin)) covered += weight * KIN_SHARE;
    }
    return total === 0 ? 0 : covered / total;
  };
}

/** The names of offices and organisations an entry holds, as lower-case word lists, remembered per entry. */
const namesOf = new WeakMap<Entry, string[][]>();
function entryNames(entry: Entry): string[][] {
  let names = namesOf.get(entry);
  if (!names) {
    const texts = [
      ...mapPacked(entry.facts.people, (p) => p.office),
      ...mapPacked(entry.quotes, (q) => q.office),
      ...(entry.facts.organisations ?? []),
    ];
    names = mapPacked(texts, (t) =>
      t
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    );
    namesOf.set(entry, names);
  }
  return names;
}

/**
 * Whether a word is a syllable short form of consecutive words of a name the entry holds: "dinkop" (DINas
 * KOPerasi), "kadin" (KApala DINas) or the initials "dlh" (Dinas Lingkungan Hidup). Each part is the
 * start of one word, at least two words; parts of two letters or more, or single letters throughout.
 */
export function shortFormOfName(word: string, entry: Entry): boolean {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return false;
  for (const name of entryNames(entry))
    for (let i = 0; i < name.length; i++) if (shortFormFrom(word, 0, name, i, 0, undefined)) return true;
  return false;
}

/**
 * Whether `word` from `pos` on is made of starts of `name`'s words from `i` on (`parts` made so far;
 * `initials`: whether they were single letters). Compares in place: this runs for every word of a
 * question an entry does not hold, against every name of the entry.
 */
function shortFormFrom(
  word: string,
  pos: number,
  name: readonly string[],
  i: number,
  parts: number,
  initials: boolean | undefined,
): boolean {
  if (pos === word.length) return parts >= 2;
  const w = name[i];
  if (w === undefined) return false;
  // Every start of `w` up to the common prefix's length matches; try the longest first.
  const max = Math.min(word.length - pos, w.length);
  let common = 0;
  while (common < max && word.charCodeAt(pos + common) === w.charCodeAt(common)) common++;
  for (let n = common; n >= 1; n--) {
    const single = n === 1;
    if (initials !== undefined && single !== initials) continue;
    if (shortFormFrom(word, pos + n, name, i + 1, parts + 1, single)) return true;
  }
  return false;
}

/** Kinds of answer told in words, never by a fact: a word naming one is held by an entry answering it. */
const DESCRIPTIVE_KINDS: ReadonlySet<QuestionType> = new Set(["purpose", "benefit", "reason"]);

/** Share of an adjective's weight held through a synonym instead of the word itself. */
const KIN_SHARE = 0.5;

/**
 * Search forms of the mutual thesaurus synonyms of an adjective that is only an adjective ("penting" ~
 * "utama"), each itself an adjective; none for nouns, verbs and words of several parts of speech.
 */
const adjectiveKin = boundedMemo((word: string): string[] => {
  if (partsOfSpeech(word).join() !== "a") return [];
  return mapPacked(
    mutualSynonyms(word).filter((w) => !w.includes(" ") && partsOfSpeech(w).join() === "a"),
    (w) => stemmer.stem(w),
  );
}, 20_000);

/** Nouns naming a party by its kind ("PEMKOT mana", "KOTA apa saja", "PIHAK siapa"), a regency's too. */
const PARTY_NOUNS: ReadonlySet<string> = new Set([...PARTY_KINDS, "kabupaten", "pemkab"]);
/** Words asking which one after such a noun. */
const WHICH = new Set(["mana", "manasaja", "siapa", "apa", "apasaja"]);

/** Whether the tokens ask which party: a party noun right before a word asking which ("pemkot siapa saja"). */
function asksWhichParty(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => PARTY_NOUNS.has(t) && WHICH.has(tokens[i + 1] ?? ""));
}

/** Words joining a partner to what precedes it ("madiun SAMA pemkot mana", "dengan kota mana"). */
const WITH = new Set(["sama", "dengan", "karo", "ama", "bareng", "bersama", "with"]);

/**
 * Whether the tokens ask for the partner of a party: a word joining a partner, then a party noun asking which
 * ("pemkot madiun SAMA PEMKOT MANA ya satunya"). The party named is the one whose partner is asked.
 */
function asksPartner(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      PARTY_NOUNS.has(t) &&
      WHICH.has(tokens[i + 1] ?? "") &&
      tokens.slice(Math.max(0, i - 3), i).some((w) => WITH.has(w)),
  );
}

/** Ranks the entries for a focus, best first. */
export function retrieve(focus: Focus, index: SearchIndex, partyWords: ReadonlySet<string>): Ranked[] {
  const { terms, types } = focus;
  // ("Siapa yang mewakili Kota Kediri dalam kerja sama dengan Kota Madiun?": an entry owned by the party asked
  // about, not by its partner.)
  const mentioned = focus.premises.subjects ?? focus.premises.parties;
  const scores = index.search(queryStems(terms, index));
  const coverage = coverageOf(terms, index, partyWords);
  const asksEventDate = types.includes("date") && !types.includes("quote") && focus.intent === "entry";
  // "Siapa yang bilang X?" asks for the speaker of words: the quote that names its speaker answers it,
  // before an entry that only lists people.
  const primary = types.includes("quote") && types[0] === "person" ? "quote" : types[0];
  // "Pemkot sp wae sing melu?", "pemerintah kota mana?": which of the parties, none named: an entry owned by
  // one party ("about") answers for that party only, not which parties there are.
  const whichParty = !mentioned.size && asksWhichParty(focus.tokens);
  // ("pemkot madiun sama pemkot mana": the entry that names both parties, not one about Madiun alone.)
  // ("siapa yang tanda tangan BERSAMA Maidi": the partner's entry is no answer either.)
  const partner = (mentioned.size > 0 && asksPartner(focus.tokens)) || Boolean(focus.premises.partnersOnly);
  const ranked: Ranked[] = [];
  for (const [entryId, score] of scores) {
    const entry = index.entry(entryId);
    if (!entry) continue;
    const answers = entryAnswers(entry);
    let matched = 0;
    for (const t of types) if (answers.has(t)) matched++;
    let factor = 1;
    if (types.length) {
      factor *= matched ? 1 + 0.25 * matched + (primary && answers.has(primary) ? 0.25 : 0) : 0.65;
    }
    if (entry.about.length && mentioned.size && !partner)
      factor *= entry.about.some((a) => mentioned.has(a)) ? 1.2 : 0.35;
    if ((whichParty || partner) && entry.about.length === 1) factor *= 0.35;
    // "Kapan festival digelar?" asks the date of an event: an entry dated only by a quote answers when
    // something was said, which only a question about a statement asks.
    if (asksEventDate && !entry.facts.dates.length && entry.quotes.some((q) => q.date)) factor *= 0.4;
    // An anniversary is counted from a dated fact, not a target year.
    if (focus.intent === "anniversary" && !entry.facts.dates.length) factor *= 0.2;
    const cov = coverage(entry);
    ranked.push({ entry, score: score * factor * Math.max(0.05, cov * cov), coverage: cov });
  }
  byScore(ranked);
  return ranked;
}

/**
 * Sorts best score first, ties in their order: what `ranked.sort((a, b) => b.score - a.score)` does (the
 * sort is stable), as an insertion sort in place, without the copy the built-in sort allocates. Candidates
 * are at most a few dozen.
 */
function byScore(ranked: Ranked[]): void {
  for (let i = 1; i < ranked.length; i++) {
    const x = ranked[i] as Ranked;
    let k = i - 1;
    while (k >= 0 && (ranked[k] as Ranked).score < x.score) {
      ranked[k + 1] = ranked[k] as Ranked;
      k--;
    }
    ranked[k + 1] = x;
  }
}
