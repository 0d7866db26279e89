import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../../src/bench/reload.js";
import { createEngine } from "../../src/engine/index.js";
import type { Engine } from "../../src/engine/types.js";
import { affectedQuestions } from "../../src/knowledge/affected.js";
import { questionBank, readQuestionSets } from "../../src/knowledge/behaviour.js";
import { type ChangeReport, checkChange } from "../../src/knowledge/guard.js";
import { type LoadResult, parseKnowledgeFiles } from "../../src/knowledge/load.js";

/**
 * The live reload's behaviour check asks only the bank questions an edit can reach (affected.ts) and
 * takes the rest as unchanged. That is only safe if it finds every change the whole bank finds: for each
 * kind of edit staff make, the narrowed check must report exactly the changes, errors and warnings of the
 * check that asks the whole bank to the old and the new knowledge.
 */
const NOW = new Date("2026-11-28T05:00:00Z");
const SHIPPED = readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8");
const TOLAK = readFileSync("knowledge/tolak.yaml", "utf8");
const SETS = readQuestionSets(["test/engine/questions.tsv"]);

type Files = Record<string, string>;

function load(files: Files): Extract<LoadResult, { ok: true }> {
  const r = parseKnowledgeFiles(Object.entries(files).map(([path, content]) => ({ path, content })));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n"));
  return r;
}

/** What a check reports, in a comparable form. */
function summary(report: ChangeReport): { changes: string[]; errors: string[]; warnings: string[] } {
  return {
    changes: report.behaviour.changes
      .map(
        (c) => `${c.item.question} | ${c.change} | ${c.before.entryId} -> ${c.after.entryId} | ${c.severity}`,
      )
      .sort(),
    errors: report.errors.map((p) => `${p.file}:${p.line} ${p.message}`).sort(),
    warnings: report.warnings.map((p) => `${p.file}:${p.line} ${p.message}`).sort(),
  };
}

/** The whole-bank check and the narrowed one (as the live reload runs it) for one edit. */
function bothChecks(before: Files, after: Files, sets = SETS) {
  const old = load(before);
  const next = load(after);
  const oldEngine: Engine = createEngine(old.knowledge);
  const newEngine = createEngine(next.knowledge);
  const whole = questionBank(newEngine.knowledge, next.positions, sets);
  const options = { now: NOW, sets, positions: next.positions };
  const full = checkChange(oldEngine, newEngine, options);
  const narrowed = affectedQuestions(oldEngine, newEngine, whole, (q) => oldEngine.answer(q, { now: NOW }));
  const incremental = checkChange(oldEngine, newEngine, { ...options, bank: narrowed ?? whole });
  return { full: summary(full), incremental: summary(incremental), narrowed, whole };
}

/** `text` with `replace` applied, failing when the pattern is not found (the edit must be real). */
function edit(text: string, pattern: string | RegExp, replacement: string): string {
  const out = text.replace(pattern, replacement);
  if (out === text) throw new Error(`edit not applied: ${pattern}`);
  return out;
}

const shipped = (text = SHIPPED, more: Files = {}): Files => ({
  "kerja-sama-madiun-kediri.yaml": text,
  "tolak.yaml": TOLAK,
  ...more,
});

const NEW_ENTRY = `
  - id: kerja-sama-baru
    topic: Kerja sama Madiun Kediri
    answer: Kerja sama Madiun Kediri adalah kerja sama antar kota yang baru.
    source: ketik-madiun-kediri
    answers: [definition]
    questions:
      - Apa maksudnya kerja sama baru Madiun Kediri?
    keywords: [kerja sama, madiun, kediri, itu, apa]
`;

const NEW_FILE = `sources:
  - id: dinas-perpustakaan
    outlet: Dinas Perpustakaan Kota Madiun
    date: 2026-02-01

entries:
  - id: jam-buka-perpustakaan
    topic: Jam buka perpustakaan keliling
    answer: Perpustakaan keliling buka setiap hari pukul 08.00 sampai 15.00 WIB di Balai Kota Madiun.
    source: dinas-perpustakaan
    answers: [date, place]
    questions:
      - Jam berapa perpustakaan keliling buka?
      - Di mana perpustakaan keliling mangkal?
    keywords: [perpustakaan, keliling, jam buka, buku]
`;

