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
