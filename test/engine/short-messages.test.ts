import { describe, expect, it } from "vitest";
import { correctFunctionWord } from "../../src/language/typos.js";
import { isNoiseWord } from "../../src/language/words.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Short phone messages (seventh round): chat abbreviations of function words, bare statements offered
 * to confirm, loans, ranks, intervals, and the questions a short message asks of things the article only
 * names. Each rule has its failing shape, a control with other words, and an out-of-scope twin.
 */
const engine = shippedEngine();
const now = at("2026-11-29");
const ask = (q: string, when = now) => engine.answer(q, { now: when });

describe("chat abbreviations of function words", () => {
  it.each([
    ["kt", "kata"],
    ["kl", "kalau"],
  ])("two letters %s read as the function word %s", (abbr, word) => {
    expect(correctFunctionWord(abbr)).toBe(word);
  });

  it("the abbreviations the slang map lists read the same way", () => {
    expect(ask("ttd dr kpn?").text).toMatch(/13 Januari 2026/);
    expect(ask("sp jg yg ttd?").text).toMatch(/Maidi/);
  });

  it("never reads an acronym of content or a number as a function word", () => {
    for (const acronym of ["rs", "pt", "cv", "sd"]) expect(correctFunctionWord(acronym)).toBeUndefined();
  });

  it("a lone letter that is no known abbreviation names nothing", () => {
    expect(isNoiseWord("q")).toBe(true);
    expect(isNoiseWord("b")).toBe(true);
    expect(ask("ttd kpn q?").text).toMatch(/13 Januari 2026/);
  });

  it.each([
    ["sinergi antarkota kt sp?", /Maidi/],
    ["ttd kpn n dmn", /13 Januari 2026.*Balai Kota Kediri/s],
    ["ttd hr selasa y?", /^Ya, benar/],
    ["ttd di madiun y?", /^Tidak.*Balai Kota Kediri/s],
    ["ttd thn 2025 y", /^Tidak.*2026/s],
    ["maidi ngmg ekonomi hr selasa y?", /^Tidak.*Rabu/s],
  ])("%s is read through its abbreviations", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it("an abbreviated question about what the article lacks is still declined", () => {
    // "sp aj yg hadir?" is answered with the signers, who signed in person ("langsung"), as fresh-conv V27.2
    // and the conversation case C22 expect; other officials' attendance is not stated:
    expect(ask("Siapa saja pejabat lain yang hadir dalam acara penandatanganan?").answered).toBe(false);
    // a verb after an office stays what is asked
    expect(ask("Apakah Gubernur Jawa Timur hadir menyaksikan penandatanganan?").answered).toBe(false);
    expect(ask("Apakah Gubernur Jawa Timur turut menandatangani kerja sama?").text).toMatch(/^Tidak.*Maidi/s);
    expect(ask("ttd jam brp y?").answered).toBe(false);
  });
});

describe("a bare statement offered to confirm is a yes/no question", () => {
  it.each([
    ["vinanda wakil walkot?", /^Tidak.*Wali Kota Kediri/s],
    ["vinanda gubernur jatim?", /^Tidak.*Wali Kota Kediri/s],
    ["maidi walkot kediri?", /^Tidak.*Wali Kota Madiun/s],
    ["maidi bupati madiun y", /^Tidak.*Wali Kota Madiun/s],
    ["zero waste target pemkot kediri?", /^Bukan.*Madiun/s],
    ["yg blg kota sehat vinanda?", /^Bukan.*Maidi/s],
  ])("%s is corrected", (q, expected) => {
    expect(ask(q).text).toMatch(expected);
  });

  it.each([
    ["maidi walkot madiun?", /^Ya, benar.*Maidi/s],
    ["zero waste target pemkot madiun?", /^Ya, benar/],
  ])("control %s is confirmed", (q, expected) => {
    expect(ask(q).text).toMatch(expected);
  });

  it("a target asked of a party without naming it is still declined", () => {
    expect(ask("target pemkot kediri?").answered).toBe(false);
    expect(ask("target kediri 2027?").answered).toBe(false);
    expect(ask("target Madiun tahun 2030?").answered).toBe(false);
  });
});

describe("a city paired with a party is a partner premise", () => {
  it("corrects 'kerjasama madiun-blitar y?' with the real partner", () => {
    expect(ask("kerjasama madiun-blitar y?").text).toMatch(/^Tidak.*Blitar.*Kediri/s);
    expect(ask("apakah kerja sama madiun dan blitar?").text).toMatch(/^Tidak/);
  });

  it("does not correct the real pair, and a non-yes/no twin is declined", () => {
    expect(ask("kerjasama madiun-kediri y?").text).not.toMatch(/^Tidak/);
    expect(ask("kerjasama madiun surabaya kapan?").answered).toBe(false);
  });
});

describe("loans, month abbreviations and ranks", () => {
  it("reads 'anniv' and 'anniversary' as the anniversary", () => {
    expect(ask("anniv pertama kpn?").text).toMatch(/13 Januari 2027/);
    expect(ask("anniversary-nya kpn?").text).toMatch(/13 Januari 2027/);
    expect(ask("HR INI ANNIV YA? 🎉", at("2027-01-13")).text).toMatch(/1 tahun/);
  });

  it("reads a short month after a day of the month or before a year", () => {
    expect(ask("ttd 14 jan kan?").text).toMatch(/^Tidak.*13 Januari/s);
    expect(ask("ttd des 2025?").text).toMatch(/^Tidak/);
    expect(ask("ttd 13 jan 2026?").text).toMatch(/^Ya, benar/);
  });

  it("asks a rank with 'urutan/peringkat berapa' like 'ke berapa' (not 'nomor berapa': also a telephone number)", () => {
    expect(ask("ekonomi prioritas urutan ke berapa?").text).toMatch(/prioritas utama/);
    expect(ask("ekonomi peringkat berapa dalam prioritas?").text).toMatch(/prioritas utama/);
    expect(ask("nomor berapa telepon pemkot?").answered).toBe(false);
  });
});

describe("what a short message asks of the news and the agreement", () => {
  it("where the news comes from is its source", () => {
    expect(ask("brita dr mn?").text).toMatch(/KETIK/);
    expect(ask("info ini dari mana?").text).toMatch(/KETIK/);
    expect(ask("berita dari mana, detik?").answered).toBe(false);
  });

  it("what the agreement is asks for the summary", () => {
    expect(ask("kerjasama opo iki").text).toMatch(/Madiun.*Kediri/s);
    expect(ask("kerja sama apa itu?").text).toMatch(/Madiun.*Kediri/s);
    expect(ask("kerjasama dengan siapa?").text).toMatch(/Pemerintah Kota Kediri/);
  });

  it("the kinds of an item the article only lists are declined", () => {
    expect(ask("kuliner apa yg dikembangin?").answered).toBe(false);
    expect(ask("umkm apa yang dibantu?").answered).toBe(false);
    // controls: which sectors (the list is held); an item after a preposition; "tambahan" after a noun
    expect(ask("sektor apa aja?").text).toMatch(/pariwisata/);
    expect(ask("pengaruhe kerjasama iki nang pelayanan publik opo?").text).toMatch(/pelayanan publik/);
    expect(ask("fokus tambahane opo ae").text).toMatch(/kuliner/);
  });

  it("a count from one dated thing to another is their interval", () => {
    const feb = at("2026-02-20");
    expect(ask("ttd ke quote maidi brp hr?", feb).text).toMatch(/1 hari/);
    expect(ask("berapa hari dari ttd sampai sekarang?", feb).text).toMatch(/38 hari/);
    expect(ask("berapa hari dari ttd ke pemilu?", feb).answered).toBe(false);
  });
});
