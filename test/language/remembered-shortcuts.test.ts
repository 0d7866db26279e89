import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { standardTokens } from "../../src/conversation/words.js";
import { analyseQuestion } from "../../src/engine/analyse.js";
import { dictationQuestion, readDictation } from "../../src/engine/dictation.js";
import { buildSearchIndex } from "../../src/engine/search-index.js";
import { normalizeText, standardize } from "../../src/language/normalize.js";
import { derivations, lexicon } from "../../src/language/words.js";
import { shippedEngine } from "../support/engine.js";

/**
 * The shortcuts of issue 9 (speed) read exactly what the full readings do: the last text remembered by
 * normalizeText and standardTokens, the remembered lexicon derivations, the short-message exit of the
 * dictation reading and the first-word test before the thanks/greeting patterns. Checked on questions
 * of the committed sets (written by people who never saw the code), and on the shapes each shortcut skips.
 */
const questions = ["heldout.tsv", "fresh6-voice.tsv", "fresh7-elder.tsv", "fresh7-short.tsv"].flatMap((f) =>
  readFileSync(new URL(`../engine/${f}`, import.meta.url), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split("\t")[2] ?? ""),
);

describe("remembered shortcuts", () => {
  it("normalizeText gives the same text when asked again, and a different cut is not taken for the same", () => {
    const long = `${"kapan ".repeat(400)}diteken`;
    const cut = normalizeText(long);
    expect(normalizeText(long)).toBe(cut);
    // The same input with another length limit is read afresh (knowledge text is never cut).
    expect(normalizeText(long, Number.POSITIVE_INFINITY)).toContain("diteken");
    expect(cut).not.toContain("diteken");
    expect(normalizeText(long)).toBe(cut);
    for (const q of questions) {
      const first = normalizeText(q);
      normalizeText("kalimat lain di antaranya");
      expect(normalizeText(q), q).toBe(first);
    }
  });

  it("standardTokens gives each caller its own copy of the remembered reading", () => {
    const a = standardTokens("sopo wali kota madiun sing teken?");
    a.push("dirusak");
    const b = standardTokens("sopo wali kota madiun sing teken?");
    expect(b).not.toContain("dirusak");
    expect(b).toEqual(standardize(normalizeText("sopo wali kota madiun sing teken?").split(" ")));
  });

  it("remembered derivations are the lexicon's own", () => {
    for (const w of [
      "dikerjasamakan",
      "penandatanganan",
      "ditandatangani",
      "menyampaikan",
      "kuliner",
      "qwerty",
    ])
      expect(derivations(w), w).toEqual(lexicon().derive(w));
  });

  it("a message shorter than a run-on is read as written, as segmenting it would have decided", () => {
    for (const q of questions) {
      const words = normalizeText(q).split(" ").filter(Boolean);
      if (words.length >= 8 || /[.,;:!]\s*\S|\?\s*\S/.test(q.trim())) continue;
      // Segmenting never adds words: fewer than 8 words never make a run-on of 8.
      const n = readDictation(q).reduce((k, s) => k + s.words.length, 0);
      expect(n, q).toBeLessThan(8);
      expect(dictationQuestion(q), q).toBeUndefined();
    }
    // A long dictated run-on is still cut to the segments that ask (control).
    const long =
      "kapan sih kerja sama itu diteken eee tanggal berapa gitu saya mau catat buat laporan kampus";
    expect(dictationQuestion(long)?.text).toBe("kapan sih kerja sama itu diteken");
  });

  it("thanks and greetings are still recognised, and a question opening with a greeting word is still a question", () => {
    const k = shippedEngine().knowledge;
    const index = buildSearchIndex(k);
    const kind = (q: string) => analyseQuestion(q, index.vocabulary, k).kind;
    expect(kind("Terima kasih banyak min")).toBe("thanks");
    expect(kind("matur nuwun sanget")).toBe("thanks");
    expect(kind("Selamat pagi kak")).toBe("greeting");
    expect(kind("assalamualaikum wr wb")).toBe("greeting");
    expect(kind("p")).toBe("greeting");
    expect(kind("pagi min, kapan kerja sama diteken?")).toBe("question");
    expect(kind("terima kasih, lalu siapa yang tanda tangan?")).toBe("question");
    expect(kind("kapan kerja sama diteken? makasih")).toBe("question");
  });
});
