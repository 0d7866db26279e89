import { describe, expect, it } from "vitest";
import { readQuestionSet } from "../support/question-sets.js";

/**
 * The team's own question set (test/engine/questions.tsv, written from the article alone, without
 * looking at the evaluation set): formal, slang, typos, Javanese-mixed, all caps, compound and yes/no
 * questions, plus out-of-scope ones and near misses. Scored with the other sets in question-sets.test.ts.
 */
const rows = readQuestionSet(new URL("./questions.tsv", import.meta.url));

describe("own question set", () => {
  it("has at least 150 questions, 40 of them out of scope", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.expect === "-").length).toBeGreaterThanOrEqual(40);
  });
});
