import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { startOfDay } from "date-fns/startOfDay";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakDown,
  daysBetween,
  jakartaDate,
  jakartaIsoDay,
  jakartaMidnight,
  jakartaYear,
  TIME_ZONE,
} from "../../src/engine/dates.js";

describe("daysBetween", () => {
  it("counts calendar days in Asia/Jakarta exactly as date-fns does", () => {
    const instant = fc.date({
      min: new Date("1940-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(b, a, { in: tz(TIME_ZONE) }));
      }),
      { numRuns: 3000 },
    );
  });

  it("turns the day at midnight Jakarta time (17:00 UTC)", () => {
    const signing = new Date("2026-01-13T00:00:00+07:00");
    expect(daysBetween(signing, new Date("2026-01-13T16:59:59Z"))).toBe(0);
    expect(daysBetween(signing, new Date("2026-01-13T17:00:00Z"))).toBe(1);
    expect(daysBetween(signing, new Date("2026-11-28T12:00:00+07:00"))).toBe(319);
  });
});

describe("calendar days from day numbers", () => {
  const instant = fc.date({
    min: new Date("1940-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  });
  it("reads the same calendar day and year in Asia/Jakarta as date-fns' formatter", () => {
    fc.assert(
      fc.property(instant, (d) => {
        expect(jakartaIsoDay(d)).toBe(format(d, "yyyy-MM-dd", { in: tz(TIME_ZONE) }));
        expect(jakartaYear(d)).toBe(Number(format(d, "yyyy", { in: tz(TIME_ZONE) })));
        expect(jakartaMidnight(d).getTime()).toBe(startOfDay(d, { in: tz(TIME_ZONE) }).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it("counts spans as date-fns does, and a remembered span cannot be changed by its reader", () => {
    const signing = jakartaDate("2026-01-13");
    const today = jakartaDate("2026-11-29");
    const first = breakDown(signing, today, ["month", "day"]);
    expect(first).toEqual([
      { n: 10, unit: "month" },
      { n: 16, unit: "day" },
    ]);
    (first[0] as { n: number }).n = 99;
    expect(breakDown(signing, today, ["month", "day"])[0]?.n).toBe(10);
    expect(breakDown(signing, today, ["day"])[0]?.n).toBe(
      differenceInCalendarDays(today, signing, { in: tz(TIME_ZONE) }),
    );
  });
});
