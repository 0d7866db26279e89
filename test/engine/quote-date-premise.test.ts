import { describe, expect, it } from "vitest";
import { at, shippedEngine } from "../support/engine.js";

/**
 * A month or year premise about a dated statement is checked against the day the words were said (the
 * quote's date, Rabu 14 Januari 2026 for Maidi's economic words), as it is for a dated fact; an undated
 * statement is said to be undated, never confirmed.
 */
describe("month and year premises on a statement", () => {
  const engine = shippedEngine();
  const ask = (q: string) => engine.answer(q, { now: at("2026-11-28") });
  it("denies a wrong month or year with the statement's day", () => {
    for (const q of [
      "apakah pernyataan Maidi pada bulan februari",
      "pernyataan maidi bulan maret 2026 ya?",
      "apakah pernyataan Maidi tahun 2025",
    ]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Tidak\. Maidi menyampaikannya pada Rabu, 14 Januari 2026\./);
    }
  });
  it("controls: the right month or year is confirmed with the day; a dated fact is checked as before", () => {
    expect(ask("apakah pernyataan Maidi pada bulan januari").text).toMatch(
      /^Ya, benar\. Maidi menyampaikannya pada Rabu, 14 Januari 2026\./,
    );
    expect(ask("apakah pernyataan maidi disampaikan tahun 2026").text).toMatch(/^Ya, benar\./);
    expect(ask("apakah penandatanganan pada bulan februari").text).toMatch(/^Tidak\. .*13 Januari 2026/);
  });
  it("out of scope: an undated statement is said to be undated, never confirmed or denied by a month", () => {
    const a = ask("apakah pernyataan Maidi soal sinergi antarkota pada bulan februari");
    expect(a.text).toMatch(/^Berita tidak menyebutkan tanggal pernyataan Maidi ini\./);
    expect(a.text).not.toMatch(/^(Ya|Tidak)/);
  });
});
