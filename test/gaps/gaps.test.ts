import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderGapReport } from "../../src/cli/knowledge-gaps.js";
import { createEngine } from "../../src/engine/index.js";
import type { Answer, Engine } from "../../src/engine/types.js";
import { distinctQuestions, groupQuestions } from "../../src/gaps/group.js";
import { createGapQueue, MAX_PENDING_GAPS } from "../../src/gaps/queue.js";
import { createGapRecorder, gapKind, scrubQuestion } from "../../src/gaps/record.js";
import { gapReport } from "../../src/gaps/report.js";
import { createGapStore, type GapRecord, type GapStore } from "../../src/gaps/store.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { VALID_YAML } from "../knowledge/helpers.js";
import { ZERO_WASTE_ENTRY } from "../support/knowledge.js";

const DAY = 86_400_000;
const NOW = new Date("2026-11-28T05:00:00Z");

function engineFor(yaml: string): Engine {
  const r = parseKnowledgeFiles([{ path: "k.yaml", content: yaml }]);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return createEngine(r.knowledge);
}

let db: Db;
let store: GapStore;
beforeEach(() => {
  db = openDatabase(":memory:");
  store = createGapStore(db, { retentionDays: 30 });
});
afterEach(() => db.close());

const rec = (text: string, daysAgo: number, extra: Partial<GapRecord> = {}): GapRecord => ({
  text,
  askedAt: new Date(NOW.getTime() - daysAgo * DAY),
  kind: "decline",
  confidence: 0,
  unknownTerms: [],
  ...extra,
});

describe("gap store", () => {
  it("keeps text, time and how it was answered; nothing about who asked", () => {
    store.add(rec("Berapa anggaran kerja sama?", 1, { unknownTerms: ["anggaran"], version: "abc" }));
    expect(store.list(NOW)).toEqual([
      rec("Berapa anggaran kerja sama?", 1, { unknownTerms: ["anggaran"], version: "abc" }),
    ]);
    const columns = (db.prepare("PRAGMA table_info(unanswered_questions)").all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.sort()).toEqual([
      "asked_at",
      "confidence",
      "id",
      "kind",
      "knowledge_version",
      "text",
      "unknown_terms",
    ]);
  });

  it("retention: rows older than the limit are not listed and are pruned", () => {
    store.add(rec("baru", 2));
    store.add(rec("lama sekali", 45));
    expect(store.list(NOW).map((r) => r.text)).toEqual(["baru"]);
    expect(store.prune(NOW)).toBe(1);
    expect(store.count()).toBe(1);
  });

  it("recording prunes expired rows by itself (at most hourly)", () => {
    store.add(rec("lama", 40));
    store.add(rec("lama juga", 40));
    store.add(rec("sekarang", 0));
    expect(store.count()).toBe(1);
  });
});

