import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import type { Answer, Engine } from "../../src/engine/types.js";
import { type KnowledgeProblem, loadKnowledgeDir, parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { checkRetrieval, impossibleDate } from "../../src/knowledge/validate.js";
import { cleanupDirs, FIXTURE_DIR, lineOf, VALID_YAML, validWith } from "./helpers.js";

afterEach(cleanupDirs);

const NOW = { now: new Date("2026-11-28T05:00:00Z") };

function load(files: Record<string, string>) {
  return parseKnowledgeFiles(Object.entries(files).map(([path, content]) => ({ path, content })));
}

function errorsOf(files: Record<string, string>): KnowledgeProblem[] {
  const r = load(files);
  if (r.ok) throw new Error("expected errors");
  return r.problems.filter((p) => p.severity === "error");
}

/** A second file with one more entry, citing the source of the first file. */
const extraEntry = (id: string, question: string, keywords = "[anggaran]") => `entries:
  - id: ${id}
    topic: Tambahan
    answer: Jawaban tambahan.
    source: berita-uji
    answers: [definition]
    questions:
      - ${question}
    keywords: ${keywords}
`;

describe("meaning checks across merged files", () => {
  it("the valid fixture and the shipped knowledge have no errors", () => {
    expect(load({ "a.yaml": VALID_YAML }).ok).toBe(true);
    expect(loadKnowledgeDir("knowledge").ok).toBe(true);
  });

  it("entries in a second file cite a source from the first and merge into one knowledge", () => {
    const r = load({ "a.yaml": VALID_YAML, "b.yaml": extraEntry("anggaran", "Berapa anggaran kerja sama?") });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.knowledge.entries.map((e) => e.id)).toContain("anggaran");
    expect(r.knowledge.files).toEqual(["a.yaml", "b.yaml"]);
    const e = r.knowledge.entries.find((x) => x.id === "anggaran");
    expect(e?.source.outlet).toBe("Media Uji");
    expect(e?.location).toEqual({ file: "b.yaml", line: 2 });
  });

  it("duplicate entry id in another file: error at the second id, naming the first", () => {
    const [p, ...rest] = errorsOf({
      "a.yaml": VALID_YAML,
      "b.yaml": extraEntry("sektor", "Berapa anggarannya?"),
    });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: "b.yaml", line: 2, column: 9 });
    expect(p?.message).toBe(
      `id "sektor" sudah dipakai butir lain (a.yaml:${lineOf(VALID_YAML, "id: sektor")})`,
    );
    expect(p?.hint).toBeTruthy();
  });

  it("empty answer (blank or only spaces)", () => {
    const blank = validWith(
      "answer: Sektornya antara lain tata kelola pemerintahan, ekonomi dan UMKM, serta pariwisata.",
      'answer: "   "',
    );
    const [p] = errorsOf({ "a.yaml": blank });
    expect(p?.message).toBe('butir "sektor", answer: jawaban (answer) tidak boleh kosong');
    expect(p?.line).toBe(lineOf(blank, 'answer: "   "'));
  });

  it("impossible dates: 31 February, month 13, 29 February in a non-leap year", () => {
    expect(impossibleDate("2026-02-31")).toBe("Februari 2026 hanya sampai tanggal 28");
    expect(impossibleDate("2026-13-01")).toMatch(/bulan 13 tidak ada/);
    expect(impossibleDate("2027-02-29")).toBe("Februari 2027 hanya sampai tanggal 28");
    expect(impossibleDate("2028-02-29")).toBeUndefined();
    expect(impossibleDate("2026-04-31")).toBe("April 2026 hanya sampai tanggal 30");
    expect(impossibleDate("2026-01-00")).toBeDefined();
    const content = validWith("date: 2026-01-13", "date: 2026-02-31").replace(
      "    date: 2026-01-14\n",
      "    date: 2026-13-14\n",
    );
    const problems = errorsOf({ "a.yaml": content });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [
        lineOf(content, "2026-13-14"),
        'tanggal "2026-13-14" tidak ada di kalender: bulan 13 tidak ada (bulan 01 sampai 12)',
      ],
      [
        lineOf(content, "2026-02-31"),
        'butir "tanggal-penandatanganan": tanggal "2026-02-31" tidak ada di kalender: Februari 2026 hanya sampai tanggal 28',
      ],
    ]);
  });

  it("quote without speaker is an error; a quote without date is allowed, an impossible date is not", () => {
    const noSpeaker = validWith("        speaker: Maidi\n", "");
    expect(errorsOf({ "a.yaml": noSpeaker }).map((p) => p.message)).toEqual([
      'butir "penandatangan", quotes[1].speaker: pembicara kutipan (speaker) belum diisi',
    ]);
    // A quote the source does not date is written without a date (nothing invented).
    const noDate = validWith("        date: 2026-01-14\n", "");
    expect(load({ "a.yaml": noDate }).ok).toBe(true);
    const badDate = validWith("        date: 2026-01-14\n", "        date: 2026-02-31\n");
    const [p] = errorsOf({ "a.yaml": badDate });
    expect(p?.message).toMatch(/quotes|tanggal "2026-02-31"/);
    expect(p?.hint).toMatch(/TTTT-BB-HH/);
    const emptySpeaker = validWith("        speaker: Maidi\n", "        speaker:\n");
    expect(errorsOf({ "a.yaml": emptySpeaker })[0]?.message).toMatch(/speaker\)? belum diisi/);
  });

  it("an alternate question claimed by two entries is an error (punctuation and case ignored)", () => {
    const problems = errorsOf({
      "a.yaml": VALID_YAML,
      "b.yaml": extraEntry("ulang", "apa saja SEKTOR kerja samanya"),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      `butir "ulang": pertanyaan "apa saja SEKTOR kerja samanya" juga ada di butir "sektor" (a.yaml:${lineOf(VALID_YAML, "Apa saja sektor kerja samanya?")})`,
    );
    expect(problems[0]).toMatchObject({ file: "b.yaml", line: 8 });
  });

  it("a source id or party key declared twice across files is an error naming the first", () => {
    const head = VALID_YAML.slice(0, VALID_YAML.indexOf("\nentries:"));
    const problems = errorsOf({ "a.yaml": VALID_YAML, "b.yaml": `${head}\nentries: []\n` });
    expect(problems.map((p) => p.message)).toEqual([
      `sumber "berita-uji" ditulis dua kali (pertama di a.yaml:${lineOf(VALID_YAML, "id: berita-uji")})`,
      `pihak "madiun" ditulis dua kali (pertama di a.yaml:${lineOf(VALID_YAML, "key: madiun")})`,
      `pihak "kediri" ditulis dua kali (pertama di a.yaml:${lineOf(VALID_YAML, "key: kediri")})`,
    ]);
    expect(problems[0]).toMatchObject({ file: "b.yaml", line: lineOf(head, "id: berita-uji") });
  });

  it("a keyword claimed by two entries is a warning; loading still succeeds", () => {
    const r = load({
      "a.yaml": VALID_YAML,
      "b.yaml": extraEntry("anggaran", "Berapa anggaran kerja sama?", "[anggaran, UMKM]"),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.filter((x) => /kata kunci/.test(x.message));
    expect(w).toHaveLength(1);
    expect(w[0]?.message).toMatch(/butir "anggaran": kata kunci "UMKM" juge?a? dipakai butir "sektor"/);
    expect(w[0]).toMatchObject({ severity: "warning", file: "b.yaml", line: 9 });
  });

  it("a keyword shared by many entries is one warning that counts the others", () => {
    const r = load({
      "a.yaml": VALID_YAML,
      "b.yaml": extraEntry("anggaran", "Berapa anggaran kerja sama?", "[anggaran, UMKM]"),
      "c.yaml": extraEntry("pelatihan", "Ada pelatihan UMKM?", "[pelatihan, UMKM]"),
      "d.yaml": extraEntry("pasar", "Pasar UMKM di mana?", "[pasar, umkm]"),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.filter((x) => /kata kunci/.test(x.message));
    expect(w).toHaveLength(1);
    expect(w[0]?.message).toMatch(
      /butir "anggaran": kata kunci "UMKM" juga dipakai butir "sektor" \(a\.yaml:\d+\) dan 2 butir lain$/,
    );
    expect(w[0]).toMatchObject({ file: "b.yaml", line: 9 });
  });

  it("unknown source, unknown party, dangling related", () => {
    const content = validWith(
      "    source: berita-uji\n    answers: [list]",
      "    source: berita-lain\n    answers: [list]",
    )
      .replace("          party: kediri", "          party: surabaya")
      .replace(
        "    keywords: [kapan, tanggal, diteken]",
        "    keywords: [kapan, tanggal, diteken]\n    related: [tidak-ada]",
      );
    const r = load({ "a.yaml": content });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.problems.map((p) => `${p.severity}: ${p.message}`);
    expect(messages).toContain('error: butir "sektor": sumber "berita-lain" tidak ada di daftar sources');
    expect(messages).toContain('error: butir "penandatangan": pihak "surabaya" tidak ada di parties');
    expect(messages).toContain(
      'warning: butir "tanggal-penandatanganan": related menyebut id "tidak-ada" yang tidak ada',
    );
  });

  it("version: a content hash that ignores comments and changes with content", () => {
    const a = load({ "a.yaml": VALID_YAML });
    const b = load({ "a.yaml": `# komentar baru\n${VALID_YAML}` });
    const c = load({ "a.yaml": validWith("Media Uji", "Media Lain") });
    if (!a.ok || !b.ok || !c.ok) throw new Error("fixture must load");
    expect(a.knowledge.version).toMatch(/^[0-9a-f]{12}$/);
    expect(b.knowledge.version).toBe(a.knowledge.version);
    expect(c.knowledge.version).not.toBe(a.knowledge.version);
  });
});

describe("alternate questions as a regression test", () => {
  it("the real engine retrieves every question of the fixture from its own entry", () => {
    const r = loadKnowledgeDir(FIXTURE_DIR);
    if (!r.ok) throw new Error("fixture must load");
    const report = checkRetrieval(r.knowledge, createEngine(r.knowledge), NOW, r.positions);
    expect(report.total).toBe(6);
    expect(report.correct).toBe(6);
    expect(report.accuracy).toBe(1);
  });

  it("a question that retrieves another entry is reported at its own line, with the accuracy", () => {
    // A signing-date question placed under "sektor" is answered by a signing entry, not by "sektor".
    const content = validWith(
      "      - Bidang apa saja yang dicakup?",
      "      - Kapan kesepakatan kerja sama diteken?",
    );
    const r = load({ "a.yaml": content });
    if (!r.ok) throw new Error("must load");
    const report = checkRetrieval(r.knowledge, createEngine(r.knowledge), NOW, r.positions);
    expect(report.total).toBe(6);
    expect(report.correct).toBe(5);
    expect(report.accuracy).toBeCloseTo(5 / 6);
    expect(report.misses).toHaveLength(1);
    expect(report.misses[0]).toMatchObject({
      entryId: "sektor",
      question: "Kapan kesepakatan kerja sama diteken?",
      got: expect.stringMatching(/^dijawab butir "(tanggal-penandatanganan|penandatangan)"$/),
      file: "a.yaml",
      line: lineOf(content, "Kapan kesepakatan kerja sama diteken?"),
      column: 9,
    });
    expect(report.problems[0]?.severity).toBe("warning");
  });

  it("declines and clarifications count as misses and say what happened", () => {
    const r = load({ "a.yaml": VALID_YAML });
    if (!r.ok) throw new Error("must load");
    const base = createEngine(r.knowledge);
    const fake: Pick<Engine, "answer"> = {
      answer(q, o): Answer {
        const a = base.answer(q, o);
        if (/tanda tangan/.test(q)) return { ...a, kind: "decline", answered: false, entryIds: [] };
        if (/Bidang/.test(q))
          return {
            ...a,
            kind: "clarify",
            answered: false,
            entryIds: [],
            choices: [
              { entryId: "sektor", question: "x" },
              { entryId: "penandatangan", question: "y" },
            ],
          };
        return a;
      },
    };
    const report = checkRetrieval(r.knowledge, fake, NOW, r.positions);
    expect(report.misses.map((m) => m.got)).toEqual([
      "bot bertanya balik (sektor / penandatangan)",
      "ditolak (bot menjawab tidak tahu)",
    ]);
  });
});

describe("a target's owner", () => {
  const shipped = readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8");
  it("may be left out (a target both parties share, or whose owner the news does not name)", () => {
    const without = shipped.replace(/\n {10}owner: madiun/, "");
    expect(without).not.toBe(shipped);
    const r = load({ "k.yaml": without });
    expect(r.ok, JSON.stringify(r.ok ? [] : r.problems)).toBe(true);
    if (r.ok)
      expect(r.knowledge.entries.flatMap((e) => e.facts.targets).some((t) => t.owner === undefined)).toBe(
        true,
      );
  });
  it("when given, must be a party key", () => {
    const errors = errorsOf({
      "k.yaml": shipped.replace(/\n {10}owner: madiun/, "\n          owner: surabaya"),
    });
    expect(errors.map((e) => e.message).join("\n")).toMatch(/surabaya/);
  });
});
