import { createEngine } from "../engine/index.js";
import type { Engine } from "../engine/types.js";
import { formatProblem, loadKnowledgeDir } from "../knowledge/load.js";
import type { Knowledge } from "../knowledge/types.js";
import { checkRetrieval } from "../knowledge/validate.js";
import { isMain } from "./is-main.js";

/**
 * `npm run knowledge:check [-- --knowledge DIR] [--no-retrieval]`: validates every file under the
 * knowledge folder (syntax, schema, meaning), then asks every entry's own questions to the engine and
 * reports those answered by another entry, with the accuracy. One Indonesian message per problem as
 * `file:line:column`, with a hint. Exit code 1 when there is an error; warnings alone exit 0.
 */
export interface CheckOptions {
  dir: string;
  /** Ask the entries' questions to the engine (default true). */
  retrieval?: boolean;
  now?: Date;
  build?: (knowledge: Knowledge) => Engine;
  out?: (line: string) => void;
}

/** Runs the check and returns the process exit code (0 valid, 1 errors). Never throws. */
export function runKnowledgeCheck(options: CheckOptions): number {
  const out = options.out ?? ((line: string) => console.log(line));
  try {
    const result = loadKnowledgeDir(options.dir);
    if (!result.ok) {
      const errors = result.problems.filter((p) => p.severity === "error").length;
      for (const p of result.problems) out(formatProblem(p));
      out("");
      out(
        `TIDAK VALID: ${errors} galat, ${result.problems.length - errors} peringatan. Bot tetap memakai versi lama sampai galat diperbaiki.`,
      );
      return 1;
    }
    const k = result.knowledge;
    for (const p of result.warnings) out(formatProblem(p));
    if (result.warnings.length) out("");
    let warnings = result.warnings.length;
    if (options.retrieval !== false) {
      const engine = (options.build ?? createEngine)(k);
      const report = checkRetrieval(k, engine, { now: options.now ?? new Date() }, result.positions);
      if (report.problems.length) {
        out(`Pertanyaan contoh yang tidak dijawab oleh butirnya sendiri (${report.problems.length}):`);
        for (const p of report.problems) out(formatProblem(p));
        out("");
      }
      warnings += report.problems.length;
      out(
        `Uji pertanyaan contoh: ${report.correct} dari ${report.total} pertanyaan dijawab oleh butirnya sendiri (${percent(report.accuracy)}).`,
      );
    }
    out(
      `VALID: ${k.entries.length} butir dari ${k.files.length} berkas, ${k.sources.length} sumber, versi ${k.version}; ${warnings} peringatan.`,
    );
    return 0;
  } catch (e) {
    // A bug in the checker must still not show staff a stack trace.
    out(`Pemeriksaan gagal karena kesalahan program: ${(e as Error).message}. Laporkan ke pengembang.`);
    return 2;
  }
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1).replace(".", ",")}%`;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--knowledge");
  const dir = (at >= 0 ? args[at + 1] : undefined) ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  process.exitCode = runKnowledgeCheck({ dir, retrieval: !args.includes("--no-retrieval") });
}
