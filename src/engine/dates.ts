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
import { MONTH_NAMES, UNITS } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";

/** All dates the engine shows are in Western Indonesia Time. */
export const TIME_ZONE = "Asia/Jakarta";
const inJakarta = tz(TIME_ZONE);

/** An ISO calendar date ("2026-01-13") as midnight in Asia/Jakarta. */
const isoDates = new Map<string, Date>();
export function jakartaDate(iso: string): Date {
  let date = isoDates.get(iso);
  if (!date) {
    const [y, m, d] = mapPacked(iso.split("-"), Number) as [number, number, number];
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
export const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);
/** Ordinals up to the fifth ("pertama", "ke-2" is read elsewhere): an anniversary's or a day's. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
};

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
    parts = mapPacked(units, (unit, i) => {
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
  return mapPacked(parts, (p) => ({ ...p }));
}
const spans = new Map<string, { n: number; unit: TimeUnit }[]>();

/** The same calendar day `n` units later (or earlier, for a negative n), in Asia/Jakarta ("genap 3 bulan"). */
export function unitsAfter(date: Date, n: number, unit: TimeUnit): Date {
  return unit === "day" ? ADD.day(date, n, { in: inJakarta }) : ADD[unit](date, n, { in: inJakarta });
}

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
  "besok",
  "lusa",
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

/** Words after "minggu" / "pekan" / "bulan" that make it a span relative to now ("minggu lalu"), not a day. */
const RELATIVE_AFTER: Readonly<Record<string, -1 | 0 | 1>> = {
  lalu: -1,
  kemarin: -1,
  kepungkur: -1,
  ini: 0,
  iki: 0,
  depan: 1,
  ngarep: 1,
  mendatang: 1,
};

/**
 * The weekdays a question names: "Minggu" is Sunday, but "minggu lalu", "dua minggu", "berapa minggu" count
 * weeks.
 */
export function weekdaysNamed(tokens: readonly string[]): string[] {
  return tokens.filter((t, i) => {
    if (!WEEKDAYS.has(t)) return false;
    if (t !== "minggu") return true;
    const before = tokens[i - 1] ?? "";
    const after = tokens[i + 1] ?? "";
    const counted = /^\d+$/.test(before) || before === "berapa" || NUMBER_WORDS.has(before);
    return !counted && RELATIVE_AFTER[after] === undefined && after !== "yang";
  });
}
const NUMBER_WORDS = new Set(["satu", "dua", "tiga", "empat", "lima", "enam", "beberapa", "se"]);

/** A span of calendar days (Asia/Jakarta) that a question names relative to now ("kemarin", "bulan lalu"). */
export interface RelativeDays {
  /** First and last calendar day of the span, ISO. */
  from: string;
  to: string;
  /** The words as the question writes them, standard ("kemarin", "minggu lalu"). */
  phrase: string;
}

/** Words that make a question count time from a moment: "hari ini" then is the end of a count, no premise. */
const COUNTING_WORDS = new Set(["berapa", "sejak", "sjk", "sampai", "hingga", "per", "genap", "pas"]);

/** First-person words (after the slang map): a time next to them is when the asker did something. */
const ASKER = new Set(["saya", "aku", "kami", "kita"]);

/** Words after a time that make it when the asker met the news ("kemarin ADA BERITA", "kemarin BACA"). */
const NEWS_SEEN = new Set([
  "ada",
  "baca",
  "membaca",
  "dengar",
  "denger",
  "mendengar",
  "lihat",
  "liat",
  "melihat",
]);
/** Words for a piece of news ("ada BERITA", "ada KABAR"). */
const NEWS = new Set(["berita", "kabar", "info", "informasi", "artikel", "postingan", "unggahan"]);

/** Whether a question names a day, week or month relative to now (see relativeDays). */
export function namesRelativeDays(tokens: readonly string[]): boolean {
  return relativeDaySpan(tokens) !== undefined;
}

/** The unit and offset of the span a question names relative to now, and its words. */
function relativeDaySpan(
  tokens: readonly string[],
): { unit: "day" | "week" | "month"; offset: number; phrase: string } | undefined {
  if (tokens.some((t) => COUNTING_WORDS.has(t) || ANNIVERSARY_WORDS.has(t))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1] ?? "";
    const before = tokens[i - 1] ?? "";
    // "Kemarin SAYA mendengar ...", "saya kemarin baca": the asker's own time, not a premise.
    const asker = [before, next, tokens[i + 2] ?? ""].some((w) => ASKER.has(w));
    if (asker) continue;
    // "KEMARIN ada berita kerja sama ...", "kemarin baca di grup": when the asker came across the news.
    if (NEWS_SEEN.has(next) && (next !== "ada" || NEWS.has(tokens[i + 2] ?? ""))) continue;
    if ((t === "minggu" || t === "pekan" || t === "bulan") && RELATIVE_AFTER[next] !== undefined) {
      // "dua minggu lalu" counts weeks back (claimedCount), not last week.
      if (/^\d+$/.test(before) || NUMBER_WORDS.has(before)) return undefined;
      const unit = t === "bulan" ? "month" : "week";
      return { unit, offset: RELATIVE_AFTER[next] as number, phrase: `${t} ${next}` };
    }
    // "tahun kemarin" is a year (relativeYears); "minggu kemarin" is read above.
    if (t === "kemarin" && !["tahun", "taun", "minggu", "pekan", "bulan"].includes(before))
      return next === "lusa"
        ? { unit: "day", offset: -2, phrase: "kemarin lusa" }
        : { unit: "day", offset: -1, phrase: "kemarin" };
    if (t === "besok" && next !== "lusa") return { unit: "day", offset: 1, phrase: "besok" };
    if (t === "lusa" && before !== "kemarin") return { unit: "day", offset: 2, phrase: "lusa" };
    if (t === "hari" && (next === "ini" || next === "iki"))
      return { unit: "day", offset: 0, phrase: "hari ini" };
  }
  return undefined;
}

