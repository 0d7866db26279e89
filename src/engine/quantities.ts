import type { Entry } from "../knowledge/types.js";
import { normalizeWords, numberWords, UNITS } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { indexTerms, type Term } from "../language/pipeline.js";
import { MONTHS } from "./dates.js";
import { PRICE_WORDS } from "./facts.js";

/**
 * Numbers with their unit, as a question states them ("Rp50.000", "50rb", "lima puluh ribu", "2.000
 * penumpang", "50 persen") and as an entry holds them (its number facts, its targets, its answer text),
 * and the verdict of a yes/no question's number against the entry's: the same number in the same unit
 * confirms it; another number where the entry states one in that unit contradicts it.
 */

/** A number with what it is measured or counted in. */
export interface Quantity {
  value: number;
  /** "rp" (rupiah), "persen", the search forms of the counted noun ("penumpang"), or none. */
  unit: Unit;
  /** How an answer writes it ("Rp25.000", "40 persen", "1.200 penumpang per hari"). */
  text: string;
  /** Search forms of the words naming what it counts (its label, unit and sentence). */
  about: ReadonlySet<string>;
}

/** What a number is in: money, a percentage, a counted noun (its search forms), or nothing said. */
export type Unit = { kind: "rp" } | { kind: "persen" } | { kind: "noun"; forms: string[] } | { kind: "none" };

/** A number a question states, with the tokens it was read from. */
export interface AskedQuantity extends Quantity {
  tokens: string[];
}

/** Scale words after a number ("25 ribu", "1,5 juta", "50rb"). */
const SCALES: Readonly<Record<string, number>> = {
  ribu: 1e3,
  rb: 1e3,
  rebu: 1e3,
  k: 1e3,
  "1000": 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
};
/** Words after a number that name no unit ("2.000 YANG", "50 persen ATAU"). */
const NOT_UNITS = new Set([
  "yang",
  "dan",
  "atau",
  "di",
  "ke",
  "dari",
  "untuk",
  "per",
  "itu",
  "ini",
  "saja",
  "aja",
  "ya",
  "kan",
  "to",
  "ta",
  "sih",
  "lho",
  "pada",
  "tahun",
  "th",
  "thn",
]);
const PERCENT = new Set(["persen", "prosen", "percent"]);
const RUPIAH = new Set(["rupiah", "rp", "perak"]);

const DIGITS = /^\d+$/;

/** The value of a lone number word ("tiga"), if it is one. */
const wordValue = (t: string): number | undefined =>
  t === "sepuluh" ? 10 : t === "sebelas" ? 11 : t === "seratus" ? 100 : t === "seribu" ? 1000 : UNITS[t];

/**
 * Reads the quantities in lower-case tokens (normalizeWords, numberWords applied). `loneWords`: also a lone
 * number word before a noun ("tiga jam"), which in a question may be part of a name ("Rukun Dua Kota").
 */
export function readQuantities(tokens: readonly string[], loneWords: boolean): AskedQuantity[] {
  const out: AskedQuantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as string;
    const start = i;
    let currency = false;
    let digits: string | undefined;
    let scale = 1;
    const prefixed = /^rp(\d+)$/.exec(t);
    const suffixed = /^(\d+)(rb|ribu|rebu|k|jt|juta)$/.exec(t);
    if (t === "rp" && DIGITS.test(tokens[i + 1] ?? "")) {
      currency = true;
      i++;
      digits = tokens[i];
    } else if (prefixed) {
      currency = true;
      digits = prefixed[1];
    } else if (suffixed) {
      digits = suffixed[1];
      scale = SCALES[suffixed[2] as string] ?? 1;
    } else if (DIGITS.test(t)) {
      digits = t;
    } else if (loneWords && wordValue(t) !== undefined) {
      digits = String(wordValue(t));
    }
    if (digits === undefined) {
      i++;
      continue;
    }
    let value = Number(digits);
    // Thousands written with a dot ("1.200", "Rp25.000") come as groups of three digits.
    while (scale === 1 && /^\d{3}$/.test(tokens[i + 1] ?? "") && digits.length <= 3) {
      value = value * 1000 + Number(tokens[i + 1]);
      i++;
    }
    // A decimal before a scale ("1,5 juta").
    if (scale === 1 && /^\d{1,2}$/.test(tokens[i + 1] ?? "") && SCALES[tokens[i + 2] ?? ""]) {
      const frac = tokens[i + 1] as string;
      value += Number(frac) / 10 ** frac.length;
      i++;
    }
    if (scale === 1 && SCALES[tokens[i + 1] ?? ""] && (tokens[i + 1] !== "1000" || value < 1000)) {
      scale = SCALES[tokens[i + 1] as string] as number;
      i++;
    }
    value *= scale;
    let next = tokens[i + 1] ?? "";
    let unit: Unit = { kind: "none" };
    if (RUPIAH.has(next)) {
      currency = true;
      i++;
    }
    next = tokens[i + 1] ?? "";
    if (currency) unit = { kind: "rp" };
    else if (PERCENT.has(next)) {
      unit = { kind: "persen" };
      i++;
    } else if (/^\p{L}{2,}$/u.test(next) && !NOT_UNITS.has(next) && wordValue(next) === undefined) {
      const forms = indexTerms(next);
      if (forms.length) {
        unit = { kind: "noun", forms };
        i++;
      }
    } else if (scale === 1e3 && /(rb|k)$/.test(t)) unit = { kind: "rp" };
    // A lone number word counts only before the noun it counts ("tiga jam", not "Rukun Dua Kota" alone).
    if (wordValue(t) !== undefined && unit.kind === "none") {
      i = start + 1;
      continue;
    }
    const used = tokens.slice(start, i + 1);
    out.push({ value, unit, text: formatQuantity(value, unit, used), about: new Set(), tokens: used });
    i++;
  }
  return out;
}

