import { TIME_WORDS } from "../engine/dates.js";
import { isEnglishQuestionWord } from "../language/english.js";
import {
  agreementWords,
  genericWords,
  outOfScopeWords,
  questionWords,
  stopWords,
  typeMarkers,
} from "../language/lexicon.js";
import { boundedMemo } from "../language/memo.js";
import { normalizeText, standardize } from "../language/normalize.js";

/**
 * Word classes a conversation needs beyond the engine's pipeline: words that point back to an earlier
 * turn (pronouns, demonstratives), that open a follow-up ("kalau ...?", "terus ...?"), and the slots a
 * bare follow-up asks of the previous topic. Standard forms (after the slang map: lek/kalo -> kalau).
 */

/** Third-person pronouns, Indonesian and Javanese: they refer to the last person named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  "dia",
  "beliau",
  "ia",
  "dee",
  "dekne",
  "deknen",
  "doi",
  "dheweke",
  "piyambakipun",
  "panjenengane",
  "he",
  "she",
  "him",
  "his",
  "her",
]);

/** Demonstratives that, standing alone, refer to the previous topic or statement ("sejak itu", "bilang gitu"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  "itu",
  "tersebut",
  "gitu",
  "begitu",
  "situ",
  "sana",
  "tadi",
  "that",
]);

/** Words that open a follow-up swapping one element into the previous question ("kalau Kediri?"). */
export const SWAP_MARKERS: ReadonlySet<string> = new Set([
  "kalau",
  "lalu",
  "bagaimana",
  "lha",
  "lah",
  "nah",
  "trus",
  "how",
  "what",
  "about",
  "dengan",
  "yang",
]);

/** Words opening a continuation of the previous answer ("selain itu?", "cuma itu?"). */
export const CONTINUE_MARKERS: ReadonlySet<string> = new Set(["selain", "cuma", "hanya", "kecuali"]);

/** Conversational openers with no content of their own ("ya sudah, ...", "berarti ...", "oh ..."). */
export const OPENERS: ReadonlySet<string> = new Set([
  "ya",
  "yaudah",
  "yasudah",
  "udah",
  "berarti",
  "jadi",
  "oh",
  "oo",
  "owh",
  "oalah",
  "ok",
  "oke",
  "okay",
  "okey",
  "sip",
  "hmm",
  "hm",
  "wah",
  "eh",
  "lho",
  "rek",
  "mas",
  "mbak",
  "kak",
  "min",
  "pak",
  "bu",
  "and",
  "so",
]);

/** Particles and fillers that carry nothing for the topic. */
export const PARTICLES: ReadonlySet<string> = new Set([
  "ya",
  "yah",
  "sih",
  "dong",
  "deh",
  "kah",
  "tah",
  "to",
  "toh",
  "kan",
  "po",
  "yo",
  "kok",
  "lho",
  "loh",
  "nih",
  "tuh",
  "gak",
  "ga",
  "nggak",
  "tidak",
  "ngga",
  "enggak",
  "belum",
  "kayak",
  "seperti",
  "aja",
  "saja",
  "wae",
  "ae",
]);

/**
 * Slot words: what a bare follow-up asks of the previous topic (its place, day, time, reason). They do
 * not make a question "full"; and they are dropped from a topic carried to the next turn.
 */
export const SLOT_WORDS: ReadonlySet<string> = new Set([
  "dimana",
  "mana",
  "tempat",
  "lokasi",
  "tanggal",
  "hari",
  "jam",
  "pukul",
  "tahun",
  "bulan",
  "minggu",
  "pekan",
  "waktu",
  "kapan",
  "lama",
  "lalu",
  "sejak",
  "lewat",
  "oleh",
  "alasan",
  "sebab",
  "kenapa",
  "mengapa",
  "tujuan",
  "jabatan",
  "nama",
  // Time words asking when or how long ("kapan genap setahun?", "sudah sebulan?").
  "genap",
  "setahun",
  "sebulan",
  "seminggu",
  "sepekan",
  "peringatan",
]);

/** One word of a message: as written (normalised) and in standard form (may be several tokens). */
export interface Word {
  raw: string;
  std: string[];
}

/** Standard forms per written word, memoised (a word always reads the same); cleared when full. */
const standardOf = boundedMemo((raw) => {
  // "yaudh", "yowis", "yaudahlah": "ya" written together with any form of "sudah" is the opener "ya sudah".
  const joined = /^y[ao](.{2,})$/.exec(raw)?.[1];
  if (joined && !OPENERS.has(raw)) {
    const after = standardize([joined.replace(/lah$/, "")]);
    if (after.length === 1 && after[0] === "sudah") return ["yaudah"];
  }
  return standardize([raw]);
}, 20_000);

/**
 * The words of a message per text, memoised: a turn reads its question, its rewrite and the previous
 * turn's question several times (opening, topic, swap, unit swap), each time the same words.
 */
