import { readFileSync } from "node:fs";
import { join } from "node:path";
import { draftFromArticle } from "../../src/import/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { botAccuracy, pct, recallAgainst, untraceable } from "./measure.js";

const DIR = process.argv[2] ?? "test/import/articles";
const loaded = loadKnowledgeDir("knowledge");
if (!loaded.ok) throw new Error("shipped knowledge does not load");
const live = loaded.knowledge;
const NOW = new Date("2026-11-28T03:00:00Z");
for (const name of process.argv.slice(3)) {
  const text = readFileSync(join(DIR, `${name}.txt`), "utf8");
  const exp = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
  const { extraction, draft } = draftFromArticle(text, { sourceId: name });
  const r = recallAgainst(extraction, exp);
  console.log(name);
  for (const [k, s] of Object.entries(r))
    console.log(`  ${k}: ${s.found}/${s.total}${s.missed.length ? `  missed: ${s.missed.join(" | ")}` : ""}`);
  console.log("  untraceable:", untraceable(draft, text).length);
  const alone = botAccuracy(draft, join(DIR, `${name}.questions.tsv`), false);
  const g = draftFromArticle(text, { sourceId: name, live, now: NOW });
  const beside = botAccuracy(g.draft, join(DIR, `${name}.questions.tsv`), true);
  console.log(
    `  alone in ${pct(alone.inScope.ok, alone.inScope.total)} out ${pct(alone.outOfScope.ok, alone.outOfScope.total)}; beside in ${pct(beside.inScope.ok, beside.inScope.total)} out ${pct(beside.outOfScope.ok, beside.outOfScope.total)}; take-overs ${g.takeOvers?.length}`,
  );
  console.log(`  ${[...alone.failures, ...beside.failures].join("\n  ")}`);
}
