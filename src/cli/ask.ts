import { createInterface } from "node:readline";
import { type ConversationState, converse } from "../conversation/index.js";
import { createEngine, parseNow } from "../engine/index.js";
import type { Answer, Engine } from "../engine/types.js";
import { KnowledgeLoadError, openLiveKnowledge } from "../knowledge/live.js";
import { formatProblem } from "../knowledge/load.js";
import { takeOption, takeSwitch } from "./args.js";
import { defaultSnapshotDir } from "./knowledge-check.js";
import { cliStrings as S } from "./strings.js";

/**
 * `npm run ask -- "pertanyaan"` prints the answer as a citizen sees it.
 * `npm run ask -- --json [--now YYYY-MM-DD] [--knowledge DIR]` reads questions from stdin, one per line,
 * and prints one JSON object per line, in order (the contract ../shared/eval/score.mjs relies on).
 * With `--conversation` the lines are the turns of one conversation (follow-ups lean on earlier turns);
 * a line `---` starts a new one and prints nothing (the contract of ../shared/eval/score-conv.mjs).
 */
const args = process.argv.slice(2);
// A reader that stops early (e.g. `| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
const json = takeSwitch(args, "--json");
const conversation = takeSwitch(args, "--conversation");
const nowArg = takeOption(args, "--now");
const dir = takeOption(args, "--knowledge") ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
const now = nowArg ? parseNow(nowArg) : new Date();
if (!now) {
  console.error(S.badNow(nowArg));
  process.exit(2);
}
// The knowledge as the bot would serve it at start (knowledge/live.ts): a folder that does not load is
// answered from the last good copy the bot keeps (DATA_DIR/pengetahuan-terakhir), with its problems on
// stderr, every time; with no such copy, the same error as the bot's start.
let engine: Engine;
try {
  const live = openLiveKnowledge({ dir, build: createEngine, fallbackDir: defaultSnapshotDir() });
  engine = live.current();
  const problems = live.startProblems();
  if (problems) {
    console.error(
      S.askServingLastGood(problems.filter((p) => p.severity === "error").length, live.info().version),
    );
    for (const p of problems) if (p.severity === "error") console.error(formatProblem(p));
  }
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  console.error(S.invalidKnowledge);
  for (const p of e.problems) console.error(formatProblem(p));
  process.exit(1);
}

const toJson = (a: Answer, asked?: string) =>
  JSON.stringify({
    question: a.question,
    ...(asked !== undefined && asked !== a.question ? { asked } : {}),
    answered: a.answered,
    kind: a.kind,
    text: a.text,
    sources: a.sources.map((s) => ({ outlet: s.outlet, date: s.date, title: s.title })),
    followUps: a.followUps,
    entryIds: a.entryIds,
    confidence: Number(a.confidence.toFixed(3)),
    questionTypes: a.questionTypes,
    unknownTerms: a.unknownTerms,
    partial: a.partial,
  });

if (json) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let state: ConversationState | undefined;
  for await (const line of rl) {
    if (!conversation) {
      process.stdout.write(`${toJson(engine.answer(line, { now }))}\n`);
    } else if (line.trim() === "---") {
      state = undefined;
    } else {
      const turn = converse(engine, state, line, { now });
      state = turn.state;
      process.stdout.write(`${toJson(turn.answer, turn.resolution.asked)}\n`);
    }
  }
} else {
  const question = args.join(" ").trim();
  if (!question) {
    console.error(S.askUsage);
    process.exit(2);
  }
  const a = engine.answer(question, { now });
  console.log(a.text);
  if (a.followUps.length) console.log(S.relatedQuestions(a.followUps));
}