const ID_NUMBER = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** "Rp50.000", "50 persen", "2.000 penumpang". */
function formatQuantity(value: number, unit: Unit, tokens: readonly string[]): string {
  const n = ID_NUMBER.format(value);
  if (unit.kind === "rp") return `Rp${n}`;
  if (unit.kind === "persen") return `${n} persen`;
  if (unit.kind === "noun") return `${n} ${tokens[tokens.length - 1]}`;
  return n;
}

/** A year, a day of the month, a clock time or a count of days: numbers other checks read. */
function isCalendarNumber(q: AskedQuantity, tokens: readonly string[]): boolean {
  const at = tokens.indexOf(q.tokens[0] as string);
  const before = tokens[at - 1] ?? "";
  if (["tanggal", "tgl", "jam", "pukul", "tahun", "taun", "th", "thn"].includes(before)) return true;
  if (MONTHS.has(q.tokens[q.tokens.length - 1] as string)) return true;
  // A bare year ("2027"), written without a thousands dot and counting nothing.
  return q.unit.kind === "none" && q.tokens.length === 1 && /^(19|20)\d\d$/.test(q.tokens[0] as string);
}

/**
 * The quantities a yes/no question states as a premise ("Apakah tarifnya Rp50.000?"), without years,
 * days of the month and clock times (checked as dates).
 */
export function askedQuantities(tokens: readonly string[]): AskedQuantity[] {
  return readQuantities(tokens, false).filter((q) => !isCalendarNumber(q, tokens));
}

/** Capitalised number words inside a name ("Bus Rukun Dua Kota") are no count. */
const NAME_NUMBER =
  /(?<=\p{L}\s)(Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan|Sepuluh|Seratus|Seribu)\b/gu;

const held = new WeakMap<Entry, { facts: Quantity[]; text: Quantity[] }>();
/**
 * The quantities an entry states: its number facts and targets (staff's own, with their labels), and the
 * numbers of its answer text, each about the words of its sentence.
 */
export function entryQuantities(entry: Entry): { facts: Quantity[]; text: Quantity[] } {
  let found = held.get(entry);
  if (found) return found;
  const facts: Quantity[] = [];
  const text: Quantity[] = [];
  const add = (into: Quantity[], source: string, about: string, unitText?: string, label?: string) => {
    const tokens = numberWords(normalizeWords(source.replace(NAME_NUMBER, "nama")));
    const read = readQuantities(tokens, true);
    // A value holding several numbers ("06.00, 09.00") or a clock time names no one quantity.
    if (into === facts && (read.length !== 1 || /\d[.:]\d\d\b/.test(source.replace(/\d\.\d{3}/g, ""))))
      return;
    for (const q of read) {
      let unit = q.unit;
      let written = q.text;
      if (unitText && unit.kind === "none") {
        const u = readQuantities([String(q.value), ...normalizeWords(unitText)], false)[0]?.unit;
        if (u) unit = u;
        written = `${q.text} ${unitText}`;
      } else if (unitText && unit.kind === "rp") written = `${q.text} ${unitText}`;
      // The same number in the same unit is stated once (a target and its number fact).
      if (into.some((x) => x.value === q.value && sameUnit(x.unit, unit))) continue;
      // A number fact is said with its label ("tarif umum: Rp25.000 sekali jalan").
      if (label) written = `${label}: ${written}`;
      into.push({
        value: q.value,
        unit,
        text: written,
        about: new Set(indexTerms(`${about} ${unitText ?? ""}`)),
      });
    }
  };
  for (const n of entry.facts.numbers ?? [])
    add(facts, String(n.value), n.label, n.unit, n.label.replace(/[-_]+/g, " "));
  for (const t of entry.facts.targets) add(facts, t.what, `target ${t.what}`);
  for (const sentence of entry.answer.split(/(?<=[.!?])\s+/)) add(text, sentence, sentence);
  found = { facts, text };
  held.set(entry, found);
  return found;
}

