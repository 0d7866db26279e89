import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { at } from "../support/engine.js";

/**
 * A second signing in its own file and source, beside the shipped knowledge: a question that names
 * nothing telling them apart gets each source's answer, named; a question naming one of them gets its own.
 */
const second = `
sources:
  - id: warta-banyuarum
    outlet: Warta Uji
parties:
  - key: banyuarum
    name: Pemerintah Kota Banyuarum
    aliases: [banyuarum, kota banyuarum, pemkot banyuarum]
  - key: sidomulyo
    name: Pemerintah Kota Sidomulyo
    aliases: [sidomulyo, kota sidomulyo, pemkot sidomulyo]
entries:
  - id: banyuarum-tempat
    topic: "Waktu dan tempat: penandatanganan kesepakatan pengelolaan pasar"
    answer: Penandatanganan kesepakatan pengelolaan pasar dilakukan di Gedung Sasana Uji Banyuarum, Jumat, 6 Maret 2026.
    source: warta-banyuarum
    answers: [date, place]
    facts:
      dates:
        - label: penandatanganan
          date: 2026-03-06
      places: [Gedung Sasana Uji Banyuarum]
    questions:
      - Di mana kesepakatan pengelolaan pasar Banyuarum diteken?
    keywords: [pasar, pengelolaan]
`;

describe("the same question answered by two sources", () => {
  const loaded = parseKnowledgeFiles([
    {
      path: "knowledge/kerja-sama-madiun-kediri.yaml",
      content: readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8"),
    },
    { path: "banyuarum.yaml", content: second },
  ]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
  const engine = createEngine(loaded.knowledge);
  const now = at("2026-11-28");

  it("gives each source's place for a question that names neither signing", () => {
    const a = engine.answer("Penandatanganannya di mana?", { now });
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("Menurut berita KETIK: ");
    expect(a.text).toContain("Balai Kota Kediri");
    expect(a.text).toContain("Menurut berita Warta Uji: ");
    expect(a.text).toContain("Gedung Sasana Uji Banyuarum");
    expect(a.sources.map((s) => s.id).sort()).toEqual(["ketik-madiun-kediri", "warta-banyuarum"]);
  });

  it("answers from one source when the question names what sets it apart", () => {
    const pasar = engine.answer("Kesepakatan pengelolaan pasar diteken di mana?", { now });
    expect(pasar.text).toContain("Gedung Sasana Uji Banyuarum");
    expect(pasar.text).not.toContain("Balai Kota Kediri");
    const madiun = engine.answer("Kerja sama Madiun dan Kediri diteken di mana?", { now });
    expect(madiun.text).toContain("Balai Kota Kediri");
    expect(madiun.text).not.toContain("Banyuarum");
  });
});
