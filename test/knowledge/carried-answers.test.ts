import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../../src/bench/reload.js";
import { createEngine } from "../../src/engine/index.js";
import type { Answer, Engine } from "../../src/engine/types.js";
import type { BankQuestion, QuestionSet } from "../../src/knowledge/behaviour.js";
import { carryAnswers, type LiveKnowledge, questionsToWarm } from "../../src/knowledge/live.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { cleanupDirs, closeOpenedLive, knowledgeDir, openTrackedLive } from "./helpers.js";

/**
 * A reload does not ask the serving engine again what it answered before: the answers worked out in the
 * background, and those of earlier checks, are carried to the next version for every question the change
 * could not reach (live.ts). These tests make sure issue 11's guarantee survives that: a question whose
 * answer is carried, not asked again, still refuses an edit that moves it.
 */
const NOW = new Date("2026-11-28T05:00:00Z");
const BASE = syntheticKnowledge(300, 1)["entries-00.yaml"] as string;

function knowledgeOf(text: string): Knowledge {
  const r = parseKnowledgeFiles([{ path: "entries-00.yaml", content: text }]);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.knowledge;
}

/** Butir-7's second example question, and the words butir-5 takes over from it. */
const CAPTURED = knowledgeOf(BASE).entries[7]?.questions[1] as string;
const WORDS = CAPTURED.replace(/^Bagaimana /, "").replace(/\?$/, "");
/** A team question (no expected text): butir-7 answers it, and butir-5 once it takes the words over. */
const TEAM_QUESTION = `Bagaimana ${WORDS} ya?`;
const SETS: QuestionSet[] = [{ name: "uji-tim.tsv", questions: [{ question: TEAM_QUESTION, line: 2 }] }];

/** Butir-5 gains butir-7's words in its topic, answer and keywords. */
const takeOver = (text: string) =>
  text
    .replace(
      /( {2}- id: butir-5\n {4}topic: )(.*)\n {4}answer: (.*)\n/,
      `$1$2 ${WORDS}\n    answer: $3 Bagaimana ${WORDS} berjalan.\n`,
    )
    .replace(/( {4}keywords: \[kode5)(, [^\]]*)\]/, `$1$2, ${WORDS.split(" ").join(", ")}]`);
/** ... and says the move of both questions is intended. */
const allowedTakeOver = (text: string) =>
  takeOver(text).replace(
    /( {2}- id: butir-5\n)/,
    `$1    izinkan: [${JSON.stringify(TEAM_QUESTION)}, ${JSON.stringify(CAPTURED)}]\n`,
  );
/** An edit of butir-100 alone, which none of the questions above can reach. */
const editElsewhere = (text: string) =>
  text.replace(/( {2}- id: butir-100\n {4}topic: .*\n {4}answer: )/, "$1Tambahan. ");

/** A live knowledge whose engines note every question asked, for the reload under way. */
function openSpied(dir: string, warmIdleMs?: number): { live: LiveKnowledge; asked: string[] } {
  const asked: string[] = [];
  const build = (k: Knowledge): Engine => {
    const engine = createEngine(k);
    return {
      ...engine,
      answer: (q, o) => {
        asked.push(q);
        return engine.answer(q, o);
      },
    };
  };
  const live = openTrackedLive({
    dir,
    build,
    guard: { sets: SETS, now: () => NOW },
    ...(warmIdleMs !== undefined ? { warmIdleMs } : {}),
  });
  return { live, asked };
}

afterEach(async () => {
  await closeOpenedLive();
  cleanupDirs();
});

