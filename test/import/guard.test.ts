import { describe, expect, it } from "vitest";
import { answerDay, liveOwned } from "../../src/import/guard.js";
import { parseKnowledgeFiles } from "../../src/knowledge/load.js";

/**
 * The take-over guard remembers which live questions the live entries answer themselves. Those answers
 * depend on the day they are asked ("tahun ini", "berikutnya", "berapa hari lagi" count from `now`), so
 * what is remembered for one day must not stand for another.
 */
const LIVE = `
sources:
  - id: humas
    outlet: Humas Kota Wanasari
parties:
  - key: wanasari
    name: Pemerintah Kota Wanasari
    aliases: [wanasari]
entries:
  - id: pembukaan-pasar
    topic: Pembukaan Pasar Induk Wanasari
    answer: Pasar Induk Wanasari dibuka Senin, 1 Maret 2027.
    source: humas
    facts:
      dates: [{label: pembukaan pasar, date: 2027-03-01}]
    questions:
      - Kapan Pasar Induk Wanasari dibuka?
      - Kapan pembukaan pasar induk berikutnya?
      - Pasar induk dibuka tahun ini?
    keywords: [pasar, induk, dibuka]
`;

function live() {
  const loaded = parseKnowledgeFiles([{ path: "wanasari.yaml", content: LIVE }]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
  return loaded.knowledge;
}
const questionsOf = (side: ReturnType<typeof liveOwned>) => side.owned.map((o) => o.question).sort();

describe("the guard's remembered live answers", () => {
  it("are worked out again for another day: what a live entry owns depends on now", () => {
    const k = live();
    // Before the opening, "berikutnya" is the opening itself and "tahun ini" (2026) is not its year.
    const before = questionsOf(liveOwned(k, new Date("2026-06-01T03:00:00Z")));
    expect(before).toEqual(["Kapan Pasar Induk Wanasari dibuka?", "Kapan pembukaan pasar induk berikutnya?"]);
    // After it, the knowledge holds no later opening, and "tahun ini" is 2027.
    const after = questionsOf(liveOwned(k, new Date("2027-06-01T03:00:00Z")));
    expect(after).toEqual(["Kapan Pasar Induk Wanasari dibuka?", "Pasar induk dibuka tahun ini?"]);
    // And the first day's answers are still its own.
    expect(questionsOf(liveOwned(k, new Date("2026-06-01T03:00:00Z")))).toEqual(before);
  });

  it("are shared within one calendar day in Asia/Jakarta, not across its midnight", () => {
    // 01:00 and 22:00 WIB on 1 June are one day; 02:00 WIB on 2 June (18:00 UTC on 1 June) is the next.
    expect(answerDay(new Date("2026-05-31T18:00:00Z"))).toBe(answerDay(new Date("2026-06-01T15:00:00Z")));
    expect(answerDay(new Date("2026-06-01T18:00:00Z"))).not.toBe(answerDay(new Date("2026-06-01T15:00:00Z")));
    const k = live();
    const morning = liveOwned(k, new Date("2026-05-31T18:00:00Z"));
    expect(liveOwned(k, new Date("2026-06-01T15:00:00Z"))).toBe(morning);
    expect(liveOwned(k, new Date("2026-06-01T18:00:00Z"))).not.toBe(morning);
  });
});
