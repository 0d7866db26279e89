import { describe, expect, it } from "vitest";
import { createEngine, createEngineInSlices, parseNow } from "../../src/engine/index.js";
import { runInSlices, runSteps, type Steps } from "../../src/engine/steps.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";

function* counting(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

describe("steps", () => {
  it("runs to completion at once, or in slices that let the event loop in between", async () => {
    const log: string[] = [];
    expect(runSteps(counting(3, log))).toBe(3);
    expect(log).toEqual(["step 0", "step 1", "step 2"]);

    const sliced: string[] = [];
    setImmediate(() => sliced.push("event loop"));
    // A zero-length slice yields after every step: the waiting callback runs before the second step.
    const done = await runInSlices(counting(3, sliced), 0);
    expect(done).toBe(3);
    expect(sliced.indexOf("event loop")).toBe(1);
  });

  it("builds in slices the same engine as createEngine, answering every question alike", async () => {
    const loaded = loadKnowledgeDir("knowledge");
    if (!loaded.ok) throw new Error("shipped knowledge invalid");
    const now = parseNow("2026-11-28") as Date;
    const whole = createEngine(loaded.knowledge);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const sliced = await createEngineInSlices(loaded.knowledge, 0);
    clearInterval(timer);
    expect(turns).toBeGreaterThan(0);
    const questions = loaded.knowledge.entries.flatMap((e) => e.questions).concat(["kpn ttd?", "qwerty"]);
    for (const q of questions) {
      const { internalError, ...a } = sliced.answer(q, { now });
      expect(internalError).toBeUndefined();
      expect(a).toEqual(whole.answer(q, { now }));
    }
  });
});