describe("answers carried across reloads", () => {
  it("the check probes the scenario it relies on", () => {
    const before = createEngine(knowledgeOf(BASE));
    const after = createEngine(knowledgeOf(takeOver(BASE)));
    expect(before.answer(TEAM_QUESTION, { now: NOW }).entryIds[0]).toBe("butir-7");
    expect(after.answer(TEAM_QUESTION, { now: NOW }).entryIds[0]).toBe("butir-5");
    expect(editElsewhere(BASE)).not.toBe(BASE);
    expect(allowedTakeOver(BASE)).toContain("izinkan:");
  });

  it("refuses a take-over of a team question whose serving answer was carried, not asked again", async () => {
    const dir = knowledgeDir({ "entries-00.yaml": BASE });
    const { live, asked } = openSpied(dir);
    await live.warmed();
    // A save that cannot reach the team question: its answer is carried to the new version.
    writeFileSync(join(dir, "entries-00.yaml"), editElsewhere(BASE));
    asked.length = 0;
    const first = await live.reload();
    expect(first.ok && first.changed).toBe(true);
    expect(asked).not.toContain(TEAM_QUESTION);
    const served = live.info().version;
    // The next save moves it: the old side of the check is the carried answer (butir-7).
    writeFileSync(join(dir, "entries-00.yaml"), takeOver(editElsewhere(BASE)));
    asked.length = 0;
    const second = await live.reload();
    expect(second.ok).toBe(false);
    if (second.ok) return;
    const moved = second.problems.find((p) => p.message.includes(TEAM_QUESTION));
    expect(moved?.message).toContain('"butir-5"');
    expect(moved?.message).toContain('"butir-7"');
    expect(live.info().version).toBe(served);
    expect(live.current().answer(TEAM_QUESTION, { now: NOW }).entryIds[0]).toBe("butir-7");
  });

  it("refuses a move back that only the carried answer of an intended move shows", async () => {
    const dir = knowledgeDir({ "entries-00.yaml": BASE });
    const { live, asked } = openSpied(dir);
    await live.warmed();
    // 1. The move to butir-5 is intended (izinkan): served.
    writeFileSync(join(dir, "entries-00.yaml"), allowedTakeOver(BASE));
    const moved = await live.reload();
    expect(moved.ok && moved.changed).toBe(true);
    expect(live.current().answer(TEAM_QUESTION, { now: NOW }).entryIds[0]).toBe("butir-5");
    // 2. A save elsewhere: the team question is not asked; its answer (butir-5, not the butir-7 of the
    //    version before) is carried.
    writeFileSync(join(dir, "entries-00.yaml"), editElsewhere(allowedTakeOver(BASE)));
    asked.length = 0;
    const elsewhere = await live.reload();
    expect(elsewhere.ok && elsewhere.changed).toBe(true);
    expect(asked).not.toContain(TEAM_QUESTION);
    const served = live.info().version;
    // 3. Butir-5 goes back to what it was: the question moves from butir-5 to butir-7, which no izinkan
    //    allows. Had the check remembered butir-7 as the serving answer, it would have seen no change.
    writeFileSync(join(dir, "entries-00.yaml"), editElsewhere(BASE));
    const back = await live.reload();
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const problem = back.problems.find((p) => p.message.includes(TEAM_QUESTION));
    expect(problem?.message).toContain('kini dijawab butir "butir-7" (sebelumnya butir "butir-5")');
    expect(live.info().version).toBe(served);
  });

  it("carries the old answers of unreached questions, takes the new ones, drops questions gone", () => {
    const answer = (entryId: string): Answer => ({ entryIds: [entryId] }) as Answer;
    const item = (question: string): BankQuestion => ({
      question,
      origin: { kind: "examples" },
      file: "k.yaml",
      line: 1,
      column: 1,
    });
    const old = new Map([
      ["kept", answer("a")],
      ["reached", answer("b")],
      ["gone", answer("c")],
    ]);
    const asked = new Map([["reached", answer("d")]]);
    const carried = carryAnswers(old, asked, [item("reached")], [item("kept"), item("reached"), item("new")]);
    expect([...carried.entries()].map(([q, a]) => [q, a.entryIds[0]])).toEqual([
      ["kept", "a"],
      ["reached", "d"],
    ]);
    // A question the check reached but did not get an answer for is never carried from the old side.
    const notAsked = carryAnswers(old, new Map(), [item("reached")], [item("kept"), item("reached")]);
    expect(notAsked.has("reached")).toBe(false);
  });

  it("remembers only the outline of the answers it carries (kind, entries, choices)", () => {
    const engine = createEngine(knowledgeOf(BASE));
    const full = engine.answer(TEAM_QUESTION, { now: NOW });
    expect(full.text.length).toBeGreaterThan(0);
    const carried = carryAnswers(undefined, new Map([[TEAM_QUESTION, full]]), [], []).get(TEAM_QUESTION);
    expect(carried).toEqual({ kind: full.kind, entryIds: full.entryIds, choices: full.choices });
    expect(carried).not.toHaveProperty("text");
  });

  it("works the bank out only while no question takes the engine, and close() does not wait for quiet", async () => {
    const dir = knowledgeDir({ "entries-00.yaml": BASE });
    // Citizens keep asking (a question took the engine less than a minute ago): the warming waits.
    const { live, asked } = openSpied(dir, 60_000);
    for (let i = 0; i < 5; i++) {
      live.current();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(asked).toEqual([]);
    const closing = performance.now();
    await live.close();
    expect(performance.now() - closing).toBeLessThan(5_000);
    expect(asked).toEqual([]);
    // Quiet from the start: the serving answers are worked out.
    const quiet = openSpied(knowledgeDir({ "entries-00.yaml": BASE }), 60_000);
    await quiet.live.warmed();
    expect(quiet.asked).toContain(TEAM_QUESTION);
  });

  it("warms the whole bank when small, and only the standing questions of a large one", () => {
    const q = (i: number, kind: "contoh" | "tolak"): BankQuestion => ({
      question: `q${i}`,
      origin: kind === "contoh" ? { kind, entryId: `e${i}` } : { kind },
      file: "k.yaml",
      line: i,
      column: 1,
    });
    const small = [q(1, "contoh"), q(2, "tolak")];
    expect(questionsToWarm(small)).toEqual(small);
    const large = Array.from({ length: 6000 }, (_, i) => q(i, i % 10 === 0 ? "tolak" : "contoh"));
    expect(questionsToWarm(large)?.map((b) => b.origin.kind)).toEqual(Array(600).fill("tolak"));
    const tooMany = Array.from({ length: 12000 }, (_, i) => q(i, "tolak"));
    expect(questionsToWarm(tooMany)).toBeUndefined();
  });
});
