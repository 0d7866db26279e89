import { addYears } from "date-fns/addYears";
import { differenceInCalendarWeeks } from "date-fns/differenceInCalendarWeeks";
import { format } from "date-fns/format";
import { getDay } from "date-fns/getDay";
import { getYear } from "date-fns/getYear";
import { id } from "date-fns/locale/id";
import { isCalendarDate, MONTHS } from "../knowledge/calendar.js";
import { importStrings as S } from "./strings.js";

/**
 * Dates as Indonesian news writes them: "Selasa, 13 Januari 2026", "Selasa (13/1/2026)", "Rabu (14/1)",
 * "Senin malam (2/2)", "9 Maret 2026", "21 Maret". A date without its year is resolved against the
 * article's year (publication date or a full date in the text); with no year to go on it stays
 * unresolved (the weekday as written is kept). date-fns formats and names the
 * weekday; whether a date exists is knowledge/calendar.ts, shared with knowledge validation.
 */

export const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

const DAY = "(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
/** A part of the day, or the week counted from the article's day ("Jumat pekan lalu (20/3)"). */
const PART = "(?:\\s+(?:pagi|siang|sore|malam|dini hari|(?:pekan|minggu) (?:lalu|depan|ini)|lalu|kemarin))?";
const MONTH = `(${MONTHS.join("|")})`;

/** A date expression found in a text. */
export interface DateMention {
  /** The expression as written ("Senin malam (2/2)"). */
  text: string;
  start: number;
  end: number;
  weekday?: string;
  day: number;
  month: number;
  year?: number;
}

const PATTERNS: RegExp[] = [
  // Selasa, 13 Januari 2026 | Sabtu, 21 Maret 2026 | Selasa 13 Januari
  new RegExp(`\\b${DAY}${PART},?\\s+(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`, "g"),
  // Selasa (13/1/2026) | Senin malam (2/2)
  new RegExp(`\\b${DAY}${PART}\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\)`, "g"),
  // 13 Januari 2026 | 21 Maret
  new RegExp(`\\b()(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`, "g"),
];

/** Every date expression in `text`, in order, overlapping forms reported once (the longest). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [all, weekday, day, month, year] = m;
      const monthNo = /^\d+$/.test(month ?? "")
        ? Number(month)
        : MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1;
      let y = year ? Number(year) : undefined;
      if (y !== undefined && y < 100) y += 2000;
      const mention: DateMention = {
        text: all,
        start: m.index,
        end: m.index + all.length,
        day: Number(day),
        month: monthNo,
        ...(weekday
          ? { weekday: weekday === "Jum'at" ? "Jumat" : weekday === "Ahad" ? "Minggu" : weekday }
          : {}),
        ...(y ? { year: y } : {}),
      };
      if (mention.month < 1 || mention.month > 12) continue;
      if (found.some((f) => f.start <= mention.start && f.end >= mention.end)) continue;
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A resolved mention: the ISO date, or why it could not be resolved. */
export interface ResolvedDate {
  iso?: string;
  weekday?: string;
  /** Set when the date needs a look from staff (no year, or the weekday does not fit). */
  review?: string;
  /** How the year was found ("tertulis", "tahun berita 2026"). */
  yearFrom?: string;
}

/** The local-midnight date, or undefined when it does not exist (31 Februari). */
function calendarDate(year: number, month: number, day: number): Date | undefined {
  return isCalendarDate(year, month, day) ? new Date(year, month - 1, day) : undefined;
}

/** ISO form of a date-fns date. */
export function isoOf(d: Date): string {
  return format(d, "yyyy-MM-dd");
}

/** "Senin, 2 Februari 2026" for an ISO date. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "EEEE, d MMMM yyyy", { locale: id });
}

/**
 * Resolves a mention. Without a written year, the year is taken from `anchor` (the article's own date):
 * of the anchor's year and its neighbours, the one putting the date nearest to the anchor (and on the
 * written weekday, when one is written). No anchor: unresolved, never guessed.
 */
