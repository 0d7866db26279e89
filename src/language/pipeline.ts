import type { QuestionType } from "../knowledge/types.js";
import { editDistance, type Speller } from "./fuzzy.js";
import { genericWords, outOfScopeWords, questionWords, stopWords, typeMarkers } from "./lexicon.js";
import {
  collapseDoubles,
  normalizeText,
  normalizeWords,
  rememberReadings,
  standardize,
} from "./normalize.js";
import { mapPacked } from "./packed.js";
import { detectQuestionTypes } from "./question-type.js";
import { noteRead, noteReads, noteScan, recording, SCAN, withReads } from "./reads.js";
import { stemmer } from "./stemmer.js";
import { correctTypo } from "./typos.js";
import {
  isNoiseWord,
  lemmaInfo,
  mutualSynonyms,
  partsOfSpeech,
  type WordClass,
  wordClassOf,
} from "./words.js";

/** How a content word relates to the knowledge's vocabulary. */
export type TermStatus = "known" | "generic" | "unknown";

export interface Term {
  /** The word after normalisation, slang mapping and (if needed) spelling correction. */
  word: string;
  /** Its Sastrawi stem (the word itself for names and question words). */
  stem: string;
  /** What to search for: the written form and the stem, without duplicates. */
  forms: string[];
  status: TermStatus;
  /** The word as typed, when spelling correction changed it. */
  typed?: string;
  /** Whether spelling correction changed the word (then `typed` holds what was written). */
  corrected: boolean;
  /**
   * The word as written when it was read as a synonym naming a kind of answer ("pengaruh" read as
   * dampak, see explain.ts): the answering entry must hold this term, or the question is declined.
   */
  synonymOf?: string;
  /**
   * The word's root by the lexicon's affix rules and the Javanese/Jakarta rules (see words.ts):
   * penyelenggara, nyelenggarain -> selenggara. The word itself for names, numbers and words no rule
   * reaches.
   */
  readonly lemma: string;
  /** Whether the word is a real word (lexicon, Javanese/Jakarta form of a root, closed class, slang). */
  readonly inLexicon: boolean;
  /** What the word does: "content" can carry a topic; the other classes never do. */
  readonly wordClass: WordClass;
}

export interface Analysis {
  /** Standardized tokens, question and stop words included (for question types and clause splitting). */
  tokens: string[];
  /** Content words: no question words, no stop words. */
  terms: Term[];
  types: QuestionType[];
  /** Four-digit years named in the question. */
  years: number[];
}

/** What the analyzer knows of the knowledge (built by the engine); absent when indexing the knowledge itself. */
export interface Vocabulary {
  has(term: string): boolean;
  frequency(term: string): number;
  /** Names and other words never stemmed (people, parties, places). */
  isProtected(word: string): boolean;
  speller: Speller;
  /** Whether the knowledge says this exact word: in an entry's keywords, facts or answer (not only questions). */
  inAnswers(word: string): boolean;
  /** Token -> term memo (a token's term depends only on the vocabulary); bounded by the owner. */
  termCache?: Map<string, Term | null>;
  /**
   * Token -> what working out its cached term read of the vocabulary (reads.ts; the keys joined by
   * spaces, one string per term), kept beside `termCache` so that a reload can carry the terms an edit
   * cannot change (`carryTerms`). At most READS_KEPT tokens: a term without its reads is not carried.
   */
  termReads?: Map<string, string>;
}

/**
 * Tokens whose vocabulary reads are kept for carrying (a few hundred bytes each; the bank and everyday
 * questions read a few thousand words, typos included).
 */
const READS_KEPT = 20_000;
/** A read key standing for "what this term read is not known" (never a word: it has a space-free mark). */
const UNKNOWN_READS = "?";

/** Tokens memoised per vocabulary before the memo is reset. */
const TERM_CACHE_LIMIT = 100_000;

