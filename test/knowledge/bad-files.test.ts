import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  formatProblem,
  type KnowledgeProblem,
  loadKnowledgeDir,
  parseKnowledgeFiles,
} from "../../src/knowledge/load.js";
import { cleanupDirs, knowledgeDir, lineOf, VALID_YAML, validWith } from "./helpers.js";

afterEach(cleanupDirs);

/** Loads one file and returns its problems; the load must fail. */
function problemsOf(content: string | Uint8Array, name = "berkas.yaml"): KnowledgeProblem[] {
  const result = loadKnowledgeDir(knowledgeDir({ [name]: content }));
  if (result.ok) throw new Error("expected the load to fail");
  return result.problems;
}

/** Every message is one readable Indonesian line with a location and a hint, never a stack trace. */
function expectClear(p: KnowledgeProblem, file = "berkas.yaml") {
  expect(p.file.endsWith(file)).toBe(true);
  expect(p.line).toBeGreaterThanOrEqual(1);
  expect(p.column).toBeGreaterThanOrEqual(1);
  expect(p.hint, `hint for: ${p.message}`).toBeTruthy();
  const text = formatProblem(p);
  expect(text).toMatch(new RegExp(`${file.replace(".", "\\.")}:${p.line}:${p.column}: (galat|peringatan): `));
  expect(text).not.toMatch(/\n\s+at |Error:|undefined|\[object|YAML(Parse)?Error/);
}

describe("bad knowledge files give one clear message, never a crash", () => {
  it("empty file", () => {
    const [p, ...rest] = problemsOf("");
    expect(rest).toEqual([]);
    expect(p?.message).toMatch(/berkas kosong/);
    expectClear(p as KnowledgeProblem);
  });

  it("file with only comments and blank lines", () => {
    const [p, ...rest] = problemsOf("# belum diisi\n\n   \n# nanti\n");
    expect(rest).toEqual([]);
    expect(p?.message).toMatch(/berkas kosong/);
  });

  it("BOM: accepted, with a warning", () => {
    const dir = knowledgeDir({ "berkas.yaml": `\uFEFF${VALID_YAML}` });
    const result = loadKnowledgeDir(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.knowledge.entries).toHaveLength(3);
    const bom = result.warnings.filter((w) => /BOM/.test(w.message));
    expect(bom).toHaveLength(1);
    expectClear(bom[0] as KnowledgeProblem);
  });

  it("BOM does not shift the locations of later problems", () => {
    const bad = validWith("date: 2026-01-13", "date: 2026-02-31");
    const [p] = problemsOf(`\uFEFF${bad}`).filter((x) => x.severity === "error");
    expect(p?.line).toBe(lineOf(bad, "2026-02-31"));
  });

  it("tab used as indentation: located at the tab", () => {
    const content = validWith("    topic: Sektor kerja sama", "\ttopic: Sektor kerja sama");
    const problems = problemsOf(content);
    expect(problems).toHaveLength(1);
    const p = problems[0] as KnowledgeProblem;
    expect(p.message).toMatch(/tab/);
    expect(p.hint).toMatch(/spasi/);
    expect(p.line).toBe(lineOf(content, "\ttopic: Sektor"));
    expect(p.column).toBe(1);
    expectClear(p);
  });

  it("a tab inside a value is fine", () => {
    const result = loadKnowledgeDir(
      knowledgeDir({ "a.yaml": validWith("topic: Sektor kerja sama", "topic: Sektor\tkerja sama") }),
    );
    expect(result.ok).toBe(true);
  });

  it("CRLF line endings load, and problems keep the right line numbers", () => {
    const crlf = VALID_YAML.replace(/\n/g, "\r\n");
    const ok = loadKnowledgeDir(knowledgeDir({ "berkas.yaml": crlf }));
    expect(ok.ok).toBe(true);
    const bad = validWith("date: 2026-01-13", "date: 2026-02-30").replace(/\n/g, "\r\n");
    const [p, ...rest] = problemsOf(bad);
    expect(rest).toEqual([]);
    expect(p?.line).toBe(lineOf(bad, "2026-02-30"));
    expect(p?.message).not.toMatch(/\r/);
  });

  it("duplicate key in one entry", () => {
    const content = validWith(
      "    topic: Sektor kerja sama\n",
      "    topic: Sektor kerja sama\n    topic: Sektor lagi\n",
    );
    const problems = problemsOf(content);
    expect(problems).toHaveLength(1);
    const p = problems[0] as KnowledgeProblem;
    expect(p.message).toMatch(/ditulis dua kali/);
    expect(p.line).toBe(lineOf(content, "topic: Sektor lagi"));
    expectClear(p);
  });

  it("wrong types: a list where text is expected, text where a list is expected, text for a year", () => {
    const content = validWith("    answers: [list]", "    answers: list")
      .replace("    topic: Sektor kerja sama", "    topic: [Sektor, kerja sama]")
      .replace("          date: 2026-01-13", "          date: 20260113");
    const problems = problemsOf(content);
    expect(problems).toHaveLength(3);
    for (const p of problems) expectClear(p);
    const byLine = new Map(problems.map((p) => [p.line, p.message]));
    expect(byLine.get(lineOf(content, "answers: list"))).toMatch(
      /butir "sektor", answers: answers harus berupa daftar/,
    );
    expect(byLine.get(lineOf(content, "topic: [Sektor"))).toMatch(/topik harus berupa teks/);
    expect(byLine.get(lineOf(content, "date: 20260113"))).toMatch(/tanggal harus ditulis TTTT-BB-HH/);
  });

  it("missing fields: named, located at the entry, with a hint", () => {
    const content = validWith(
      "    answer: Sektornya antara lain tata kelola pemerintahan, ekonomi dan UMKM, serta pariwisata.\n",
      "",
    ).replace("        speaker: Maidi\n", "");
    const problems = problemsOf(content);
    expect(problems.map((p) => p.message).sort()).toEqual([
      'butir "penandatangan", quotes[1].speaker: pembicara kutipan (speaker) belum diisi',
      'butir "sektor", answer: jawaban (answer) belum diisi',
    ]);
    for (const p of problems) expectClear(p);
    const speaker = problems.find((p) => /speaker/.test(p.message));
    expect(speaker?.line).toBe(lineOf(content, "- text: Sinergi"));
  });

  it("a 5 MB file is refused before parsing", () => {
    const big = `${VALID_YAML}\n${"# isi\n".repeat((5 * 1024 * 1024) / 6)}`;
    const problems = problemsOf(big);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/terlalu besar \(5\.0 MB, batasnya 1 MB\)/);
    expectClear(problems[0] as KnowledgeProblem);
  });

  it("non-UTF-8 bytes: located at the first bad byte", () => {
    const text = validWith("Media Uji", "Media Uji XXX");
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf("XXX");
    bytes[at] = 0xe9; // "é" in Latin-1
    const problems = problemsOf(bytes);
    expect(problems).toHaveLength(1);
    const p = problems[0] as KnowledgeProblem;
    expect(p.message).toMatch(/bukan teks UTF-8.*0xe9/);
    expect(p.line).toBe(lineOf(text, "Media Uji XXX"));
    expect(p.column).toBe((text.split("\n")[p.line - 1] ?? "").indexOf("XXX") + 1);
    expectClear(p);
  });

  it("UTF-16 (Notepad 'Unicode') is named as such", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID_YAML, "utf16le")]);
    const problems = problemsOf(bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/UTF-16/);
    expectClear(problems[0] as KnowledgeProblem);
  });

  it("not YAML at all: prose notes, HTML, a JSON list, a binary image", () => {
    const cases: Record<string, string | Uint8Array> = {
      "catatan.yaml":
        "Catatan rapat: kerja sama dibahas lagi minggu depan.\nPeserta: Dinas Kominfo, Bappeda\nLalu ada lagi",
      "halaman.yaml": "<html><body><h1>Kerja sama</h1></body></html>",
      "daftar.yaml": '["satu", "dua"]',
      "gambar.yaml": Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    };
    for (const [name, content] of Object.entries(cases)) {
      const problems = problemsOf(content, name);
      expect(problems, name).toHaveLength(1);
      expect(problems[0]?.message, name).toMatch(/bukan berkas pengetahuan|bukan teks/);
      expectClear(problems[0] as KnowledgeProblem, name);
    }
  });

  it("broken YAML syntax in a knowledge file: one message per line, in Indonesian", () => {
    const content = validWith("    topic: Sektor kerja sama", '    topic: "Sektor kerja sama');
    const problems = problemsOf(content);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(new Set(problems.map((p) => p.line)).size).toBe(problems.length);
    for (const p of problems) {
      expectClear(p);
      expect(p.message).not.toMatch(/[Ii]mplicit|must|expected/);
    }
  });

  it("a misspelt key gets a did-you-mean hint at the key", () => {
    const content = validWith(
      "    keywords: [sektor, bidang, umkm, pariwisata]",
      "    kewords: [sektor, bidang]",
    );
    const problems = problemsOf(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('butir "sektor": kolom tidak dikenal: kewords');
    expect(problems[0]?.hint).toBe('mungkin maksudnya "keywords"?');
    expect(problems[0]?.line).toBe(lineOf(content, "kewords"));
    expect(problems[0]?.column).toBe(5);
  });

  it("problems in several files are all reported in one run, sorted by file", () => {
    const dir = knowledgeDir({
      "a.yaml": VALID_YAML,
      "b.yaml": "",
      "c.yaml": "Bukan YAML: sama sekali\nhalo",
    });
    const result = loadKnowledgeDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.file.split("/").pop())).toEqual(["b.yaml", "c.yaml"]);
  });

  it("a broken entries file is not reported as 'no entries' in the file beside it (tolak.yaml)", () => {
    const dir = knowledgeDir({
      "a.yaml": VALID_YAML.replace("answers: [date, relative]", "answers: [date, jumlah]"),
      "tolak.yaml": "tolak:\n  - Siapa wali kota Surabaya?\n",
    });
    const result = loadKnowledgeDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message).join("\n")).not.toContain("tidak ada satu pun butir");
    expect(result.problems.every((p) => p.file.endsWith("a.yaml"))).toBe(true);
  });

  it("a missing folder or a folder without .yaml files", () => {
    const missing = loadKnowledgeDir("/nonexistent/knowledge-dir");
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.problems[0]?.message).toMatch(
        /folder pengetahuan tidak bisa dibaca \(tidak ditemukan\)/,
      );
    const empty = loadKnowledgeDir(knowledgeDir({ "README.txt": "hai" }));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.message).toMatch(/tidak ada berkas \.yaml/);
  });

  it("editor leftovers (hidden, backup, lock files) are ignored", () => {
    const dir = knowledgeDir({
      "kerja-sama.yaml": VALID_YAML,
      ".kerja-sama.yaml.swp": "\u0000binary",
      "kerja-sama.yaml~": "rusak: [",
      "#kerja-sama.yaml#": "rusak: [",
    });
    const result = loadKnowledgeDir(dir);
    expect(result.ok).toBe(true);
  });
});