/** Words labelling the general case among several numbers ("tarif UMUM", "harga NORMAL"). */
const DEFAULT_WORDS = new Set(indexTerms("umum biasa reguler normal standar dewasa"));

/** Whether a number is the general case of its group: its own label words (not the group's) say so. */
function isDefault(q: Quantity, group: readonly Quantity[]): boolean {
  const shared = (f: string) => group.every((o) => o.about.has(f));
  return [...q.about].some((f) => DEFAULT_WORDS.has(f) && !shared(f));
}

function sameUnit(a: Unit, b: Unit): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "noun" && b.kind === "noun") return a.forms.some((f) => b.forms.includes(f));
  return true;
}

/**
 * Whether the entry's number facts (not only its text) state a number in the unit of every number asked
 * (a number with no unit after a price word is rupiah; with none at all, any fact about the question's words).
 */
export function statesNumbers(
  asked: readonly AskedQuantity[],
  terms: readonly Term[],
  entry: Entry,
): boolean {
  const { facts } = entryQuantities(entry);
  const words = new Set(terms.flatMap((t) => t.forms));
  const priced = terms.some((t) => PRICE_WORDS.has(t.word));
  return (
    asked.length > 0 &&
    asked.every((a) => {
      const unit: Unit = a.unit.kind === "none" && priced ? { kind: "rp" } : a.unit;
      return facts.some((q) =>
        unit.kind === "none" ? [...q.about].some((f) => words.has(f)) : sameUnit(q.unit, unit),
      );
    })
  );
}

/** The verdict of the numbers a yes/no question states against an entry's. */
export type NumberVerdict =
  | { status: "confirmed" }
  | { status: "contradicted"; asked: string; right: string[] }
  | { status: "unchecked" };

/**
 * Each number the question states against the entry's numbers in the same unit (a number with no unit
 * after a price word is rupiah; with none at all, it is compared with the entry's numbers about the
 * question's words). Among those, the ones whose label or sentence shares most words with the question
 * ("tarif PELAJAR") decide: all equal confirms, none equal contradicts (with the entry's numbers), a mix
 * decides nothing. An entry stating no number in that unit decides nothing either.
 */
export function numberVerdict(
  asked: readonly AskedQuantity[],
  terms: readonly Term[],
  entry: Entry,
): NumberVerdict {
  if (!asked.length) return { status: "unchecked" };
  const own = entryQuantities(entry);
  const words = new Set(terms.flatMap((t) => t.forms));
  const priced = terms.some((t) => PRICE_WORDS.has(t.word));
  const overlap = (q: Quantity) => [...q.about].filter((f) => words.has(f)).length;
  let confirmed = true;
  for (const a of asked) {
    const unit: Unit = a.unit.kind === "none" && priced ? { kind: "rp" } : a.unit;
    const fits = (q: Quantity) => (unit.kind === "none" ? overlap(q) > 0 : sameUnit(q.unit, unit));
    // The entry's facts first; the numbers of its text only when its facts state none in this unit.
    const facts = own.facts.filter(fits);
    const candidates = facts.length ? facts : own.text.filter(fits);
    if (!candidates.length) return { status: "unchecked" };
    const best = Math.max(...mapPacked(candidates, overlap));
    const group = candidates.filter((q) => overlap(q) === best);
    const units = new Set(mapPacked(group, (q) => (q.unit.kind === "noun" ? q.unit.forms[0] : q.unit.kind)));
    if (units.size > 1) return { status: "unchecked" };
    const equal = group.filter((q) => Math.abs(q.value - a.value) < 1e-9);
    // Several numbers and a question naming none of what tells them apart ("Apakah tarifnya Rp25.000?"):
    // the one labelled as the general case ("tarif UMUM") is what is asked, when it is the number stated.
    if (equal.length && equal.length !== group.length && equal.every((q) => isDefault(q, group))) continue;
    if (equal.length === 0) {
      const right = [...new Set(mapPacked(group, (q) => q.text))];
      return {
        status: "contradicted",
        asked: unit.kind === "rp" ? `Rp${ID_NUMBER.format(a.value)}` : a.text,
        right,
      };
    }
    if (equal.length !== group.length) confirmed = false;
  }
  return confirmed ? { status: "confirmed" } : { status: "unchecked" };
}