export function resolveDate(m: DateMention, anchor?: string): ResolvedDate {
  const weekday = m.weekday;
  if (m.year) {
    const d = calendarDate(m.year, m.month, m.day);
    if (!d) return { ...(weekday ? { weekday } : {}), review: S.dateNotOnCalendar(m.text) };
    const actual = WEEKDAYS[getDay(d)];
    if (weekday && actual !== weekday) {
      return {
        iso: isoOf(d),
        weekday,
        review: S.weekdayMismatch(weekday, isoOf(d), actual as string),
        yearFrom: "tertulis",
      };
    }
    return { iso: isoOf(d), weekday: actual, yearFrom: "tertulis" };
  }
  if (!anchor) {
    return {
      ...(weekday ? { weekday } : {}),
      review: S.yearNotWritten(m.text),
    };
  }
  const [ay, am, ad] = anchor.split("-").map(Number) as [number, number, number];
  const anchorTime = new Date(ay, am - 1, ad).getTime();
  const candidates = [ay - 1, ay, ay + 1]
    .map((y) => calendarDate(y, m.month, m.day))
    .filter((d): d is Date => d !== undefined)
    .filter((d) => !weekday || WEEKDAYS[getDay(d)] === weekday)
    .sort((a, b) => Math.abs(a.getTime() - anchorTime) - Math.abs(b.getTime() - anchorTime));
  const best = candidates[0];
  if (!best || Math.abs(best.getTime() - anchorTime) > 183 * 86_400_000) {
    return {
      ...(weekday ? { weekday } : {}),
      review: S.yearDoesNotFit(m.text, ay),
    };
  }
  // "Jumat pekan lalu (20/3)": the week words must agree with the day counted from the article's date.
  const week = /\b(?:pekan|minggu) (lalu|depan|ini)\b/.exec(m.text)?.[1];
  if (week) {
    const weeks = differenceInCalendarWeeks(best, new Date(anchorTime), { weekStartsOn: 1 });
    if (weeks !== { lalu: -1, ini: 0, depan: 1 }[week]) {
      return {
        iso: isoOf(best),
        weekday: WEEKDAYS[getDay(best)] as string,
        review: S.weekWordsMismatch(m.text, isoOf(best), anchor),
        yearFrom: `tahun berita ${ay}`,
      };
    }
  }
  return { iso: isoOf(best), weekday: WEEKDAYS[getDay(best)], yearFrom: `tahun berita ${ay}` };
}

/** A year written relative to the article's own date ("akhir tahun lalu", "tahun depan", "tahun ini"). */
export interface RelativeYear {
  /** As written ("akhir tahun lalu"). */
  text: string;
  /** Years from the article's year: -1, 0 or +1. */
  offset: number;
}

/**
 * "(awal|akhir|pertengahan) tahun lalu/kemarin/silam/ini/depan" in a text, in order. A count before it
 * ("dua tahun lalu", "beberapa tahun lalu") is a span of time, not a calendar year: left out.
 */
const RELATIVE_YEAR =
  /(?<!\b(?:\d+|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|belasan|puluhan)\s)\b(?:(?:awal|akhir|pertengahan)\s+)?tahun\s+(lalu|kemarin|silam|ini|depan)\b/giu;
const OFFSETS: Record<string, number> = { lalu: -1, kemarin: -1, silam: -1, ini: 0, depan: 1 };

/** The relative years of a text ("... terendam saat banjir melanda pada akhir tahun lalu"). */
export function relativeYearsIn(text: string): RelativeYear[] {
  return [...text.matchAll(RELATIVE_YEAR)].map((m) => ({
    text: m[0],
    offset: OFFSETS[(m[1] as string).toLowerCase()] ?? 0,
  }));
}

/**
 * The calendar year of a relative year, counted with date-fns from the article's date (ISO); without
 * that date there is nothing to count from, and no year is given (never guessed from the reader's today).
 */
export function resolveRelativeYear(r: RelativeYear, articleDate?: string): number | undefined {
  if (!articleDate) return undefined;
  const [y, m, d] = articleDate.split("-").map(Number) as [number, number, number];
  return getYear(addYears(new Date(y, m - 1, d), r.offset));
}
