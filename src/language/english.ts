import { readFileSync } from "node:fs";
import { questionWords, stopWords } from "./lexicon.js";
import { boundedMemo } from "./memo.js";
import { mapPacked } from "./packed.js";

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
  /** Irregular verb forms to their base form ("gave", "given" -> give; "set" -> set). */
  irregular: Map<string, string>;
  /** Words of chat that read as nothing ("noted", "okay", "btw"): dropped even alone in Indonesian. */
  chat: Set<string>;
}

function readGlossary(): Glossary {
  const text = readFileSync(new URL("./data/english.txt", import.meta.url), "utf8");
  const byFirst = new Map<string, Entry[]>();
  const aux = new Set<string>();
  const irregular = new Map<string, string>();
  const chat = new Set<string>();
  const add = (entry: Entry) => {
    const first = entry.words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    if (line.startsWith("chat:")) {
      for (const w of line.slice(5).trim().split(/\s+/)) {
        chat.add(w);
        add({ words: [w], target: [], post: false, adj: false, noun: false });
      }
      continue;
    }
    if (line.startsWith("aux:")) {
      for (const w of line.slice(4).trim().split(/\s+/)) aux.add(w);
      continue;
    }
    if (line.startsWith("forms:")) {
      // "forms: give gave given": the past and participle forms (alternatives with "/") read as the base.
      const [base = "", ...rest] = line.slice(6).trim().split(/\s+/);
      for (const f of rest.flatMap((r) => r.split("/")))
        if (f !== base && !irregular.has(f)) irregular.set(f, base);
      continue;
    }
    const [left = "", right = ""] = mapPacked(line.split("="), (s) => s.trim());
    const post = right.startsWith("post:");
    const adj = right.startsWith("adj:");
    const noun = right.startsWith("n:") || post;
    const target = right.replace(/^(post|adj|n):/, "").trim();
    const words = left.split(/\s+/);
    add({ words, target: target === "-" ? [] : target.split(/\s+/), post, adj, noun });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, aux, irregular, chat };
}

let glossary: Glossary | undefined;
const english = (): Glossary => {
  glossary ??= readGlossary();
  return glossary;
};

/**
 * Base forms an inflected English word may come from: weeks -> week, signed -> sign, parties -> party,
 * planned -> plan (a doubled last consonant), applied -> apply, and the irregular forms the glossary lists
 * (gave, given -> give; grew, grown -> grow; grows -> grow).
 */
function bases(w: string): string[] {
  // Code-mixed Indonesian possessive on an English word ("ceremony-nya", "meetingnya").
  if (w.length > 6 && w.endsWith("nya")) return [w, ...bases(w.slice(0, -3))];
  const out = [w];
  const irregular = english().irregular.get(w);
  if (irregular) out.push(irregular);
  if (w.length < 4) return out;
  if (w.endsWith("ies") || w.endsWith("ied")) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("es")) out.push(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) out.push(w.slice(0, -1));
  const stem = w.endsWith("ed") ? w.slice(0, -2) : w.endsWith("ing") ? w.slice(0, -3) : undefined;
  if (stem !== undefined) {
    out.push(stem, `${stem}e`);
    // "planned", "setting": a doubled consonant before the ending is written once in the base.
    const last = stem[stem.length - 1] as string;
    if (stem.length > 2 && last === stem[stem.length - 2] && !"aeiousl".includes(last))
      out.push(stem.slice(0, -1));
  }
  // "grows", "gives up": the -s form of an irregular verb.
  for (const b of out.slice(1)) {
    const base = english().irregular.get(b);
    if (base && !out.includes(base)) out.push(base);
  }
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

/**
 * Whether a word is an English question word ("what", "who"), also contracted ("what's", "who's"): a word
 * of the glossary read as an Indonesian question word, or a question word with a contraction.
 */
