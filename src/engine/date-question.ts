import type { QuestionType } from "../knowledge/types.js";
import { UNITS } from "../language/normalize.js";
import { ORDINAL_WORDS, type StatedDay, statedEndDay } from "./dates.js";

/**
 * The grammar of date-arithmetic questions, over the standardized tokens of any phrasing (formal, chat,
 * Javanese and English all reach these tokens through the normaliser): how much time since or until a
 * dated fact, in which units ("berapa minggu", "pirang sasi pirang dino", "berapa lama"), an anniversary
 * ("kapan genap setahun", "ulang tahun pertama", "first anniversary"), and whether it has come ("sudah
 * setahun belum?", "hari ini pas setahun ya?"). It reads only the shape of the question; which dated fact
 * is asked about is the engine's business (date-answer.ts), from the knowledge.
 */

/** A unit of time a question counts in. */
export type DateUnit = "day" | "week" | "month" | "year";

export interface DateQuestion {
  /**
   * count: how much time since or until the fact ("berapa hari lagi"); when: the day of an anniversary
   * ("kapan genap setahun"); check: whether an anniversary has come ("sudah setahun belum?").
   */
  ask: "count" | "when" | "check" | "claim";
  /** Units asked, in the order written ("berapa bulan berapa hari"); empty for "berapa lama". */
  units: DateUnit[];
  /** Which anniversary is asked about (1 for "setahun", "ulang tahun pertama"); absent for the fact itself. */
  anniversary?: number;
  /** The question asks whether the anniversary is today ("hari ini pas setahun ya?"). */
  today: boolean;
  /** Tokens read by this grammar: they say how time is counted, never which fact is asked about. */
  grammar: ReadonlySet<string>;
  /** With ask "claim": the span the question states, to confirm or deny ("sudah lebih 300 hari ya?"). */
  claim?: DateClaim;
  /**
   * The day the question counts to, when it states one ("sampai tanggal satu Juli", "today is the first of
   * March 2027"): the asker's "now", in place of the clock's.
   */
  to?: StatedDay;
}

/**
 * A span of time a yes/no question states ("wis luwih 300 dino ta?", "pas 3 sasi saiki yo?"): n units, and
 * how it is compared with the real span: "reached" (n whole units: "sudah 3 bulan"), "exact" (n units to
 * the day: "tepat 3 bulan hari ini"), "more" (lebih dari) or "less" (kurang dari, belum, hampir).
 */
export interface DateClaim {
  n: number;
  unit: DateUnit;
  compare: "reached" | "exact" | "more" | "less";
  /** The claim is asked with "sudah" ("sudah berjalan satu tahun?"): answered "Sudah." or "Belum.". */
  already?: boolean;
}

/** Words asking "how many" (standardized: brp, piro, pirang -> berapa). */
const HOW_MANY = new Set(["berapa", "brp"]);
/** "berapa lama" as one token (the normaliser joins it) or two. */
const HOW_LONG = new Set(["berapalama"]);

/** The unit a word counts in, also in its "se-" form (sehari, seminggu, sebulan, setahun). */
export function unitOf(word: string): DateUnit | undefined {
  const w = word.replace(/(nya|ne)$/, "");
  if (["hari", "hr", "sehari", "dino", "dina"].includes(w)) return "day";
  if (["minggu", "mgg", "mggu", "pekan", "seminggu", "sepekan"].includes(w)) return "week";
  if (["bulan", "bln", "sebulan", "sasi", "sesasi"].includes(w)) return "month";
  if (["tahun", "taun", "thn", "setahun", "setaun"].includes(w)) return "year";
  return undefined;
}

/** Words that count from or to a moment: without one, "berapa tahun" may ask a duration the source lacks. */
const COUNTING = new Set([
  "sejak",
  "sjk",
  "dari",
  "lalu",
  "lagi",
  "lg",
  "sudah",
  "udah",
  "telah",
  "berlalu",
  "lewat",
  "berjalan",
  "jalan",
  "menuju",
  "tinggal",
  "kurang",
  "menjelang",
  "umur",
  "usia",
  "berumur",
  "berusia",
  "sekarang",
  "kini",
  "skrg",
]);

