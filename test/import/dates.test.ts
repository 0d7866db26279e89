import { describe, expect, it } from "vitest";
import { findDates, relativeYearsIn, resolveDate, resolveRelativeYear } from "../../src/import/dates.js";

const one = (text: string, anchor?: string) => {
  const [m] = findDates(text);
  if (!m) throw new Error(`no date in ${text}`);
  return { m, r: resolveDate(m, anchor) };
};

describe("dates as news writes them", () => {
  it("reads a full date with its weekday", () => {
    const { m, r } = one("di Balai Kota Kediri, Selasa, 13 Januari 2026.");
    expect(m.text).toBe("Selasa, 13 Januari 2026");
    expect(r).toMatchObject({ iso: "2026-01-13", weekday: "Selasa", yearFrom: "tertulis" });
    expect(r.review).toBeUndefined();
  });

  it("reads day/month/year in parentheses", () => {
    expect(one("diteken Selasa (13/1/2026).").r.iso).toBe("2026-01-13");
  });

  it("takes the article's year for a date written without one", () => {
    expect(one("pada Rabu (14/1).", "2026-01-15").r).toMatchObject({ iso: "2026-01-14", weekday: "Rabu" });
    const night = one("Pendapa Rumah Dinas, Senin malam (2/2).", "2026-02-03");
    expect(night.m.text).toBe("Senin malam (2/2)");
    expect(night.r.iso).toBe("2026-02-02");
  });

  it("crosses the year boundary to the date nearest the article", () => {
    expect(one("Selasa (30/12)", "2026-01-03").r.iso).toBe("2025-12-30");
  });

  it("leaves a date without any year unresolved, keeping the weekday as written", () => {
    const { r } = one("di Pendopo Kabupaten Giriwana, Kamis (5/3).");
    expect(r.iso).toBeUndefined();
    expect(r.weekday).toBe("Kamis");
    expect(r.review).toMatch(/tahun/);
  });

  it("flags a weekday that does not fit the date", () => {
    const { r } = one("Senin, 13 Januari 2026");
    expect(r.iso).toBe("2026-01-13");
    expect(r.review).toMatch(/Selasa/);
  });

  it("refuses a date that is not on the calendar", () => {
    const { r } = one("pada 31 Februari 2026");
    expect(r.iso).toBeUndefined();
    expect(r.review).toMatch(/kalender/);
  });

  it("does not read a quantity as a date", () => {
    expect(findDates("sebanyak 150 mahasiswa dan 24 kelurahan")).toEqual([]);
  });
});

describe("years written relative to the article", () => {
  it("reads 'akhir tahun lalu', 'tahun depan', 'tahun ini', not a span ('dua tahun lalu')", () => {
    expect(relativeYearsIn("banjir melanda pada akhir tahun lalu.")).toEqual([
      { text: "akhir tahun lalu", offset: -1 },
    ]);
    expect(relativeYearsIn("Mulai tahun depan, itu tidak boleh terjadi lagi")).toEqual([
      { text: "tahun depan", offset: 1 },
    ]);
    expect(relativeYearsIn("Festival tahun ini menghadirkan 120 stan")).toEqual([
      { text: "tahun ini", offset: 0 },
    ]);
    expect(relativeYearsIn("dua tahun lalu dan beberapa tahun lalu")).toEqual([]);
  });

  it("counts them from the article's date, and from nothing else", () => {
    const [late] = relativeYearsIn("akhir tahun lalu");
    if (!late) throw new Error("not read");
    expect(resolveRelativeYear(late, "2026-03-06")).toBe(2025);
    expect(resolveRelativeYear(late, "2027-01-02")).toBe(2026);
    expect(resolveRelativeYear(late)).toBeUndefined();
  });
});
