import { readFileSync } from "node:fs";
import type { Answer } from "../../src/engine/types.js";

/** One row of a question TSV (id, now, question, expect, forbid), as ../shared/eval/score.mjs reads it. */
export interface QuestionRow {
  id: string;
  now: string;
  question: string;
  /** `-` for a question to decline; else groups split by `;`, alternatives within a group by `|`. */
  expect: string;
  /** Texts (split by `;`) an answer must not contain. */
  forbid: string;
}

/** Longest answer (in characters, white space folded) the scorer accepts. */
export const MAX_ANSWER_CHARS = 1200;

/** The rows of a question TSV file (header line skipped, blank lines ignored). */
export function readQuestionRows(path: string | URL): QuestionRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [id = "", now = "", question = "", expect = "", forbid = ""] = l.split("\t");
      return { id, now, question, expect, forbid };
    });
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** Why `answer` fails `row` as the scorer judges it, or undefined when it passes. */
export function judgeAnswer(row: QuestionRow, answer: Pick<Answer, "answered" | "text">): string | undefined {
  const text = norm(answer.text);
  if (row.expect === "-") return answer.answered ? "should be declined" : undefined;
  if (!answer.answered) return `declined: ${answer.text.slice(0, 80)}`;
  const missing = row.expect.split(";").filter((g) => !g.split("|").some((alt) => text.includes(norm(alt))));
  if (missing.length) return `missing ${missing.join(", ")}`;
  const forbidden = row.forbid ? row.forbid.split(";").filter((g) => g && text.includes(norm(g))) : [];
  if (forbidden.length) return `off-topic: ${forbidden.join(", ")}`;
  if (text.length > MAX_ANSWER_CHARS) return "too long";
  return undefined;
}
