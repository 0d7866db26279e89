import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { endOfMonth } from "date-fns/endOfMonth";
import { endOfWeek } from "date-fns/endOfWeek";
import { format } from "date-fns/format";
import { id } from "date-fns/locale/id";
import { startOfWeek } from "date-fns/startOfWeek";

/**
 * Dates written relative to the article's own day ("pekan depan", "akhir bulan ini", "besok"): counted
 * with date-fns from the publication date, never from the reader's today. A week or a month is a span, not
 * a day, so the result is words for the answer and the review note ("9–15 Maret 2026", "akhir Maret 2026,
 * 31 Maret 2026"), not a date fact: staff fill the date in when the article's event gives it. Pure.
 */

/** A relative date expression found in a text. */
export interface RelativeMention {
  /** As written ("pekan depan", "akhir bulan ini"). */
  text: string;
  start: number;
  end: number;
  unit: "day" | "week" | "month";
  /** Days, weeks or months from the article's day. */
  offset: number;
  /** "awal", "akhir" or "pertengahan" of a month. */
  part?: string;
}

const DAY_WORDS: Record<string, number> = { "hari ini": 0, besok: 1, "esok hari": 1, lusa: 2, kemarin: -1 };
const WHICH: Record<string, number> = { depan: 1, mendatang: 1, ini: 0, lalu: -1, kemarin: -1 };

const RELATIVE =
  /\b(?:(hari ini|esok hari|besok|lusa|(?<!tahun\s)kemarin)|(pekan|minggu) (depan|mendatang|ini|lalu)|(?:(awal|akhir|pertengahan) )?bulan (depan|mendatang|ini|lalu))\b/gi;

/** Every relative date expression in `text`, in order. */
export function findRelativeDates(text: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const [all, day, week, weekWhich, part, monthWhich] = m;
    const base = { text: all, start: m.index, end: m.index + all.length };
    if (day) out.push({ ...base, unit: "day", offset: DAY_WORDS[day.toLowerCase()] ?? 0 });
    else if (week)
      out.push({ ...base, unit: "week", offset: WHICH[(weekWhich as string).toLowerCase()] ?? 0 });
    else
      out.push({
        ...base,
        unit: "month",
        offset: WHICH[(monthWhich as string).toLowerCase()] ?? 0,
        ...(part ? { part: part.toLowerCase() } : {}),
      });
  }
  return out;
}

const long = (d: Date) => format(d, "EEEE, d MMMM yyyy", { locale: id });
const dayMonth = (d: Date) => format(d, "d MMMM yyyy", { locale: id });

/**
 * What a relative expression means, counted from the article's date (ISO), in words: "Senin, 9 Maret
 * 2026 s.d. Minggu, 15 Maret 2026" for "pekan depan" (a week runs Monday to Sunday), "akhir Maret 2026
 * (31 Maret 2026)" for "akhir bulan ini". Undefined without the article's date: nothing is counted from
 * the reader's today.
 */
export function resolveRelative(m: RelativeMention, articleDate?: string): string | undefined {
  if (!articleDate) return undefined;
  const [y, mo, d] = articleDate.split("-").map(Number) as [number, number, number];
  const from = new Date(y, mo - 1, d);
  if (m.unit === "day") return long(addDays(from, m.offset));
  if (m.unit === "week") {
    const w = addWeeks(from, m.offset);
    return `${long(startOfWeek(w, { weekStartsOn: 1 }))} s.d. ${long(endOfWeek(w, { weekStartsOn: 1 }))}`;
  }
  const month = addMonths(from, m.offset);
  const name = format(month, "MMMM yyyy", { locale: id });
  if (m.part === "akhir") return `akhir ${name} (${dayMonth(endOfMonth(month))})`;
  if (m.part) return `${m.part} ${name}`;
  return name;
}