describe("the narrowed behaviour check finds what the whole bank finds (shipped knowledge)", () => {
  const cases: [string, Files, (r: ReturnType<typeof bothChecks>) => void][] = [
    [
      "an answer text edited (what the reload bench saves)",
      shipped(edit(SHIPPED, "resmi menjalin kerja sama", "Simpan 1. resmi menjalin kerja sama")),
      (r) => expect(r.full.errors).toEqual([]),
    ],
    [
      "a new entry that captures a sample question",
      shipped(edit(SHIPPED, /\nentries:\n/, `\nentries:\n${NEW_ENTRY}`)),
      (r) => expect(r.full.errors.some((e) => e.includes('kini dijawab butir "kerja-sama-baru"'))).toBe(true),
    ],
    [
      "keywords that make an entry answer a must-decline question",
      shipped(edit(SHIPPED, "keywords: [pihak, antara,", "keywords: [bupati, pihak, antara,")),
      (r) => expect(r.full.errors.some((e) => /harus ditolak/.test(e))).toBe(true),
    ],
    [
      "a fact changed while answer texts still hold the old value (stale)",
      shipped(edit(SHIPPED, / {10}date: 2026-01-13/, "          date: 2026-01-15")),
      (r) => expect(r.full.errors.some((e) => e.includes("13 Januari 2026"))).toBe(true),
    ],
    [
      "an entry removed",
      shipped(edit(SHIPPED, /\n {2}- id: fokus-lanjutan\n[\s\S]*?(?=\n {2}- id: )/, "\n")),
      (r) => expect(r.full.changes.length).toBeGreaterThan(0),
    ],
    [
      "a keyword removed and another added",
      shipped(
        edit(
          SHIPPED,
          "keywords: [kapan, tanggal, hari, waktu,",
          "keywords: [kapan, tanggal, hari, jadwal, acara penting,",
        ),
      ),
      () => undefined,
    ],
    ["a new file", shipped(SHIPPED, { "perpustakaan.yaml": NEW_FILE }), () => undefined],
    [
      "a party's aliases changed",
      shipped(edit(SHIPPED, "aliases: [madiun, kota madiun,", "aliases: [madiun, kota pecel, kota madiun,")),
      (r) => expect(r.narrowed).toBeUndefined(),
    ],
    [
      "the source changed",
      shipped(edit(SHIPPED, "outlet: KETIK", "outlet: KETIK (ketik.co.id)")),
      (r) => expect(r.narrowed).toBeUndefined(),
    ],
  ];
  for (const [name, after, meaningful] of cases) {
    it(name, () => {
      const r = bothChecks(shipped(), after);
      meaningful(r);
      expect(r.incremental).toEqual(r.full);
    });
  }
});

describe("the narrowed behaviour check finds what the whole bank finds (150 entries)", () => {
  const BASE = syntheticKnowledge(150, 1)["entries-00.yaml"] as string;
  const SYN_TOLAK = 'tolak:\n  - "Kapan lomba layang-layang digelar?"\n';
  const files = (text: string, more: Files = {}): Files => ({
    "entries-00.yaml": text,
    "tolak.yaml": SYN_TOLAK,
    ...more,
  });
  const base = load(files(BASE)).knowledge;
  /** Butir-7's second example question and its words. */
  const captured = base.entries[7]?.questions[1] as string;
  const words = captured.replace(/^Bagaimana /, "").replace(/\?$/, "");
  const cases: [string, string, boolean, (r: ReturnType<typeof bothChecks>) => void][] = [
    [
      "an edited entry takes over another entry's sample question",
      edit(
        BASE,
        /( {2}- id: butir-5\n {4}topic: )(.*)\n {4}answer: (.*)\n/,
        `$1$2 ${words}\n    answer: $3 Bagaimana ${words} berjalan.\n`,
      )
        .replace(/( {4}keywords: \[kode5)(, [^\]]*)\]/, `$1$2, ${words.split(" ").join(", ")}]`)
        .replace(
          /( {2}- id: butir-5\n(?:.*\n)*? {4}questions:\n)/,
          `$1      - Bagaimana ${words} berjalan?\n      - Bagaimana ${words} sekarang?\n`,
        ),
      true,
      (r) => expect(r.full.errors.some((e) => e.includes(captured))).toBe(true),
    ],
    [
      "keywords that make an entry answer the must-decline question",
      edit(BASE, /( {4}keywords: \[kode5)(, [^\]]*)\]/, "$1$2, lomba, layang-layang]").replace(
        /( {2}- id: butir-5\n {4}topic: )(.*)\n/,
        "$1$2 lomba layang-layang\n",
      ),
      true,
      (r) => expect(r.full.errors.some((e) => e.includes("lomba layang-layang"))).toBe(true),
    ],
    [
      "a date fact changed",
      edit(BASE, /( {2}- id: butir-9\n(?:.*\n)*? {10}date: )2026-\d\d-\d\d/, "$12026-12-31"),
      true,
      () => undefined,
    ],
    [
      "an answer text edited",
      edit(BASE, /answer: Program/, "answer: Simpan 1. Program"),
      true,
      (r) => expect(r.full.errors).toEqual([]),
    ],
    [
      "an entry removed",
      edit(BASE, /\n {2}- id: butir-12\n[\s\S]*?(?=\n {2}- id: )/, "\n"),
      false,
      (r) => expect(r.narrowed).toBeUndefined(),
    ],
  ];
  for (const [name, after, narrows, meaningful] of cases) {
    it(name, () => {
      const r = bothChecks(files(BASE), files(after), []);
      meaningful(r);
      expect(r.incremental).toEqual(r.full);
      if (narrows) expect(r.narrowed?.length ?? Infinity).toBeLessThan(r.whole.length / 2);
    });
  }
});