describe("recordIfUnanswered", () => {
  const answer = (over: Partial<Answer>): Answer => ({
    question: "Berapa anggaran kerja sama?",
    kind: "answer",
    answered: true,
    text: "",
    parts: [],
    entryIds: ["x"],
    sources: [],
    followUps: [],
    related: [],
    choices: [],
    confidence: 0.9,
    questionTypes: [],
    unknownTerms: [],
    partial: false,
    ...over,
  });

  it("records declines, clarifications, partial and low-confidence answers; not confident ones", () => {
    expect(gapKind(answer({}))).toBeUndefined();
    expect(gapKind(answer({ kind: "decline" }))).toBe("decline");
    expect(gapKind(answer({ kind: "clarify" }))).toBe("clarify");
    expect(gapKind(answer({ partial: true }))).toBe("partial");
    expect(gapKind(answer({ confidence: 0.3 }))).toBe("low_confidence");
    const record = createGapRecorder(store, { version: () => "v1" });
    expect(record(answer({}), NOW)).toBeUndefined();
    expect(record(answer({ kind: "decline", unknownTerms: ["anggaran"] }), NOW)).toBe("decline");
    expect(store.list(NOW)).toEqual([
      {
        text: "Berapa anggaran kerja sama?",
        askedAt: NOW,
        kind: "decline",
        confidence: 0.9,
        unknownTerms: ["anggaran"],
        version: "v1",
      },
    ]);
  });

  it("scrubs phone numbers, e-mail addresses, handles and links before storing", () => {
    expect(
      scrubQuestion("hubungi saya 0812-3456-7890 atau budi.s@mail.co.id ya @budi123 https://x.id/a"),
    ).toBe("hubungi saya [nomor] atau [email] ya [akun] [tautan]");
    expect(scrubQuestion("NIK 3577012345678901 bisa daftar?")).toBe("NIK [nomor] bisa daftar?");
    expect(scrubQuestion("target 2027 dan tanggal 13")).toBe("target 2027 dan tanggal 13");
    expect(scrubQuestion(`a${" b".repeat(400)}`).length).toBe(300);
  });

  it("never throws, even when storage fails", () => {
    const errors: unknown[] = [];
    const record = createGapRecorder(
      {
        add() {
          throw new Error("disk penuh");
        },
      },
      { onError: (e) => errors.push(e) },
    );
    expect(record(answer({ kind: "decline" }), NOW)).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe("grouping by similarity", () => {
  it("groups paraphrases, keeps different unknown topics apart, most frequent first", () => {
    const records = [
      ...Array.from({ length: 3 }, (_, i) =>
        rec("Siapa wali kota Surabaya?", i, { unknownTerms: ["surabaya"] }),
      ),
      rec("wali kota surabaya siapa ya", 1, { unknownTerms: ["surabaya"] }),
      rec("Siapa wali kota Malang?", 1, { unknownTerms: ["malang"] }),
      ...Array.from({ length: 5 }, (_, i) =>
        rec("Berapa anggaran kerja sama?", i, { unknownTerms: ["anggaran"] }),
      ),
      rec("berapa anggarannya kerjasama ini", 3, { unknownTerms: ["anggaran"], kind: "low_confidence" }),
      rec("BERAPA ANGGARAN KERJA SAMA", 2, { unknownTerms: ["anggaran"] }),
    ];
    const distinct = distinctQuestions(records);
    expect(distinct.find((q) => /anggaran kerja sama/i.test(q.text))?.count).toBe(6);
    const groups = groupQuestions(distinct);
    expect(groups.map((g) => [g.count, g.questions.length])).toEqual([
      [7, 2],
      [4, 2],
      [1, 1],
    ]);
    // The same words in other case or punctuation count as one question, shown in its latest wording.
    expect(groups[0]?.label).toBe("Berapa anggaran kerja sama?");
    expect(groups[0]?.kinds).toEqual({ decline: 6, low_confidence: 1 });
    expect(groups[0]?.unknownTerms).toEqual(["anggaran"]);
    expect(groups[1]?.questions.map((q) => q.text)).toEqual([
      "Siapa wali kota Surabaya?",
      "wali kota surabaya siapa ya",
    ]);
    expect(groups[2]?.label).toBe("Siapa wali kota Malang?");
  });

  it("real engine output: inflected unknown words meet on their stem; the cooperation's own words are ignored", () => {
    const record = createGapRecorder(store);
    const e = engineFor(VALID_YAML);
    const asked = [
      "berapa anggaran kerja sama?",
      "anggarannya berapa ya",
      "walkot surabaya sopo",
      "siapa wali kota surabaya",
      "jam buka balai kota kediri",
      "kerja sama dengan dinas pendidikan?",
    ];
    for (const q of asked) record(e.answer(q, { now: NOW }), NOW);
    const groups = groupQuestions(distinctQuestions(store.list(NOW)));
    const together = (a: string, b: string) =>
      groups.some((g) => g.questions.some((q) => q.text === a) && g.questions.some((q) => q.text === b));
    expect(together("berapa anggaran kerja sama?", "anggarannya berapa ya")).toBe(true);
    expect(together("siapa wali kota surabaya", "walkot surabaya sopo")).toBe(true);
    expect(together("berapa anggaran kerja sama?", "siapa wali kota surabaya")).toBe(false);
    expect(together("siapa wali kota surabaya", "jam buka balai kota kediri")).toBe(false);
  });

  it("unknown words that look like phone numbers are not stored", () => {
    const record = createGapRecorder(store);
    record(engineFor(VALID_YAML).answer("hubungi 081234567890 dong", { now: NOW }), NOW);
    const [row] = store.list(NOW);
    expect(row?.text).toBe("hubungi [nomor] dong");
    expect(JSON.stringify(row)).not.toMatch(/0812/);
  });

  it("unrelated questions stay apart", () => {
    const groups = groupQuestions(
      distinctQuestions([
        rec("jam buka balai kota", 1),
        rec("berapa anggaran kerja sama", 1),
        rec("ada lowongan kerja?", 1),
      ]),
    );
    expect(groups).toHaveLength(3);
  });
});

describe("gap report", () => {
  it("drops a group once an entry answers it (re-asked to the current engine)", () => {
    const record = createGapRecorder(store);
    const before = engineFor(VALID_YAML);
    const asked = [
      "Apa target zero waste?",
      "target zero waste kapan",
      "Apa target zero waste?",
      "Siapa wali kota Surabaya?",
    ];
    for (const q of asked) record(before.answer(q, { now: NOW }), NOW);
    expect(store.count()).toBe(4);

    const open = gapReport(store, before, { now: NOW });
    expect(open.groups.map((g) => [g.label, g.count])).toEqual([
      ["Apa target zero waste?", 3],
      ["Siapa wali kota Surabaya?", 1],
    ]);
    expect(open.resolvedQuestions).toBe(0);

    const after = engineFor(`${VALID_YAML}${ZERO_WASTE_ENTRY}`);
    const later = gapReport(store, after, { now: NOW });
    expect(later.groups.map((g) => g.label)).toEqual(["Siapa wali kota Surabaya?"]);
    expect(later.resolvedQuestions).toBe(3);
    expect(later.openQuestions).toBe(1);
    // The rows stay: if the entry is removed again, the group comes back.
    expect(gapReport(store, before, { now: NOW }).groups).toHaveLength(2);
  });

  it("renders counts, kinds, unknown words and WIB times for staff", () => {
    const record = createGapRecorder(store);
    const engine = engineFor(VALID_YAML);
    record(engine.answer("Berapa anggaran kerja sama?", { now: NOW }), NOW);
    record(engine.answer("berapa anggaran kerjasama ini", { now: NOW }), new Date(NOW.getTime() - 3_600_000));
    const lines = renderGapReport(gapReport(store, engine, { now: NOW }), 30);
    expect(lines[0]).toBe("Pertanyaan warga yang belum terjawab (30 hari terakhir), paling sering dulu:");
    expect(lines[2]).toBe("1. 2× Berapa anggaran kerja sama?");
    expect(lines[3]).toBe("     terakhir 28 November 2026 pukul 12.00 WIB; ditolak 2");
    expect(lines[4]).toBe("     kata yang belum dikenal: anggaran");
    expect(lines[5]).toBe('     juga ditanyakan: "berapa anggaran kerjasama ini" (1×)');
    expect(lines.at(-1)).toMatch(/^1 kelompok, 2 pertanyaan belum terjawab\. 0 pertanyaan lain/);
    expect(
      renderGapReport(
        gapReport(createGapStore(openDatabase(":memory:"), { retentionDays: 7 }), engine, { now: NOW }),
        7,
      ),
    ).toEqual(["Tidak ada pertanyaan yang belum terjawab dalam 7 hari terakhir."]);
  });
});

describe("gap queue (recording off the reply path)", () => {
  const engine = () => engineFor(VALID_YAML);

  it("queues only gaps, stores them in one flush, and flushes on close", () => {
    const e = engine();
    const queue = createGapQueue(db, createGapRecorder(store), { intervalMs: 60_000 });
    queue.push(e.answer("Kapan kerja sama ditandatangani?", { now: NOW }), NOW);
    queue.push(e.answer("Siapa wali kota Surabaya?", { now: NOW }), NOW);
    queue.push(e.answer("Apa target zero waste?", { now: NOW }), NOW);
    expect(queue.pending()).toBe(2);
    expect(store.count()).toBe(0);
    queue.flush();
    expect(store.count()).toBe(2);
    queue.push(e.answer("Siapa wali kota Malang?", { now: NOW }), NOW);
    queue.close();
    expect(store.count()).toBe(3);
  });

  it("a failing flush is reported, not thrown, and the bot carries on", () => {
    const errors: unknown[] = [];
    const queue = createGapQueue(
      {
        transaction: (() => () => {
          throw new Error("SQLITE_FULL");
        }) as never,
      },
      createGapRecorder(store),
      { intervalMs: 60_000, onError: (err) => errors.push(err) },
    );
    queue.push(engine().answer("Siapa wali kota Surabaya?", { now: NOW }), NOW);
    expect(() => queue.flush()).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(queue.pending()).toBe(0);
    queue.close();
  });

  it("is bounded: the oldest questions are dropped beyond the limit", () => {
    const queue = createGapQueue(db, createGapRecorder(store), { intervalMs: 60_000 });
    const declined = engine().answer("Siapa wali kota Surabaya?", { now: NOW });
    for (let i = 0; i < MAX_PENDING_GAPS + 10; i++) queue.push(declined, NOW);
    expect(queue.pending()).toBe(MAX_PENDING_GAPS);
    queue.close();
    expect(store.count()).toBe(MAX_PENDING_GAPS);
  });
});
