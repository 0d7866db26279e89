import { readFileSync } from "node:fs";
import { type Derivation, type Hunspell, loadHunspell } from "./hunspell.js";
import { rootWords, slang } from "./lexicon.js";
import { boundedMemo } from "./memo.js";
import { mapPacked } from "./packed.js";
import { Stemmer } from "./stemmer.js";

/**
 * General-language knowledge of single words: is it a real Indonesian (or Javanese / Jakarta) word,
 * what is its root, what class is it, what are its synonyms, and what did a mistyped word mean.
 *
 * Resources (each loaded once, lazily, on first use):
 * - the LibreOffice Indonesian hunspell dictionary (vendor/hunspell-id, LGPL-3): 30,700 roots with
 *   affix rules, read in reverse by ./hunspell.ts to find a form's root;
 * - Javanese and Jakarta inflection as rules over any root (this file: -ne/-e, -no/-kno/-ke/-ake/-akne,
 *   -in, nasal ng-/ny-/m-/n-, di-...-no, pe-...-e, final g/k);
 * - the closed classes in data/word-classes.txt (greetings, particles, Javanese function words ...);
 * - the LibreOffice Indonesian thesaurus (vendor/mythes-id, LGPL-2.1), trimmed: synonyms and parts of speech.
 *
 * Measured and not used: NLP.js's Indonesian stemmer and stop words (@nlpjs/lang-id 4.26, MIT). Its
 * stemmer strips affixes without a dictionary: 43 of 60 derived forms reached their root
 * (penandatanganan -> andatangan, berita -> ita, memakai -> paka), against 52 for the team stemmer
 * and 59 for this lexicon; its 809 stop words include content words (akhir, awal, asal, antara, arti).
 */

/** What a word does in a question. Only "content" words can carry a topic. */
export type WordClass =
  | "content"
  | "greeting"
  | "courtesy"
  | "particle"
  | "function"
  | "intro"
  | "modality"
  | "adverb"
  | "filler"
  | "question"
  | "number";

/** The classes that never carry a topic. */
export type NonContentClass = Exclude<WordClass, "content">;

export interface WordInfo {
  /** The word as given (lower-cased). */
  word: string;
  /** Its root after Indonesian, Javanese and Jakarta affix rules; the word itself when it has none. */
  lemma: string;
  /** Whether the word is a real word: a lexicon form, a closed-class word, or a slang/abbreviation entry. */
  inLexicon: boolean;
  wordClass: WordClass;
  /** One-word synonyms from the thesaurus (of the word, else of its lemma), mutual ones first. */
  synonyms: string[];
}

const vendor = (path: string) => new URL(`./vendor/${path}`, import.meta.url);

let hunspell: Hunspell | undefined;
/** The hunspell lexicon, loaded on first use (about 30 ms, 4 MB). */
export function lexicon(): Hunspell {
  hunspell ??= loadHunspell(vendor("hunspell-id/id_ID.aff"), vendor("hunspell-id/id_ID.dic"));
  return hunspell;
}

/**
 * `lexicon().derive(word)`, remembered per word (the lexicon never changes once loaded; deriving slices
 * the word at every affix length, and the engine asks it of the same question words several times).
 * The result is shared: read it, never change it.
 */
export function derivations(word: string): readonly Derivation[] {
  return derivationMemo(word);
}
const derivationMemo = boundedMemo((word: string): readonly Derivation[] => lexicon().derive(word), 20_000);

// ---------------------------------------------------------------- closed classes

/** Order in which a word listed in two sections gets its class (the first wins). */
const CLASS_PRIORITY: NonContentClass[] = [
  "question",
  "number",
  "greeting",
  "courtesy",
  "particle",
  "filler",
  "function",
  "modality",
  "adverb",
  "intro",
];

interface ClosedClasses {
  classOf: Map<string, NonContentClass>;
  /** Words of each class that may be added to any question without changing what it asks. */
  noise: Map<NonContentClass, string[]>;
}

