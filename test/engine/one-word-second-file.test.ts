import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, engineBesideShipped, shippedEngine } from "../support/engine.js";

/**
 * A one-word question ("tanggal?", "sektor?", "sumber?") names nothing but a kind of answer or a word of
 * the agreement: it is about what the bot is for. A second file whose entries share the word (a festival's
 * "Sumber informasi festival", "Tujuan festival ...") must not turn it into "Maksud Anda yang mana?": the
 * shipped answer stays, and the second file's entry answers once its subject is named.
 */
const now = at("2026-11-28");
const shipped = shippedEngine();

function withFile(path: string): ReturnType<typeof engineBesideShipped> {
  return engineBesideShipped({ path: "second.yaml", content: readFileSync(path, "utf8") });
}

const ONE_WORD = [
  "tanggal?",
  "tgl?",
  "sektor?",
  "kapan?",
  "lokasi?",
  "tempat?",
  "tujuan?",
  "tujuannya?",
  "sumber?",
  "sumber berita?",
  "target?",
];

describe.each([
  ["festival", "test/fixtures/festival/festival-kuliner.yaml"],
  ["bank-sampah", "test/fixtures/bank-sampah/fixed.yaml"],
])("one-word questions beside the %s file", (_name, path) => {
  const engine = withFile(path);
  it.each(ONE_WORD)("%s keeps the shipped answer", (q) => {
    const before = shipped.answer(q, { now });
    const after = engine.answer(q, { now });
    expect(before.kind, q).toBe("answer");
    expect(after.kind, after.text).toBe("answer");
    expect(after.entryIds).toEqual(before.entryIds);
  });
});

describe("the second file's own entry answers once its subject is named", () => {
  const engine = withFile("test/fixtures/festival/festival-kuliner.yaml");
  it("sumber berita festival / tujuan festival", () => {
    expect(engine.answer("sumber berita festival?", { now }).entryIds).toEqual(["festival-sumber"]);
    expect(engine.answer("tujuan festival?", { now }).entryIds).toEqual(["festival-pernyataan"]);
  });
});
