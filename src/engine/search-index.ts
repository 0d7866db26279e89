import type { Options } from "minisearch";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { PREFIXES, SUFFIXES } from "../language/affixes.js";
import { Speller } from "../language/fuzzy.js";
import { outOfScopeWords, slang } from "../language/lexicon.js";
import { carryTerms, type Vocabulary } from "../language/pipeline.js";
import { noteRead, noteScan } from "../language/reads.js";
import { correctTypo } from "../language/typos.js";
import { loadMiniSearch } from "./minisearch-load.js";
import {
  analyseKnowledgeSteps,
  entryContains,
  entryCount,
  FIELDS,
  type Postings,
  protectedWords,
} from "./postings.js";
import { runSteps, type Steps } from "./steps.js";
import { postingsTouched, TOP_ENTRIES_MIN_POSTINGS, topEntries } from "./top-entries.js";

/** How much a match in each field counts: citizens' phrasings first, then keywords, then the answer. */
const FIELD_BOOST = { questions: 2, keywords: 1.5, answer: 1 } as const;
const FIELD_WEIGHTS = FIELDS.map((f) => FIELD_BOOST[f]) as [number, number, number];
/** Re-ranking (types, parties, coverage) looks at this many of MiniSearch's best entries. */
const CANDIDATES = 40;

/** MiniSearch's options; the same for loading and for the reference `addAll` in tests. */
export const MINI_OPTIONS = {
  fields: [...FIELDS],
  tokenize: (s: string) => s.split(" ").filter(Boolean),
  processTerm: (t: string) => t,
  searchOptions: { combineWith: "OR", boost: FIELD_BOOST, bm25: { k: 1.2, b: 0.5, d: 0.5 } },
} satisfies Options;

export interface SearchIndex {
  vocabulary: Vocabulary;
  /** Entry id -> score for the given search forms. */
  search(forms: string[]): Map<string, number>;
  /** The entry with this id. */
  entry(entryId: string): Entry | undefined;
  /** Whether an entry contains this search form (for coverage checks). */
  entryHas(entryId: string, form: string): boolean;
  /** Whether an entry contains one of these search forms (`forms.some((f) => entryHas(entryId, f))`). */
  entryHasAny(entryId: string, forms: readonly string[]): boolean;
  /** Inverse entry frequency of a form: rare words weigh more. */
  idf(form: string): number;
  /** Share of entries containing the form (0..1). */
  spread(form: string): number;
  /** How many entries contain the form. */
  entryCount(form: string): number;
  /** Number of entries. */
  size: number;
}

/** Builds the MiniSearch index and the vocabulary the language pipeline checks questions against. */
export function buildSearchIndex(knowledge: Knowledge): SearchIndex {
  return runSteps(buildSearchIndexSteps(knowledge));
}