describe("any damaged file gets located, hinted, Indonesian messages (property)", () => {
  const lines = VALID_YAML.split("\n");
  const junk = fc.constantFrom(
    "\t",
    ":",
    "- ",
    "  ",
    '"',
    "[",
    "}",
    "&a",
    "*b",
    "---",
    "?",
    "#",
    "x: y: z",
    "\u00e9",
    "%YAML 9",
  );
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat(lines.length - 1) }),
    fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(lines.length - 1) }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(lines.length - 1),
      text: junk,
      col: fc.nat(12),
    }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat(VALID_YAML.length) }),
  );

  type Mutation = {
    kind: "delete" | "duplicate" | "insert" | "truncate";
    at: number;
    text?: string;
    col?: number;
  };
  function apply(text: string, m: Mutation): string {
    if (m.kind === "truncate") return text.slice(0, Math.min(m.at, text.length));
    const out = text.split("\n");
    const at = Math.min(m.at, out.length - 1);
    if (m.kind === "delete") out.splice(at, 1);
    else if (m.kind === "duplicate") out.splice(at, 0, out[at] ?? "");
    else {
      const line = out[at] ?? "";
      out[at] = line.slice(0, m.col) + (m.text ?? "") + line.slice(m.col);
    }
    return out.join("\n");
  }

  it("never throws; every problem has a position inside the file, a hint, and no parser English", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        let text = VALID_YAML;
        for (const m of ms) text = apply(text, m as Mutation);
        const result = parseKnowledgeFiles([{ path: "k.yaml", content: text }]);
        const problems = result.ok ? result.warnings : result.problems;
        const lineCount = text.split("\n").length;
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.hint, p.message).toBeTruthy();
          expect(p.message).not.toMatch(/Invalid input|expected|must|Implicit|Unexpected|Nested|undefined/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
