import type { QuestionType } from "../knowledge/types.js";
import { outOfScopeWords, questionWords, stopWords } from "./lexicon.js";
import { boundedMemo } from "./memo.js";
import { standardize } from "./normalize.js";
import { mapPacked } from "./packed.js";
import { asksQuote, wordTypes } from "./question-type.js";
import { firstSenseSynonyms, lemmaOf, nounSenseSynonyms, partsOfSpeech, wordClassOf } from "./words.js";

/**
 * Words of asking explained as general language (issue 9, "unknown words are explained before they
 * count"): a word the knowledge does not use that names the KIND of answer wanted ("pengaruhe ... opo",
 * "efeke", "berguna bwt opo", "ucapan siapa", "kalimat ... omongane sopo") is read as the word for that
 * kind that the knowledge does use (dampak, manfaat, ucap, kata), through the thesaurus.
 *
 * Kept narrow on purpose (a general thesaurus fallback read "tahap" as "bagian" and answered questions
 * a second staff file does not answer): only the word's root, or a synonym of the main sense of a noun
 * that lists it back (not "melanggar" -> mendampak, "menang" -> beruntung, "pasal" -> alasan), only into
 * a kind of answer a question word would ask for (benefit, purpose, reason, quote), a quote reading by
 * synonym only when the clause already asks about something said,
 * and the engine then answers only when the entry it lands on holds the word it was explained into
 * (decide.ts); otherwise the decline still names the word as written.
 */

/** Kinds of answer a frame word may be read as: the "what for / why / what was said" of a question. */
const FRAME_KINDS: ReadonlySet<QuestionType> = new Set(["benefit", "purpose", "reason", "quote"]);

/** The kinds of answer among FRAME_KINDS a single word names ("dampak" -> benefit). */
function kindsOf(word: string): QuestionType[] {
  return wordTypes(word).filter((t) => FRAME_KINDS.has(t));
}

/** A word read as another: the token that replaces it and the kind of answer it names. */
export interface FrameReading {
  token: string;
  kind: QuestionType;
}

/**
 * How an unknown word reads as a word of asking, if it does: its root when the root names a kind of
 * answer ("ucapan" -> ucap, "penyebab" -> sebab), else a mutual synonym of the main noun sense of the
 * word or of its root (or that synonym's root) that names one ("pengaruh" -> dampak, "berguna" -> guna ->
 * manfaat). `searchable`: the knowledge searches the word; `known`: the pipeline knows it (a type
 * marker too). `quoteFrame`: the clause already asks about something said, so a synonym may read as a
 * word of saying ("kalimat" -> perkataan -> kata).
 */
export function frameReading(
  word: string,
  searchable: (w: string) => boolean,
  known: (w: string) => boolean,
  quoteFrame: boolean,
): FrameReading | undefined {
  if (!/^[a-z]{4,}$/.test(word) || outOfScopeWords.has(word) || wordClassOf(word) !== "content") return;
  const lemma = lemmaOf(word);
  if (outOfScopeWords.has(lemma)) return;
  // The root itself names a kind of answer ("ucapan" -> ucap, "penyebab" -> sebab).
  if (lemma !== word) {
    const kind = kindsOf(lemma)[0];
    if (kind && known(lemma)) return { token: lemma, kind };
  }
  // A noun's main sense ("pengaruh" -> dampak; "berguna" by its root guna -> manfaat): the reading must be
  // a word the knowledge searches, so the answering entry can be required to hold it. A word of saying
  // ("kalimat" -> perkataan -> kata) only where the clause already asks about something said.
  // (The root's sense only for an adjective or a form the thesaurus does not list: "berguna", "pengaruhe";
  // a verb's root is another word: "menggunakan" is not "guna".)
  const own = partsOfSpeech(word);
  const heads = own.length && !own.includes("a") ? [word] : [word, lemma];
  for (const head of new Set(heads)) {
    for (const s of firstSenseSynonyms(head, "n", quoteFrame)) {
      for (const c of new Set([s, lemmaOf(s)])) {
        const kind = kindsOf(c)[0];
        if (!kind) continue;
        if (kind === "quote" ? quoteFrame && known(c) : searchable(c)) return { token: c, kind };
      }
    }
  }
  return undefined;
}

/**
 * "Bagaimana PANDANGAN Wali Kota Madiun mengenai ...": a noun naming someone's view, right before the
 * person whose view it is, asks what that person said. Read as the word of saying that one of its noun
 * senses lists as a mutual synonym (pandangan ~ pendapat, read by the slang map as "kata"), if any.
 */
export function viewReading(word: string): string | undefined {
  return viewMemo(word) ?? undefined;
}
const viewMemo = boundedMemo((word: string): string | null => {
  if (!/^[a-z]{4,}$/.test(word) || outOfScopeWords.has(word) || wordClassOf(word) !== "content") return null;
  for (const s of nounSenseSynonyms(word)) {
    const read = standardize([s])[0];
    if (read && read !== s && wordTypes(read).includes("quote")) return read;
  }
  return null;
}, 5_000);

/** viewReading as a FrameReading. */
function viewAsQuote(word: string): FrameReading | undefined {
  const token = viewReading(word);
  return token ? { token, kind: "quote" } : undefined;
}

/**
 * Replaces the words of asking in standardized tokens that `unknown` says nothing explains by the words
 * they read as (see frameReading; a view before the `person` whose it is, see viewReading). Returns the tokens and, for each replacing token, the word as written.
 */
export function explainFrameWords(
  tokens: readonly string[],
  known: (w: string) => boolean,
  status: (w: string) => "known" | "generic" | "unknown" | undefined,
  person: (w: string) => boolean = () => false,
): { tokens: string[]; explained: Map<string, string> } {
  const explained = new Map<string, string>();
  const read = (ts: readonly string[], quoteFrame: boolean) =>
    mapPacked(ts, (t, i) => {
      if (status(t) !== "unknown" || questionWords.has(t) || stopWords.has(t)) return t;
      const reading =
        frameReading(t, (w) => status(w) === "known", known, quoteFrame) ??
        (person(ts[i + 1] ?? "") ? viewAsQuote(t) : undefined);
      if (!reading) return t;
      explained.set(reading.token, explained.get(t) ?? t);
      return reading.token;
    });
  // A word read as one of saying ("diucapkan" -> ucap) makes the clause ask about something said, so
  // a second reading may take a synonym of saying ("kalimat" -> kata).
  let out = read(tokens, asksQuote(tokens));
  if (asksQuote(out)) out = read(out, true);
  return { tokens: out, explained };
}
