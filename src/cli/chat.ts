import { createInterface } from "node:readline";
import { type ConversationState, converse, DEFAULT_QUIET_MS, isExpired } from "../conversation/index.js";
import type { EngineSource } from "../engine/types.js";
import { cliStrings } from "./strings.js";

/** One line printed before the terminal chat starts, telling how to connect Telegram. */
export const TERMINAL_BANNER = cliStrings.terminalBanner;

/**
 * The terminal chat: reads questions line by line (also when stdin is not a TTY), answers each from the
 * current engine, and resolves at end of input. Blank lines are skipped. Output goes to `output`.
 * The whole session is one conversation: a follow-up ("dimana?") leans on the questions before it,
 * until it has been quiet for `quietMs`.
 */
export async function runTerminalChat(
  engines: EngineSource,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  clock: () => Date = () => new Date(),
  quietMs: number = DEFAULT_QUIET_MS,
): Promise<number> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  const prompt = () => interactive && output.write("\nAnda: ");
  prompt();
  let answered = 0;
  let state: ConversationState | undefined;
  for await (const line of rl) {
    if (line.trim() === "") {
      prompt();
      continue;
    }
    const now = clock();
    if (state && isExpired(state, now, quietMs)) state = undefined;
    const turn = converse(engines.current(), state, line, { now });
    state = turn.state;
    const a = turn.answer;
    const extra =
      a.kind === "answer" && a.followUps.length
        ? `\n\nPertanyaan terkait:\n${a.followUps.map((f) => `- ${f}`).join("\n")}`
        : "";
    output.write(`${interactive ? "Bot: " : `> ${line}\n`}${a.text}${extra}\n\n`);
    answered++;
    prompt();
  }
  return answered;
}