export function isEnglishQuestionWord(w: string): boolean {
  if (WH_WORDS.has(w)) return true;
  const host = contraction(w)?.[0];
  if (host !== undefined) return WH_WORDS.has(host);
  // ("whats" -> apa, "wheres" -> di mana: the reading ends with an Indonesian question word.)
  const target = singleEntry(w)?.target;
  return target !== undefined && target.length > 0 && questionWords.has(target[target.length - 1] as string);
}

/** Whether a word is English by the glossary (a listed word, an inflection of one, or an auxiliary). */
export function isEnglishWord(w: string): boolean {
  return english().aux.has(w) || singleEntry(w) !== undefined;
}

/**
 * Whether an English word the glossary lacks is an adverb by its form: "-ly" after a stem of four letters
 * or more ("officially", "formally", "reportedly"). Not "-ily" or "-ply", which also end nouns and verbs
 * ("family", "supply", "reply"); time adverbs the glossary lists ("daily", "early") are read by it.
 */
function mannerAdverb(w: string): boolean {
  return (
    w.length >= 6 &&
    w.endsWith("ly") &&
    !w.endsWith("ily") &&
    !w.endsWith("ply") &&
    singleEntry(w) === undefined &&
    !english().aux.has(w)
  );
}

/** Time units a duration is counted in ("for five YEARS"), in their English base form. */
const DURATION_UNITS = new Set(["day", "week", "month", "year", "decade", "hour", "fortnight"]);
/** Words that may stand between "for" and the unit of a duration ("for the next FEW years"). */
const DURATION_COUNTS = new Set([
  "a",
  "an",
  "the",
  "next",
  "few",
  "several",
  "many",
  "some",
  "coming",
  "past",
]);

