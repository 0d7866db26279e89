import { describe, expect, it } from "vitest";
import { formatWib, parseWibTime, splitScheduled } from "../../src/broadcast/schedule.js";

// 18:30 UTC on 28 November is 01:30 WIB on Sunday 29 November.
const now = new Date("2026-11-28T18:30:00Z");

describe("parseWibTime", () => {
  it("reads relative days in WIB, not UTC", () => {
    expect(parseWibTime("besok 08:00", now)?.toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(parseWibTime("hari ini 15.00", now)?.toISOString()).toBe("2026-11-29T08:00:00.000Z");
    expect(parseWibTime("lusa pukul 9:30 WIB", now)?.toISOString()).toBe("2026-12-01T02:30:00.000Z");
  });

  it("reads absolute dates", () => {
    expect(parseWibTime("2026-12-01 08:00", now)?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(parseWibTime("01/12/2026 08:00", now)?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });

  it("rejects impossible or unknown times", () => {
    for (const s of ["2026-02-31 08:00", "besok 24:00", "besok", "minggu depan 08:00", "08:61"]) {
      expect(parseWibTime(s, now)).toBeUndefined();
    }
  });

  it("shows the time back in Indonesian", () => {
    expect(formatWib(new Date("2026-12-01T01:00:00Z"))).toBe("Selasa, 1 Desember 2026 pukul 08.00 WIB");
  });

  it("splits '<waktu> | <teks>'", () => {
    const args = "besok 08:00 |  Rapat warga";
    const r = splitScheduled(args, now);
    expect(r.when?.toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(args.slice(r.bodyStart)).toBe("Rapat warga");
    expect(splitScheduled("tanpa waktu", now)).toEqual({ bodyStart: 0 });
  });
});
