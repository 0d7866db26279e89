import { phrases, slang } from "./lexicon.js";

/** Longest input the pipeline reads; longer text is cut (a question is never this long). */
export const MAX_INPUT_CHARS = 2000;

/**
 * Case, Unicode, punctuation and spacing: returns lowercase words separated by single spaces.
 * Keeps letters and digits of any script; "&" becomes "dan"; reduplication "masing-masing" -> "masing";
 * other hyphens split words ("madiun-kediri" -> "madiun kediri"); "-nya" is re-attached.
 */
export function normalizeText(input: string): string {
  let s = input.slice(0, MAX_INPUT_CHARS).normalize("NFKC").toLowerCase();
  s = s.replace(/<[^>]{0,200}>/g, " "); // HTML-like tags carry no question
  s = s.replace(/https?:\/\/\S+/g, " ");
  s = s.replace(/&/g, " dan ").replace(/\+/g, " dan ");
  s = s.replace(/[’'`´]/g, "");
  // Reduplication: kota-kota -> kota, masing-masing -> masing (also with a suffix: masing-masingnya).
  s = s.replace(/\b(\p{L}+)-\1(\p{L}*)\b/gu, "$1$2");
  s = s.replace(/(\p{L})-(nya|ne|e|ku|mu|lah|kah|pun)\b/gu, "$1$2");
  s = s.replace(/(\d)-(\d)/g, "$1 $2");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ");
  // Letters repeated three times or more are stretched speech: "kapaaan" -> "kapan".
  s = s.replace(/(\p{L})\1{2,}/gu, "$1");
  return s.trim().replace(/\s+/g, " ");
}

/** Javanese/colloquial possessive endings tried when a word is not known as written. */
const COLLOQUIAL_SUFFIXES = ["nya", "ne", "e", "an"];

/**
 * Maps slang, abbreviations and Javanese words to standard Indonesian, then joins multi-word expressions.
 * `isKnown` tells whether a word is already meaningful (so "sektore" -> "sektor" only when "sektor" is).
 */
export function standardize(words: string[], isKnown: (w: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const w of words) {
    const direct = slang.get(w);
    if (direct) {
      // One more step, so chains like keterangan -> pernyataan -> kata resolve.
      out.push(...direct.flatMap((d) => slang.get(d) ?? [d]));
      continue;
    }
    // Javanese -ke/-ake and Jakarta -in verb suffixes: dikuatke, diprioritaske, diutamain -> -kan / -i.
    if (!isKnown(w) && w.length > 5 && /(ake|ke|in)$/.test(w)) {
      const stem = w.replace(/(ake|ke|in)$/, "");
      const standard = [`${stem}kan`, `${stem}i`].find(isKnown);
      if (standard) {
        out.push(standard);
        continue;
      }
    }
    if (!isKnown(w) && w.length > 4) {
      const suffix = COLLOQUIAL_SUFFIXES.find((suf) => {
        if (!w.endsWith(suf)) return false;
        const base = w.slice(0, -suf.length);
        return slang.has(base) || (suf !== "an" && isKnown(base));
      });
      if (suffix) {
        const base = w.slice(0, -suffix.length);
        out.push(...(slang.get(base) ?? [base]));
        continue;
      }
    }
    out.push(w);
  }
  return joinPhrases(out);
}

function joinPhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const match = phrases.find((p) => p.words.every((pw, k) => words[i + k] === pw));
    if (match) {
      out.push(match.token);
      i += match.words.length;
    } else {
      out.push(words[i] as string);
      i++;
    }
  }
  return out;
}

/** Words with doubled letters collapsed once ("kerjaa" -> "kerja"), for a second look-up. */
export function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1/gu, "$1");
}
