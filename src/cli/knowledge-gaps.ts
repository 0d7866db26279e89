import { config as loadDotenv } from "dotenv";
import { loadConfig } from "../config.js";
import { createEngine } from "../engine/index.js";
import type { Engine } from "../engine/types.js";
import { describeKinds, type GapReport, gapReport } from "../gaps/report.js";
import { createGapStore, type GapStore } from "../gaps/store.js";
import { formatProblem, loadKnowledgeDir } from "../knowledge/load.js";
import { fillIn, formatJakartaTime, knowledgeStrings as s } from "../knowledge/strings.js";
import { openDatabase } from "../storage/db.js";
import { optionValue } from "./args.js";
import { isMain } from "./is-main.js";
import { cliStrings as S } from "./strings.js";

/**
 * `npm run knowledge:gaps [-- --limit N] [--json]`: the questions citizens asked that the bot declined
 * or answered unsure, grouped by similarity with counts, most asked first. Groups the current
 * knowledge now answers are left out. Reads DATA_DIR, KNOWLEDGE_DIR and GAPS_RETENTION_DAYS.
 */
export function renderGapReport(report: GapReport, retentionDays: number): string[] {
  if (report.groups.length === 0) {
    const lines = [fillIn(s.gapsEmpty, { days: retentionDays })];
    if (report.resolvedQuestions) {
      lines.push(fillIn(s.gapsFooter, { groups: 0, open: 0, resolved: report.resolvedQuestions }));
    }
    return lines;
  }
  const lines = [fillIn(s.gapsTitle, { days: retentionDays }), ""];
  report.groups.forEach((g, i) => {
    lines.push(fillIn(s.gapsLine, { rank: i + 1, count: g.count, label: g.label }));
    lines.push(
      `     ${fillIn(s.gapsDetail, { lastAskedAt: formatJakartaTime(g.lastAskedAt), kinds: describeKinds(g.kinds) })}`,
    );
    if (g.unknownTerms.length)
      lines.push(`     ${fillIn(s.gapsUnknown, { terms: g.unknownTerms.slice(0, 5).join(", ") })}`);
    const others = g.questions.slice(1, 6).map((q) => `"${q.text}" (${q.count}×)`);
    if (others.length) lines.push(`     ${fillIn(s.gapsAlso, { others: others.join(", ") })}`);
  });
  lines.push("");
  lines.push(
    fillIn(s.gapsFooter, {
      groups: report.totalGroups,
      open: report.openQuestions,
      resolved: report.resolvedQuestions,
    }),
  );
  return lines;
}

/** Runs the report against a store and an engine; returns the lines printed. */
export function gapsCommand(
  store: Pick<GapStore, "prune" | "list">,
  engine: Pick<Engine, "answer">,
  options: { now: Date; retentionDays: number; limit?: number; json?: boolean },
): string[] {
  const report = gapReport(store, engine, {
    now: options.now,
    ...(options.limit ? { limit: options.limit } : {}),
  });
  if (options.json) return [JSON.stringify(report, null, 2)];
  return renderGapReport(report, options.retentionDays);
}

if (isMain(import.meta.url)) {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const limitArg = optionValue(args, "--limit");
  const limit = limitArg !== undefined ? Number(limitArg) : undefined;
  try {
    const config = loadConfig(process.env);
    const loaded = loadKnowledgeDir(config.knowledgeDir);
    if (!loaded.ok) {
      console.error(S.invalidKnowledgeFixFirst);
      for (const p of loaded.problems) console.error(formatProblem(p));
      process.exit(1);
    }
    const db = openDatabase(config.dataDir);
    try {
      const store = createGapStore(db, { retentionDays: config.gapsRetentionDays });
      const lines = gapsCommand(store, createEngine(loaded.knowledge), {
        now: new Date(),
        retentionDays: config.gapsRetentionDays,
        ...(limit && limit > 0 ? { limit } : {}),
        json: args.includes("--json"),
      });
      for (const line of lines) console.log(line);
    } finally {
      db.close();
    }
  } catch (e) {
    console.error(S.gapsFailed((e as Error).message));
    process.exit(1);
  }
}
