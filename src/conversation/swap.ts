import { type Cast, isPartyWord, type KnownPerson, partiesNamed, peopleNamed } from "./people.js";
import type { Resolution, Turn } from "./types.js";
import {
  first,
  isAgreementWord,
  isContent,
  readWords,
  standardTokens,
  tokensOf,
  type Word,
} from "./words.js";

/**
 * "kalau X?", "terus X?", "bagaimana dengan X?": X swapped into the previous question for the element of
 * the same kind (a person or office, a party, or a topic word).
 */

/** Prepositions that introduce the topic asked about ("soal ekonomi", "tentang pariwisata"). */
const TOPIC_PREPOSITIONS = ["soal", "tentang", "bab", "mengenai", "terkait", "perihal"];
/** Words that frame a question about an element without being the element ("termasuk sektor"). */
const FRAME_WORDS = new Set([
  "termasuk",
  "masuk",
  "ikut",
  "melu",
  "mencakup",
  "cakup",
  "tercakup",
  "dicakup",
  "meliputi",
  "liput",
  "include",
  "included",
  "salahsatu",
  "sektor",
  "bidang",
  "program",
  "fokus",
  "difokuskan",
  ...TOPIC_PREPOSITIONS,
  "gimana",
  "selain",
]);
/** Prepositions dropped in front of a swapped-in element ("terus soal ekonomi?" -> "ekonomi"). */
const LEAD_INS = new Set([...TOPIC_PREPOSITIONS, "yang", "dengan", "untuk"]);
/** Words that introduce a partner or a party's side ("dengan Madiun", "karo Kediri", "dari Kediri"). */
const PARTNER_WORDS = new Set([
  "dengan",
  "sama",
  "ama",
  "karo",
  "bareng",
  "bersama",
  "dan",
  "dari",
  "kota",
  "pemkot",
]);
/** Replaces words[from..to) by `by`. */
function splice(words: string[], from: number, to: number, by: string[]): string[] {
  return [...words.slice(0, from), ...by, ...words.slice(to)];
}

/** "kalau X?": X swapped for the element of the same kind in the previous question (person, party, or topic word). */
export function swapInto(
  prev: Turn,
  x: Word[],
  cast: Cast,
): { asked: string; swapped: NonNullable<Resolution["swapped"]> } {
  return { asked: swapWords(prev, x, cast), swapped: swappedIn(prev, x, cast) };
}

/** The person or party a follow-up names ("kalau wali kota kediri?"), to explain a decline. */
export function swappedIn(prev: Turn, x: Word[], cast: Cast): NonNullable<Resolution["swapped"]> {
  const tokens = standardTokens(x.map((w) => w.raw).join(" "));
  const person = peopleNamed(tokens, cast)[0]?.name;
  const party = partiesNamed(tokens, cast)[0];
  return { ...(person ? { person } : {}), ...(party ? { party } : {}), fromEntries: prev.entryIds };
}

/** The previous question with X swapped in, as text. */
function swapWords(prev: Turn, x: Word[], cast: Cast): string {
  let xs = x;
  while (xs.length > 1 && LEAD_INS.has(first(xs[0]))) xs = xs.slice(1);
  const xRaw = xs.map((w) => w.raw);
  const xTokens = tokensOf(xs);
  const prevWords = readWords(prev.asked);
  const raw = prevWords.map((w) => w.raw);
  const personAt = (w: Word) =>
    w.std.some((t) => cast.people.some((p) => p.nameWords.includes(t))) || w.std.includes("walikota");
  // A person span: a name, or an office ("wali kota madiun") with its party word.
  const personSpan = (): [number, number] | undefined => {
    const i = prevWords.findIndex(personAt);
    if (i < 0) return undefined;
    let j = i + 1;
    while (j < prevWords.length) {
      const w = prevWords[j] as Word;
      if (personAt(w) || w.std.some((t) => isPartyWord(t, cast) && t !== "pemkot" && t !== "pemerintah")) j++;
      else break;
    }
    // "wali kota" is two written words: take the "kota" that belongs to it.
    return [i, j];
  };
  const xIsPerson = peopleNamed(xTokens, cast).length > 0 || xTokens.includes("walikota");
  const xParties = partiesNamed(xTokens, cast);
  if (xIsPerson) {
    const span = personSpan();
    if (span) return splice(raw, span[0], span[1], xRaw).join(" ");
  }
  if (xParties.length) {
    const prevParties = partiesNamed(tokensOf(prevWords), cast).filter((p) => !xParties.includes(p));
    const named = partiesNamed(tokensOf(prevWords), cast);
    if (prevParties.length === 1 && named.length === 1) {
      const key = prevParties[0] as string;
      const aliases = cast.partyAliases.get(key) ?? [];
      const xWord = xTokens.find(
        (t) => isPartyWord(t, cast) && !["pemkot", "pemerintah", "kota", "walikota"].includes(t),
      );
      const i = prevWords.findIndex((w) => w.std.some((t) => aliases.includes(t)));
      if (i >= 0 && xWord) return splice(raw, i, i + 1, [xWord]).join(" ");
    }
    // "Wali Kota Kediri siapa yang tanda tangan dengan Madiun?" then "kalau yang Madiun?": both parties are
    // named; the one the question was about gives way to X, and the phrase naming X as the partner ("dengan
    // Madiun") goes, or the question would name X twice.
    if (prevParties.length === 1 && named.length === 2) {
      const ownAliases = cast.partyAliases.get(prevParties[0] as string) ?? [];
      const xAliases = cast.partyAliases.get(xParties[0] as string) ?? [];
      const xWord = xAliases.find((a) => !a.includes(" ")) ?? xRaw.join(" ");
      const words: string[] = [];
      prevWords.forEach((w, k) => {
        if (w.std.some((t) => ownAliases.includes(t))) words.push(xWord);
        else if (w.std.some((t) => xAliases.includes(t))) {
          // ("sama" of "kerja sama" stays.)
          const partner = () => {
            const last = words[words.length - 1] as string;
            return (
              PARTNER_WORDS.has(last) && !(last === "sama" && words[words.length - 2]?.endsWith("kerja"))
            );
          };
          while (words.length && partner()) words.pop();
        } else words.push(raw[k] as string);
      });
      if (words.join(" ") !== raw.join(" ")) return words.join(" ");
    }
    if (named.length === 0) {
      const span = personSpan();
      // "yang Madiun?" after a question about Vinanda: the person of that party, when it has one.
      const ofParty = cast.people.filter((p) => p.party === xParties[0]);
      const by = ofParty.length === 1 ? [(ofParty[0] as KnownPerson).name] : xRaw;
      if (span) return splice(raw, span[0], span[1], by).join(" ");
    }
    // No party or person to swap: the party is added ("targetnya kapan?" -> "... kediri").
    return [...raw, ...xRaw].join(" ");
  }
  // A topic word: the first run of the previous question's own content words ("pariwisata").
  const swappable = (w: Word) =>
    w.std.length > 0 &&
    w.std.every(
      (t) =>
        isContent(t) &&
        !FRAME_WORDS.has(t) &&
        !isAgreementWord(t) &&
        !isPartyWord(t, cast) &&
        !cast.people.some((p) => p.nameWords.includes(t)),
    );
  const i = prevWords.findIndex(swappable);
  if (i >= 0) {
    let j = i + 1;
    while (j < prevWords.length && swappable(prevWords[j] as Word)) j++;
    return splice(raw, i, j, xRaw).join(" ");
  }
  return [...raw, ...xRaw].join(" ");
}
