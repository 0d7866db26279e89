import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { id as idLocale } from "date-fns/locale/id";

/** Announcements are scheduled and shown in Western Indonesian Time. */
export const WIB = "Asia/Jakarta";

const TIME = String.raw`(?:pukul\s+|jam\s+)?(\d{1,2})[:.](\d{2})(?:\s*wib)?`;
const RELATIVE = new RegExp(String.raw`^(hari ini|besok|lusa)\s+${TIME}$`, "i");
const TIME_ONLY = new RegExp(`^${TIME}$`, "i");
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|T)${TIME}$`, "i");
const DMY = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s+${TIME}$`, "i");

function wibDate(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  if (h > 23 || mi > 59 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const t = new TZDate(y, mo - 1, d, h, mi, WIB);
  // Reject rollovers such as 31 February.
  if (!isValid(t) || t.getDate() !== d || t.getMonth() !== mo - 1) return undefined;
  return new Date(t.getTime());
}

/**
 * Parses a WIB time as admins write it: "besok 08:00", "lusa 9.30", "hari ini 15:00", "15:00" (today),
 * "2026-12-01 08:00", "01/12/2026 08:00" (optionally "pukul", "WIB"). Returns undefined when it is not
 * one of these; whether it is in the future is the caller's check.
 */
export function parseWibTime(input: string, now: Date): Date | undefined {
  const s = input.trim().replace(/\s+/g, " ");
  const today = new TZDate(now.getTime(), WIB);
  let m = RELATIVE.exec(s);
  if (m) {
    const offset = { "hari ini": 0, besok: 1, lusa: 2 }[m[1]?.toLowerCase() as "besok"] ?? 0;
    const day = addDays(today, offset);
    return wibDate(day.getFullYear(), day.getMonth() + 1, day.getDate(), Number(m[2]), Number(m[3]));
  }
  m = TIME_ONLY.exec(s);
  if (m)
    return wibDate(today.getFullYear(), today.getMonth() + 1, today.getDate(), Number(m[1]), Number(m[2]));
  m = ISO.exec(s);
  if (m) return wibDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  m = DMY.exec(s);
  if (m) return wibDate(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]));
  return undefined;
}

/** "Selasa, 1 Desember 2026 pukul 08.00 WIB". */
export function formatWib(date: Date): string {
  return format(new TZDate(date.getTime(), WIB), "EEEE, d MMMM yyyy 'pukul' HH.mm 'WIB'", {
    locale: idLocale,
  });
}

/** Splits "/umumkan <waktu> | <teks>" arguments: the time part when the text before the first "|" parses. */
export function splitScheduled(
  args: string,
  now: Date,
): { when?: Date; timeText?: string; bodyStart: number } {
  const bar = args.indexOf("|");
  if (bar < 0) return { bodyStart: 0 };
  const timeText = args.slice(0, bar).trim();
  let bodyStart = bar + 1;
  while (bodyStart < args.length && /\s/.test(args[bodyStart] ?? "")) bodyStart++;
  return { when: parseWibTime(timeText, now), timeText, bodyStart };
}
