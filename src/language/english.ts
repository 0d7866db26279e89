import { readFileSync } from "node:fs";
import { questionWords, stopWords } from "./lexicon.js";

/**
 * English mixed into a question ("Who signed the MoU?", "How many weeks have passed since the
 * signing?"), read through the compact glossary in data/english.txt before the Indonesian pipeline.
 * Only messages with at least two English words of the glossary are read this way; English words the
 * glossary lacks stay as written (never guessed).
 */

interface Entry {
  /** The English words (one or more). */
  words: string[];
  /** Indonesian words; empty drops the words. */
  target: string[];
  /** A noun written after its modifier in English, before it in Indonesian ("Madiun Regency"). */
  post: boolean;
  /** An adjective: opens an English noun phrase, read head first in Indonesian. */
  adj: boolean;
  /** A noun (may stand in an adjective's noun phrase). */
  noun: boolean;
}

interface Glossary {
  byFirst: Map<string, Entry[]>;
  aux: Set<string>;
}

function readGlossary(): Glossary {
  const text = readFileSync(new URL("./data/english.txt", import.meta.url), "utf8");
  const byFirst = new Map<string, Entry[]>();
  const aux = new Set<string>();
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    if (line.startsWith("aux:")) {
      for (const w of line.slice(4).trim().split(/\s+/)) aux.add(w);
      continue;
    }
    const [left = "", right = ""] = line.split("=").map((s) => s.trim());
    const post = right.startsWith("post:");
    const adj = right.startsWith("adj:");
    const noun = right.startsWith("n:") || post;
    const target = right.replace(/^(post|adj|n):/, "").trim();
    const words = left.split(/\s+/);
    const entry = { words, target: target === "-" ? [] : target.split(/\s+/), post, adj, noun };
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, aux };
}

let glossary: Glossary | undefined;
const english = (): Glossary => {
  glossary ??= readGlossary();
  return glossary;
};

/** Base forms an inflected English word may come from: weeks -> week, signed -> sign, parties -> party. */
function bases(w: string): string[] {
  // Code-mixed Indonesian possessive on an English word ("ceremony-nya", "meetingnya").
  if (w.length > 6 && w.endsWith("nya")) return [w, ...bases(w.slice(0, -3))];
  const out = [w];
  if (w.length < 4) return out;
  if (w.endsWith("ies")) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) out.push(w.slice(0, -1));
  if (w.endsWith("ed")) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith("ing")) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}

const entryMemo = new Map<string, Entry | null>();

/** The single-word glossary entry of an English word or of its base form; memoised. */
function singleEntry(w: string): Entry | undefined {
  let hit = entryMemo.get(w);
  if (hit === undefined) {
    hit = null;
    for (const b of bases(w)) {
      const e = english()
        .byFirst.get(b)
        ?.find((x) => x.words.length === 1);
      if (e) {
        hit = e;
        break;
      }
    }
    if (entryMemo.size >= 50_000) entryMemo.clear();
    entryMemo.set(w, hit);
  }
  return hit ?? undefined;
}

/**
 * The Indonesian reading of one English word of the glossary (or of its base form: "weeks" -> minggu),
 * undefined for a word it does not list. For a follow-up of one or two words ("and days?", "her title?"),
 * which `readEnglish` leaves as written.
 */
export function englishWord(w: string): readonly string[] | undefined {
  return singleEntry(w)?.target;
}

/** English question words: an auxiliary after one ("when was", "what did") does not ask yes or no. */
const WH_WORDS = new Set(["who", "whom", "whose", "what", "which", "when", "where", "why", "how"]);

/** Whether a word is English by the glossary (a listed word, an inflection of one, or an auxiliary). */
export function isEnglishWord(w: string): boolean {
  return english().aux.has(w) || singleEntry(w) !== undefined;
}

/**
 * Reads the English words of a message into Indonesian, or returns the words unchanged when the message
 * has fewer than two English words that are not also Indonesian (`isIndonesian`: "data", "am", "do").
 * Then every glossary word is read as English, except the knowledge's own words (`isKnown`: "MoU").
 */
export function readEnglish(
  words: string[],
  isKnown: (w: string) => boolean,
  isIndonesian: (w: string) => boolean,
): string[] {
  const { byFirst, aux } = english();
  const englishAt = (i: number, strict = false): boolean => {
    const w = words[i];
    if (w === undefined) return false;
    const e = aux.has(w) ? undefined : singleEntry(w);
    if (!aux.has(w) && (e === undefined || e.target.join(" ") === w)) return false;
    // An English function or question word ("who", "the", "in") is English even when the pipeline
    // knows it as a stop word: only the knowledge's content words ("MoU") stay as written.
    const closed = aux.has(w) || e?.target.every((t) => questionWords.has(t) || stopWords.has(t)) === true;
    return (closed || !isKnown(w)) && !(strict && isIndonesian(w));
  };
  let count = 0;
  for (let i = 0; i < words.length && count < 2; i++) if (englishAt(i, true)) count++;
  if (count < 2) return words;
  const out: string[] = [];
  /** Whether the previous word read was English (an auxiliary then does not open a question). */
  let afterEnglish = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i] as string;
    const phrase = byFirst
      .get(w)
      ?.find((e) => e.words.length > 1 && e.words.every((x, k) => words[i + k] === x));
    if (phrase) {
      out.push(...phrase.target);
      i += phrase.words.length;
      afterEnglish = true;
      continue;
    }
    if (!englishAt(i)) {
      out.push(w);
      afterEnglish = false;
      i++;
      continue;
    }
    if (aux.has(w)) {
      // "When was it signed?": after a question word (even one the knowledge also uses) it opens nothing.
      if (!afterEnglish && !WH_WORDS.has(words[i - 1] ?? "")) out.push("apakah");
    } else if (singleEntry(w)?.adj) {
      // "local campus paper" -> "koran kampus lokal": the noun phrase an adjective opens, head first.
      const run: string[][] = [];
      let j = i;
      while (j < words.length && j < i + 4 && englishAt(j) && !aux.has(words[j] as string)) {
        const e = singleEntry(words[j] as string) as Entry;
        if (e.target.length === 0 || e.post || (j > i && !e.noun && !e.adj)) break;
        run.push(e.target);
        j++;
      }
      for (const t of run.reverse()) out.push(...t);
      i = j;
      afterEnglish = true;
      continue;
    } else {
      const e = singleEntry(w) as Entry;
      // "Madiun Regency" -> "kabupaten madiun": the head noun goes before the name it follows.
      if (e.post && out.length > 0 && i > 0 && !englishAt(i - 1)) {
        const name = out.pop() as string;
        out.push(...e.target, name);
      } else out.push(...e.target);
    }
    afterEnglish = true;
    i++;
  }
  return out;
}
