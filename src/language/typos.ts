import { isEnglishWord } from "./english.js";
import { editDistance } from "./fuzzy.js";
import { outOfScopeWords, questionWords, slang, stopWords, typeMarkers } from "./lexicon.js";
import { boundedMemo } from "./memo.js";
import { mapPacked } from "./packed.js";
import { closedClassWords, isNoiseWord, isRealWord, lexicon, wordClassOf } from "./words.js";

/**
 * Typo correction against the knowledge's words first, then the lexicon: one edit (two for long
 * words), dropped vowels ("tnda" -> tanda, "mnrt" -> menurut), doubled or missing letters
 * ("manfaatny" -> manfaatnya). A real word is never "corrected" into another, nor a word naming
 * something the knowledge is not about (out-of-scope list: places, offices).
 */

const VOWELS = /[aiueo]/g;
const skeleton = (w: string) => w.replace(VOWELS, "");

/** Whether `short` is `long` with some vowels left out (tnda ⊂ tanda, mnrt ⊂ menurut). */
function droppedVowels(short: string, long: string): boolean {
  if (short.length >= long.length || skeleton(short) !== skeleton(long)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * Lexicon roots by their consonants, for dropped-vowel look-ups (built once, on first use). A skeleton's
 * roots are kept as one space-separated string (the root itself when alone, as most are): one small array
 * per skeleton cost ~1.7 MB more for the 22,000 skeletons, kept while the bot runs for a rare look-up.
 */
let skeletonIndex: Map<string, string> | undefined;
function rootsBySkeleton(k: string): string[] {
  if (!skeletonIndex) {
    const lists = new Map<string, string[]>();
    for (const r of lexicon().allRoots()) {
      if (r.length < 3 || !/^[a-z]+$/.test(r)) continue;
      const key = skeleton(r);
      const list = lists.get(key);
      if (list) list.push(r);
      else lists.set(key, [r]);
    }
    skeletonIndex = new Map();
    for (const [key, roots] of lists)
      skeletonIndex.set(key, roots.length === 1 ? (roots[0] as string) : roots.join(" "));
  }
  return skeletonIndex.get(k)?.split(" ") ?? [];
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every string one edit away (delete, transpose, replace, insert), first letter kept. */
function edits1(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + (b[1] as string) + (b[0] as string) + b.slice(2));
    for (const c of LETTERS) {
      if (b && c !== b[0]) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  // transposing the first two letters too ("tagnal")
  if (w.length > 1) out.push((w[1] as string) + (w[0] as string) + w.slice(2));
  return out;
}

/** Edits allowed: one from 5 letters, two from 8 (shorter words collide with other real words). */
function maxEdits(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The word meant by a mistyped `word`, or undefined when it is a real word, names something out of
 * scope, or nothing close enough is found. `isKnown` says whether a word is in the knowledge (tried
 * first); `knowledgeWords` lists the knowledge's words for the searches a predicate cannot do
 * (two edits, dropped vowels). Lexicon candidates must be unambiguous; `lexicon: false` skips them.
 */
export function correctTypo(
  word: string,
  isKnown: (w: string) => boolean,
  knowledgeWords: Iterable<string> = [],
  options: { lexicon?: boolean; isName?: (w: string) => boolean } = {},
): string | undefined {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return undefined;
  if (isKnown(word) || isRealWord(word) || outOfScopeWords.has(word) || lexicon().isName(word))
    return undefined;
  const vocabulary = [...knowledgeWords];
  const max = maxEdits(word.length);
  // 1. the knowledge: one edit, dropped vowels, then two edits for long words
  if (max >= 1) {
    const hit = edits1(word).find((c) => c.length >= 3 && isKnown(c));
    if (hit) return hit;
  }
  // Several words with those consonants ("kdr": kader, Kediri): a name of the knowledge is what chat
  // abbreviates that way (kdr, mdn, sby), so it comes first.
  const vowelHits = vocabulary.filter((v) => droppedVowels(word, v));
  const vowelHit = vowelHits.find((v) => options.isName?.(v) === true) ?? vowelHits[0];
  if (vowelHit) return vowelHit;
  // vowels heard differently (English "waist" for waste): same consonants, at most two edits
  if (max >= 1) {
    const k = skeleton(word);
    const heard = vocabulary.find(
      (v) => skeleton(v) === k && v[0] === word[0] && editDistance(word, v, 2) <= 2,
    );
    if (heard) return heard;
  }
  if (max >= 2) {
    let best: string | undefined;
    let bestD = max + 1;
    for (const v of vocabulary) {
      if (v[0] !== word[0] || Math.abs(v.length - word.length) > max) continue;
      const d = editDistance(word, v, max);
      if (d < bestD) {
        best = v;
        bestD = d;
      }
    }
    if (best) return best;
  }
  if (options.lexicon === false) return undefined;
  // 2. the lexicon: one edit to a real word, unambiguous. A vowel added, dropped or changed (the
  //    consonants kept) may reach any form the affix rules license; other edits must reach a root
  //    (cheap: one map look-up each, where a form analysis costs tens of microseconds).
  if (max >= 1) {
    const lex = lexicon();
    const k = skeleton(word);
    const candidates = [...new Set(edits1(word))].filter((c) => c.length >= 4);
    const vowelForms = candidates.filter(
      (c) => skeleton(c) === k && (lex.isRoot(c) || lex.derive(c).length > 0),
    );
    if (vowelForms.length === 1) return vowelForms[0];
    if (vowelForms.length === 0) {
      const roots = candidates.filter((c) => lex.isRoot(c));
      if (roots.length === 1) return roots[0];
    }
  }
  const bySkeleton = rootsBySkeleton(skeleton(word)).filter((r) => droppedVowels(word, r));
  if (bySkeleton.length === 1) return bySkeleton[0];
  return undefined;
}

/** The pipeline's own question, function and type-marker words: typos of these are read before anything else. */
let closedWords: Set<string> | undefined;

/**
 * A mistyped question or function word ("apakh", "bearpa", "tentng", "brapa"): the closed-class word
 * meant, or undefined. Only closed-class words are candidates (the knowledge comes later, in the
 * pipeline); memoised per word.
 */
export function correctFunctionWord(word: string): string | undefined {
  return closedCorrection(word);
}

const closedCorrection = boundedMemo((word): string | undefined => {
  closedWords ??= new Set(
    [...questionWords, ...stopWords, ...typeMarkers, ...closedClassWords()].filter(
      (w) => w.length >= 4 && /^[a-z]+$/.test(w),
    ),
  );
  // ... and their colloquial spellings ("ngomong" for kata), for consonant-only abbreviations.
  spokenClosedWords ??= new Set([
    ...closedWords,
    ...mapPacked(
      [...slang].filter(
        ([from, to]) => from.length >= 4 && /^[a-z]+$/.test(from) && to.length > 0 && to.every(isClosed),
      ),
      ([from]) => from,
    ),
  ]);
  const set = closedWords;
  // "apaa", "siapaa", "kapann": a question word stretched by one letter at its end (three or more
  // repeats are already collapsed by normalizeText; two are left there, since "maaf" keeps its pair).
  const last = word.length - 1;
  if (word.length >= 3 && word[last] === word[last - 1] && questionWords.has(word.slice(0, last)))
    return word.slice(0, last);
  return (
    correctTypo(word, (w) => set.has(w), set, { lexicon: false }) ??
    consonantAbbreviation(word, spokenClosedWords) ??
    twoLetterAbbreviation(word, spokenClosedWords)
  );
}, 50_000);
let spokenClosedWords: Set<string> | undefined;

/** Whether a word is one of the pipeline's own question, function or type-marker words. */
function isClosed(w: string): boolean {
  return questionWords.has(w) || stopWords.has(w) || typeMarkers.has(w);
}

/**
 * A chat abbreviation written with consonants only ("ngmg" for ngomong, "skrg" for sekarang): the one
 * candidate that starts and ends with the same letters and contains the abbreviation's letters in order.
 */
function consonantAbbreviation(word: string, candidates: ReadonlySet<string>): string | undefined {
  if (word.length < 4 || /[aiueo]/.test(word)) return undefined;
  let found: string | undefined;
  for (const c of candidates) {
    if (c[0] !== word[0] || c[c.length - 1] !== word[word.length - 1] || c.length <= word.length) continue;
    let i = 0;
    for (const ch of c) if (ch === word[i]) i++;
    if (i < word.length) continue;
    if (found && found !== c) return undefined;
    found = c;
  }
  return found;
}

/**
 * The tiers a two-letter abbreviation is read by when several function words fit it: a question word, then
 * a word that marks the kind of answer ("kt": kata, not kita), then a stop word ("kl": kalau).
 */
const ABBREVIATION_TIERS: readonly ReadonlySet<string>[] = [questionWords, typeMarkers, stopWords];

/**
 * A two-letter chat abbreviation of a function word or particle ("kt" kata, "jg" juga, "dr" dari, "aj"
 * aja): its first letter and consonants are those of the word, with vowels left out. Only words that name
 * nothing are candidates (question words, answer-kind markers, stop words and the closed classes, in
 * their standard or chat spellings; never an English word, a number or a content word): an acronym of
 * content ("RS", "PT") stays what it is. Several candidates are ranked by ABBREVIATION_TIERS; when they
 * remain several, all of them function words, the abbreviation is one of them and names nothing: the
 * first in order is returned (read as noise like any of them).
 */
function twoLetterAbbreviation(word: string, candidates: ReadonlySet<string>): string | undefined {
  if (word.length !== 2 || isRealWord(word) || outOfScopeWords.has(word)) return undefined;
  const k = skeleton(word.slice(1));
  const hits: string[] = [];
  for (const c of candidates) {
    if (c[0] !== word[0] || c.length <= 2 || skeleton(c.slice(1)) !== k) continue;
    if (c.length > 5 || isEnglishWord(c)) continue;
    const reading = slang.get(c) ?? [c];
    if (wordClassOf(c) === "number" || !reading.every(namesNothing)) continue;
    hits.push(c);
  }
  const reading = (c: string) => (slang.get(c) ?? [c]).join(" ");
  // One of several that read alike ("kalau", "klo", "kalo"), or one of several words that all name
  // nothing ("kamu", "kami"): any of them reads the same.
  const pick = (cs: string[]): string | undefined => {
    const sorted = [...cs].sort();
    if (new Set(mapPacked(cs, reading)).size === 1) return sorted.find((c) => !slang.has(c)) ?? sorted[0];
    return cs.every((c) => (slang.get(c) ?? [c]).every(isNoiseWord)) ? sorted[0] : undefined;
  };
  if (hits.length <= 1) return hits[0];
  const reads = (c: string, tier: ReadonlySet<string>) => tier.has(c) || tier.has(slang.get(c)?.[0] ?? "");
  for (const tier of ABBREVIATION_TIERS) {
    const inTier = hits.filter((c) => reads(c, tier));
    if (inTier.length) return pick(inTier);
  }
  return pick(hits);
}

/** Whether a word is one that names nothing: a question, function or answer-kind word, or noise. */
function namesNothing(w: string): boolean {
  if (isClosed(w) || isNoiseWord(w)) return true;
  const cls = wordClassOf(w);
  return cls !== "content" && cls !== "number";
}
