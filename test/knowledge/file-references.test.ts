import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { readableLabel } from "../../src/knowledge/build.js";
import {
  expandReferences,
  fileReferenceValues,
  referenceValues,
  withFileReferences,
} from "../../src/knowledge/facts.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { checkRetrieval, missingAskedNumber } from "../../src/knowledge/validate.js";
import { VALID_YAML } from "./helpers.js";

/** Issue 11 (bank-sampah role-play): `{label}` across one file's entries, units not repeated, labels as words. */
const NOW = { now: new Date("2026-11-29T05:00:00Z") };

const SECOND = (answer: string) => `sources:
  - id: berita-dua
    outlet: Media Dua
entries:
  - id: pelatihan
    topic: Pelatihan kader
    answer: ${answer}
    source: berita-dua
    questions:
      - Apa itu pelatihan kader?
  - id: jadwal-pelatihan
    topic: Jadwal pelatihan kader
    answer: Pelatihan kader dari {pelatihan-mulai} sampai {pelatihan-selesai}.
    source: berita-dua
    facts:
      dates:
        - label: pelatihan-mulai
          date: 2026-11-17
        - label: pelatihan-selesai
          date: 2026-11-19
      numbers:
        - label: jumlah peserta
          value: 80
          unit: kader
    questions:
      - Kapan pelatihan kader?
`;

const load = (second: string) =>
  parseKnowledgeFiles([
    { path: "k.yaml", content: VALID_YAML },
    { path: "dua.yaml", content: second },
  ]);

describe("fact references", () => {
  it("a label written in one entry's facts is usable in another entry of the same file", () => {
    const r = load(
      SECOND("Pelatihan kader, {pelatihan-mulai} hingga {pelatihan-selesai}, diikuti {jumlah peserta}."),
    );
    expect(r.ok, JSON.stringify(r.ok ? [] : r.problems)).toBe(true);
    if (!r.ok) return;
    const e = r.knowledge.entries.find((x) => x.id === "pelatihan");
    expect(e?.answer).toBe(
      "Pelatihan kader, Selasa, 17 November 2026 hingga Kamis, 19 November 2026, diikuti 80 kader.",
    );
  });

  it("an unknown label is an error that lists the labels of the file and says where to add one", () => {
    const r = load(SECOND("Pelatihan kader dibuka {pembukaan}."));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.message.includes("{pembukaan}"));
    expect(p?.file).toBe("dua.yaml");
    expect(p?.message).toContain("di facts butir mana pun di berkas ini");
    expect(p?.hint).toContain("{pelatihan-mulai}");
    expect(p?.hint).toContain("facts (dates atau numbers) salah satu butir berkas ini");
  });

  it("labels stay within their file: another file's label is not resolved", () => {
    const values = fileReferenceValues([{ dates: [{ label: "a", date: "2026-01-01" }] }]);
    expect(withFileReferences(referenceValues(undefined), values).has("a")).toBe(true);
    const clash = fileReferenceValues([
      { dates: [{ label: "a", date: "2026-01-01" }] },
      { dates: [{ label: "a", date: "2026-02-01" }] },
    ]);
    expect(clash.has("a")).toBe(false);
  });

  it("a number's unit written right after the reference is not repeated ('80 kader', not '80 kader kader')", () => {
    const values = referenceValues({ numbers: [{ label: "jumlah peserta", value: 80, unit: "kader" }] });
    expect(expandReferences("berjumlah {jumlah peserta} kader bank sampah", values)).toBe(
      "berjumlah 80 kader bank sampah",
    );
    expect(expandReferences("berjumlah {jumlah peserta}.", values)).toBe("berjumlah 80 kader.");
    expect(expandReferences("{jumlah peserta} kaderisasi", values)).toBe("80 kader kaderisasi");
  });

  it("a label is shown to citizens as words ('sejak pelatihan mulai', never 'pelatihan-mulai')", () => {
    expect(readableLabel("pelatihan-mulai")).toBe("pelatihan mulai");
    expect(readableLabel("hari_terakhir")).toBe("hari terakhir");
    const r = load(SECOND("Pelatihan kader."));
    if (!r.ok) throw new Error("fixture invalid");
    const a = createEngine(r.knowledge).answer("sudah berapa hari sejak pelatihan kader dimulai?", NOW);
    expect(a.text).not.toContain("pelatihan-mulai");
    expect(a.text).toContain("pelatihan mulai");
  });
});

describe("an example question answered by its own entry with the wrong fact", () => {
  const entry = { facts: { numbers: [{ label: "lama pelatihan", value: 3, unit: "hari" }] } } as Parameters<
    typeof missingAskedNumber
  >[0];
  it("is noticed when the question asks a number by its unit and the answer does not state it", () => {
    expect(
      missingAskedNumber(entry, "pelatihane pirang dino?", "Sudah 12 hari sejak pelatihan mulai."),
    ).toEqual({
      label: "lama pelatihan",
      shown: "3 hari",
    });
    expect(
      missingAskedNumber(entry, "Berapa hari pelatihan berlangsung?", "Berlangsung 3 hari."),
    ).toBeUndefined();
    // Counting from a moment is another question.
    expect(
      missingAskedNumber(entry, "Sudah berapa hari sejak pelatihan selesai?", "Sudah 10 hari."),
    ).toBeUndefined();
  });
  it("becomes a located warning of the check", () => {
    const r = load(SECOND("Pelatihan kader."));
    if (!r.ok) throw new Error("fixture invalid");
    const k = {
      ...r.knowledge,
      entries: r.knowledge.entries.map((e) =>
        e.id === "jadwal-pelatihan"
          ? {
              ...e,
              facts: { ...e.facts, numbers: [{ label: "lama pelatihan", value: 3, unit: "hari" }] },
              questions: ["Berapa hari pelatihan kader?"],
            }
          : e,
      ),
    };
    // An engine that answers with the days since the start, as the bot did before.
    const wrong = {
      answer: (q: string) => ({
        ...createEngine(k).answer(q, NOW),
        text: "Sudah 12 hari sejak pelatihan mulai.",
      }),
    };
    const report = checkRetrieval(k, wrong, NOW);
    expect(report.wrongFacts.map((p) => p.message)).toEqual([
      expect.stringContaining('tidak menyebut fakta "lama pelatihan" (3 hari) yang ditanyakan'),
    ]);
    expect(checkRetrieval(k, createEngine(k), NOW).wrongFacts).toEqual([]);
  });
});
