import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import type { Answer } from "../../src/engine/types.js";
import { explainMiss, type MissInput } from "../../src/knowledge/explain.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { PARKIR_ENTRY, PARKIR_QUESTION, VALID_YAML } from "./helpers.js";

/** Issue 11: every miss gets its reason and a fix that was tried on a copy of the knowledge. */
const OPTIONS = { now: new Date("2026-11-28T05:00:00Z") };

/** `question` asked of a fresh engine over `k` at the fixed clock: the engine and its answer. */
function ask(k: Knowledge, question: string) {
  const engine = createEngine(k);
  return { engine, answer: engine.answer(question, OPTIONS) };
}

/** explainMiss over `k` at the fixed clock, its candidate fixes tried on engines built by createEngine. */
function explainTried(
  k: Knowledge,
  question: string,
  answer: Answer,
  miss: Omit<MissInput, "question" | "answer" | "knowledge" | "options" | "build">,
) {
  return explainMiss({ question, answer, knowledge: k, options: OPTIONS, build: createEngine, ...miss });
}

function knowledgeWith(entry: string) {
  const r = parseKnowledgeFiles([
    { path: "k.yaml", content: VALID_YAML },
    { path: "f.yaml", content: `entries:\n${entry}` },
  ]);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r.knowledge;
}

describe("explainMiss", () => {
  it("a question of question words only, with several entries of that type: names them; a team question is not to be deleted from an entry", () => {
    const k = knowledgeWith(`  - id: pameran
    topic: Pameran kerajinan
    answer: Pameran kerajinan kerja sama kedua kota dibuka pada 2 Februari 2026 di Balai Kota Kediri.
    source: berita-uji
    facts:
      dates:
        - label: pembukaan pameran
          date: 2026-02-02
    questions:
      - Kapan pameran kerajinan dibuka?
    keywords: [pameran, kerajinan]
`);
    const question = "kapan?";
    const { answer } = ask(k, question);
    expect(answer.kind).not.toBe("answer");
    const e = explainTried(k, question, answer, {
      expected: "tanggal-penandatanganan",
      ownQuestion: false,
      mustDecline: false,
    });
    expect(e.why).toMatch(
      /hanya berisi kata tanya \("date"\), dan \d+ butir menjawab jenis itu \(.*"pameran"/,
    );
    expect(e.fix).not.toMatch(/hapus pertanyaan ini dari questions/);
  });

  it("a 'kapan' question declined because the entry does not answer dates: says so, and the tried fix works", () => {
    const k = knowledgeWith(`  - id: pameran
    topic: Pameran kerajinan
    answer: Pameran kerajinan dibuka pada 2 Februari 2026 di Balai Kota Kediri.
    source: berita-uji
    answers: [definition]
    questions:
      - Apa itu pameran kerajinan?
    keywords: [pameran, kerajinan]
`);
    const question = "Kapan pameran kerajinan dibuka?";
    const { engine, answer } = ask(k, question);
    expect(answer.kind).toBe("decline");
    const e = explainTried(k, question, answer, { expected: "pameran", mustDecline: false, engine });
    expect(e.why).toBe(
      'Sebab: pertanyaan ini berjenis "date", tetapi butir "pameran" hanya menjawab "definition".',
    );
    expect(e.fix).toBe(
      'tambahkan "date" ke answers butir "pameran" (sudah dicoba: setelah itu pertanyaan ini dijawab butir "pameran")',
    );
    expect(e.verified).toBe(true);
  });

  it("a must-decline question taken through a keyword names it, and removing it is tried and works", () => {
    const k = knowledgeWith(PARKIR_ENTRY);
    const question = PARKIR_QUESTION;
    const { engine, answer } = ask(k, question);
    expect(answer.entryIds[0]).toBe("pameran");
    const e = explainTried(k, question, answer, { mustDecline: true, engine });
    expect(e.why).toContain('butir "pameran" menang karena sama-sama memuat "parkir" (kata kunci "parkir")');
    expect(e.fix).toBe(
      'hapus kata kunci "parkir" dari butir "pameran" (sudah dicoba: setelah itu pertanyaan ini ditolak; akibatnya kata "parkir" tidak dikenal bot lagi, jadi pertanyaan warga yang memakainya juga ditolak)',
    );
    expect(e.verified).toBe(true);
  });

  it("without an engine builder the fix is offered as a thing to try, not as tried", () => {
    const k = knowledgeWith(PARKIR_ENTRY);
    const question = PARKIR_QUESTION;
    const { answer } = ask(k, question);
    const e = explainMiss({ question, answer, knowledge: k, mustDecline: true, options: OPTIONS });
    expect(e).toMatchObject({
      verified: false,
      fix: expect.stringMatching(/^coba: hapus kata kunci "parkir" dari butir "pameran"/),
    });
  });
});

describe("explainMiss keeps its advice to the files the edit touched", () => {
  it("never asks to edit an entry of another file; names the word as staff wrote it and its field", () => {
    const k = knowledgeWith(`  - id: kepala-dinas
    topic: Kepala dinas
    answer: Kepala dinas lingkungan hidup adalah Agus.
    source: berita-uji
    questions:
      - Siapa kepala dinas lingkungan hidup?
    keywords: [agus, kepala, jabatan]
`);
    const question = "Agus menjabat apa?";
    const { engine, answer } = ask(k, question);
    expect(answer.entryIds[0]).toBe("kepala-dinas");
    const shippedIds = new Set(k.entries.filter((e) => e.location.file === "k.yaml").map((e) => e.id));
    const e = explainTried(k, question, answer, {
      mustDecline: true,
      engine,
      editable: (id) => !shippedIds.has(id),
    });
    // The staff's own keyword, not the bot's reading of the question word.
    // ... and how the bot reads both, when they differ as written (no hidden synonym).
    expect(e.why).toContain('(kata kunci "jabatan"; bot membaca keduanya sebagai "jabat")');
    for (const id of shippedIds) expect(e.fix).not.toContain(`butir "${id}"`);
  });

  it("with no edited entry involved, the fix touches nothing and says why", () => {
    const k = knowledgeWith(PARKIR_ENTRY);
    const { engine, answer } = ask(k, PARKIR_QUESTION);
    const e = explainTried(k, PARKIR_QUESTION, answer, {
      mustDecline: true,
      engine,
      editable: () => false,
    });
    expect(e.verified).toBe(false);
    expect(e.fix).not.toContain("hapus kata kunci");
    // Nothing of staff's takes part: the advice says plainly that nothing is needed from them.
    expect(e.fix).toContain("tidak ada yang perlu Anda ubah");
    expect(e.actionable).toBe(false);
  });
});
