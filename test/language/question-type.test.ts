import { describe, expect, it } from "vitest";
import { normalizeText, standardize } from "../../src/language/normalize.js";
import { detectQuestionTypes } from "../../src/language/question-type.js";

const types = (q: string) => detectQuestionTypes(standardize(normalizeText(q).split(" ")));

describe("detectQuestionTypes", () => {
  it.each([
    ["kapan ditandatangani?", "date"],
    ["tgl brp ttd?", "date"],
    ["hari apa penandatanganan?", "date"],
    ["brp hari yg lalu diteken?", "relative"],
    ["wis pirang dino sejak ttd?", "relative"],
    ["dmn lokasinya?", "place"],
    ["sopo walkot kediri?", "person"],
    ["kenapa ekonomi diprioritaskan?", "reason"],
    ["apa kata maidi soal sinergi?", "quote"],
    ["apa target madiun?", "target"],
    ["apa tujuan kerja sama?", "purpose"],
    ["apa manfaatnya?", "benefit"],
    ["sektor apa aja?", "list"],
    ["apakah kuliner termasuk?", "yesno"],
    ["berapa anggaran kerja sama?", "amount"],
  ])("%s -> %s", (q, t) => {
    expect(types(q)).toContain(t);
  });

  it("finds both types in a compound question", () => {
    expect(types("kapan dan di mana ditandatangani?")).toEqual(expect.arrayContaining(["date", "place"]));
  });

  it("does not call a relative-time question an amount", () => {
    expect(types("berapa hari sejak ttd?")).not.toContain("amount");
  });

  it("finds no type in a bare statement", () => {
    expect(types("kerja sama madiun kediri")).toEqual([]);
  });
});

describe("question types read from the shape of a phrase", () => {
  it("'karena apa' asks a reason, 'harinya?' the day, 'pemkot mana' which government", () => {
    expect(types("ekonomi itu penting karena apa")).toContain("reason");
    expect(types("harinya?")).toEqual(["date"]);
    expect(types("berapa harinya")).not.toContain("date");
    expect(types("pemerintah kota mana yang menargetkan")).toContain("person");
    expect(types("kota mana yang jadi tuan rumah")).toContain("place");
    expect(types("sektor mana yang jadi prioritas")).toContain("list");
  });
});

describe("round 8 shapes of the question type", () => {
  it("reads 'hari X?' as the day of X, not when 'hari' names a day of its own", () => {
    expect(types("hari ttd?")).toContain("date");
    expect(types("hari penandatanganan?")).toContain("date");
    for (const q of [
      "hari kerja pemkot?",
      "hari ini ttd?",
      "hari raya lebaran?",
      "3 hari ttd?",
      "hari apa itu?",
    ])
      expect(types(q), q).not.toContain("date");
  });

  it("reads 'sudah ... belum' as yes or no, with no question word of its own", () => {
    expect(types("udah 3 bulan blm sih kerjasama madiun kediri?")).toContain("yesno");
    expect(types("sudah ditandatangani belum?")).toContain("yesno");
    expect(types("belum ditandatangani sudah?")).not.toContain("yesno");
    expect(types("kapan sudah belum?")).not.toContain("yesno");
  });

  it("reads the background of something as a reason", () => {
    expect(types("apa yang melatarbelakangi kerja sama?")).toContain("reason");
    expect(types("apa latar belakang kerja sama?")).toContain("reason");
    expect(types("apa isi kerja sama?")).not.toContain("reason");
  });
});

describe("a number asked after a noun of a rank", () => {
  const std = (q: string) => standardize(normalizeText(q).split(" ")).join(" ");
  it("is the rank ('keberapa') only after the rank noun", () => {
    expect(std("ekonomi prioritas no brp")).toBe("ekonomi prioritas keberapa");
    expect(std("prioritas nomor ke berapa")).toBe("prioritas keberapa");
    expect(std("urutan nomor berapa")).toBe("urutan keberapa");
    // A telephone number stays a number.
    expect(std("telpon nomer piro")).not.toContain("keberapa");
    expect(std("nomor berapa")).not.toContain("keberapa");
  });
});
