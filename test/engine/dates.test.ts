import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, TIME_ZONE } from "../../src/engine/dates.js";

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