const wordsOf = boundedMemo(
  (text): readonly Word[] =>
    normalizeText(text)
      .split(" ")
      .filter(Boolean)
      .slice(0, 60)
      .map((raw) => ({ raw, std: standardOf(raw) })),
  5_000,
);

/** The words of a message, normalised, each with its standard form (the words are shared: read them only). */
export function readWords(text: string): Word[] {
  return [...wordsOf(text)];
}

/**
 * Standard tokens per text, memoised: a turn reads the question it asked several times (its topic, its
 * people, whether it asks an opinion), and the words it checks one by one (values, topic words) recur.
 */
const tokensOfText = boundedMemo(
  (text): readonly string[] => standardize(normalizeText(text).split(" ").filter(Boolean).slice(0, 60)),
  5_000,
);

/** The standard tokens of a message as the engine reads them (phrases joined: "wali kota" -> walikota). */
export function standardTokens(text: string): string[] {
  // Each caller gets its own copy.
  return [...tokensOfText(text)];
}

/**
 * `standardTokens` of one word of a topic, memoised (a word always reads the same; the array is shared:
 * read it only). Resolution reads every topic word of the last turns this way on every follow-up.
 */
export const topicWordTokens: (word: string) => readonly string[] = boundedMemo(standardTokens, 20_000);

/** A possessive suffix that points at the previous topic ("tempatnya", "jabatane"); memoised per word. */
export function possessed(token: string): string | undefined {
  return possessedOf(token);
}

const possessedOf = boundedMemo((token: string): string | undefined => {
  // Javanese -e after a consonant ("jabatane", "tempate") when it leaves an attribute: "jabatane" is
  // jabatan + e, not jabata + ne.
  // (Not for time words: "setahune" asks about the anniversary itself, a topic of its own.)
  const e = /^(\p{L}{3,}[^aiueo\P{L}])e$/u.exec(token)?.[1];
  if (e && isAttribute(e) && !TIME_WORDS.has(e)) return e;
  const m = /^(\p{L}{3,}?)(nya|ne)$/u.exec(token);
  return m?.[1];
}, 20_000);

/**
 * Whether a standard token is a question word (apa, siapa, kapan, di mana, berapa, ...), or an English one
 * (what, who's, what's): a turn reads its words one by one, where the engine's English reading (which
 * needs two English words) has not run, so "what's the main sector?" still asks, and is no statement to
 * confirm.
 */
export function isQuestionWord(t: string): boolean {
  return (
    questionWords.has(t) ||
    t === "apasaja" ||
    t === "manasaja" ||
    t === "untukapa" ||
    t === "apaitu" ||
    isEnglishQuestionWord(t)
  );
}

/** Words that carry no topic: question, stop, generic and type-marker words, particles, openers. */
export function isEmptyWord(t: string): boolean {
  return (
    isQuestionWord(t) ||
    stopWords.has(t) ||
    genericWords.has(t) ||
    typeMarkers.has(t) ||
    PARTICLES.has(t) ||
    OPENERS.has(t) ||
    PERSON_PRONOUNS.has(t) ||
    DEMONSTRATIVES.has(t)
  );
}

/** Words naming the agreement itself (kerja sama, kesepakatan): frame, not the element asked about. */
export function isAgreementWord(t: string): boolean {
  return agreementWords.has(t);
}

/** The standard tokens of some words, in order. */
export const tokensOf = (words: Word[]) => words.flatMap((w) => w.std);
/** A word's first standard token; the written word when the slang map drops it as filler ("lha", "kok"). */
export const first = (w: Word | undefined) => w?.std[0] ?? w?.raw ?? "";

/**
 * Possessed nouns that ask an attribute of something named before ("tempatnya?", "jabatannya?",
 * "wakilnya?", "anggarannya?"), as opposed to a topic of its own with "-nya" ("penandatanganannya",
 * "sektornya"): the slots, and words naming what the knowledge does not hold (offices, money, ...).
 */
const ATTRIBUTES = new Set([
  "manfaat",
  "dampak",
  "hasil",
  "harapan",
  "maksud",
  "alamat",
  "umur",
  "usia",
  "isi",
]);

/** Whether a possessed noun's base asks an attribute of the previous topic (see ATTRIBUTES). */
export function isAttribute(base: string): boolean {
  return SLOT_WORDS.has(base) || ATTRIBUTES.has(base) || outOfScopeWords.has(base);
}

/** Whether a word (standard token or as written) names a topic of its own (not a question, slot, stop, or pointing word). */
export function isContent(t: string): boolean {
  return contentWord(t);
}

/** `isContent`, memoised per word (a follow-up asks it of every word of the topics it reads). */
const contentWord = boundedMemo((t: string): boolean => {
  if (isEmptyWord(t) || SLOT_WORDS.has(t) || CONTINUE_MARKERS.has(t)) return false;
  const base = possessed(t);
  return base === undefined || !isAttribute(base);
}, 20_000);
