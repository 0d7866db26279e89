import type { Context } from "telegraf";
import type { ConversationStore } from "../conversation/store.js";
import type { Answer, EngineSource } from "../engine/types.js";
import type { Logger } from "../log.js";
import type { GroupRateLimiter } from "./groupRate.js";
import type { ReplyOutbox } from "./outbox.js";

/** The Telegraf context every feature receives. State travels in `ctx.state` (see `setOutcome`). */
export type BotContext = Context;

/** How one update ended, as logged on its log line. */
export type Outcome =
  | "answered"
  | "clarify"
  | "declined"
  | "command"
  | "stale"
  | "non_text"
  | "rejected"
  | "ignored"
  | "limited"
  | "group_limited"
  | "blocked"
  | "error";

/** Records how the update ended (last write wins). */
export function setOutcome(ctx: BotContext, outcome: Outcome | undefined): void {
  ctx.state.outcome = outcome;
}

/** The outcome recorded so far, if any. */
export function getOutcome(ctx: BotContext): Outcome | undefined {
  return ctx.state.outcome as Outcome | undefined;
}

/** What the built-in features need; built once by `createBot`. */
export interface FeatureDeps {
  engines: EngineSource;
  now: () => Date;
  logger: Logger;
  groupRate: GroupRateLimiter;
  /** Called with every answer to a typed question (records unanswered ones for staff). Must not throw. */
  onAnswer?: (answer: Answer, now: Date) => void;
  /** How long a reply may take before "typing..." is shown (the engine answers in about a millisecond). */
  typingDelayMs: number;
  /** Where replies go: stored, sent, retried through an outage, resent after a restart. */
  outbox: ReplyOutbox;
  /** Conversation states (follow-up questions); absent = every question stands alone. */
  conversations?: ConversationStore;
}

/** True for group and supergroup chats. */
export function isGroupChat(ctx: BotContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}