/** The ISO calendar day ("2026-11-28") of a day number (days since 1970-01-01). */
function isoOfDayNumber(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/**
 * The calendar days a question names relative to now: "kemarin" (the day before), "minggu lalu" (last
 * Monday-to-Sunday week), "bulan lalu" (last calendar month), "besok", "hari ini". A count ("dua minggu
 * lalu", "sudah berapa hari") is no such span: the date stage counts it.
 */
export function relativeDays(tokens: readonly string[], now: Date): RelativeDays | undefined {
  const span = relativeDaySpan(tokens);
  if (!span) return undefined;
  const today = jakartaDayNumber(now);
  if (span.unit === "day") {
    const day = isoOfDayNumber(today + span.offset);
    return { from: day, to: day, phrase: span.phrase };
  }
  if (span.unit === "week") {
    // Day numbers count from Thursday 1 January 1970: Monday is (n + 3) % 7 === 0.
    const monday = today - ((today + 3) % 7) + 7 * span.offset;
    return { from: isoOfDayNumber(monday), to: isoOfDayNumber(monday + 6), phrase: span.phrase };
  }
  const [y, m] = mapPacked(isoOfDayNumber(today).split("-"), Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + span.offset, 1));
  const last = new Date(Date.UTC(y, m + span.offset, 0));
  return {
    from: first.toISOString().slice(0, 10),
    to: last.toISOString().slice(0, 10),
    phrase: span.phrase,
  };
}

/**
 * Words that only frame a calendar value the question names ("TAHUN 2025", "BULAN Desember", "HARI Selasa",
 * "MINGGU lalu", "kemarin"): the value is a premise the date checks read, the words name no topic.
 */
export function calendarFrameWords(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] ?? "";
    const relative = RELATIVE_AFTER[next] !== undefined;
    if ((t === "tahun" || t === "taun" || t === "thn") && (/^(19|20)\d\d$/.test(next) || relative))
      out.add(t);
    else if ((t === "bulan" || t === "bln") && (MONTHS.has(next) || relative)) out.add(t);
    else if ((t === "minggu" || t === "pekan") && relative) out.add(t);
    else if (t === "hari" && (WEEKDAYS.has(next) || next === "ini")) out.add(t);
    else if (t === "kemarin" || t === "besok" || t === "lusa") out.add(t);
  });
  return out;
}