function readClosedClasses(): ClosedClasses {
  const text = readFileSync(new URL("./data/word-classes.txt", import.meta.url), "utf8");
  const sections = new Map<NonContentClass, { word: string; noise: boolean }[]>();
  let current: NonContentClass | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = header[1] as NonContentClass;
      continue;
    }
    if (!current) continue;
    const list = sections.get(current) ?? [];
    // "!word": of this class, but it changes what a question asks (negation, time prepositions)
    for (const w of line.split(/\s+/)) list.push({ word: w.replace(/^!/, ""), noise: !w.startsWith("!") });
    sections.set(current, list);
  }
  const classOf = new Map<string, NonContentClass>();
  const noise = new Map<NonContentClass, string[]>();
  for (const cls of CLASS_PRIORITY) {
    for (const { word } of sections.get(cls) ?? []) if (!classOf.has(word)) classOf.set(word, cls);
  }
  for (const cls of CLASS_PRIORITY) {
    const words = mapPacked(
      (sections.get(cls) ?? []).filter(
        (w) => w.noise && classOf.get(w.word) === cls && /^[a-z]+$/.test(w.word),
      ),
      (w) => w.word,
    );
    noise.set(cls, [...new Set(words)]);
  }
  return { classOf, noise };
}

const closed = readClosedClasses();

/**
 * The words of a non-content class that may be added to any question without changing what it asks
 * (for property tests and for the engine's noise rule). Negations and time prepositions are left out.
 */
export function nonContentWords(kind: NonContentClass): readonly string[] {
  return closed.noise.get(kind) ?? [];
}

const noiseWords = new Set([...closed.noise.values()].flat());

/** Every word of the closed classes (data/word-classes.txt), noise or not. */
export function closedClassWords(): IterableIterator<string> {
  return closed.classOf.keys();
}

/**
 * Whether a word is pure noise in a question: a closed-class word (as written, or by its lemma for
 * modality, courtesy and self-introduction verbs: "memastikan" -> pastikan) that does not change what
 * is asked. Negations, time words and quantifiers ("tidak", "pernah", "semua") are not noise.
 */
export function isNoiseWord(word: string): boolean {
  if (noiseWords.has(word)) return true;
  // A lone letter the slang map does not read as a word ("ttd kpn q?") names nothing.
  if (word.length === 1 && /[a-z]/.test(word)) return true;
  if (closed.classOf.has(word)) return false;
  const lemma = lemmaOf(word);
  const cls = closed.classOf.get(lemma);
  if (cls !== undefined && BY_LEMMA.has(cls) && noiseWords.has(lemma)) return true;
  return sentenceAdverb(word) !== undefined;
}

/**
 * A sentence adverb made with -nya from an adjective ("PASTINYA", "akuratnya"), read as the listed adverb
 * of one of its synonyms ("persisnya", "tepatnya" in data/word-classes.txt): the adjective's first
 * adjective sense lists a synonym that lists it back and whose -nya form is a listed noise adverb. It says
 * how the asker wants the answer (exactly, in short), not what about; memoised.
 */
export function sentenceAdverb(word: string): string | undefined {
  return adverbMemo(word) ?? undefined;
}
const adverbMemo = boundedMemo((word: string): string | null => {
  if (!word.endsWith("nya") || word.length < 7) return null;
  const base = word.slice(0, -3);
  for (const s of firstSenseSynonyms(base, "a")) {
    const adverb = `${s}nya`;
    // (Only an adverb that the closed classes list in its -nya form alone, a sentence adverb such as
    // "persisnya", "biasanya"; not one listed bare as well, a degree such as "ramai"/"ramainya".)
    if (closed.classOf.get(adverb) === "adverb" && noiseWords.has(adverb) && !closed.classOf.has(s))
      return adverb;
  }
  return null;
}, 20_000);

/** Parts of speech of the thesaurus that name nothing: particles/conjunctions/prepositions, pronouns, adverbs. */
const FUNCTION_POS = new Set(["p", "pron", "adv"]);

/**
 * A word the thesaurus knows only as a conjunction, preposition, pronoun or adverb (never as a noun, verb,
 * adjective or numeral: "bila", "tatkala", "sekiranya", "kendati"), and that data/word-classes.txt does not
 * list (a listed "!word" such as "tidak" or "sejak" keeps its own rule): a closed-class word of the
 * general lexicon. It names nothing, so the focus stage never counts it as a topic the knowledge lacks
 * (unless it orders two facts in time, "setelah", which the date stage reads: not noise everywhere).
 */
