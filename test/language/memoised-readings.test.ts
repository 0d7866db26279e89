import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/engine/search-index.js";
import { normalizeText, standardize } from "../../src/language/normalize.js";
import { knownTo } from "../../src/language/pipeline.js";
import { asksQuote, detectQuestionTypes, wordTypes } from "../../src/language/question-type.js";
import { shippedEngine } from "../support/engine.js";

/**
 * The shortcuts the engine takes for speed read exactly what the full readings do: the remembered
 * per-word readings under the knowledge's vocabulary, the single-word question types, the quote check.
 * Checked on every question of the committed sets (written by people who never saw the code).
 */
const questions = ["heldout.tsv", "fresh4-chat.tsv", "fresh3-jowo.tsv"].flatMap((f) =>
  readFileSync(new URL(`../engine/${f}`, import.meta.url), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split("\t")[2] ?? ""),
);
const wordsOf = (q: string) => normalizeText(q).split(" ").filter(Boolean);

describe("memoised readings", () => {
  it("read every question as an unremembered reading under the same vocabulary does", () => {
    const vocabulary = knownTo(buildSearchIndex(shippedEngine().knowledge).vocabulary);
    // The same function, not registered: its readings are worked out afresh every time.
    const fresh = (w: string) => vocabulary(w);
    for (const q of questions) {
      const first = standardize(wordsOf(q), vocabulary);
      expect(standardize(wordsOf(q), vocabulary), q).toEqual(first);
      expect(first, q).toEqual(standardize(wordsOf(q), fresh));
    }
  });

  it("give each word the types detectQuestionTypes gives it alone, and see a quote where it does", () => {
    for (const q of questions) {
      const tokens = standardize(wordsOf(q));
      expect(asksQuote(tokens), q).toBe(detectQuestionTypes(tokens).includes("quote"));
      for (const t of tokens) expect(wordTypes(t), t).toEqual(detectQuestionTypes([t]));
    }
  });
});