/** `buildSearchIndex` as steps (see steps.ts). */
export function* buildSearchIndexSteps(knowledge: Knowledge): Steps<SearchIndex> {
  const names = protectedWords(knowledge);
  const postings = yield* analyseKnowledgeSteps(knowledge, names);
  yield;
  const mini = loadMiniSearch(postings, MINI_OPTIONS);
  const { formIds, answerWords } = postings;
  const n = Math.max(1, postings.ids.length);
  const df = (f: string) => entryCount(postings, f);
  // Each look-up is noted while a word's reading is worked out (reads.ts), so a reload can tell which
  // remembered readings an edit leaves alone (carryReadings).
  const vocabulary: Vocabulary = {
    has: (t) => {
      noteRead(t);
      return formIds.has(t);
    },
    frequency: (t) => {
      noteRead(t);
      return df(t);
    },
    isProtected: (w) => {
      noteRead(w);
      return names.has(w);
    },
    inAnswers: (w) => {
      noteRead(w);
      return answerWords.has(w);
    },
    // Misspelt slang is corrected too ("perjanjianya" -> perjanjian -> kesepakatan).
    speller: affixAware(
      new Speller(
        [...postings.forms, ...[...slang.keys()].filter((k) => (slang.get(k) ?? []).length > 0)],
        df,
      ),
      (w) => formIds.has(w),
      postings.forms.filter((f) => /^[a-z]{3,}$/.test(f)),
      (w) => names.has(w),
    ),
    termCache: new Map(),
    termReads: new Map(),
  };
  readsOf.set(vocabulary, { postings, names });
  yield;
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  const position = new Map(knowledge.entries.map((e, i) => [e.id, i]));
  return {
    entry: (id) => byId.get(id),
    vocabulary,
    search(query) {
      const scores = new Map<string, number>();
      if (query.length === 0) return scores;
      const terms = query.join(" ").split(" ").filter(Boolean);
      // Common words only: the same ranking without a result object per matching entry.
      const ranked =
        postingsTouched(postings, terms) > TOP_ENTRIES_MIN_POSTINGS
          ? topEntries(postings, terms, FIELD_WEIGHTS, MINI_OPTIONS.searchOptions.bm25, CANDIDATES)
          : mini.search(query.join(" ")).slice(0, CANDIDATES);
      for (const r of ranked) scores.set(r.id as string, r.score);
      return scores;
    },
    entryHas(id, form) {
      const at = position.get(id);
      return at !== undefined && entryContains(postings, form, at);
    },
    // (Without a closure per call: the checks of retrieve and decide ask this for every word and entry.)
    entryHasAny(id, forms) {
      const at = position.get(id);
      if (at === undefined) return false;
      for (const f of forms) if (entryContains(postings, f, at)) return true;
      return false;
    },
    idf: (f) => Math.log(1 + n / (df(f) || 0.5)),
    spread: (f) => df(f) / n,
    entryCount: df,
    size: n,
  };
}

/**
 * The same index for the clauses of one question, remembering its searches: clauses that borrow the
 * question's words ("KAPAN dan di mana ... diteken") search alike. Scoped to one answer, so a question
 * asked again is searched again.
 */
export function searchOncePerQuestion(index: SearchIndex): SearchIndex {
  const done = new Map<string, Map<string, number>>();
  return {
    ...index,
    search(forms) {
      const key = forms.join(" ");
      let scores = done.get(key);
      if (!scores) {
        scores = index.search(forms);
        done.set(key, scores);
      }
      return scores;
    },
  };
}

/** The prefixes typo correction sets aside: each plain one (an extended form begins with a plain one). */
const PLAIN_PREFIXES = PREFIXES.filter((p) => !p.extended).map((p) => p.text);

/**
 * A speller that also corrects a derived word whose root is misspelt ("diprioitaskan", "maafaatnya"):
 * when the word itself has no close match, the affixes a word of that shape may carry are set aside,
 * the rest is corrected, and the word comes back with its affixes if the knowledge knows that form,
 * else as its corrected root (which is what retrieval searches for anyway).
 */
function affixAware(
  speller: Speller,
  known: (w: string) => boolean,
  knowledgeWords: string[],
  isName: (w: string) => boolean,
): Speller {
  const correct = (word: string): string | undefined => {
    // The speller reads the words around this one (and around its roots, below: they are within two edits
    // or share its consonants once the affixes are back, as the knowledge's words are searched whole).
    noteScan(word);
    const direct = speller.correct(word);
    if (direct) return direct;
    for (const p of ["", ...PLAIN_PREFIXES]) {
      if (!word.startsWith(p)) continue;
      for (const x of ["", ...SUFFIXES]) {
        if ((p === "" && x === "") || !word.endsWith(x)) continue;
        const core = word.slice(p.length, word.length - x.length);
        if (core.length < 5) continue;
        // A word naming what the knowledge is not about ("berlakune" -> berlaku) is never corrected.
        if (outOfScopeWords.has(core) || outOfScopeWords.has(`${p}${core}`)) return undefined;
        if (!known(core)) noteScan(core);
        const fixed = known(core) ? undefined : speller.correct(core);
        // Only a root the knowledge itself uses (not a slang word, which may be a function word).
        if (!fixed || !known(fixed)) continue;
        const whole = `${p}${fixed}${x}`;
        return known(whole) ? whole : fixed;
      }
    }
    // Dropped vowels ("tnda tngn"), vowels heard differently ("waist"): the lexicon's typo rules, kept
    // only when they lead to a word of the knowledge.
    const typo = correctTypo(word, known, knowledgeWords, { isName });
    if (!typo || !known(typo)) return undefined;
    // A short word only gets its vowels back ("tnda" -> tanda), never another letter ("jawa" -> jawab).
    const consonants = (w: string) => w.replace(/[aeiou]/g, "");
    if (word.length < 5 && !(typo.length > word.length && consonants(typo) === consonants(word)))
      return undefined;
    return typo;
  };
  return Object.assign(Object.create(Object.getPrototypeOf(speller)), speller, { correct });
}