export function thesaurusFunctionWord(word: string): boolean {
  if (closed.classOf.has(word)) return false;
  const pos = partsOfSpeech(word);
  return pos.length > 0 && pos.every((p) => FUNCTION_POS.has(p));
}

// ---------------------------------------------------------------- lemmas

/** Sastrawi-style confix stripping over team roots and lexicon roots, for forms hunspell's flags do not license. */
let fallbackStemmer: Stemmer | undefined;
function fallback(): Stemmer {
  if (!fallbackStemmer) {
    const lex = lexicon();
    fallbackStemmer = new Stemmer({ has: (w) => rootWords.has(w) || (w.length >= 3 && lex.isRoot(w)) });
  }
  return fallbackStemmer;
}

/**
 * The root of a standard Indonesian form by the lexicon's affix rules, if any: the word itself when it
 * is a root (sekitar, abadi), else the derivation with the fewest affixes, then the shortest root.
 */
function standardRoot(word: string): string | undefined {
  let best: string | undefined;
  let bestAffixes = Number.POSITIVE_INFINITY;
  for (const d of lexicon().derive(word)) {
    const affixes = (d.prefix ? 1 : 0) + d.suffixes.filter(Boolean).length;
    if (
      affixes < bestAffixes ||
      (affixes === bestAffixes && best !== undefined && d.root.length < best.length)
    ) {
      best = d.root;
      bestAffixes = affixes;
    }
  }
  return best;
}

/** Javanese / Jakarta suffixes, longest first, with the standard suffixes they stand for. */
const COLLOQUIAL_SUFFIXES: [string, string[]][] = [
  ["akne", ["kan", ""]],
  ["ake", ["kan", ""]],
  ["kne", ["kan", ""]],
  ["kno", ["kan", ""]],
  ["ke", ["kan", ""]],
  ["no", ["kan", ""]],
  ["in", ["kan", "i", ""]],
  ["ne", ["", "nya"]],
  ["e", ["", "nya"]],
];

/** Bare nasal prefixes of Javanese / Jakarta active verbs, with the root's first letters they replace. */
function nasalCandidates(w: string): string[] {
  if (w.startsWith("nge")) return [w.slice(3), w.slice(2), `k${w.slice(2)}`];
  if (w.startsWith("ng")) return [w.slice(2), `k${w.slice(2)}`];
  if (w.startsWith("ny")) return [`s${w.slice(2)}`, `c${w.slice(2)}`];
  if (w.startsWith("m")) return [`p${w.slice(1)}`, `b${w.slice(1)}`, w.slice(1)];
  if (w.startsWith("n")) return [`t${w.slice(1)}`, w.slice(1)];
  return [];
}

