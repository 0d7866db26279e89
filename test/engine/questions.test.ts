import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The team's own question set (test/engine/questions.tsv, written from the article alone, without
 * looking at the evaluation set): formal, slang, typos, Javanese-mixed, all caps, compound and yes/no
 * questions, plus out-of-scope ones and near misses. Scored with the other sets in question-sets.test.ts.
 */
interface Row {
  id: string;
  now: string;
  question: string;
  expect: string;
  forbid: string;
}

const rows: Row[] = readFileSync(new URL("./questions.tsv", import.meta.url), "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [id = "", now = "", question = "", expect = "", forbid = ""] = l.split("\t");
    return { id, now, question, expect, forbid };
  });

describe("own question set", () => {
  it("has at least 150 questions, 40 of them out of scope", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.expect === "-").length).toBeGreaterThanOrEqual(40);
  });
});
