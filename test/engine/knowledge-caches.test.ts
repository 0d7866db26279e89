import { describe, expect, it } from "vitest";
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
});