/** Of readings of a word, the root common enough to be in the thesaurus, then the longest (colloquialRoot). */
function likeliestRoot(roots: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const r of roots) {
    if (!r) continue;
    const score = (thesaurus().offsets.has(r) ? 100 : 0) + r.length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The root of a Javanese or Jakarta form, by rules over any root: suffix swaps (disepakatno ->
 * disepakatkan, pengaruhe -> pengaruhnya, dilaksanain -> dilaksanakan), Javanese passive dipun-,
 * bare nasal prefixes (nyelenggarain -> selenggara, ngomongke -> omong), Javanese final g for k
 * (dirembug -> rembuk). Each candidate must reach a lexicon root.
 */
function colloquialRoot(word: string): string | undefined {
  if (word.length < 4) return undefined;
  // Krama passive dipun- and Javanese tak-/kok- (first/second person passive) are di- in Indonesian.
  const bases: string[] = word.startsWith("dipun")
    ? [`di${word.slice(5)}`]
    : word.startsWith("tak") || word.startsWith("kok")
      ? [word, `di${word.slice(3)}`]
      : [word];
  const candidates: string[] = [];
  for (const base of bases) {
    for (const [suf, standard] of COLLOQUIAL_SUFFIXES) {
      if (!base.endsWith(suf) || base.length - suf.length < 3) continue;
      const stem = base.slice(0, -suf.length);
      for (const s of standard) candidates.push(stem + s);
      // Jakarta "-ein" for "-aikan": disampein -> disampaikan
      if (suf === "in" && stem.endsWith("e")) candidates.push(`${stem.slice(0, -1)}aikan`);
    }
    if (base !== word) candidates.push(base);
    // Javanese g for final k: dirembug -> dirembuk
    if (base.endsWith("g")) candidates.push(`${base.slice(0, -1)}k`);
  }
  // Of all readings, a root common enough to be in the thesaurus wins (banggane is bangga + -ne, not
  // banggan + -e; maine is main + -e, not mai + -ne), then the longest (letake is letak + -e, not leta + -ke).
  const standard = likeliestRoot(mapPacked(candidates, standardRoot));
  if (standard) return standard;
  // Bare nasal prefix, with or without a colloquial suffix: ngomong, nyelenggarain, ngomongke.
  const stems = [
    word,
    ...mapPacked(
      COLLOQUIAL_SUFFIXES.filter(([s]) => word.endsWith(s)),
      ([s]) => word.slice(0, -s.length),
    ),
  ];
  // The bare reading first (ngurusin is urus, not kurus), a thesaurus root before a rare one.
  let nasal: string | undefined;
  for (const stem of stems) {
    for (const c of nasalCandidates(stem)) {
      if (c.length < 3) continue;
      const r = standardRoot(c) ?? (c.endsWith("g") ? standardRoot(`${c.slice(0, -1)}k`) : undefined);
      if (!r) continue;
      if (thesaurus().offsets.has(r)) return r;
      nasal ??= r;
    }
  }
  if (nasal) return nasal;
  // Forms the dictionary's flags do not license (dirembuk): confix stripping over its roots.
  for (const c of candidates) {
    const r = fallback().stem(c);
    if (r !== c) return r;
  }
  return undefined;
}

interface Lemma {
  lemma: string;
  inLexicon: boolean;
}

const LEMMA_MEMO_LIMIT = 200_000;

/** A word's root and whether it is a real word; memoised (the same word always reads the same). */
export function lemmaInfo(word: string): Lemma {
  return lemmaMemo(word);
}
const lemmaMemo = boundedMemo(computeLemma, LEMMA_MEMO_LIMIT);

function computeLemma(word: string): Lemma {
  if (!/^[a-z]+$/.test(word)) return { lemma: word, inLexicon: /^\d+$/.test(word) };
  if (closed.classOf.has(word)) return { lemma: word, inLexicon: true };
  const standard = standardRoot(word);
  if (standard) return { lemma: standard, inLexicon: true };
  const colloquial = colloquialRoot(word);
  if (colloquial) return { lemma: colloquial, inLexicon: true };
  if (word.length > 3) {
    const stem = fallback().stem(word);
    if (stem !== word) return { lemma: stem, inLexicon: true };
  }
  const known = slang.has(word) || rootWords.has(word) || lexicon().hasEntry(word);
  return { lemma: word, inLexicon: known };
}

/** The word's root (the word itself when no rule reaches a root). */
export function lemmaOf(word: string): string {
  return lemmaInfo(word).lemma;
}

/** Whether the word is a real word (lexicon form, Javanese/Jakarta form of a root, closed class, slang). */
export function isRealWord(word: string): boolean {
  return lemmaInfo(word).inLexicon;
}

// ---------------------------------------------------------------- thesaurus

/** The trimmed thesaurus kept as one string, with each headword's line offset (compact: ~3 MB). */
interface Thesaurus {
  text: string;
  offsets: Map<string, number>;
}
let thesaurusData: Thesaurus | undefined;

function thesaurus(): Thesaurus {
  if (!thesaurusData) {
    const text = readFileSync(vendor("mythes-id/thesaurus.txt"), "utf8");
    const offsets = new Map<string, number>();
    for (let at = 0; at < text.length; ) {
      const bar = text.indexOf("|", at);
      const end = text.indexOf("\n", at);
      if (bar < 0 || end < 0) break;
      offsets.set(text.slice(at, bar), bar + 1);
      at = end + 1;
    }
    thesaurusData = { text, offsets };
  }
  return thesaurusData;
}

/** A headword's senses: part of speech and one-word synonyms. */
function senses(word: string): { pos: string; words: string[] }[] {
  const { text, offsets } = thesaurus();
  const at = offsets.get(word);
  if (at === undefined) return [];
  return mapPacked(text.slice(at, text.indexOf("\n", at)).split(";"), (s) => {
    const colon = s.indexOf(":");
    return {
      pos: s.slice(0, colon),
      words: s
        .slice(colon + 1)
        .split(",")
        .filter(Boolean),
    };
  });
}

/** The thesaurus' parts of speech of a word (n, v, a, adv, p, num, pron); empty when it has no entry. */
export function partsOfSpeech(word: string): readonly string[] {
  return posMemo(word);
}
/** (Memoised: the engine asks it of most words of every question, and a look-up parses a thesaurus line.) */
const posMemo = boundedMemo(
  (word: string): readonly string[] => [...new Set(mapPacked(senses(word), (s) => s.pos))],
  20_000,
);

/**
 * One-word synonyms of a word from the thesaurus: those that list the word back first (menyatakan ~
 * mengatakan), then the rest. Looks up the word, else its lemma.
 */
/** Synonyms that list the word back (the thesaurus' more reliable pairs), of the word itself only. */
export function mutualSynonyms(word: string): string[] {
  const all = senses(word).flatMap((s) => s.words);
  return [...new Set(all)].filter((w) => senses(w).some((s) => s.words.includes(word)));
}

/**
 * The thesaurus' main reading of a word as one part of speech: the synonyms of its first sense with that
 * part of speech whose own first sense lists the word back ("pengaruh" as a noun: dampak, efek ...;
 * "pasal" as a noun: artikel, not its later sense alasan; "misi" not tujuan, a later sense of tujuan). With `backInAnySense`, any sense of the synonym may list it.
 */
export function firstSenseSynonyms(word: string, pos: string, backInAnySense = false): string[] {
  const first = senses(word).find((s) => s.pos === pos);
  if (!first) return [];
  return first.words.filter((w) =>
    backInAnySense
      ? senses(w).some((s) => s.words.includes(word))
      : senses(w)
          .find((s) => s.pos === pos)
          ?.words.includes(word),
  );
}

/** Synonyms of any noun sense of a word that list the word back in some sense of theirs (later senses too). */
export function nounSenseSynonyms(word: string): string[] {
  const all = senses(word)
    .filter((s) => s.pos === "n")
    .flatMap((s) => s.words);
  return [...new Set(all)].filter((w) => senses(w).some((s) => s.words.includes(word)));
}

/** A word's synonyms, mutual ones first; memoised. */
export function synonymsOf(word: string): string[] {
  return synonymMemo(word);
}
const synonymMemo = boundedMemo(computeSynonyms, 20_000);

function computeSynonyms(word: string): string[] {
  const key = thesaurus().offsets.has(word) ? word : lemmaOf(word);
  const all = [...new Set(senses(key).flatMap((s) => s.words))];
  const mutual = all.filter((w) => senses(w).some((s) => s.words.includes(key)));
  return [...mutual, ...all.filter((w) => !mutual.includes(w))];
}

// ---------------------------------------------------------------- classes

/** Classes looked up by lemma as well ("membaca" -> baca, "bertanya" -> tanya). */
const BY_LEMMA = new Set<NonContentClass>(["modality", "courtesy", "intro"]);

/** A word's class: a closed class when listed (as written or by lemma), else by the thesaurus' parts of speech. */
export function wordClassOf(word: string): WordClass {
  return classMemo(word);
}
const classMemo = boundedMemo(computeClass, LEMMA_MEMO_LIMIT);

function computeClass(word: string): WordClass {
  if (/^\d+$/.test(word)) return "number";
  const direct = closed.classOf.get(word);
  if (direct) return direct;
  const lemma = lemmaOf(word);
  const byLemma = closed.classOf.get(lemma);
  if (byLemma && BY_LEMMA.has(byLemma)) return byLemma;
  if (sentenceAdverb(word)) return "adverb";
  const pos = partsOfSpeech(word);
  if (pos.length > 0 && !pos.some((p) => p === "n" || p === "v" || p === "a")) {
    if (pos.includes("num")) return "number";
    if (pos.includes("adv")) return "adverb";
    return "function"; // pronouns and particles (p) of the thesaurus
  }
  return "content";
}

/** Everything the pipeline knows about one word (see WordInfo). */
export function describeWord(input: string): WordInfo {
  const word = input.toLowerCase();
  const { lemma, inLexicon } = lemmaInfo(word);
  return { word, lemma, inLexicon, wordClass: wordClassOf(word), synonyms: synonymsOf(word) };
}