/** Whether a length of time starts at word `i` ("five years", "2 months", "a few weeks", "the next decade"). */
function durationAt(words: readonly string[], i: number): boolean {
  for (let k = i; k < Math.min(words.length, i + 4); k++) {
    const w = words[k] as string;
    if (bases(w).some((b) => DURATION_UNITS.has(b))) return k > i || w.endsWith("s");
    const number = /^\d+$/.test(w) || /^\d+$/.test(singleEntry(w)?.target[0] ?? "") || NUMBER_WORDS.has(w);
    if (!number && !DURATION_COUNTS.has(w)) return false;
  }
  return false;
}
/** English numbers in words up to twenty, and the tens ("five years", "twenty years"). */
const NUMBER_WORDS = new Set([
  ...["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
  ...["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"],
  ...["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"],
]);

/**
 * The endings a contraction leaves on its host, the word each stands for, and the hosts it is read after
 * ("what's", "they'll", "I've"): only hosts whose contracted form is no English word of its own ("he'll"
 * is "hell", "she'll" "shell", "I'll" "ill", "we'd" "wed", "who're" "whore": left as written).
 */
const CONTRACTED: ReadonlyArray<readonly [string, string, ReadonlySet<string>]> = [
  [
    "s",
    "is",
    new Set(["it", "that", "there", "here", "he", "she", "who", "what", "where", "when", "why", "how"]),
  ],
  ["re", "are", new Set(["you", "they", "what", "where"])],
  ["ll", "will", new Set(["you", "they", "it", "that", "there", "who", "what"])],
  [
    "ve",
    "have",
    new Set(["i", "you", "we", "they", "who", "what", "could", "should", "would", "might", "must"]),
  ],
  ["d", "would", new Set(["you", "they", "it", "that", "there", "who", "what", "where", "how"])],
];
/** Negated auxiliaries whose base is not the written form less "nt" ("can't", "won't", "ain't"). */
const NEGATED: ReadonlyMap<string, string> = new Map([
  ["cant", "can"],
  ["wont", "will"],
  ["aint", "is"],
  ["shant", "shall"],
]);

/**
 * The words an English contraction stands for, once normalising has dropped its apostrophe: an auxiliary
 * with "n't" ("wasnt" -> was not, "didnt" -> did not, "cant" -> can not) and a pronoun or question word
 * with "'s", "'re", "'ll", "'ve", "'d" ("whos" -> who is, "theyll" -> they will). Undefined for any other
 * word, and for a word the glossary lists as it is written ("its", "were", "well", "ill": real words).
 */
export function contraction(w: string): readonly string[] | undefined {
  return contractionMemo(w);
}

const contractionMemo = boundedMemo((w: string): readonly string[] | undefined => {
  const { aux, byFirst } = english();
  if (byFirst.has(w) || aux.has(w)) return undefined;
  const negated = NEGATED.get(w) ?? (w.endsWith("nt") && aux.has(w.slice(0, -2)) ? w.slice(0, -2) : "");
  if (negated) return [negated, "not"];
  for (const [end, full, hosts] of CONTRACTED) {
    const host = w.slice(0, -end.length);
    if (w.endsWith(end) && hosts.has(host)) return [host, full];
  }
  return undefined;
}, 10_000);

/**
 * Reads the English words of a message into Indonesian, or returns the words unchanged when the message
 * has fewer than two English words that are not also Indonesian (`isIndonesian`: "data", "am", "do").
 * Then every glossary word is read as English, except the knowledge's own words (`isKnown`: "MoU").
 */
export function readEnglish(
  input: string[],
  isKnown: (w: string) => boolean,
  isIndonesian: (w: string) => boolean,
): string[] {
  const { byFirst, aux, chat } = english();
  let words = input;
  for (let i = 0; i < input.length; i++) {
    const parts = contraction(input[i] as string);
    if (parts && !isIndonesian(input[i] as string)) {
      words = input.flatMap((w) => (isIndonesian(w) ? [w] : (contraction(w) ?? [w])));
      break;
    }
  }
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
  // One English word in an Indonesian message stays as written, unless it is a word of chat that reads
  // as nothing ("noted.", "okay", "btw"): dropped, like the Indonesian fillers around a question.
  if (count < 2) {
    const isFiller = (w: string) => chat.has(w) && !isIndonesian(w) && !isKnown(w);
    return input.some(isFiller) ? input.filter((w) => !isFiller(w)) : input;
  }
  const out: string[] = [];
  /** Whether the previous word read was English (an auxiliary then does not open a question). */
  let afterEnglish = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i] as string;
    const phrase = byFirst
      .get(w)
      ?.find((e) => e.words.length > 1 && e.words.every((x, k) => words[i + k] === x));
    if (phrase) {
      // "Madiun City Hall" -> "balai kota madiun", as a one-word head noun after a name (below).
      if (phrase.post && out.length > 0 && i > 0 && !englishAt(i - 1)) {
        const name = out.pop() as string;
        out.push(...phrase.target, name);
      } else out.push(...phrase.target);
      i += phrase.words.length;
      afterEnglish = true;
      continue;
    }
    // "cooperate FOR five years", "for a month": "for" before a length of time is "selama" (a duration),
    // not "untuk" (a purpose or beneficiary).
    if (w === "for" && durationAt(words, i + 1)) {
      out.push("selama");
      i++;
      afterEnglish = true;
      continue;
    }
    // "when was it OFFICIALLY signed?", "what did Maidi REPORTEDLY say?": an English adverb of manner the
    // glossary lacks (by its -ly ending) surrounds the focus, as Indonesian adverbs do: it never declines.
    if (!englishAt(i) && mannerAdverb(w) && !isKnown(w) && !isIndonesian(w)) {
      i++;
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
      const opens = !afterEnglish && !WH_WORDS.has(words[i - 1] ?? "");
      // "Wasn't it at Madiun City Hall?", "didn't Maidi sign it?": a negated auxiliary opening a question
      // offers its statement to confirm, as Indonesian "bukankah" does (not a question whether it was not).
      if (opens && words[i + 1] === "not") {
        out.push("bukankah");
        i += 2;
        afterEnglish = true;
        continue;
      }
      if (opens) out.push("apakah");
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
    // ("Okay, wait, was it ...?": a word of chat before an auxiliary leaves it opening the question.)
    afterEnglish = !chat.has(w);
    i++;
  }
  return out;
}
