import { MONTHS, WEEKDAYS } from "../engine/dates.js";
import { englishWord } from "../language/english.js";
import { type Cast, isPartyWord } from "./people.js";
import type { Turn } from "./types.js";
import {
  first,
  isContent,
  isQuestionWord,
  OPENERS,
  PARTICLES,
  possessed,
  readWords,
  standardTokens,
  type Word,
} from "./words.js";

/**
 * The words that make a message a follow-up of a given kind: openers and swaps ("kalau", "dan"),
 * corrections ("maksudku", "no, I meant"), doubts ("yakin?"), confirmations ("... kan?"), unit swaps
 * ("nek minggu?"), values offered to confirm ("tahun 2025 kan?"), and nouns of a kind of thing that
 * point back ("kota itu", "kutipan tadi").
 */

/** The leading openers and follow-up markers of a message, and whether they make it a swap or a continuation. */
export function opening(words: Word[]): { start: number; swap: boolean; restated: boolean } {
  let i = 0;
  let swap = false;
  // Words that only steer the conversation ("bukan, maksudku ...", "kembali ke topik tadi, ..."): a full
  // question after them is asked without them.
  let restated = false;
  while (i < words.length) {
    const t = first(words[i]);
    const next = first(words[i + 1]);
    const back = backToTopicLength(words, i);
    if (back > 0 && words.length > i + back) {
      i += back;
      restated = true;
    } else if (t === "kalau" || t === "lalu" || t === "trus" || ((t === "dan" || t === "and") && i === 0)) {
      swap = true;
      i++;
    } else if (
      (t === "bagaimana" || t === "gimana" || t === "what") &&
      ["dengan", "kalau", "soal", "untuk", "yang", "about"].includes(next)
    ) {
      // "bagaimana dengan Kediri?", "how about Kediri?" ("how" reads as "bagaimana").
      swap = true;
      i += 2;
    } else if (oneMoreLength(words, i) > 0 && words.length > i + oneMoreLength(words, i)) {
      // "eh satu lagi, tempatnya di balai kota kediri kan": announcing one more question asks nothing (its
      // "satu" is no number offered to confirm).
      i += oneMoreLength(words, i);
      restated = true;
    } else if ((t === "lha" || t === "lah" || t === "nah") && words.length > i + 1) {
      i++;
    } else if (words.length > i + 1 && correctionLength(words, i) > 0) {
      // "eh maksudku yg Kediri", "maksud saya Kediri", "I mean Kediri": a correction puts X in place of what
      // the previous question named, like "kalau X?".
      i += correctionLength(words, i);
      swap = true;
      restated = true;
    } else if (
      OPENERS.has(t) &&
      words.length > i + 1 &&
      (!isQuestionWord(next) || CONCLUDING.has(words[i]?.raw ?? ""))
    ) {
      // "ya sudah, kapan ...", "oh gitu, terus ...": an opener before the question proper.
      // ("brarti udh lwt setaun ya?": a conclusion drawn from the last answer is asked without its
      // "berarti", which alone reads as the verb "to mean".)
      if (CONCLUDING.has(words[i]?.raw ?? "") || t === "berarti") restated = true;
      i++;
      if (t === "ya" && (next === "sudah" || next === "udah")) i++;
      else if (ACKNOWLEDGED.has(next) && words.length > i + 1) i++;
    } else break;
  }
  return { start: i, swap, restated };
}

/** "satu lagi", "siji maneh", "one more": a number one before a word of "more". */
const ONE = new Set(["satu", "siji", "setunggal", "one", "1"]);
const MORE = new Set(["lagi", "maneh", "malih", "more"]);
/** What "one more" may announce ("satu pertanyaan lagi", "one more question", "one more thing"). */
const ANNOUNCED = new Set(["pertanyaan", "hal", "question", "thing", "pitakon"]);

