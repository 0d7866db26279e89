import { describe, expect, it } from "vitest";
import { correctFunctionWord, correctTypo } from "../../src/language/typos.js";

/** A knowledge vocabulary like the engine's: words of the entries, with their stems. */
const knowledge = new Set([
  "tanda",
  "tangan",
  "tandatangan",
  "menurut",
  "manfaat",
  "manfaatnya",
  "zero",
  "waste",
  "kediri",
  "madiun",
  "kerjasama",
  "sektor",
  "ekonomi",
  "pariwisata",
  "penandatanganan",
  "prioritas",
  "target",
]);
const isKnown = (w: string) => knowledge.has(w);

describe("correctTypo", () => {
  const cases: [string, string][] = [
    ["tnda", "tanda"], // dropped vowels
    ["tngn", "tangan"],
    ["mnrt", "menurut"],
    ["manfaatny", "manfaatnya"], // missing letter
    ["sekttor", "sektor"], // doubled letter
    ["ekonmi", "ekonomi"],
    ["kedri", "kediri"],
    ["waist", "waste"], // heard vowels
    ["pariwisaat", "pariwisata"], // transposition
    ["penandatangann", "penandatanganan"],
    ["prioritsa", "prioritas"],
  ];
  it.each(cases)("%s -> %s (knowledge first)", (typed, meant) => {
    expect(correctTypo(typed, isKnown, knowledge)).toBe(meant);
  });

  it("falls back to the lexicon when the knowledge has nothing close", () => {
    expect(correctTypo("kesehtan", isKnown, knowledge)).toBe("kesehatan");
    expect(correctTypo("pembngunan", isKnown, knowledge)).toBe("pembangunan");
  });

  it("reads dropped vowels by the lexicon roots with the same consonants, when only one root fits", () => {
    // Not in the knowledge: the roots indexed by their consonants (masjid, jembatan, sekolah) answer.
    expect(correctTypo("msjd", isKnown, knowledge)).toBe("masjid");
    expect(correctTypo("jmbtn", isKnown, knowledge)).toBe("jembatan");
    expect(correctTypo("sklh", isKnown, knowledge)).toBe("sekolah");
    // Several roots share "tmn" (taman, teman, timun ...): no guess.
    expect(correctTypo("tmn", isKnown, knowledge)).toBeUndefined();
  });

  it("never corrects a real word into another", () => {
    for (const w of ["sekitar", "tanya", "makan", "bangun", "target", "sepakat", "pertanian", "kesehatan"]) {
      expect(correctTypo(w, isKnown, knowledge)).toBeUndefined();
    }
  });

  it("never turns an out-of-scope name or office into a knowledge word", () => {
    for (const w of ["blitar", "bupati", "surabaya", "ponorogo", "malang", "jawa", "java"]) {
      expect(correctTypo(w, isKnown, knowledge)).toBeUndefined();
    }
  });

  it("leaves short words and nonsense alone", () => {
    expect(correctTypo("ab", isKnown, knowledge)).toBeUndefined();
    expect(correctTypo("qwrtzx", isKnown, knowledge)).toBeUndefined();
  });
});

describe("correctFunctionWord", () => {
  it("reads mistyped question and function words before the question type is read", () => {
    expect(correctFunctionWord("apakh")).toBe("apakah");
    expect(correctFunctionWord("bearpa")).toBe("berapa");
    expect(correctFunctionWord("tentng")).toBe("tentang");
    expect(correctFunctionWord("kenappa")).toBe("kenapa");
  });
  it("leaves real words, names and content words alone", () => {
    for (const w of ["sektor", "jawa", "maidi", "ekonomi", "kediri", "target"]) {
      expect(correctFunctionWord(w)).toBeUndefined();
    }
  });
});
