import { readFileSync } from "node:fs";
import { parseNow } from "../../src/engine/dates.js";
import { createEngine } from "../../src/engine/engine.js";
import type { Engine } from "../../src/engine/types.js";
import { loadKnowledgeDir, parseKnowledgeFiles } from "../../src/knowledge/load.js";

let shipped: Engine | undefined;

/** The engine over the knowledge the bot ships (knowledge/), built once per test file. */
export function shippedEngine(): Engine {
  if (!shipped) {
    const loaded = loadKnowledgeDir("knowledge");
    if (!loaded.ok) throw new Error(`shipped knowledge is invalid: ${JSON.stringify(loaded.problems)}`);
    shipped = createEngine(loaded.knowledge);
  }
  return shipped;
}

/** The engine over the shipped agreement file and a second file beside it (a staff file, another source). */
export function engineBesideShipped(second: { path: string; content: string }): Engine {
  const loaded = parseKnowledgeFiles([
    {
      path: "knowledge/kerja-sama-madiun-kediri.yaml",
      content: readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8"),
    },
    second,
  ]);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
  return createEngine(loaded.knowledge);
}

/** A fixed "now" in Asia/Jakarta for relative-date tests. */
export const at = (isoDate: string): Date => {
  const d = parseNow(isoDate);
  if (!d) throw new Error(`bad date ${isoDate}`);
  return d;
};