/** How many words at `i` announce one more question ("satu lagi", "satu pertanyaan lagi", "one more thing"), 0 when none. */
function oneMoreLength(words: Word[], i: number): number {
  if (!ONE.has(words[i]?.raw ?? "")) return 0;
  let j = i + 1;
  if (ANNOUNCED.has(words[j]?.raw ?? "")) j++;
  if (!MORE.has(words[j]?.raw ?? "")) return 0;
  j++;
  if (ANNOUNCED.has(words[j]?.raw ?? "")) j++;
  return j - i;
}

/**
 * Openers that draw a conclusion from the last answer ("berarti berapa hari lagi?"): said before a question
 * word too, they ask nothing ("jadi apa?" may ask what something becomes, so "jadi" is not one).
 */
const CONCLUDING = new Set(["berarti", "brarti", "berati"]);

/** Verbs of going back ("kembali ke topik tadi", "balik lagi ke pertanyaan awal", "back to the topic"). */
const GOING_BACK = new Set(["kembali", "balik", "back"]);
/** What one goes back to: the topic or question asked before. */
const EARLIER_THING = new Set(["topik", "pertanyaan", "soal", "bahasan", "pembahasan", "topic", "question"]);
/** Words that may close the phrase ("tadi", "awal", "sebelumnya", "the"). */
const EARLIER_WORDS = new Set([
  "tadi",
  "awal",
  "sebelumnya",
  "semula",
  "pertama",
  "the",
  "previous",
  "earlier",
]);

/** How many words at `i` say "back to the earlier topic" ("kembali ke topik tadi"), 0 when none. */
export function backToTopicLength(words: Word[], i: number): number {
  if (!GOING_BACK.has(words[i]?.raw ?? "")) return 0;
  let j = i + 1;
  if (["lagi", "aja", "saja"].includes(words[j]?.raw ?? "")) j++;
  if (!["ke", "to"].includes(words[j]?.raw ?? "")) return 0;
  j++;
  while (EARLIER_WORDS.has(words[j]?.raw ?? "") && j < i + 4) j++;
  if (!EARLIER_THING.has(words[j]?.raw ?? "")) return 0;
  j++;
  while (EARLIER_WORDS.has(words[j]?.raw ?? "")) j++;
  return j - i;
}

/** Words that correct the previous question ("maksudku ...", "ralat, ..."), alone or before a person word. */
const CORRECTIONS = new Set(["maksudku", "maksudq", "maksudmu", "ralat", "koreksi"]);
const CORRECTING_PERSON = new Set(["saya", "aku", "ku", "gue", "gw", "sy", "aq", "kula", "kulo", "tak"]);
/** A "no" or an apology that may open a correction ("maaf, maksud saya ...", "no, I meant ..."). */
const BEFORE_CORRECTION = new Set(["maaf", "sorry", "sori", "ngapunten", "sepurane", "no", "nope", "bukan"]);

/** How many words at `i` make a correction marker ("maksudku", "maksud saya", "i mean"), 0 when none. */
export function correctionLength(words: Word[], i: number): number {
  const t = words[i]?.raw ?? "";
  const next = words[i + 1]?.raw ?? "";
  if (BEFORE_CORRECTION.has(t) && i + 1 < words.length) {
    const after = correctionLength(words, i + 1);
    if (after > 0) return 1 + after;
  }
  if (CORRECTIONS.has(t)) return 1;
  // "bukan, yang Kediri": a "no" before the one meant (the comma is gone by now).
  if (t === "bukan" && ["yang", "yg", "sing", "maksud", "maksudku"].includes(next)) return 1;
  if (t === "maksud" && CORRECTING_PERSON.has(next)) return 2;
  if (t === "i" && (next === "mean" || next === "meant")) return 2;
  return 0;
}

/** "gitu" after an opener only acknowledges the answer ("oh gitu", "ya begitu"). */
export const ACKNOWLEDGED = new Set(["gitu", "begitu", "ngono", "itu"]);

/** Time units a follow-up can swap for the unit of the previous question ("nek minggu?" after "pirang dino?"). */
export const UNITS = new Set(["hari", "minggu", "pekan", "bulan", "tahun", "jam"]);

