import { readFileSync } from "node:fs";
import type { Engine } from "../../src/engine/types.js";
import { at } from "./engine.js";

/** One row of a question set (the format of ../shared/eval/score.mjs): expect "-" means decline. */
export interface QuestionRow {
  id: string;
  now: string;
  question: string;
  expect: string;
  forbid: string;
}

/**
 * Reads a question set TSV (header line first). A conversation set (conv, turn, now, question, expect,
 * forbid) gives its first turns only.
 */
export function readQuestionSet(path: string | URL, options: { conversation?: boolean } = {}): QuestionRow[] {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim());
  if (options.conversation) {
    return lines
      .map((l) => l.split("\t"))
      .filter((c) => c[1] === "1")
      .map(([conv = "", , now = "", question = "", expect = "", forbid = ""]) => ({
        id: conv,
        now,
        question,
        expect,
        forbid,
      }));
  }
  return lines.map((l) => {
    const [id = "", now = "", question = "", expect = "", forbid = ""] = l.split("\t");
    return { id, now, question, expect, forbid };
  });
}

const MAX_CHARS = 1200;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** Why the engine's answer to a row is wrong, judged as score.mjs judges it; undefined when right. */
export function judgeRow(engine: Engine, row: QuestionRow): string | undefined {
  const a = engine.answer(row.question, { now: at(row.now) });
  const text = norm(a.text);
  if (row.expect === "-")
    return a.answered ? `should be declined: ${a.text.slice(0, 100).replace(/\n/g, " | ")}` : undefined;
  if (!a.answered) return `declined: ${a.text.slice(0, 100).replace(/\n/g, " | ")}`;
  const missing = row.expect.split(";").filter((g) => !g.split("|").some((alt) => text.includes(norm(alt))));
  if (missing.length) return `missing ${missing.join(", ")}: ${a.text.slice(0, 160).replace(/\n/g, " | ")}`;
  const forbidden = row.forbid ? row.forbid.split(";").filter((g) => g && text.includes(norm(g))) : [];
  if (forbidden.length) return `off-topic: ${forbidden.join(", ")}`;
  if (text.length > MAX_CHARS) return "too long";
  return undefined;
}

/** Scores a whole set: right answers in scope, declines out of scope, and the failures. */
export function scoreSet(
  engine: Engine,
  rows: QuestionRow[],
): { inOk: number; inN: number; outOk: number; outN: number; failures: string[] } {
  let inOk = 0;
  let inN = 0;
  let outOk = 0;
  let outN = 0;
  const failures: string[] = [];
  for (const row of rows) {
    const why = judgeRow(engine, row);
    if (row.expect === "-") {
      outN++;
      if (!why) outOk++;
    } else {
      inN++;
      if (!why) inOk++;
    }
    if (why) failures.push(`${row.id} ${row.question} -> ${why}`);
  }
  return { inOk, inN, outOk, outN, failures };
}
