import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrateKnowledgeText } from "../../src/cli/knowledge-migrate.js";
import { createEngine } from "../../src/engine/index.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { VALID_YAML, validWith } from "./helpers.js";

/** Issue 11: format additions stay backward compatible, rules are visible, value errors say what to do. */
const SHIPPED_PATH = join(import.meta.dirname, "..", "..", "knowledge", "kerja-sama-madiun-kediri.yaml");
const SHIPPED = readFileSync(SHIPPED_PATH, "utf8");
const NOW = { now: new Date("2026-11-28T05:00:00Z") };

const load = (content: string, extra: Record<string, string> = {}) =>
  parseKnowledgeFiles([
    { path: "k.yaml", content },
    ...Object.entries(extra).map(([path, c]) => ({ path, content: c })),
  ]);

const ENTRY = (fields: string) => `entries:
  - id: festival
    topic: Festival kuliner
    answer: Festival kuliner diikuti 120 stan dan diselenggarakan Dinas Koperasi Kota Madiun.
    source: berita-uji
    questions:
      - Berapa jumlah stan festival kuliner?
${fields}`;

describe("knowledge format", () => {
  it("migrating the shipped file keeps every value: same version and same answers", () => {
    const before = load(SHIPPED);
    const after = load(migrateKnowledgeText(SHIPPED));
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.knowledge.version).toBe(before.knowledge.version);
    expect(after.knowledge.entries.map((e) => e.answer)).toEqual(
      before.knowledge.entries.map((e) => e.answer),
    );
    expect(migrateKnowledgeText(SHIPPED)).toContain("amount     jumlah/angka");
    // An old header (as shipped before this format) is replaced; running it twice changes nothing more.
    const old = `# Judul\n# - "answers": date, place.\n\n${SHIPPED.slice(SHIPPED.indexOf("sources:"))}`;
    const migrated = migrateKnowledgeText(old);
    expect(migrated.startsWith("# Judul\n")).toBe(true);
    expect(migrateKnowledgeText(migrated)).toBe(migrated);
  });

  it("a number where text is expected says to put it in quotes", () => {
    const r = load(validWith("keywords: [kapan, tanggal, diteken]", "keywords: [kapan, 120, diteken]"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.message).toContain('kata kunci harus berupa teks: tulis "120" dengan tanda kutip');
    expect(r.problems[0]?.hint).toContain('"120"');
  });

  it("an unknown answer type lists the valid ones with one line each", () => {
    const r = load(validWith("answers: [date, relative]", "answers: [date, berapa]"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.message).toContain('jenis pertanyaan "berapa" tidak dikenal');
    expect(r.problems[0]?.hint).toContain('amount = jumlah/angka: "berapa harganya?"');
    expect(r.problems[0]?.hint).toContain("person = orang, kantor atau lembaga");
    // One line each, and the type staff most likely meant first.
    expect(r.problems[0]?.hint).toMatch(/^tulis amount \(bukan "berapa"\)/);
    expect(r.problems[0]?.hint?.split("\n").filter((l) => / = /.test(l))).toHaveLength(13);
    const typo = load(validWith("answers: [date, relative]", "answers: [date, relatve]"));
    expect(typo.ok ? "" : typo.problems[0]?.hint).toMatch(/^tulis relative \(bukan "relatve"\)/);
  });

  it("answer types come from the facts when not given: number -> amount, organisation -> person", () => {
    const r = load(VALID_YAML, {
      "f.yaml": ENTRY(`    facts:
      numbers:
        - label: jumlah stan
          value: 120
          unit: stan
      organisations: [Dinas Koperasi Kota Madiun]
    keywords: [penyelenggara]
`),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const festival = r.knowledge.entries.find((e) => e.id === "festival");
    expect(festival?.answers).toEqual(["person", "amount"]);
    const engine = createEngine(r.knowledge);
    expect(engine.answer("Berapa jumlah stan festival kuliner?", NOW).entryIds[0]).toBe("festival");
    expect(engine.answer("Siapa penyelenggara festival kuliner?", NOW).entryIds[0]).toBe("festival");
  });

  it("a word on the out-of-scope list is known once it is in an entry's keywords (not only in answers)", () => {
    const entry = (keywords: string) => ({
      "f.yaml": `entries:
  - id: festival
    topic: Festival kuliner
    answer: Festival kuliner di Kediri terbuka untuk umum.
    source: berita-uji
    questions:
      - Apa itu festival kuliner?
    keywords: [${keywords}]
`,
    });
    const without = load(VALID_YAML, entry("festival, kuliner"));
    const withKeyword = load(VALID_YAML, entry("festival, kuliner, harga"));
    if (!without.ok || !withKeyword.ok) throw new Error("fixture invalid");
    const q = "festival kuliner harga";
    expect(createEngine(without.knowledge).answer(q, NOW).unknownTerms).toContain("harga");
    expect(createEngine(withKeyword.knowledge).answer(q, NOW).unknownTerms).not.toContain("harga");
  });

  it("{label} in an answer shows the fact; an unknown label is an error listing the labels there are", () => {
    const bad = load(
      validWith(
        "answer: Kerja sama ditandatangani pada Selasa, 13 Januari 2026, di Balai Kota Kediri.",
        "answer: Kerja sama ditandatangani pada {tanggal}, di Balai Kota Kediri.",
      ),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems[0]?.message).toContain("jawaban memakai {tanggal}");
      expect(bad.problems[0]?.hint).toContain("tulis salah satu label yang ada: {penandatanganan}");
    }
    const r = load(
      validWith(
        "answer: Kerja sama ditandatangani pada Selasa, 13 Januari 2026, di Balai Kota Kediri.",
        "answer: Kerja sama ditandatangani pada {penandatanganan}, di Balai Kota Kediri.",
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.knowledge.entries[0]?.answer).toBe(
      "Kerja sama ditandatangani pada Selasa, 13 Januari 2026, di Balai Kota Kediri.",
    );
  });
});

describe("tolak", () => {
  it("a must-decline question that is also an entry's example question is an error naming both places", () => {
    const r = load(VALID_YAML, { "tolak.yaml": 'tolak:\n  - "Apa saja sektor kerja samanya?"\n' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: "tolak.yaml", line: 2 });
    expect(r.problems[0]?.message).toMatch(/juga contoh pertanyaan butir "sektor" \(k\.yaml:\d+\)/);
  });
});