/** Words that may stand around a unit asked alone ("dalam minggu?", "berapa weeks?", "in days?"). */
const AROUND_UNIT = new Set(["dalam", "berapa", "in", "how", "many", "per", "jadi", "nek", "lek"]);
/** Words after a unit that make it a point in time, not a unit of a count ("hari ini", "hari apa"). */
const NOT_A_COUNT = new Set(["ini", "iki", "apa", "opo", "itu", "kuwi", "lagi"]);
/** Fillers of speech that may close a unit asked alone ("berapa minggu gitu", "minggu anu"). */
const FILLERS = new Set(["gitu", "begitu", "gini", "ngono", "anu", "eee", "ee"]);
/** "berapa lama", "how long": a count with no unit of its own, which a unit asked next replaces. */
const NO_UNIT = new Set(["lama", "long", "suwe", "suwene"]);

/** The unit a word names, in standard form: Indonesian or Javanese (after the slang map), or English ("weeks"). */
export function unitOf(w: Word | undefined): string | undefined {
  if (!w) return undefined;
  const t = first(w);
  if (w.std.length === 1 && UNITS.has(t)) return t;
  const english = englishWord(w.raw);
  return english?.length === 1 && UNITS.has(english[0] as string) ? english[0] : undefined;
}

/** The unit a word names, or its possessed form names ("harinya", "minggune": the count in days, in weeks). */
function unitOrOwned(w: Word): string | undefined {
  const unit = unitOf(w);
  if (unit) return unit;
  const base = possessed(w.raw);
  return base && UNITS.has(base) ? base : undefined;
}

/** Words that only say a count is meant ("jumlah harinya", "berapa hari persisnya", "exactly"). */
const COUNT_WORDS = new Set([
  "jumlah",
  "total",
  "persis",
  "tepat",
  "pastinya",
  "persise",
  "exactly",
  "precisely",
  "exact",
]);
/** Words that only restate what was meant ("anu maksudnya jumlah harinya", "I mean"). */
const MEANT = new Set(["maksud", "maksudnya", "maksude", "maksudku", "artinya", "mean", "meant", "i"]);
/** Pointing words and copulas that, in a count asked alone, stand for the count just given ("is that"). */
const THAT_COUNT = new Set(["itu", "iku", "kuwi", "tuh", "that", "it", "is", "was", "adalah"]);
/** Words asking how many ("berapa", "piro" and "brp" read as berapa; English "many"). */
const HOW_MANY = new Set(["berapa", "many"]);

/**
 * The one unit of time a follow-up asks a count in, when that is all it asks: "kalau harinya", "nek minggu?",
 * "kalo hari berapa hari anu maksudnya jumlah harinya", "How many days is that exactly?". Every other word
 * is a particle, a filler, a word saying a count is meant, or (with a word of how many) a pointing word
 * standing for the count just given. Undefined otherwise ("hari apa", "hari ini" are no unit of a count).
 */
export function unitAsked(rest: Word[]): string | undefined {
  const how = rest.some((w) => w.std.some((t) => HOW_MANY.has(t)));
  const of = (set: ReadonlySet<string>, w: Word) =>
    set.has(w.raw) || (w.std.length > 0 && w.std.every((t) => set.has(t))) || set.has(possessed(w.raw) ?? "");
  const around = (w: Word) =>
    w.std.every((t) => PARTICLES.has(t) || AROUND_UNIT.has(t) || FILLERS.has(t)) ||
    AROUND_UNIT.has(w.raw) ||
    of(COUNT_WORDS, w) ||
    of(MEANT, w) ||
    (how && of(THAT_COUNT, w));
  const units = new Set<string>();
  for (const [i, w] of rest.entries()) {
    const unit = unitOrOwned(w);
    const after = rest[i + 1];
    const point = after && (NOT_A_COUNT.has(after.raw) || after.std.some((t) => NOT_A_COUNT.has(t)));
    if (unit && !(point && !(how && of(THAT_COUNT, after)))) units.add(unit);
    else if (!around(w)) return undefined;
  }
  return units.size === 1 ? [...units][0] : undefined;
}

