import { resolve } from "node:path";
import { createEngine } from "../engine/index.js";
import type { Engine } from "../engine/types.js";
import { formatProblem, loadKnowledgeDir } from "../knowledge/load.js";
import type { Knowledge } from "../knowledge/types.js";
import { checkRetrieval } from "../knowledge/validate.js";
import { isMain } from "./is-main.js";

/**
 * `npm run knowledge:check [-- --knowledge DIR] [--draft FILE] [--no-retrieval]`: validates every file under the
 * knowledge folder (syntax, schema, meaning), then asks every entry's own questions to the engine and
 * reports those answered by another entry, with the accuracy. One Indonesian message per problem as
 * `file:line:column`, with a hint. Exit code 1 when there is an error; warnings alone exit 0.
 * With `--draft FILE` (a draft from `knowledge:import`, not served yet) the draft is checked together
 * with the live knowledge, and a live entry's own question that the draft would take over is an error.
 */
export interface CheckOptions {
  dir: string;
  /** A draft file to check beside the live knowledge (not served until staff move it). */
  draft?: string;
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
    const result = loadKnowledgeDir(options.dir, options.draft ? { extraFiles: [options.draft] } : {});
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
      if (options.draft) {
        const taken = takenOver(options, k, engine);
        if (taken === undefined) return 1;
        if (taken.length) {
          out(`Pertanyaan butir lama yang akan diambil alih oleh draf (${taken.length}):`);
          for (const t of taken) out(t);
          out("");
          out(
            "TIDAK VALID: draf mengubah jawaban pertanyaan yang sudah ada. Buat pertanyaan dan kata kunci draf lebih khusus.",
          );
          return 1;
        }
        out("Draf tidak mengambil alih pertanyaan butir lama.");
      }
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

/**
 * Live entries' own questions that the live knowledge answers with that entry but live + draft answers
 * with a draft entry, one line each; undefined when the live knowledge alone does not load.
 */
function takenOver(options: CheckOptions, combined: Knowledge, combinedEngine: Engine): string[] | undefined {
  const out = options.out ?? ((line: string) => console.log(line));
  const liveOnly = loadKnowledgeDir(options.dir);
  if (!liveOnly.ok) {
    out("Pengetahuan yang dipakai sekarang tidak valid; perbaiki dulu sebelum memeriksa draf.");
    return undefined;
  }
  const build = options.build ?? createEngine;
  const before = build(liveOnly.knowledge);
  const at = { now: options.now ?? new Date() };
  const draftPath = resolve(options.draft as string);
  const draftIds = new Set(
    combined.entries.filter((e) => resolve(e.location.file) === draftPath).map((e) => e.id),
  );
  const lines: string[] = [];
  for (const entry of liveOnly.knowledge.entries) {
    for (const question of entry.questions) {
      const was = before.answer(question, at);
      if (was.kind !== "answer" || was.entryIds[0] !== entry.id) continue;
      const now = combinedEngine.answer(question, at);
      const first = now.entryIds[0];
      if (first && draftIds.has(first)) {
        lines.push(
          `${entry.location.file}:${entry.location.line}: butir "${entry.id}": "${question}" kini dijawab butir draf "${first}"`,
        );
      } else if (now.kind !== "answer") {
        lines.push(
          `${entry.location.file}:${entry.location.line}: butir "${entry.id}": "${question}" tidak lagi dijawab (bot ragu karena draf)`,
        );
      }
    }
  }
  return lines;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1).replace(".", ",")}%`;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--knowledge");
  const dir = (at >= 0 ? args[at + 1] : undefined) ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  const d = args.indexOf("--draft");
  const draft = d >= 0 ? args[d + 1] : undefined;
  if (d >= 0 && !draft) {
    console.log(
      "Tulis berkas draf sesudah --draft, misalnya: npm run knowledge:check -- --draft knowledge/draft/berita.yaml",
    );
    process.exitCode = 2;
  } else {
    process.exitCode = runKnowledgeCheck({
      dir,
      retrieval: !args.includes("--no-retrieval"),
      ...(draft ? { draft } : {}),
    });
  }
}
