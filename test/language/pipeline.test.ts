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
