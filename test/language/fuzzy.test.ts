import { describe, expect, it } from "vitest";
import { editDistance, Speller } from "../../src/language/fuzzy.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("kerjasama", "kerjasma", 2)).toBe(1);
    expect(editDistance("tanggal", "tangal", 2)).toBe(1);
    expect(editDistance("walikota", "walkiota", 2)).toBe(1);
    expect(editDistance("abc", "abc", 1)).toBe(0);
  });
  it("stops early past the bound", () => {
    expect(editDistance("pariwisata", "umkm", 2)).toBe(3);
  });
});

describe("Speller", () => {
  const speller = new Speller(["kerjasama", "pariwisata", "tandatangan", "satu", "tanggal"]);
  it("corrects typos within the allowed edits", () => {
    expect(speller.correct("kerjsama")).toBe("kerjasama");
    expect(speller.correct("pariwsata")).toBe("pariwisata");
    expect(speller.correct("tangal")).toBe("tanggal");
  });
  it("never corrects short words (too many real words collide)", () => {
    expect(speller.correct("batu")).toBeUndefined();
  });
  it("leaves unrelated words alone", () => {
    expect(speller.correct("gubernur")).toBeUndefined();
  });
});
