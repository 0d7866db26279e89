import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInMonths } from "date-fns/differenceInMonths";
import { differenceInWeeks } from "date-fns/differenceInWeeks";
import { differenceInYears } from "date-fns/differenceInYears";
import { format } from "date-fns/format";
import { id } from "date-fns/locale/id";

/** All dates the engine shows are in Western Indonesia Time. */
export const TIME_ZONE = "Asia/Jakarta";
const inJakarta = tz(TIME_ZONE);

/** An ISO calendar date ("2026-01-13") as midnight in Asia/Jakarta. */
const isoDates = new Map<string, Date>();
export function jakartaDate(iso: string): Date {
  let date = isoDates.get(iso);
  if (!date) {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    date = new TZDate(y, m - 1, d, TIME_ZONE);
    if (isoDates.size > 10_000) isoDates.clear();
    isoDates.set(iso, date);
  }
  return date;
}

/** Formatting in a time zone is costly and the knowledge has few dates: remember each one. */
const formatted = new Map<string, string>();
function cachedFormat(date: Date, pattern: string): string {
  const key = `${pattern}|${date.getTime()}`;
  let s = formatted.get(key);
  if (s === undefined) {
    s = format(date, pattern, { locale: id, in: inJakarta });
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, s);
  }
  return s;
}

/** "Selasa, 13 Januari 2026". */
export function formatLongDate(date: Date): string {
  return cachedFormat(date, "EEEE, d MMMM yyyy");
}

/** "Januari 2026". */
export function formatMonth(date: Date): string {
  return cachedFormat(date, "MMMM yyyy");
}

/**
 * Calendar days from `from` to `to` as seen in Asia/Jakarta (positive when `to` is later): the same as
 * date-fns' `differenceInCalendarDays` in that zone (a test compares them), from day numbers in the
 * zone. The zone's UTC offset comes from @date-fns/tz once per minute of time: asking Intl for it costs
 * ~90 µs a call here, more than the rest of an answer.
 */
