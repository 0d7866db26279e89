import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/engine/search-index.js";
import { frameReading } from "../../src/language/explain.js";
import { analyzeTokens, knownTo } from "../../src/language/pipeline.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Words of asking explained through the thesaurus (explain.ts): narrow by design, measured against the
 * shipped knowledge (53 of the 16,112 thesaurus headwords the knowledge does not use are read at all).
 */
const engine = shippedEngine();
const vocabulary = buildSearchIndex(engine.knowledge).vocabulary;
const searchable = (w: string) => analyzeTokens([w], vocabulary, false).terms[0]?.status === "known";
const read = (w: string, quoteFrame = false) =>
  frameReading(w, searchable, knownTo(vocabulary), quoteFrame)?.token;

describe("frameReading", () => {
  it("reads an effect, benefit or saying word as the word of that kind the knowledge uses", () => {
    expect(read("pengaruh")).toBe("dampak");
    expect(read("pengaruhe")).toBe("dampak");
    expect(read("efek")).toBe("dampak");
    expect(read("berguna")).toBe("manfaat");
    expect(read("ucapan")).toBe("ucap");
  });

  it("reads a synonym as a word of saying only in a question about something said", () => {
    expect(read("kalimat")).toBeUndefined();
    expect(read("kalimat", true)).toBe("kata");
  });

  it("leaves alone later senses, verbs whose root means something else, and unrelated words", () => {
    // pasal ~ alasan is a later sense; tahap ~ bagian names no kind of answer; menang ~ beruntung and
    // melanggar ~ mendampak are verbs; menggunakan is not guna.
    for (const w of [
      "pasal",
      "tahap",
      "menang",
      "melanggar",
      "menggunakan",
      "perhatian",
      "anggaran",
      "cuaca",
    ])
      expect(read(w), w).toBeUndefined();
  });
});

describe("the reading counts only where the entry holds it", () => {
  const ask = (q: string) => engine.answer(q, { now: at("2026-11-29") });

  it.each([
    ["kerjasama iki pengaruhe nang masyarakat opo jare maidi?", /kesejahteraan/],
    ["pengaruhe kerjasama iki nang pelayanan publik opo?", /pelayanan publik/],
    ["ekonomi kuat efeke opo jare maidi", /sehat/],
    ["kerjsama brguna bwt opo", /daya saing/],
  ])("%s", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });

  it("declines, naming the word as written, when no entry holding the reading answers", () => {
    const a = ask("apa pengaruh target zero waste?");
    expect(a.kind).toBe("decline");
    expect(a.unknownTerms).toContain("pengaruh");
    expect(ask("apa pengaruh kerja sama terhadap harga cabai?").kind).toBe("decline");
    expect(ask("apa efek samping vaksin?").kind).toBe("decline");
  });
});
