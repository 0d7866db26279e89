import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { at } from "../support/engine.js";

/**
 * The shipped knowledge plus a second file written by a colleague playing staff (test/fixtures/festival,
 * written from the file's own instructions only). Its `examples` are answered by other entries or
 * declined; declining one of them asked for the examples again and overflowed the stack.
 */
describe("a second knowledge file beside the shipped one", () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-festival-"));
  cpSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama-madiun-kediri.yaml"));
  cpSync("test/fixtures/festival/festival-kuliner.yaml", join(dir, "festival-kuliner.yaml"));
  const loaded = loadKnowledgeDir(dir);

  it("loads and answers without overflowing while it works out its examples", () => {
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const engine = createEngine(loaded.knowledge);
    const declined = engine.answer("berapa harga tiket pesawat ke bali?", { now: at("2026-11-28") });
    expect(declined.kind).toBe("decline");
    expect(declined.choices.length).toBeGreaterThan(0);
    expect(engine.examples().length).toBeGreaterThan(0);
  });
});

describe("topics named in a decline", () => {
  it("keep names and titles as written and lower-case a plain first word", async () => {
    const { inSentence, midSentenceCapitals } = await import("../../src/engine/engine.js");
    const answers = midSentenceCapitals([
      "Kesepakatan ditandatangani oleh Wali Kota Madiun Maidi.",
      "Target: zero waste.",
    ]);
    expect(inSentence("Wali Kota Madiun", answers)).toBe("Wali Kota Madiun");
    expect(inSentence("Target Pemkot Madiun 2027", answers)).toBe("target Pemkot Madiun 2027");
    expect(inSentence("Tanggal penandatanganan", answers)).toBe("tanggal penandatanganan");
    expect(inSentence("UMKM dan ekonomi", answers)).toBe("UMKM dan ekonomi");
  });
});