/** Words of at most this many tokens are analysed; the rest of a long message is ignored. */
const MAX_TOKENS = 60;

/**
 * The Indonesian text pipeline: normalise -> slang/Javanese map -> phrases -> question types ->
 * stop words -> stemming -> (with a vocabulary) spelling correction and known/unknown marking. Pure.
 */
export function analyze(text: string, vocabulary?: Vocabulary): Analysis {
  const words = normalizeText(text).split(" ").filter(Boolean).slice(0, MAX_TOKENS);
  const isKnown = vocabulary ? knownTo(vocabulary) : () => false;
  const tokens = standardize(words, isKnown);
  return analyzeTokens(tokens, vocabulary);
}

/** The second half of `analyze`, for callers that split standardized tokens into clauses. */
export function analyzeTokens(tokens: string[], vocabulary?: Vocabulary, withTypes = true): Analysis {
  const types = withTypes ? detectQuestionTypes(tokens) : [];
  const years = mapPacked(
    tokens.filter((t) => /^(19|20|21)\d\d$/.test(t)),
    Number,
  );
  const terms: Term[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token)) continue;
    seen.add(token);
    const term = termOf(token, vocabulary);
    if (term) terms.push(term);
  }
  return { tokens, terms, types, years };
}

/** A token's content term, or null for question, stop and type-marker words; memoised per vocabulary. */
function termOf(token: string, vocabulary: Vocabulary | undefined): Term | null {
  const cache = vocabulary?.termCache;
  let term = cache?.get(token);
  if (term === undefined) {
    if (questionWords.has(token) || stopWords.has(token) || typeMarkers.has(token)) term = null;
    else if (!cache) term = toTerm(token, vocabulary) ?? null;
    else {
      const reads = (vocabulary as Vocabulary).termReads;
      term = withReads(
        () => toTerm(token, vocabulary) ?? null,
        (_, keys) => {
          if (reads && reads.size < READS_KEPT) reads.set(token, keys.join(" "));
        },
      );
    }
    if (cache) {
      if (cache.size >= TERM_CACHE_LIMIT) {
        cache.clear();
        vocabulary?.termReads?.clear();
      }
      cache.set(token, term);
    }
  } else if (recording()) {
    // A remembered term used inside another reading: that reading read what this one did.
    const keys = vocabulary?.termReads?.get(token);
    if (keys !== undefined) noteReads(keys.split(" "));
    // (Without its reads, the term under way cannot be carried either.)
    else noteRead(UNKNOWN_READS);
  }
  return term;
}

/**
 * Copies into `to` the cached terms of `from` that `to` would work out alike: every vocabulary key the
 * term read is outside `changed` (the words whose presence, entry count, name or answer status differs
 * between the two vocabularies), and no word the speller searched around has a word of `scanned` (the
 * words the speller may find differently: `changed`, and words whose order among the speller's words
 * moved, which decides ties) within two edits or with the same consonants. Returns how many were carried.
 */
export function carryTerms(
  from: Vocabulary,
  to: Vocabulary,
  changed: ReadonlySet<string>,
  scanned: ReadonlySet<string>,
): number {
  const source = from.termCache;
  const reads = from.termReads;
  const target = to.termCache;
  if (!source || !reads || !target || !to.termReads) return 0;
  const near = mapPacked([...scanned], (w) => ({ w, consonants: consonantsOf(w) }));
  const scanMeets = new Map<string, boolean>();
  const meets = (word: string): boolean => {
    let r = scanMeets.get(word);
    if (r === undefined) {
      const c = consonantsOf(word);
      r = near.some((n) => n.consonants === c || editDistance(word, n.w, 2) <= 2);
      scanMeets.set(word, r);
    }
    return r;
  };
  let carried = 0;
  for (const [token, term] of source) {
    if (target.has(token)) continue;
    const keys = reads.get(token);
    if (keys === undefined || to.termReads.size >= READS_KEPT) continue;
    const same = keys
      .split(" ")
      .every(
        (k) => k !== UNKNOWN_READS && (k.startsWith(SCAN) ? !meets(k.slice(SCAN.length)) : !changed.has(k)),
      );
    if (!same) continue;
    target.set(token, term);
    to.termReads.set(token, keys);
    carried++;
  }
  return carried;
}

