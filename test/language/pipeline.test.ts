import { describe, expect, it } from "vitest";
import { Speller } from "../../src/language/fuzzy.js";
import { analyze, type Vocabulary } from "../../src/language/pipeline.js";
import { stemmer } from "../../src/language/stemmer.js";

/** A vocabulary like the engine's, over a few knowledge words (forms and their stems). */
function vocabularyOf(words: string[], names: string[] = []): Vocabulary {
  const forms = new Set([...words, ...words.map((w) => stemmer.stem(w)), ...names]);
  return {
    has: (t) => forms.has(t),
    frequency: () => 1,
    isProtected: (w) => names.includes(w),
    speller: new Speller(forms),
    inAnswers: (w) => forms.has(w),
  };
}

describe("analyze: terms carry the lexicon's facts", () => {
  const vocabulary = vocabularyOf(["diselenggarakan", "penandatanganan", "ekonomi", "sektor"], ["kediri"]);

  it("gives each term its lemma, class and whether it is a real word", () => {
    const terms = analyze("nyelenggarain sektor ekonomi kediri qwertz", vocabulary).terms;
    const byWord = new Map(terms.map((t) => [t.word, t]));
    expect(byWord.get("nyelenggarain")).toMatchObject({
      lemma: "selenggara",
      inLexicon: true,
      wordClass: "content",
    });
    expect(byWord.get("kediri")).toMatchObject({ lemma: "kediri", inLexicon: true }); // a protected name
    expect(byWord.get("qwertz")).toMatchObject({ inLexicon: false, status: "unknown", corrected: false });
  });

  it("keeps the lexicon facts on a spread copy (the engine copies terms)", () => {
    const [t] = analyze("penyelenggara", vocabulary).terms;
    expect({ ...t }.lemma).toBe("selenggara");
  });

  it("marks a corrected word", () => {
    const [t] = analyze("ekonmi", vocabulary).terms;
    expect(t).toMatchObject({ word: "ekonomi", typed: "ekonmi", corrected: true });
  });

  it("reads dropped vowels against the knowledge, never a name into a knowledge word", () => {
    const v = vocabularyOf(["tandatangan", "menurut", "ekonomi", "kesepakatan"], ["kediri"]);
    expect(analyze("kspktn ekonomi", v).terms.map((t) => [t.word, t.status, t.corrected])).toEqual([
      ["kesepakatan", "known", true],
      ["ekonomi", "known", false],
    ]);
    // a phrase written without vowels is read as the phrase (joined before word-by-word correction)
    expect(analyze("tnda tngn kspktn", v).terms.map((t) => [t.word, t.status])).toEqual([
      ["tandatangan", "known"],
      ["kesepakatan", "known"],
    ]);
    expect(analyze("jawa", v).terms[0]).toMatchObject({ word: "jawa", status: "unknown", corrected: false });
  });

  it("treats closed-class noise as generic, never as unknown", () => {
    const terms = analyze(
      "ngapunten mas, kulo mahasiswa, ingin memastikan sekilas sektor ekonomi",
      vocabulary,
    ).terms;
    expect(terms.filter((t) => t.status === "unknown")).toEqual([]);
  });

  it("keeps negations and time words that change the question", () => {
    const terms = analyze("apakah pernah sektor ekonomi", vocabulary).terms;
    expect(terms.find((t) => t.word === "pernah")?.status).toBe("unknown");
  });
});

describe("analyze: words of imported articles' questions read over any root", () => {
  it("reads a Javanese bare-nasal verb as its me- form only when the knowledge writes that form", () => {
    const v = vocabularyOf(["mengirim", "sampah", "menanti"]);
    expect(analyze("ngirim sampah", v).terms.map((t) => [t.word, t.status])).toEqual([
      ["mengirim", "known"],
      ["sampah", "known"],
    ]);
    // "nanti" is a word of its own, never read as "menanti".
    expect(analyze("nanti", v).terms.map((t) => t.word)).not.toContain("menanti");
    // Not written by the knowledge: left as typed.
    expect(analyze("ngirim", vocabularyOf(["sampah"])).terms[0]?.word).toBe("ngirim");
  });

  it("reads a per-...-an noun as one word with the knowledge's per- verb of the same root", () => {
    const v = vocabularyOf(["diperkirakan", "dana"]);
    expect(analyze("perkiraan dana", v).terms.map((t) => [t.word, t.status])).toEqual([
      ["perkiraan", "known"],
      ["dana", "known"],
    ]);
    expect(analyze("perbaikan", vocabularyOf(["diperbaiki"])).terms[0]?.status).toBe("known");
    // No per- verb of that root in the knowledge: unknown, as before.
    expect(analyze("perkiraan", vocabularyOf(["dana"])).terms[0]?.status).toBe("unknown");
  });

  it("maps Javanese saben (setiap) and dowo/dawa (panjang), with the possessive -ne", () => {
    const v = vocabularyOf(["panjang", "pipa"]);
    expect(analyze("pipane dowone piro", v).terms.map((t) => t.word)).toEqual(["pipa", "panjang"]);
    expect(analyze("saben dina", v).tokens).toEqual(["setiap", "hari"]);
  });

  it("reads air bersih and air minum as one term", () => {
    const v = vocabularyOf(["airminum"]);
    expect(analyze("air bersih", v).terms.map((t) => [t.word, t.status])).toEqual([["airminum", "known"]]);
    expect(analyze("air minum", v).terms.map((t) => t.word)).toEqual(["airminum"]);
  });
});
