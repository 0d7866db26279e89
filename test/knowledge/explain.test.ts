import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { explainMiss } from "../../src/knowledge/explain.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { VALID_YAML } from "./helpers.js";

const SHIPPED = readFileSync(
  join(import.meta.dirname, "..", "..", "knowledge", "kerja-sama-madiun-kediri.yaml"),
  "utf8",
);

/** Issue 11: every miss gets its reason and a fix that was tried on a copy of the knowledge. */
const OPTIONS = { now: new Date("2026-11-28T05:00:00Z") };

function knowledgeWith(entry: string) {
  const r = parseKnowledgeFiles([
    { path: "k.yaml", content: VALID_YAML },
    { path: "f.yaml", content: `entries:\n${entry}` },
  ]);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r.knowledge;
}

describe("explainMiss", () => {
  it("a 'berapa' question declined because the entry does not answer amounts: says so and the tried fix works", () => {
    const k = knowledgeWith(`  - id: tiket
    topic: Tiket festival
    answer: Tiket masuk festival gratis.
    source: berita-uji
    answers: [definition]
    questions:
      - Apakah tiket festival gratis?
    keywords: [tiket, festival, harga]
`);
    const engine = createEngine(k);
    const question = "Berapa harga tiket festival?";
    const answer = engine.answer(question, OPTIONS);
    expect(answer.kind).toBe("decline");
    const e = explainMiss({
      question,
      answer,
      knowledge: k,
      expected: "tiket",
      mustDecline: false,
      options: OPTIONS,
      build: createEngine,
      engine,
    });
    expect(e.why).toContain(
      'pertanyaan ini berjenis "amount", tetapi butir "tiket" hanya menjawab "definition"',
    );
    expect(e.fix).toMatch(/^tambahkan "amount" ke answers butir "tiket" \(sudah dicoba/);
    expect(e.verified).toBe(true);
  });

  it("a must-decline question taken by a new entry names the shared keyword; removing it is tried and works", () => {
    const r = parseKnowledgeFiles([
      { path: "k.yaml", content: SHIPPED },
      {
        path: "p.yaml",
        content: `sources:
  - id: humas
    outlet: Humas
    date: 2026-02-01
entries:
  - id: pameran
    topic: Pameran kerja sama
    answer: Pameran kerja sama dibuka setiap hari pukul 08.00 sampai 16.00 di Balai Kota Kediri.
    source: humas
    questions:
      - Kapan pameran kerja sama dibuka?
    keywords: [pameran, jam, buka]
`,
      },
    ]);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
    const engine = createEngine(r.knowledge);
    const question = "Jam piro tanda tangane?";
    const answer = engine.answer(question, OPTIONS);
    expect(answer.entryIds[0]).toBe("pameran");
    const e = explainMiss({
      question,
      answer,
      knowledge: r.knowledge,
      mustDecline: true,
      options: OPTIONS,
      build: createEngine,
      engine,
    });
    expect(e.why).toContain('butir "pameran" menang karena sama-sama memuat "jam" (kata kunci)');
    expect(e.fix).toBe(
      'hapus kata kunci "jam" dari butir "pameran" (sudah dicoba: setelah itu pertanyaan ini ditolak)',
    );
    expect(e.verified).toBe(true);
  });
});