/**
 * "nek minggu?", "kalau dalam minggu?", "and days?", "berapa weeks?": the previous question asked a count in
 * one unit (or "berapa lama", with none); the same count is asked in `unit` (see unitAsked), written in
 * standard form. Undefined unless the last turn asked a count ("berapa bulan", "how many weeks"): a unit after
 * a number ("one year since then") is a length the question named, not one it asked for. ("hari ini" and "hari apa" are no unit of a count.)
 */
export function unitSwap(unit: string, last: Turn | undefined): string | undefined {
  if (!last) return undefined;
  const prev = readWords(last.asked);
  const counted = (i: number) => {
    const after = prev[i + 1];
    const before = prev[i - 1];
    const asked =
      before !== undefined && (HOW_MANY.has(before.raw) || before.std.some((t) => HOW_MANY.has(t)));
    return asked && !(after && (NOT_A_COUNT.has(after.raw) || after.std.some((t) => NOT_A_COUNT.has(t))));
  };
  let at = prev.findIndex((w, i) => unitOf(w) !== undefined && counted(i));
  if (at < 0) at = prev.findIndex((w, i) => NO_UNIT.has(w.raw) && i > 0);
  if (at < 0 || unitOf(prev[at]) === unit) return undefined;
  return prev.map((w, i) => (i === at ? unit : w.raw)).join(" ");
}

/** A number, weekday or month: a value of a date a topic may carry ("tanggal 14", "hari Rabu"). */
export function isValueWord(raw: string): boolean {
  return standardTokens(raw).some((t) => /^\d+$/.test(t) || WEEKDAYS.has(t) || MONTHS.has(t));
}

/** Words that name a value a yes/no follow-up offers for the previous topic ("tahun 2025 kan?", "Kediri?"). */
export function isValue(w: Word, cast: Cast): boolean {
  return w.std.every(
    (t) =>
      /^\d+$/.test(t) ||
      WEEKDAYS.has(t) ||
      MONTHS.has(t) ||
      isPartyWord(t, cast) ||
      cast.people.some((p) => p.nameWords.includes(t)) ||
      !isContent(t),
  );
}

/** Words asking for someone's words ("kutipan tadi", "omongan itu"): they point at the last quoted turn. */
export const QUOTE_NOUNS = new Set([
  "kata",
  "kutipan",
  "ucapan",
  "pernyataan",
  "omongan",
  "quote",
  "statement",
]);

/** Nouns of a place ("di kota itu", "tempat tadi"); city nouns point at a party's city, others at any place. */
export const CITY_NOUNS = new Set(["kota", "daerah", "city", "town"]);
export const PLACE_NOUNS = new Set([...CITY_NOUNS, "tempat", "lokasi", "gedung", "place"]);

/** Words doubting the last answer ("yakin?", "beneran?", "mosok?", "are you sure?"). */
export const DOUBTS = new Set([
  "yakin",
  "benar",
  "bener",
  "serius",
  "seriusan",
  "masa",
  "masak",
  "mosok",
  "tenan",
  "tenanan",
  "temenan",
  "sungguh",
  "sungguhan",
  "really",
  "sure",
  "seriously",
]);
/** Words that may stand around a doubt without asking anything ("yakin kamu?", "yang bener aja?"). */
const AROUND_DOUBT = new Set([
  "kamu",
  "km",
  "you",
  "are",
  "yang",
  "ah",
  "itu",
  "aja",
  "gitu",
  "nih",
  "min",
  "bot",
]);

/**
 * Words of surprise at how big, long or soon the answer was ("kok CEPET", "kok lama banget", "kok
 * sedikit"): beside a doubt they only say why the citizen doubts, they ask nothing new.
 */