/** What each index's vocabulary is made of, for carrying readings between two versions. */
const readsOf = new WeakMap<Vocabulary, { postings: Postings; names: ReadonlySet<string> }>();

/**
 * The words two vocabularies answer differently about: present in one only, in a different number of
 * entries, a name in one only, or written in the answers of one only.
 */
function changedWords(
  a: { postings: Postings; names: ReadonlySet<string> },
  b: { postings: Postings; names: ReadonlySet<string> },
): Set<string> {
  const out = new Set<string>();
  for (const f of a.postings.forms) {
    if (!b.postings.formIds.has(f) || entryCount(a.postings, f) !== entryCount(b.postings, f)) out.add(f);
  }
  for (const f of b.postings.forms) if (!a.postings.formIds.has(f)) out.add(f);
  const differ = (x: ReadonlySet<string>, y: ReadonlySet<string>) => {
    for (const w of x) if (!y.has(w)) out.add(w);
    for (const w of y) if (!x.has(w)) out.add(w);
  };
  differ(a.names, b.names);
  differ(a.postings.answerWords, b.postings.answerWords);
  return out;
}

/**
 * The words of `b` whose place relative to another word shared with `a` differs between the two orders
 * (the speller keeps the first of equally close and equally frequent words, so a moved word may win a
 * tie it lost before).
 */
function movedWords(a: readonly string[], b: readonly string[]): Set<string> {
  const at = new Map<string, number>();
  b.forEach((w, i) => {
    if (!at.has(w)) at.set(w, i);
  });
  const seen = new Set<string>();
  const order: { w: string; i: number }[] = [];
  for (const w of a) {
    const i = at.get(w);
    if (i === undefined || seen.has(w)) continue;
    seen.add(w);
    order.push({ w, i });
  }
  // A word is out of place when an earlier word of `a` comes after it in `b`, or a later one before it.
  const out = new Set<string>();
  let max = -1;
  for (const o of order) {
    if (o.i < max) out.add(o.w);
    max = Math.max(max, o.i);
  }
  let min = Number.POSITIVE_INFINITY;
  for (let k = order.length - 1; k >= 0; k--) {
    const o = order[k] as { w: string; i: number };
    if (o.i > min) out.add(o.w);
    min = Math.min(min, o.i);
  }
  return out;
}

/** More changed words than this: nothing is carried (checking each remembered reading costs too much). */
const MAX_CARRY_CHANGES = 2000;

/**
 * Gives `to` (a new version's index, before it answers) the remembered word readings of `from` (the
 * version serving) that it would work out the same (see carryTerms): a reload's behaviour check then does
 * not read again every word of the question bank. Returns how many readings were carried.
 */
export function carryReadings(from: SearchIndex, to: SearchIndex): number {
  const a = readsOf.get(from.vocabulary);
  const b = readsOf.get(to.vocabulary);
  if (!a || !b) return 0;
  const changed = changedWords(a, b);
  if (changed.size > MAX_CARRY_CHANGES) return 0;
  const scanned = new Set(changed);
  for (const w of movedWords([...from.vocabulary.speller.words()], [...to.vocabulary.speller.words()]))
    scanned.add(w);
  for (const w of movedWords(a.postings.forms, b.postings.forms)) scanned.add(w);
  if (scanned.size > MAX_CARRY_CHANGES) return 0;
  return carryTerms(from.vocabulary, to.vocabulary, changed, scanned);
}
