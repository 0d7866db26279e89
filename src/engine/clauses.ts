import { questionWords } from "../language/lexicon.js";
import { UNITS } from "../language/normalize.js";
import { partsOfSpeech, wordClassOf } from "../language/words.js";
import { takesOrdinal, unitOf } from "./date-question.js";

/** Ordinals that number the questions of one message ("pertama, ...; kedua, ..."). */
const ORDINALS = new Set([
  "pertama",
  "kedua",
  "ketiga",
  "keempat",
  "kesatu",
  "pertamax",
  "kapindho",
  "katelu",
]);
/** Words that may stand between a conjunction and the question word opening the next clause. */
const LEAD_WORDS = new Set(["di", "sudah", "udah", "telah", "masih", "juga"]);
const CONJUNCTIONS = new Set(["dan", "serta", "lalu", "terus", "trus", "kemudian"]);
/** Words that open a new question after a conjunction ("... dan TANGGAL berapa"). */
const OPENERS = new Set([
  ...questionWords,
  ...[
    "tanggal",
    "tgl",
    "lokasi",
    "tempat",
    // (The place nouns question-type.ts reads as "where": "... dan di GEDUNG apa?")
    "gedung",
    "tujuan",
    "manfaat",
    "alasan",
    "target",
    "harapan",
    "dampak",
    "prioritas",
  ],
]);

/** Whether the tokens from `from` on hold a question word before the next conjunction. */
function asksBeforeConjunction(tokens: string[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as string;
    if (CONJUNCTIONS.has(w)) return false;
    // ("apa" alone may only name a thing: "dan UMKM masuk sektor apa" asks the first question on.)
    if (questionWords.has(w) && !YES_NO_WORDS.has(w) && w !== "apasaja") return true;
  }
  return false;
}

/** A noun of the general lexicon naming a thing (not a word of asking: "pertanyaan", "tanya"). */
function thingNoun(w: string | undefined): boolean {
  return w !== undefined && partsOfSpeech(w).includes("n") && wordClassOf(w) === "content";
}

/** A number counting what follows it ("DUA hal", "3 pertanyaan", "beberapa hal"). */
function countWord(w: string | undefined): boolean {
  return w !== undefined && (w in UNITS || /^\d+$/.test(w) || w === "beberapa");
}

/** Question words that also open a yes/no question or name a thing ("apa", "apakah"). */
const YES_NO_WORDS = new Set(["apa", "apakah"]);
/** Chat words for "and" that also mean "with" ("sama", "ama", "karo"). */
const CHAT_AND = new Set(["sama", "ama", "karo"]);
/** Question words asking who (after "sama" they ask with whom). */
const WHO = new Set(["siapa", "sopo", "sapa", "sinten"]);

/**
 * Splits a compound question into clauses at a conjunction followed by a question word:
 * "kapan dan di mana ..." -> ["kapan", "dimana ..."]; "siapa walikota madiun dan apa targetnya" ->
 * two clauses. "pariwisata dan kuliner" stays one clause.
 */
export function splitClauses(tokens: string[]): string[][] {
  const clauses: string[][] = [];
  let current: string[] = [];
  let enumerated = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "dua hal: PERTAMA, siapa ...; KEDUA, di mana ...": an ordinal before a question word opens a clause.
    // What came before the first one and asks nothing ("saya ingin bertanya dua hal") introduces them.
    const after = tokens[i + 1] === "di" ? tokens[i + 2] : tokens[i + 1];
    // "ulang tahun PERTAMA kapan": an ordinal numbering the word before it enumerates nothing.
    const numbers = takesOrdinal(tokens[i - 1] ?? "");
    // "sektor YANG PERTAMA apa?", "sektor PERTAMA apa?": an ordinal after "yang" or right after a noun numbers
    // that thing; a noun counted before it announces the questions it numbers ("DUA HAL: pertama ...").
    const numbersThing =
      !enumerated && (tokens[i - 1] === "yang" || (thingNoun(tokens[i - 1]) && !countWord(tokens[i - 2])));
    // ("KEDUA tanggal berapa": a word opening a question, like "tanggal", also follows an ordinal.)
    if (
      ORDINALS.has(t) &&
      !numbers &&
      !numbersThing &&
      after !== undefined &&
      (questionWords.has(after) || OPENERS.has(after))
    ) {
      const asks = current.some((w) => questionWords.has(w));
      if (current.length && (enumerated || asks)) clauses.push(current);
      current = [];
      enumerated = true;
      continue;
    }
    // "... dan di mana" / "lan ning ngendi" (-> "dan di dimana"), "... dan sudah berapa hari": look past a
    // leading "di" or an aspect word.
    const next = LEAD_WORDS.has(tokens[i + 1] ?? "") ? tokens[i + 2] : tokens[i + 1];
    // "tahun LALU berapa persen", "dua minggu LALU kapan": after a unit of time "lalu" means ago, not then.
    const ago = t === "lalu" && unitOf(tokens[i - 1] ?? "") !== undefined;
    // "yg ttd sapa TRS ttd-nya dimana": a clause that has asked already, and a rest that asks a question word
    // of its own before any further conjunction, is a second question.
    const asksAgain =
      current.some((w) => questionWords.has(w) && !YES_NO_WORDS.has(w)) &&
      asksBeforeConjunction(tokens, i + 1);
    // "antara siapa DAN siapa" asks one question, between whom.
    const between = current.slice(-3).includes("antara");
    // "bidang apa aja SAMA kapan tanda tangannya": chat "sama" (also "with") joins a second question only
    // after a first one asked, before a question word other than who ("... sama siapa" asks with whom).
    const chatAnd =
      CHAT_AND.has(t) &&
      current.some((w) => questionWords.has(w) && !YES_NO_WORDS.has(w)) &&
      next !== undefined &&
      questionWords.has(next) &&
      !YES_NO_WORDS.has(next) &&
      !WHO.has(next);
    if (chatAnd) {
      clauses.push(current);
      current = [];
      continue;
    }
    if (
      CONJUNCTIONS.has(t) &&
      !ago &&
      !between &&
      next !== undefined &&
      (OPENERS.has(next) || asksAgain) &&
      current.length > 0
    ) {
      clauses.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length) clauses.push(current);
  return clauses;
}
