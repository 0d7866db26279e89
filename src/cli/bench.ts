import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRun, BenchSection } from "../bench/types.js";

/**
 * `npm run bench [-- name ...]`: runs every benchmark module in src/bench/ (or the named ones) one after
 * another and prints each figure with its target. Exits 1 when a target is missed.
 */
const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..", "bench");
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const modules = readdirSync(benchDir)
  .filter((f) => /\.ts$/.test(f) && f !== "types.ts" && !f.endsWith(".d.ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let missed = 0;
for (const name of modules) {
  const mod = (await import(pathToFileURL(join(benchDir, `${name}.ts`)).href)) as { run?: BenchRun };
  if (typeof mod.run !== "function") continue;
  const started = Date.now();
  const sections: BenchSection[] = await mod.run();
  for (const s of sections) {
    console.log(`\n== ${s.title}`);
    for (const r of s.rows) {
      const mark = r.ok === undefined ? "    " : r.ok ? " ok " : "MISS";
      if (r.ok === false) missed++;
      console.log(
        `${mark} ${r.label.padEnd(52)} ${r.value.padStart(14)}${r.target ? `   (target ${r.target})` : ""}`,
      );
    }
  }
  console.log(`   [${name}: ${((Date.now() - started) / 1000).toFixed(1)} s]`);
}
console.log(`\npeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (missed) {
  console.log(`${missed} target(s) missed`);
  process.exitCode = 1;
}