/** The tokens of every whole day a question states with its year ("13 januari 2027"): day, month and year. */
export function statedDateWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!MONTHS.has(tokens[i] as string)) continue;
    const day = tokens[i - 1] as string;
    const year = tokens[i + 1] as string;
    if (/^\d{1,2}$/.test(day) && Number(day) >= 1 && Number(day) <= 31 && /^(19|20)\d\d$/.test(year))
      out.push(day, tokens[i] as string, year);
  }
  return out;
}

/** A calendar day a question states, its year left out when the question leaves it out. */
export interface StatedDay {
  day: number;
  /** 1-12. */
  month: number;
  year?: number;
}

/** Words placing the end of a count at a day ("SAMPAI 1 Juli", "per 1 Maret 2027", "until March 1"). */
const COUNT_TO = new Set(["sampai", "sampe", "hingga", "until", "per"]);
/** Words that may stand between such a word and the day, or inside the day ("hari ini TANGGAL satu juli"). */
const DAY_FRAME = new Set([
  "hari",
  "ini",
  "tanggal",
  "tgl",
  "awal",
  "akhir",
  "pertengahan",
  "the",
  "of",
  "is",
]);
/** Ordinals and small number words naming a day of the month ("the FIRST of March", "tanggal SATU Juli"). */
const DAY_WORDS: Readonly<Record<string, number>> = { ...ORDINAL_WORDS, ...UNITS, sepuluh: 10, sebelas: 11 };
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(mapPacked([...MONTHS], (m, i) => [m, i + 1]));

/** The day of the month a token names (digits 1-31, a small number word, an ordinal), or undefined. */
function dayOfMonth(t: string | undefined): number | undefined {
  if (t === undefined) return undefined;
  const n = /^\d{1,2}$/.test(t) ? Number(t) : DAY_WORDS[t];
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}

/**
 * The day a question states as the end of its count, "now" as the asker sees it: after "sampai", "hingga",
 * "per", "until", or "hari ini" / "sekarang" ("udah berapa hari sampai hari ini awal juli eh tanggal satu
 * juli", "today is the first of march 2027"). Numbers may be words or ordinals; a later day in the phrase
 * corrects an earlier one. Returns the day and every word of the phrase (date grammar, no topic), or
 * undefined when no such phrase names a whole day (a month alone, "awal Juli", is no day to count to).
 */
export function statedEndDay(tokens: readonly string[]): { day: StatedDay; words: Set<string> } | undefined {
  let found: { day: StatedDay; words: Set<string> } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const anchor =
      COUNT_TO.has(t) || (t === "hari" && tokens[i + 1] === "ini") || t === "sekarang" || t === "today";
    if (!anchor) continue;
    // The phrase: date words only, up to a word of anything else.
    let end = i + 1;
    while (end < tokens.length && end - i <= 10) {
      const w = tokens[end] as string;
      if (
        !(DAY_FRAME.has(w) || MONTH_NUMBER.has(w) || dayOfMonth(w) !== undefined || /^(19|20)\d\d$/.test(w))
      )
        break;
      end++;
    }
    let day: StatedDay | undefined;
    for (let k = i + 1; k < end; k++) {
      const month = MONTH_NUMBER.get(tokens[k] as string);
      if (month === undefined) continue;
      // "satu juli", "1 juli" (day first) or "maret 1" (English order: "march 1").
      const d = dayOfMonth(tokens[k - 1]) ?? (k + 1 < end ? dayOfMonth(tokens[k + 1]) : undefined);
      if (d === undefined) continue;
      const next = tokens[dayOfMonth(tokens[k - 1]) !== undefined ? k + 1 : k + 2] ?? "";
      day = { day: d, month, ...(/^(19|20)\d\d$/.test(next) ? { year: Number(next) } : {}) };
    }
    if (day) found = { day, words: new Set(tokens.slice(i, end)) };
  }
  return found;
}

/** The stated day as a date in Asia/Jakarta: its own year, else the year of `now`; undefined if no such day. */
export function statedDate(day: StatedDay, now: Date): Date | undefined {
  const year = day.year ?? jakartaYear(now);
  const last = new Date(Date.UTC(year, day.month, 0)).getUTCDate();
  if (day.day > last) return undefined;
  return jakartaDate(`${year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`);
}
