import type { BotDeps } from "../../src/bot/bot.js";
import { createProblemNotifier } from "../../src/bot/features/knowledgeNotify.js";
import { createEngine } from "../../src/engine/index.js";
import {
  type LiveKnowledge,
  type LiveKnowledgeOptions,
  openLiveKnowledge,
} from "../../src/knowledge/live.js";
import type { KnowledgeProblem } from "../../src/knowledge/problem.js";
import { textUpdate } from "../bot/updates.js";
import { type E2E, startE2E } from "../e2e/botHarness.js";

/** What `startLiveKnowledgeBot` needs besides the knowledge folder and its times. */
export interface LiveKnowledgeBotOptions extends Pick<LiveKnowledgeOptions, "dir" | "settleMs" | "guard"> {
  /** Who is told when a watched edit is refused. */
  adminIds: number[];
  /** The bot's features and hooks, given the live knowledge they serve. */
  deps: (live: LiveKnowledge) => Partial<BotDeps>;
}

/**
 * A real bot (`startE2E`) answering from the knowledge in `dir`, watched (50 ms debounce): an edit that
 * fails to load or is refused is reported to the admins, as the bot does in production.
 */
export async function startLiveKnowledgeBot(
  options: LiveKnowledgeBotOptions,
): Promise<{ e: E2E; live: LiveKnowledge }> {
  const { adminIds, deps, ...liveOptions } = options;
  let notify: (p: KnowledgeProblem[]) => Promise<void> = async () => {};
  const live = openLiveKnowledge({
    build: createEngine,
    debounceMs: 50,
    ...liveOptions,
    onProblems: (p) => notify(p),
  });
  const e = await startE2E({ engines: live, ...deps(live) });
  notify = createProblemNotifier(e.app.bot.telegram, adminIds, { version: () => live.info().version });
  await live.watch();
  return { e, live };
}

/** Sends `text` from `userId` and returns the text of the bot's next reply to them. */
export async function say(e: E2E, text: string, userId: number): Promise<string> {
  const since = e.api.calls.length;
  e.push(textUpdate(text, { userId }));
  const reply = await e.reply(userId, since);
  return reply.params.text as string;
}