/** Whether a word counts from or to a moment ("sudah", "sejak", "lagi", "berjalan"): date grammar, no topic. */
export function isCountingWord(word: string): boolean {
  return COUNTING.has(word);
}

/** "Sampai", "hingga": with "kapan" they ask for an end. */
const UNTIL = new Set(["sampai", "hingga", "sampe"]);

/** Ordinals of an anniversary ("ulang tahun pertama"). */
const ORDINALS = ORDINAL_WORDS;

/** Words marking a whole number of years reached ("GENAP setahun", "PAS setahun", "TEPAT 2 tahun"). */
const EXACTLY = new Set(["genap", "tepat", "pas", "saat", "peringatan", "penuh"]);
/** "setahun", "setaun" (one year: an anniversary). */
const ONE_YEAR = /^seta(h)?un$/;
/** Words of age ("BERUMUR satu tahun", "USIA kerja sama"). */
const AGE = new Set(["berumur", "berusia", "umur", "usia"]);
/** Words naming an anniversary (the normaliser reads "ulang tahun", "hari jadi", "anniversary" as harijadi). */
const ANNIVERSARY = new Set(["harijadi", "hut", "anniversary"]);
/** Words after an anniversary saying which one ("ulang tahun KEMARIN", "hari jadi BERIKUTNYA"). */
const WHICH_ONE = new Set([
  "kemarin",
  "kemaren",
  "wingi",
  "lalu",
  "terakhir",
  "besok",
  "berikutnya",
  "mendatang",
]);
/** Words asking for a day ("kapan", "tanggal", "hari apa"). */
const WHEN = new Set(["kapan", "kpn", "tanggal", "tgl", "jatuh"]);
/** Words of a yes/no question about whether something has come. */
const ALREADY = new Set(["sudah", "udah", "telah", "belum", "blm"]);

/** Whether an ordinal after this word numbers it ("ulang tahun PERTAMA", "tahun KEDUA"), not a list of questions. */
export function takesOrdinal(word: string): boolean {
  return ANNIVERSARY.has(word) || unitOf(word) !== undefined;
}

/** A word without a possessive ending when that leaves a word of this grammar ("setaune" -> setaun). */
function withoutEnding(word: string): string {
  for (const end of ["nya", "ne", "e"]) {
    const base = word.slice(0, -end.length);
    if (word.endsWith(end) && (ONE_YEAR.test(base) || ANNIVERSARY.has(base) || unitOf(base))) return base;
  }
  return word;
}