export function daysBetween(from: Date, to: Date): number {
  return jakartaDayNumber(to) - jakartaDayNumber(from);
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const offsets = new Map<number, number>();
/** Days since 1970-01-01 of a moment's calendar day in Asia/Jakarta. */
function jakartaDayNumber(date: Date): number {
  const ms = date.getTime();
  const minute = Math.floor(ms / MINUTE);
  let offset = offsets.get(minute);
  if (offset === undefined) {
    offset = tzOffset(TIME_ZONE, date);
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(minute, offset);
  }
  return Math.floor((ms + offset * MINUTE) / DAY);
}

/**
 * The calendar day ("2026-11-28") of a moment in Asia/Jakarta: what `format(date, "yyyy-MM-dd")` in the
 * zone gives (a test compares them), from the day number instead of a formatter in the zone (~20 us a
 * call, and `now` differs every question, so a memo of the formatted text never hits).
 */
export function jakartaIsoDay(date: Date): string {
  const ms = date.getTime();
  // Outside years 0..9999 (and for an invalid date) the formatter decides, errors included.
  if (!(ms > -62_167_219_200_000 && ms < 253_402_000_000_000)) return cachedFormat(date, "yyyy-MM-dd");
  return new Date(jakartaDayNumber(date) * DAY).toISOString().slice(0, 10);
}

/** Parses `--now YYYY-MM-DD` (or a full ISO time) as a moment in Asia/Jakarta. */
export function parseNow(value: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = jakartaDate(value);
    // Noon, so the calendar day is the same in any reading of the zone.
    return new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 12, 0, 0, TIME_ZONE);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const WEEKDAYS: ReadonlySet<string> = new Set([
  "senin",
  "selasa",
  "rabu",
  "kamis",
  "jumat",
  "sabtu",
  "minggu",
]);
export const MONTHS: ReadonlySet<string> = new Set([
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
]);

/** A weekday, a month or a day of the month: words that date what is asked rather than name a topic. */
export function isCalendarWord(word: string): boolean {
  return WEEKDAYS.has(word) || MONTHS.has(word) || (/^\d{1,2}$/.test(word) && Number(word) <= 31);
}

/** Whole weeks, months or years from `from` to `to`, counted in Asia/Jakarta (date-fns). */
export function timeSince(from: Date, to: Date, unit: "week" | "month" | "year"): number {
  const key = `${from.getTime()}|${to.getTime()}|${unit}`;
  let n = counts.get(key);
  if (n === undefined) {
    n = DIFFERENCE[unit](to, from, { in: inJakarta });
    if (counts.size > 10_000) counts.clear();
    counts.set(key, n);
  }
  return n;
}
const counts = new Map<string, number>();

/** A unit of time the engine counts in. */
export type TimeUnit = "day" | "week" | "month" | "year";

const DIFFERENCE = {
  year: differenceInYears,
  month: differenceInMonths,
  week: differenceInWeeks,
  day: differenceInCalendarDays,
} as const;
const ADD = { year: addYears, month: addMonths, week: addWeeks, day: addDays } as const;

/**
 * The span from `from` to `to` (from <= to) in the given units, largest first, each counted with date-fns
 * in Asia/Jakarta from where the larger ones end: 13 Jan 2026 -> 29 Nov 2026 in months and days is
 * 10 months 16 days. Units must be given largest first.
 */
export function breakDown(from: Date, to: Date, units: readonly TimeUnit[]): { n: number; unit: TimeUnit }[] {
  // Counting in a time zone builds several zoned dates per unit (~50 us); answers count between the
  // knowledge's few dates and today's midnight, so the same spans come back all day: remembered.
  const key = `${from.getTime()}|${to.getTime()}|${units.join(",")}`;
  let parts = spans.get(key);
  if (!parts) {
    let cursor = from;
    parts = units.map((unit, i) => {
      // (Days are the smallest unit: counted from the day numbers, as date-fns would, and never added.)
      const n = Math.max(
        0,
        unit === "day" ? daysBetween(cursor, to) : DIFFERENCE[unit](to, cursor, { in: inJakarta }),
      );
      if (i < units.length - 1) cursor = ADD[unit](cursor, n, { in: inJakarta });
      return { n, unit };
    });
    if (spans.size > 10_000) spans.clear();
    spans.set(key, parts);
  }
  return parts.map((p) => ({ ...p }));
}
const spans = new Map<string, { n: number; unit: TimeUnit }[]>();

/** The same calendar day `years` years later, in Asia/Jakarta ("genap setahun"). */
export function yearsAfter(date: Date, years: number): Date {
  const key = `${date.getTime()}|${years}`;
  let later = anniversaries.get(key);
  if (!later) {
    later = addYears(date, years, { in: inJakarta });
    if (anniversaries.size > 10_000) anniversaries.clear();
    anniversaries.set(key, later);
  }
  return new Date(later.getTime());
}
const anniversaries = new Map<string, Date>();

/**
 * Words that count or measure time in a date question ("berapa MINGGU", "GENAP SETAHUN", "PERINGATAN
 * satu tahun"): the vocabulary of the engine's date answers, a closed class. They never name a topic, so
 * they never make a question unknown; the date stage reads them.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "hari",
  "minggu",
  "mgg",
  "mggu",
  "pekan",
  "bulan",
  "bln",
  "tahun",
  "taun",
  "thn",
  "seminggu",
  "sebulan",
  "setahun",
  "setaun",
  "genap",
  "peringatan",
  "berumur",
  "berusia",
  "umur",
  "usia",
  "penuh",
  "berlalu",
  "lewat",
  "sjk",
  "sejak",
  "lg",
  "lagi",
  "sampai",
  "hingga",
  "menuju",
  "jatuh",
  "bertepatan",
  "semalam",
  "kemarin",
  "kemaren",
  "tadi",
  "barusan",
  // The act of counting itself ("kalau DIHITUNG sampai 2027", "ngitung dari ttd").
  "hitung",
  "dihitung",
  "menghitung",
  "itung",
  "diitung",
  "ngitung",
]);
/** Time words asking for a whole number of years since a dated fact (an anniversary). */
export const ANNIVERSARY_WORDS: ReadonlySet<string> = new Set([
  "setahun",
  "setaun",
  "genap",
  "peringatan",
  "berumur",
  "berusia",
  "harijadi",
]);
/** The unit a time word counts in. */
export function timeUnit(word: string): "week" | "month" | "year" | undefined {
  if (["minggu", "mgg", "mggu", "pekan", "seminggu"].includes(word)) return "week";
  if (["bulan", "bln", "sebulan"].includes(word)) return "month";
  if (["tahun", "taun", "thn", "setahun", "setaun"].includes(word)) return "year";
  return undefined;
}

/** The calendar year of a moment in Asia/Jakarta. */
export function jakartaYear(date: Date): number {
  return Number(jakartaIsoDay(date).slice(0, 4));
}

/**
 * Years named relative to now ("tahun lalu", "tahun depan", "tahun ini"), as premises like a written
 * year.
 */
export function relativeYears(tokens: string[], now: Date): number[] {
  const years: number[] = [];
  tokens.forEach((t, i) => {
    if (t !== "tahun" && t !== "taun") return;
    // "berapa tahun lalu", "dua tahun lalu": a count of years ago, not last year.
    const before = tokens[i - 1] ?? "";
    if (before === "berapa" || /^\d+$/.test(before)) return;
    const next = tokens[i + 1];
    if (next === "lalu" || next === "kemarin" || next === "kemaren" || next === "wingi")
      years.push(jakartaYear(now) - 1);
    else if (next === "depan" || next === "ngarep") years.push(jakartaYear(now) + 1);
    else if (next === "ini" || next === "iki") years.push(jakartaYear(now));
  });
  return years;
}

/** How a text writes each relative year a question may name ("tahun wingi" is the text's "tahun lalu"). */
const RELATIVE_YEAR_WRITTEN: Record<string, RegExp> = {
  lalu: /\btahun\s+(lalu|kemarin|silam)\b/i,
  depan: /\btahun\s+(depan|mendatang)\b/i,
  ini: /\btahun\s+ini\b/i,
};
const RELATIVE_YEAR_WORD: Record<string, string> = {
  lalu: "lalu",
  kemarin: "lalu",
  kemaren: "lalu",
  wingi: "lalu",
  depan: "depan",
  ngarep: "depan",
  ini: "ini",
  iki: "ini",
};

/**
 * Whether every year a question names is one it names relative to now ("akhir tahun lalu") and `text`
 * writes the same way: an entry with no year of its own that says "pada akhir tahun lalu" is answered in
 * its source's words rather than declined for a year it cannot check.
 */
export function echoesRelativeYears(tokens: string[], years: number[], text: string, now: Date): boolean {
  const relative = relativeYears(tokens, now);
  if (!relative.length || !years.every((y) => relative.includes(y))) return false;
  return tokens.every((t, i) => {
    if (t !== "tahun" && t !== "taun") return true;
    const kind = RELATIVE_YEAR_WORD[tokens[i + 1] ?? ""];
    return !kind || (RELATIVE_YEAR_WRITTEN[kind] as RegExp).test(text);
  });
}

/** Midnight of a moment's calendar day in Asia/Jakarta (whole months are counted between midnights). */
export function jakartaMidnight(date: Date): Date {
  return jakartaDate(jakartaIsoDay(date));
}
