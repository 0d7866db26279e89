import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { namedParties } from "../../src/engine/facts.js";
import { frameWordsOf, sceneWords } from "../../src/engine/scene.js";
import { shippedEngine } from "../support/engine.js";

// What the engine works out once and remembers (per knowledge version, per entry, per message) must
// follow a reloaded knowledge and must not carry one message's reading over to another.
describe("remembered readings", () => {
  const shipped = shippedEngine().knowledge;
  const [first, ...rest] = shipped.parties;
  if (!first) throw new Error("the shipped knowledge has no party");
  // A reload in which staff gave the first party one more alias.
  const reloaded = { ...shipped, parties: [{ ...first, aliases: [...first.aliases, "kota tahu"] }, ...rest] };
  const reloadedKnowledge = reloaded;

  it("party names are read from each knowledge version, before and after a reload", () => {
    expect(namedParties(["kota", "tahu"], shipped).size).toBe(0);
    expect([...namedParties(["kota", "tahu"], reloaded)]).toEqual([first.key]);
    // The old version still reads its own aliases (nothing leaked from the new one).
    expect(namedParties(["kota", "tahu"], shipped).size).toBe(0);
  });

  it("a message's frame reads the same whatever message was read before it", () => {
    const a = "Saya warga Madiun, mohon info kapan kerja sama diteken?";
    const b = "Sebagai jurnalis, saya ingin tahu siapa yang tanda tangan.";
    const alone = [[...sceneWords(a)], [...sceneWords(a, { parts: false })], [...frameWordsOf(a)]];
    sceneWords(b);
    frameWordsOf(b);
    expect([[...sceneWords(a)], [...sceneWords(a, { parts: false })], [...frameWordsOf(a)]]).toEqual(alone);
    expect([...frameWordsOf(b)]).not.toEqual(alone[2]);
  });

  it("a message asked again (its analysis remembered) is answered as the first time, per version", () => {
    const now = new Date("2026-11-28T05:00:00Z");
    const questions = [
      "dimana kerja sama madiun kediri diteken",
      "Kapan dan di mana kerja sama diteken, lalu siapa yang tanda tangan?",
      "kpn ttd nya?",
      "apakah pariwisata termasuk sektor kerja sama",
      "Siapa wali kota Surabaya?",
      "Saya warga kota tahu, kapan kerja sama diteken?",
    ];
    const engine = createEngine(shipped);
    const first = questions.map((q) => JSON.stringify(engine.answer(q, { now })));
    // Again, in the other order: nothing of one answer's reading leaks into another's.
    const again = [...questions].reverse().map((q) => JSON.stringify(engine.answer(q, { now })));
    expect(again.reverse()).toEqual(first);
    // A fresh engine of the same knowledge reads each message itself and answers the same.
    const fresh = createEngine(shipped);
    expect(questions.map((q) => JSON.stringify(fresh.answer(q, { now })))).toEqual(first);
    // The reloaded version (one more alias, "kota tahu") reads the message anew, not from the old memo.
    const reloaded = createEngine(reloadedKnowledge);
    const last = questions.length - 1;
    reloaded.answer(questions[last] as string, { now });
    expect(JSON.stringify(engine.answer(questions[last] as string, { now }))).toBe(first[last]);
  });
});
