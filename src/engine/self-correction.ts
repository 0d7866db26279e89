import { questionWords, typeMarkers } from "../language/lexicon.js";
import { normalizeText, standardize } from "../language/normalize.js";
import { TIME_WORDS } from "./dates.js";

/**
 * A message that corrects itself ("ttd jam? eh maksude tgl", "sing ttd teko kediri? eh maksudku madiun"):
 * the words after the correction marker take the place of the last word before it that plays the same
 * part (a word asking for a kind of answer, a party, or any content word), and the message is read as
 * corrected. Nothing changes when no word before plays that part ("zero kabel itu maksudnya apa?").
 */

/** Correction markers, read on normalised words (before the slang map). */
const MARKERS = new Set(["maksude", "maksudnya", "maksudku", "maksudne", "maksute", "ralat"]);
/** Persons after "maksud" that make it a marker ("maksud saya", "maksud aku"). */
const MARKING_PERSON = new Set(["saya", "aku", "sy", "kulo", "kula", "gue", "gw"]);
/** Words that lead into a correction and belong to neither side ("eh", "maaf", "bukan"). */
const LEADING = new Set(["eh", "ehh", "e", "em", "maaf", "sorry", "sori", "bukan", "salah", "ding", "dink"]);
/** Clock words: they ask for a time of day, like a date word asks for a day. */
const CLOCK = new Set(["jam", "pukul", "tanggal", "tgl", "waktu", "wektu"]);
/** Most words a correction may have: a longer tail is a question of its own. */
const MAX_CORRECTION = 3;

type Part = "asking" | "party" | "content";

/** The part a normalised word plays: asking for a kind of answer, naming a party, or content. */
function partOf(word: string, isParty: (w: string) => boolean): Part {
  const read = standardize([word])[0] ?? word;
  if (questionWords.has(read) || typeMarkers.has(read) || TIME_WORDS.has(read) || CLOCK.has(read))
    return "asking";
  return isParty(read) ? "party" : "content";
}

/** The marker at i and how many words it takes, 0 when none. */
function markerAt(words: readonly string[], i: number): number {
  const w = words[i] ?? "";
  if (MARKERS.has(w)) return 1;
  return w === "maksud" && MARKING_PERSON.has(words[i + 1] ?? "") ? 2 : 0;
}

/** The message's words with a correction applied, or the words unchanged. */
export function selfCorrected(words: string[], isParty: (w: string) => boolean): string[] {
  const m = words.findIndex((_, i) => i > 0 && markerAt(words, i) > 0);
  if (m < 0) return words;
  let end = m;
  while (end > 0 && LEADING.has(words[end - 1] as string)) end--;
  const before = words.slice(0, end);
  const after = words.slice(m + markerAt(words, m)).filter((w) => !LEADING.has(w));
  if (!before.length || !after.length || after.length > MAX_CORRECTION) return words;
  const part = partOf(after[0] as string, isParty);
  for (let i = before.length - 1; i >= 0; i--) {
    if (partOf(before[i] as string, isParty) === part)
      return [...before.slice(0, i), ...after, ...before.slice(i + 1)];
  }
  return words;
}

/**
 * The message as it corrects itself, as words separated by spaces, or undefined when it does not correct
 * itself (most messages: no marker).
 */
export function correctedMessage(message: string, isParty: (w: string) => boolean): string | undefined {
  if (!/maksu|ralat/i.test(message)) return undefined;
  const words = normalizeText(message).split(" ").filter(Boolean);
  if (!words.some((w) => MARKERS.has(w) || w === "maksud")) return undefined;
  const corrected = selfCorrected(words, isParty);
  return corrected === words ? undefined : corrected.join(" ");
}
