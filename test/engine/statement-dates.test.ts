import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, engineBesideShipped, shippedEngine } from "../support/engine.js";

/**
 * A date asked of words said ("kapan kutipan itu disampaikan?") is read from the quotes' own dates, never
 * from the date of another event (the signing). The article dates only Maidi's first quote (ekonomi,
 * "ujarnya, Rabu (14/1/2026)"); the others close with "imbuhnya" / "pungkasnya" and carry no date.
 */
const engine = shippedEngine();
const now = at("2026-11-29");
const ask = (q: string) => engine.answer(q, { now });

describe("when words were said, no statement singled out", () => {
  it.each([
    "kapan kutipan disampaikan?",
    "kapan pernyataan itu disampaikan?",
    "kapan dia bilang itu?",
    "when did he say that?",
    "kapan ngomonge?",
    "kapan pak wali ngendika?",
  ])("%s: the dated statement with its day, the others said to be undated", (q) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toContain("Rabu, 14 Januari 2026");
    expect(a.text).toContain("ekonomi");
    expect(a.text).toMatch(/lainnya tidak disebutkan tanggalnya/);
    expect(a.text).not.toContain("13 Januari");
    expect(a.text).not.toMatch(/ditandatangani/);
  });

  it("a speaker named keeps the list of quotes with their dates (and no signing date)", () => {
    const a = ask("tanggal berapa kutipan maidi?");
    expect(a.text).toContain("Rabu, 14 Januari 2026");
    expect(a.text).toContain("Sinergi antarkota");
    expect(a.text).toContain("zero waste");
    expect(a.text).not.toContain("13 Januari");
  });

  it("beside a second file with another speaker: every dated statement, each with its speaker", () => {
    const two = engineBesideShipped({
      path: "knowledge/festival-kuliner.yaml",
      content: readFileSync("test/fixtures/festival/festival-kuliner.yaml", "utf8"),
    });
    const a = two.answer("kapan kutipan disampaikan?", { now });
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("14 Januari 2026");
    expect(a.text).toContain("25 November 2026");
    expect(a.text).not.toContain("13 Januari");
  });
});

describe("a statement named by its topic", () => {
  it("dated: its day", () => {
    for (const q of [
      "kapan Maidi bilang ekonomi prioritas?",
      "when did Maidi say that economy is the priority?",
    ]) {
      const a = ask(q);
      expect(a.entryIds, q).toEqual(["prioritas-ekonomi"]);
      expect(a.text, q).toContain("menyampaikannya pada Rabu, 14 Januari 2026");
    }
  });

  it("undated (quoted or reported): says so, and gives the one dated statement", () => {
    for (const q of [
      "kapan Maidi bilang sinergi diperlukan?",
      "kapan kutipan soal zero kabel disampaikan?",
      "kapan Maidi bilang soal pariwisata?",
    ]) {
      const a = ask(q);
      expect(a.kind, q).toBe("answer");
      expect(a.text, q).toMatch(/^Berita tidak menyebutkan tanggal pernyataan Maidi ini\./);
      expect(a.text, q).toContain("14 Januari 2026");
      expect(a.text, q).not.toContain("13 Januari");
    }
  });

  it("no statement about it: never the day of the event it names", () => {
    // The article quotes nobody about the town hall; the signing there is no statement.
    const hall = ask("kapan pernyataan soal balai kota disampaikan?");
    expect(hall.text).not.toContain("13 Januari");
    // A yes/no twin is not confirmed with the signing date either.
    const yes = ask("apakah kutipan itu disampaikan tanggal 13?");
    expect(yes.text).not.toMatch(/^(Ya|Benar)\b/);
    expect(yes.text).not.toContain("ditandatangani pada");
  });
});

describe("controls: the event's own date", () => {
  it("'kapan ditandatangani?' and 'menurut berita' still give the signing", () => {
    for (const q of ["kapan ditandatangani?", "kapan ditandatangani menurut berita?", "kpn ttd?"]) {
      const a = ask(q);
      expect(a.entryIds, q).toEqual(["tanggal-penandatanganan"]);
      expect(a.text, q).toContain("13 Januari 2026");
    }
  });
});

describe("out of scope: words of someone the article does not quote", () => {
  it.each([
    "kapan Vinanda memberi sambutan?",
    "kapan Vinanda bilang itu?",
    "kapan Vinanda menyampaikan pernyataan?",
    "kapan walkot kediri ngomong?",
  ])("%s is declined, never dated", (q) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("decline");
    expect(a.text).not.toMatch(/1[34] Januari/);
  });
});