/** A number written as digits or a small number word ("2", "dua"). */
function numberAt(tokens: string[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const n = /^\d{1,2}$/.test(t) ? Number(t) : t === "satu" ? 1 : UNITS[t];
  return n !== undefined && n > 0 ? n : undefined;
}

/**
 * Reads a date-arithmetic question from standardized tokens, or undefined when the tokens ask no count
 * of time and no anniversary (a plain "kapan ditandatangani?" is left to the ordinary answer).
 */
export function readDateQuestion(tokens: string[], types: QuestionType[]): DateQuestion | undefined {
  const stated = statedEndDay(tokens);
  const q = readShape(tokens, types, stated !== undefined);
  if (!q || !stated) return q;
  return { ...q, grammar: new Set([...q.grammar, ...stated.words]), to: stated.day };
}

function readShape(tokens: string[], types: QuestionType[], statesDay: boolean): DateQuestion | undefined {
  // "Sampai kapan?", "pirang taun?" after it: how long something lasts, its end, not a count from a fact.
  // ("Sampai TANGGAL 1 Juli" states the day counted to.)
  if (!statesDay && tokens.some((t, i) => UNTIL.has(t) && WHEN.has(tokens[i + 1] ?? ""))) return undefined;
  const grammar = new Set<string>();
  const units: DateUnit[] = [];
  let howLong = false;
  tokens.forEach((t, i) => {
    if (HOW_LONG.has(t) || (HOW_MANY.has(t) && tokens[i + 1] === "lama")) {
      howLong = true;
      grammar.add(t).add("lama");
      return;
    }
    if (!HOW_MANY.has(t)) return;
    const unit = unitOf(tokens[i + 1] ?? "");
    if (!unit) return;
    grammar.add(t).add(tokens[i + 1] as string);
    // "Berapa bulan LAMANYA sejak ...": the length counted, in that unit.
    if (tokens[i + 2] === "lama" || tokens[i + 2] === "lamanya") grammar.add(tokens[i + 2] as string);
    if (!units.includes(unit)) units.push(unit);
  });

  let anniversary: number | undefined;
  tokens.forEach((raw, i) => {
    // "setaune", "harijadinya": the possessive ending does not change what is asked.
    const t = withoutEnding(raw);
    const next = tokens[i + 1] ?? "";
    if (ANNIVERSARY.has(t) || ANNIVERSARY.has(raw)) {
      grammar.add(raw);
      const ordinal = ORDINALS[next] ?? (next === "ke" ? numberAt(tokens, i + 2) : undefined);
      if (ordinal) grammar.add(next).add(tokens[i + 2] ?? "");
      anniversary ??= ordinal ?? 1;
      // "anniversary-nya KEMARIN tanggal berapa?": which one (the one just passed, the next) is read by the
      // date answer; the word names no other fact.
      for (const w of tokens.slice(i + 1, i + 4)) if (WHICH_ONE.has(w)) grammar.add(w);
    } else if (ONE_YEAR.test(t)) {
      grammar.add(raw);
      anniversary ??= 1;
    } else if (EXACTLY.has(t) || AGE.has(t) || ALREADY.has(t)) {
      // "genap 2 tahun", "genap berumur satu tahun", "berusia satu tahun", "sudah 1 tahun belum?".
      const at = AGE.has(next) ? i + 2 : i + 1;
      const n = numberAt(tokens, at);
      if (n !== undefined && unitOf(tokens[at + 1] ?? "") === "year") {
        for (const w of [raw, next, tokens[at], tokens[at + 1]]) grammar.add(w as string);
        anniversary ??= n;
      } else if (ONE_YEAR.test(next)) grammar.add(raw);
    }
  });
  // "Ulang tahun pertama": the ordinal may come first in English ("first anniversary" -> harijadi pertama).
  const counts = units.length > 0 || howLong;
  const counting = tokens.some((t) => COUNTING.has(t));
  const today = tokens.some((t, i) => (t === "hari" && tokens[i + 1] === "ini") || t === "sekarang");
  for (const t of tokens)
    if (EXACTLY.has(t) || COUNTING.has(t) || ALREADY.has(t) || CLAIMING.has(t) || LESS.has(t)) grammar.add(t);
  if (today) grammar.add("hari").add("ini").add("sekarang");

  if (anniversary !== undefined) {
    // "Is it already one year old? If not, how many days are left?", "sudah setahun belum, kalau belum
    // berapa hari lagi?": whether it has come, asked first, is answered first (with the days left).
    const asksCome = types.includes("yesno") || tokens.some((t) => t === "belum" || t === "blm");
    if (counts && asksCome && units.every((u) => u === "day"))
      return { ask: "check", units, anniversary, today, grammar };
    if (counts) return { ask: "count", units, anniversary, today, grammar };
    const asksDay =
      tokens.some((t) => WHEN.has(t)) || tokens.some((t, i) => t === "hari" && tokens[i + 1] === "apa");
    const yesNo = types.includes("yesno") || tokens.some((t) => ALREADY.has(t));
    if (asksDay && !yesNo) return { ask: "when", units, anniversary, today, grammar };
    if (yesNo) return { ask: "check", units, anniversary, today, grammar };
    return { ask: "when", units, anniversary, today, grammar };
  }
  // "Berapa tahun kerja sama ini?" without "sudah"/"sejak"/"lagi" may ask how long it lasts: not ours.
  if (counts && counting) return { ask: "count", units, today, grammar };
  if (!counts && types.includes("yesno")) {
    const claim = readClaim(tokens, today, grammar);
    if (claim) return { ask: "claim", units: [claim.unit], today, grammar, claim };
  }
  return undefined;
}

/** Words that make a stated span a claim about time passed or left ("SUDAH 300 hari", "PAS 3 bulan"). */
const CLAIMING = new Set([
  "sudah",
  "udah",
  "telah",
  "genap",
  "tepat",
  "pas",
  "persis",
  "lebih",
  "hampir",
  "belum",
  "berjalan",
  "lewat",
]);
/** Words asking whether a span has been reached ("SUDAH satu tahun?"): answered "Sudah" or "Belum". */
const ALREADY_CLAIMED = new Set(["sudah", "udah", "telah"]);
/** Words saying the real span is larger than the one stated ("LEBIH 300 hari", "di atas"). */
const MORE = new Set(["lebih", "diatas", "over"]);
/** Words saying the real span is smaller ("KURANG DARI 300 hari", "HAMPIR", "BELUM 300 hari"). */
const LESS = new Set(["hampir", "belum", "nyaris"]);
/** Words asking for a span to the day ("TEPAT 3 bulan hari ini", "PAS 3 sasi saiki"). */
const EXACT = new Set(["tepat", "pas", "persis"]);

/** Words for one half ("SETENGAH tahun", "separuh tahun", "sak tengah taun"). */
const HALF = new Set(["setengah", "separuh", "setengahnya"]);

/** A number of units stated at i: digits (not a year) or a small number word. */
function statedNumber(tokens: string[], i: number): number | undefined {
  const t = tokens[i] ?? "";
  if (/^\d{1,4}$/.test(t) && !/^(19|20)\d\d$/.test(t)) return Number(t) || undefined;
  return numberAt(tokens, i);
}

/**
 * The span a yes/no question states, with a word claiming it (sudah, genap, tepat, lebih, hampir, ...):
 * "sudah lebih 300 hari", "pas 3 bulan sekarang", "sudah sebulan". Adds its words to `grammar`.
 */
function readClaim(tokens: string[], today: boolean, grammar: Set<string>): DateClaim | undefined {
  // ("... KURANG DARI two years ago right": "kurang" claims only with "dari"; "kurang" alone counts down.)
  const lessThan = (t: string, i: number) => t === "kurang" && tokens[i + 1] === "dari";
  if (!tokens.some((t, i) => CLAIMING.has(t) || lessThan(t, i))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "sebulan", "seminggu", "sehari" (one unit); "setahun" is an anniversary, read above.
    const one = /^se/.test(t) && !ONE_YEAR.test(t) ? unitOf(t) : undefined;
    // "udh SETENGAH TAUN blm", "half a year": six months.
    const halfYear = HALF.has(t) && unitOf(tokens[i + 1] ?? "") === "year";
    const n = halfYear ? 6 : one ? 1 : statedNumber(tokens, i);
    const unit = halfYear ? "month" : (one ?? unitOf(tokens[i + 1] ?? ""));
    if (n === undefined || !unit) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    const lessThan = tokens[i - 2] === "kurang" && tokens[i - 1] === "dari";
    const compare: DateClaim["compare"] = before.some((w) => MORE.has(w))
      ? "more"
      : lessThan || before.some((w) => LESS.has(w))
        ? "less"
        : before.some((w) => EXACT.has(w)) && today
          ? "exact"
          : "reached";
    for (const w of [...before, t, tokens[i + 1] ?? ""]) grammar.add(w);
    // ("Sudah berjalan satu tahun?", "udah lewat 300 hari?": the word asking whether it has come.)
    // Only a question that asks it ("APAKAH ... sudah berjalan satu tahun?"): a statement tagged to confirm
    // ("sudah 319 hari ya?", "wis luwih 300 dino ta?") is confirmed or denied: "Ya, benar" / "Tidak".
    // So does "sudah ... belum?" ("udh setengah taun BLM sejak ttd").
    const already =
      tokens.slice(0, i).some((w) => ALREADY_CLAIMED.has(w)) &&
      (tokens.slice(0, i).includes("apakah") ||
        tokens.slice(i + 2).some((w) => w === "belum" || w === "blm"));
    return already ? { n, unit, compare, already } : { n, unit, compare };
  }
  return undefined;
}

/** Words placing one dated thing before or after another ("berapa hari SETELAH tanda tangan"). */
export const ORDER_WORDS: ReadonlySet<string> = new Set(["setelah", "sesudah", "sebelum", "sehabis"]);
/** Words offering two orders as a choice ("sebelum ATAU sesudah"). */
const ORDER_CHOICES = new Set(["atau", "ato", "apa", "opo", "utawa", "ataukah"]);

/**
 * Where a question asks which of two dated things came first ("disampaikan SEBELUM ATAU SESUDAH
 * penandatanganan?"): the index of its first order word, else -1.
 */
export function orderAskedAt(tokens: readonly string[]): number {
  return tokens.findIndex(
    (t, i) =>
      ORDER_WORDS.has(t) &&
      ORDER_CHOICES.has(tokens[i + 1] ?? "") &&
      ORDER_WORDS.has(tokens[i + 2] ?? "") &&
      tokens[i + 2] !== t,
  );
}
/** Nouns asking how long between two things ("SELISIH", "JARAK"), read as an interval question. */
export const SPAN_WORDS: ReadonlySet<string> = new Set([
  "selisih",
  "jarak",
  "rentang",
  "beda",
  "perbedaan",
  "difference",
]);

/** Whether a word is a span word, also with a possessive ending ("selisihnya", "bedane", "jarake"). */
export function isSpanWord(word: string): boolean {
  if (SPAN_WORDS.has(word)) return true;
  return ["nya", "ne", "e"].some((end) => word.endsWith(end) && SPAN_WORDS.has(word.slice(0, -end.length)));
}
/**
 * Every word placing a count between two facts: the order and span words, "antara", and span words that
 * frame a count without making it an interval question on their own ("selang", "jeda").
 */
const BETWEEN = new Set([
  ...ORDER_WORDS,
  ...SPAN_WORDS,
  "antara",
  "selang",
  "berselang",
  "jeda",
  "after",
  "before",
]);

/** Whether a word places a count between two facts ("antara", "selisih", "jarak"). */
export function isBetweenWord(word: string): boolean {
  return BETWEEN.has(word) || isSpanWord(word);
}

/**
 * "Berapa tahun?", "berapa lama berlakunya?" with nothing counting from or to a moment (no "sudah",
 * "sejak", "lagi", no anniversary, no second fact): the question asks how long something lasts, which no
 * dated fact states.
 */
export function asksDuration(clauseTokens: string[], wholeTokens: string[]): boolean {
  const asksHowMuch = clauseTokens.some(
    (t, i) =>
      HOW_LONG.has(t) ||
      (HOW_MANY.has(t) &&
        (clauseTokens[i + 1] === "lama" || unitOf(clauseTokens[i + 1] ?? "") !== undefined)),
  );
  if (!asksHowMuch) return false;
  return !wholeTokens.some(
    (t) =>
      COUNTING.has(t) ||
      BETWEEN.has(t) ||
      ANNIVERSARY.has(t) ||
      EXACTLY.has(t) ||
      /^set(a)?h?un$/.test(t) ||
      /^(19|20)\d\d$/.test(t),
  );
}