/** A term of `word` with its search forms; `root` is the stem when a rule already found it (toTerm). */
function makeTerm(
  vocabulary: Vocabulary | undefined,
  word: string,
  status: TermStatus,
  typed?: string,
  root?: string,
): Term {
  const fixed = vocabulary?.isProtected(word) || /\d/.test(word);
  // The team stemmer (roots.txt) stays the search stem: indexing never pays for the lexicon, and the
  // lexicon's lemma as a stem changed no answer on any question set (measured); see `lemma`.
  let stem = root ?? (fixed ? word : stemmer.stem(word));
  // "ambulansnya": a possessive on a word the stemmer has no root for (a loanword, a name of a thing) is
  // one word with the bare one when the knowledge writes both ("ambulans", "ambulansnya terlambat").
  // (A generic or function word stays what it was: "pihaknya" names no topic, as "pihak" does not.)
  const clitic = stem === word && !fixed && vocabulary ? /^([a-z]{4,}?)(nya|ku|mu)$/.exec(word) : null;
  const base = clitic?.[1];
  if (
    base &&
    vocabulary?.has(word) &&
    vocabulary.has(base) &&
    !genericWords.has(base) &&
    !stopWords.has(base)
  )
    stem = base;
  const forms = stem === word ? [word] : [word, stem];
  const isProtected = Boolean(vocabulary?.isProtected(word));
  // Lexicon facts are worked out on first read (own getters, so a spread copy keeps them): indexing
  // thousands of entries reads only word and stem.
  return {
    word,
    stem,
    forms,
    status,
    ...(typed ? { typed } : {}),
    corrected: typed !== undefined,
    get lemma() {
      return fixed ? word : lemmaInfo(word).lemma;
    },
    get inLexicon() {
      return isProtected || lemmaInfo(word).inLexicon;
    },
    get wordClass() {
      return wordClassOf(word);
    },
  };
}

