import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../../src/bench/reload.js";
import { createEngine } from "../../src/engine/index.js";
import type { Answer } from "../../src/engine/types.js";
import { affectedQuestions } from "../../src/knowledge/affected.js";
import { questionBank } from "../../src/knowledge/behaviour.js";
import { checkChange } from "../../src/knowledge/guard.js";
import { openLiveKnowledge } from "../../src/knowledge/live.js";
import { type LoadResult, parseKnowledgeFiles } from "../../src/knowledge/load.js";
import { cleanupDirs, knowledgeDir } from "./helpers.js";

/**
 * The behaviour check of a large knowledge asks only the bank questions a change can reach
 * (src/knowledge/affected.ts). These tests make sure the narrowing keeps issue 11's guarantee: an edit
 * of one entry that takes over another entry's example question (an entry that was NOT edited), or
 * that answers a must-decline question, is still refused before the swap.
 */
const NOW = new Date("2026-11-28T05:00:00Z");
const BASE = syntheticKnowledge(300, 1)["entries-00.yaml"] as string;
const TOLAK = 'tolak:\n  - "Kapan lomba layang-layang digelar?"\n';

function load(text: string): Extract<LoadResult, { ok: true }> {
  const r = parseKnowledgeFiles([
    { path: "entries-00.yaml", content: text },
    { path: "tolak.yaml", content: TOLAK },
  ]);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r;
}

/** Butir-7's second example question ("Bagaimana <three words> kode7?"). */
const captured = (load(BASE).knowledge.entries[7]?.questions[1] ?? "") as string;
const capturedWords = captured.replace(/^Bagaimana /, "").replace(/\?$/, "");

/** Only butir-5 is edited: it gains butir-7's words in its topic, answer, keywords and two questions. */
const TAKE_OVER = BASE.replace(
  /( {2}- id: butir-5\n {4}topic: )(.*)\n {4}answer: (.*)\n/,
  `$1$2 ${capturedWords}\n    answer: $3 Bagaimana ${capturedWords} berjalan.\n`,
)
  .replace(/( {4}keywords: \[kode5)(, [^\]]*)\]/, `$1$2, ${capturedWords.split(" ").join(", ")}]`)
  .replace(
    /( {2}- id: butir-5\n(?:.*\n)*? {4}questions:\n)/,
    `$1      - Bagaimana ${capturedWords} berjalan?\n      - Bagaimana ${capturedWords} sekarang?\n`,
  );

/** Only butir-5 is edited: keywords that make it answer the must-decline question. */
const ANSWERS_TOLAK = BASE.replace(/( {4}keywords: \[kode5)(, [^\]]*)\]/, "$1$2, lomba, layang-layang]")
  .replace(/( {2}- id: butir-5\n {4}topic: )(.*)\n/, "$1$2 lomba layang-layang\n")
  .replace(/( {2}- id: butir-5\n(?:.*\n)*? {4}answers: )\[[^\]]*\]/, "$1[definition, list, date]");

afterEach(cleanupDirs);

describe("the narrowed behaviour check", () => {
  const before = createEngine(load(BASE).knowledge);

  it("asks a few questions and still catches a take-over of an entry that was not edited", () => {
    expect(TAKE_OVER).not.toBe(BASE);
    const next = load(TAKE_OVER);
    const after = createEngine(next.knowledge);
    expect(after.answer(captured, { now: NOW }).entryIds[0]).toBe("butir-5");
    const whole = questionBank(after.knowledge, next.positions);
    const narrowed = affectedQuestions(before, after, whole);
    expect(narrowed).toBeDefined();
    expect(narrowed?.length).toBeLessThan(whole.length / 20);
    expect(narrowed?.map((q) => q.question)).toContain(captured);
    const report = checkChange(before, after, { now: NOW, bank: narrowed ?? [] });
    const full = checkChange(before, after, { now: NOW });
    expect(report.errors.map((p) => p.message)).toEqual(full.errors.map((p) => p.message));
    expect(report.errors.some((p) => p.message.includes(captured) && p.message.includes("butir-5"))).toBe(
      true,
    );
  });

  it("still catches a must-decline question answered by an edited entry", () => {
    const next = load(ANSWERS_TOLAK);
    const after = createEngine(next.knowledge);
    expect(after.answer("Kapan lomba layang-layang digelar?", { now: NOW }).kind).toBe("answer");
    const whole = questionBank(after.knowledge, next.positions);
    const narrowed = affectedQuestions(before, after, whole) ?? [];
    expect(narrowed.length).toBeLessThan(whole.length / 20);
    const report = checkChange(before, after, { now: NOW, bank: narrowed });
    expect(
      report.errors.some((p) => p.message.includes("lomba layang-layang") && p.message.includes("tolak")),
    ).toBe(true);
  });

  it("asks nothing when no entry changed, and the whole bank when the parties changed", () => {
    const same = load(`${BASE}\n# a comment\n`);
    const after = createEngine(same.knowledge);
    expect(affectedQuestions(before, after, questionBank(after.knowledge, same.positions))).toEqual([]);
    const parties = load(BASE.replace("aliases: [kota a]", "aliases: [kota a, kota contoh]"));
    const withParties = createEngine(parties.knowledge);
    expect(
      affectedQuestions(before, withParties, questionBank(withParties.knowledge, parties.positions)),
    ).toBeUndefined();
  });

  it("a decline's example suggestions do not reach a question, a near entry it suggests does", () => {
    const next = load(BASE.replace(/( {2}- id: butir-0\n {4}topic: .*\n {4}answer: )/, "$1Tambahan. "));
    const after = createEngine(next.knowledge);
    const example = before.examples().find((s) => s.entryId === "butir-0");
    expect(example).toBeDefined();
    if (!example) return;
    const item = {
      question: "xyzzy",
      origin: { kind: "examples" as const },
      file: "k.yaml",
      line: 1,
      column: 1,
    };
    const declined = (choices: Answer["choices"]) => () =>
      ({ kind: "decline", entryIds: [] as string[], choices }) as unknown as Answer;
    expect(affectedQuestions(before, after, [item])).toEqual([]);
    // Every decline lists the example questions: butir-0 took no part in this one.
    expect(affectedQuestions(before, after, [item], declined([example]))).toEqual([]);
    // A decline that names butir-0 as the entry that came near is asked again.
    const near = { entryId: "butir-0", question: "Apa itu program yang lain?" };
    expect(affectedQuestions(before, after, [item], declined([near]))).toEqual([item]);
  });

  it("the live knowledge refuses the take-over before the swap and keeps the old version", async () => {
    const dir = knowledgeDir({ "entries-00.yaml": BASE, "tolak.yaml": TOLAK });
    const live = openLiveKnowledge({ dir, build: createEngine, guard: { sets: [], now: () => NOW } });
    const version = live.info().version;
    writeFileSync(join(dir, "entries-00.yaml"), TAKE_OVER);
    const outcome = await live.reload();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.some((p) => p.message.includes(captured))).toBe(true);
    expect(live.info().version).toBe(version);
    expect(live.current().answer(captured, { now: NOW }).entryIds[0]).toBe("butir-7");
    await live.close();
  });
});