const SURPRISED_AT = new Set([
  "cepat",
  "cepet",
  "lama",
  "suwe",
  "singkat",
  "sebentar",
  "bentar",
  "dekat",
  "deket",
  "jauh",
  "banyak",
  "sedikit",
  "dikit",
  "lambat",
  "mepet",
  "banget",
  "amat",
  "sekali",
  "pol",
]);

/** Words offering another figure with a doubt ("yakin? BUKAN 50an?", "beneran? bukannya 40?"). */
const COUNTER_OFFER = new Set(["bukan", "bukannya", "bkn", "dudu", "not"]);

/** "yakin?", "yang bener?", "are you sure?", "bener gitu? kok cepet": the message only doubts the last answer. */
export function doubtsAnswer(rest: Word[]): boolean {
  // "yakin? bukan 50an?": a doubt may offer the figure the citizen expected; the question is still the last.
  const tokens = rest
    .filter((w) => !COUNTER_OFFER.has(w.raw) && !/^\d+(?:an)?$/.test(w.raw))
    .flatMap((w) => (w.std.length ? w.std : [w.raw]));
  // ("kok" before the surprise is read away as a particle; a surprise word alone doubts nothing.)
  const surprise = rest.some((w) => w.raw === "kok");
  return (
    tokens.some((t) => DOUBTS.has(t)) &&
    tokens.every(
      (t) =>
        DOUBTS.has(t) ||
        AROUND_DOUBT.has(t) ||
        PARTICLES.has(t) ||
        t === "" ||
        (surprise && SURPRISED_AT.has(t)),
    )
  );
}

/** Last words that ask to confirm a statement ("... kan?", "... ya?"). */
export const CONFIRMING_ENDS = new Set([
  "ya",
  "yah",
  "kan",
  "to",
  "toh",
  "bukan",
  "ta",
  "tah",
  "po",
  "yo",
  "kah",
]);

/** Languages a citizen may ask the answer in, which the knowledge is not written in. */
const LANGUAGES = new Set(["english", "inggris", "inggeris", "englsh", "engglish"]);
/** Words around a language named in a request for it ("in English please", "pakai bahasa Inggris dong"). */
const ASKING_IN = new Set([
  "in",
  "dalam",
  "pakai",
  "pake",
  "nganggo",
  "bahasa",
  "basa",
  "please",
  "pls",
  "plz",
  "tolong",
  "mohon",
  "can",
  "bisa",
  "bisakah",
  "iso",
  "could",
  "you",
  "answer",
  "reply",
  "jawab",
  "jawabnya",
  "jawabannya",
  "it",
  "that",
  "again",
  "dong",
  "ya",
  "aja",
  "saja",
  "to",
  "into",
  "ke",
  "them",
]);
/** Verbs asking for a translation ("translate the economy quote to English", "terjemahkan ke Inggris"). */
const TRANSLATING = new Set([
  "translate",
  "translated",
  "translation",
  "terjemahkan",
  "terjemahin",
  "terjemahkeun",
  "terjemahan",
  "terjemahannya",
  "nerjemahin",
  "nerjemahke",
]);

/**
 * The words of a request to answer in another language ("in English please", "in English?", "bisa pakai
 * bahasa Inggris?"): the language and the run of request words around it. Undefined when none is named.
 */
export function languageRequest(words: Word[]): number[] | undefined {
  const at = words.findIndex((w) => LANGUAGES.has(w.raw));
  if (at < 0) return undefined;
  const out = new Set<number>();
  const around = (k: number) => {
    let from = k;
    let to = k;
    while (from > 0 && ASKING_IN.has((words[from - 1] as Word).raw)) from--;
    while (to + 1 < words.length && ASKING_IN.has((words[to + 1] as Word).raw)) to++;
    for (let i = from; i <= to; i++) out.add(i);
  };
  around(at);
  // "translate the economy quote to English please", "translate that into English": a verb of translating
  // anywhere in the message is part of the request too, with its own request words ("translate it").
  words.forEach((w, k) => {
    if (TRANSLATING.has(w.raw)) around(k);
  });
  return [...out].sort((a, b) => a - b);
}