function toTerm(token: string, vocabulary: Vocabulary | undefined): Term | undefined {
  if (!vocabulary) return makeTerm(vocabulary, token, "known");
  // Generic words never decide an answer, known or not ("apa PERAN UMKM", "dari PIHAK Madiun").
  if (genericWords.has(token)) return makeTerm(vocabulary, token, "generic");
  // A word naming another office or place ("wakil", "bupati") is unknown even when a keyword's stem
  // happens to match it (mewakili -> wakil), unless the knowledge's own answers use the word.
  if (outOfScopeWords.has(token) && !vocabulary.inAnswers(token))
    return makeTerm(vocabulary, token, "unknown");
  const direct = makeTerm(vocabulary, token, "known");
  // A derived function word ("dijadikan" -> jadi) is as empty as the word itself.
  if (direct.stem !== token && stopWords.has(direct.stem)) return undefined;
  if (direct.forms.some((f) => vocabulary.has(f))) return direct;
  const collapsed = collapseDoubles(token);
  if (collapsed !== token) {
    const c = makeTerm(vocabulary, collapsed, "known", token);
    if (c.forms.some((f) => vocabulary.has(f))) return c;
  }
  // "ditampung" beside a file that writes "menampung" and "tampung": a root the team stemmer does not
  // know is reached by the lexicon's affix rules; the knowledge holding that root knows the word. Only a
  // verb's inflection (di-, me-, ter-, -kan, -i) keeps the root's meaning; a derived noun does not
  // ("lulusan", a graduate, is not "lulus").
  const root = lemmaInfo(token);
  if (
    VERB_INFLECTION.test(token) &&
    !NOUN_DERIVATION.test(token) &&
    root.inLexicon &&
    root.lemma !== token &&
    root.lemma.length >= 4 &&
    !stopWords.has(root.lemma) &&
    !genericWords.has(root.lemma) &&
    vocabulary.has(root.lemma)
  )
    return makeTerm(vocabulary, token, "known", undefined, root.lemma);
  // "perkiraan" beside a file that writes "diperkirakan": a per-...-an noun is what its per- verb does
  // (perkiraan is what is diperkirakan, perbaikan what is diperbaiki), one word with it when the knowledge
  // writes the verb.
  const perVerb = PER_NOUN.exec(token)?.[1];
  if (perVerb) {
    const verb = mapPacked(PER_VERB_FORMS, (f) => f(perVerb)).find((v) => vocabulary.has(v));
    if (verb) return makeTerm(vocabulary, token, "known", undefined, verb);
  }
  if (genericWords.has(token) || genericWords.has(direct.stem)) return makeTerm(vocabulary, token, "generic");
  // "yang TURUT menandatangani": a verb the thesaurus makes a mutual synonym of a generic word ("turut" ~
  // "ikut") is as generic as that word.
  if (
    !outOfScopeWords.has(token) &&
    partsOfSpeech(token).includes("v") &&
    mutualSynonyms(token)
      .slice(0, GENERIC_SYNONYMS)
      .some((w) => genericWords.has(w) && !outOfScopeWords.has(w))
  )
    return makeTerm(vocabulary, token, "generic");
  // A word naming something else (bupati, pertanian, Ponorogo) is never "corrected" into a known one.
  if (outOfScopeWords.has(token) || outOfScopeWords.has(direct.stem))
    return makeTerm(vocabulary, token, "unknown");
  // Numbers that are not years (100 hari, 13 januari) carry no topic of their own.
  // Years are judged by the engine's year rule (a year the entry has no fact for is declined or denied).
  if (/^\d+$/.test(token)) return makeTerm(vocabulary, token, "generic");
  // A greeting, particle, courtesy, filler, modality or adverb the knowledge does not use is noise,
  // not a topic it lacks ("ngapunten", "sekilas", "memastikan"); "pernah", "tidak" are not noise.
  if (isNoiseWord(token)) return makeTerm(vocabulary, token, "generic");
  // A real root word is never "corrected" into another word of the knowledge ("pasal" is not "pasar"):
  // it names something the knowledge lacks. Only its vowels may be heard differently (datang ~ dateng).
  const spelled = vocabulary.speller.correct(token);
  const corrected =
    spelled &&
    isRealWordAsWritten(token) &&
    consonantsOf(spelled) !== consonantsOf(token) &&
    // ... but an affixed form keeps its own root ("dinormalisasi" -> normalisasi).
    !token.includes(spelled) &&
    lemmaInfo(spelled).lemma !== lemmaInfo(token).lemma
      ? undefined
      : spelled;
  if (corrected) {
    const base = standardize([corrected])[0] ?? corrected;
    return makeTerm(vocabulary, base, "known", token);
  }
  // Dropped vowels ("tnda", "mnrt") and heard vowels ("waist"), against the knowledge first, then the
  // lexicon (typos.ts: never a real word, a name or an out-of-scope word). A lexicon word the knowledge
  // does not use stays unknown (or noise), but the decline then names the word that was meant.
  const isKnown = knownTo(vocabulary);
  // (Every word of the vocabulary may be read below: only those near the token can be its correction.)
  noteScan(token);
  const typo = correctTypo(token, isKnown, vocabulary.speller.words(), {
    isName: (w) => vocabulary.isProtected(w),
  });
  if (typo) {
    const base = standardize([typo])[0] ?? typo;
    if (isKnown(base)) return makeTerm(vocabulary, base, "known", token);
    return makeTerm(vocabulary, base, isNoiseWord(base) ? "generic" : "unknown", token);
  }
  return makeTerm(vocabulary, token, "unknown");
}

