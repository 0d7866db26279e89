import { readFileSync } from "node:fs";
import { type ConversationState, converse } from "../../src/conversation/index.js";
import type { Answer } from "../../src/engine/types.js";
import { at, shippedEngine } from "../support/engine.js";

/** One turn of a conversation set (columns as ../shared/eval/dev-conv.tsv). */
export interface ConvRow {
  conv: string;
  turn: number;
  now: string;
  question: string;
  expect: string;
  forbid: string;
}

/** Reads a conversation TSV (header line first), in file order. */
export function readConversations(url: URL): ConvRow[] {
  return readFileSync(url, "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [conv = "", turn = "", now = "", question = "", expect = "", forbid = ""] = l.split("\t");
      return { conv, turn: Number(turn), now, question, expect, forbid };
    });
}

const MAX_CHARS = 1200;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** Why an answer fails its row (as ../shared/eval/score-conv.mjs judges it), or undefined when right. */
export function judge(row: ConvRow, a: Answer): string | undefined {
  if (row.expect === "-") return a.answered ? "should be declined" : undefined;
  if (!a.answered) return "declined";
  const text = norm(a.text);
  const missing = row.expect.split(";").filter((g) => !g.split("|").some((alt) => text.includes(norm(alt))));
  if (missing.length) return `missing ${missing.join(", ")}`;
  const forbidden = row.forbid ? row.forbid.split(";").filter((g) => g && text.includes(norm(g))) : [];
  if (forbidden.length) return `off-topic: ${forbidden.join(", ")}`;
  return text.length > MAX_CHARS ? "too long" : undefined;
}

/** Figures of a conversation set, counted as score-conv.mjs counts them, with a readable report. */
export interface ConvScore {
  followUpOk: number;
  followUpN: number;
  declineOk: number;
  declineN: number;
  report: string;
}

/** Plays every conversation through `converse` with the shipped engine and scores each turn. */
export function scoreConversations(rows: ConvRow[]): ConvScore {
  const engine = shippedEngine();
  const score: ConvScore = { followUpOk: 0, followUpN: 0, declineOk: 0, declineN: 0, report: "" };
  const lines: string[] = [];
  let state: ConversationState | undefined;
  let current = "";
  for (const row of rows) {
    if (row.conv !== current) {
      state = undefined;
      current = row.conv;
    }
    const turn = converse(engine, state, row.question, { now: at(row.now) });
    state = turn.state;
    const why = judge(row, turn.answer);
    if (row.turn > 1) {
      score.followUpN++;
      if (!why) score.followUpOk++;
    }
    if (row.expect === "-") {
      score.declineN++;
      if (!why) score.declineOk++;
    }
    if (why)
      lines.push(`${row.conv}.${row.turn} ${row.question} [asked: ${turn.resolution.asked}] -> ${why}`);
  }
  score.report = `follow-ups ${score.followUpOk}/${score.followUpN}, declines ${score.declineOk}/${score.declineN}\n${lines.join("\n")}`;
  return score;
}