const consonantsOf = (w: string) => w.replace(/[aiueo]/g, "");
/** Mutual synonyms (first senses first) looked at for a generic one. */
const GENERIC_SYNONYMS = 3;
/** A noun made with the confix per-...-an ("perkiraan", "perbaikan"), with its root. */
const PER_NOUN = /^per([a-z]{3,})an$/;
/** The per- verbs of a root, passive and active, with -kan or -i ("diperkirakan", "memperbaiki"). */
const PER_VERB_FORMS: ((root: string) => string)[] = [
  (r) => `diper${r}kan`,
  (r) => `memper${r}kan`,
  (r) => `diper${r}i`,
  (r) => `memper${r}i`,
];
/** Prefixes that inflect a verb (ditampung, menampung, tertampung). */
const VERB_INFLECTION = /^(di|me|ter)[a-z]{3,}/;
/** A noun's suffix -an (not the verb's -kan): "lulusan", "tampungan". */
const NOUN_DERIVATION = /(?<!k)an$/;

/** Whether a word is a word of the Indonesian lexicon as written (a root or its affixed form, not a typo). */
function isRealWordAsWritten(word: string): boolean {
  return /^[a-z]+$/.test(word) && lemmaInfo(word).inLexicon;
}

/**
 * Whether the pipeline knows what a word is: in the knowledge's vocabulary (as written or by its stem),
 * or one of the pipeline's own function, type-marker or generic words ("dijadikan" -> jadi). Used to
 * accept a colloquial form's standard reading.
 */
export function knownTo(vocabulary: Vocabulary): (w: string) => boolean {
  let known = knownBy.get(vocabulary);
  if (!known) {
    known = (w) => {
      if (vocabulary.has(w) || typeMarkers.has(w) || genericWords.has(w)) return true;
      // (Typo correction asks this of every edit candidate of a word: not remembered, see stemOnce.)
      const stem = stemmer.stemOnce(w);
      return vocabulary.has(stem) || stopWords.has(stem) || genericWords.has(stem) || typeMarkers.has(stem);
    };
    // One function per vocabulary, so that the slang map can remember its readings under it.
    rememberReadings(known);
    knownBy.set(vocabulary, known);
  }
  return known;
}
const knownBy = new WeakMap<Vocabulary, (w: string) => boolean>();

/**
 * The status of one standardized token's content term (`analyzeTokens([token], vocabulary, false)`'s
 * first term), or undefined for a question, stop or type-marker word. Memoised per vocabulary.
 */
export function termStatus(token: string, vocabulary: Vocabulary): TermStatus | undefined {
  return termOf(token, vocabulary)?.status;
}

/** Convenience for indexing: the search forms of a text, in order, duplicates removed. */
export function indexTerms(text: string, vocabulary?: Vocabulary): string[] {
  const out = new Set<string>();
  for (const t of contentTerms(text, vocabulary)) for (const f of t.forms) out.add(f);
  return [...out];
}

/** The content terms of a text, without question-type detection (for indexing). */
export function contentTerms(text: string, vocabulary?: Vocabulary): Term[] {
  return analyzeTokens(standardize(normalizeWords(text)), vocabulary, false).terms;
}

/**
 * Every content term of already normalised words, in order and with repeats (for indexing many
 * entries: the caller counts each once). Same terms as `contentTerms`.
 */
export function termsOfWords(words: string[], vocabulary?: Vocabulary): Term[] {
  return termsOfTokens(standardize(words), vocabulary);
}

/** Every content term of standardized tokens, in order and with repeats. */
export function termsOfTokens(tokens: string[], vocabulary?: Vocabulary): Term[] {
  const out: Term[] = [];
  for (const token of tokens) {
    const term = termOf(token, vocabulary);
    if (term) out.push(term);
  }
  return out;
}
