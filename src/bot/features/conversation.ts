import type { MiddlewareFn } from "telegraf";
import type { Message } from "telegraf/types";
import { rememberChosen } from "../../conversation/conversation.js";
import type { ConversationState, ConversationStore } from "../../conversation/index.js";
import type { Answer } from "../../engine/types.js";
import { type BotContext, type FeatureDeps, isGroupChat } from "../context.js";
import { commandTarget, isCommand } from "./groups.js";

/**
 * Where a conversation lives: one per private chat; in groups one per user and forum topic, so two
 * people asking at once never share a topic. Undefined when the update has no chat or no sender.
 */
export function conversationKey(ctx: BotContext): string | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  if (!isGroupChat(ctx)) return `p:${chat.id}`;
  const from = ctx.from?.id;
  if (from === undefined) return undefined;
  const msg = (ctx.message ?? ctx.callbackQuery?.message) as { message_thread_id?: number } | undefined;
  return `g:${chat.id}:${msg?.message_thread_id ?? 0}:${from}`;
}

/** True when the message replies to one of this bot's own messages. */
export function repliesToBot(ctx: BotContext): boolean {
  const replyTo = (ctx.message as { reply_to_message?: Message } | undefined)?.reply_to_message;
  return replyTo?.from?.id !== undefined && replyTo.from.id === ctx.botInfo?.id;
}

/**
 * The conversation a typed question continues: in a private chat the chat's; in a group only when the
 * message replies to the bot (a new mention starts a new thread, with nothing carried over).
 */
export function continuedConversation(
  ctx: BotContext,
  store: ConversationStore,
  now: Date,
): { key: string | undefined; state: ConversationState | undefined } {
  const key = conversationKey(ctx);
  if (!key) return { key, state: undefined };
  if (isGroupChat(ctx) && !repliesToBot(ctx)) return { key, state: undefined };
  return { key, state: store.get(key, now) };
}

const RESETTING = new Set(["start", "bantuan", "help"]);

/** /start and /bantuan (and /help) forget the sender's conversation, then pass on to their handlers. */
export function conversationReset(store: ConversationStore): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const msg = ctx.message as { text?: string } | undefined;
    if (msg?.text && isCommand(msg)) {
      const target = commandTarget(msg);
      const name = msg.text.slice(1).split(/[\s@]/)[0]?.toLowerCase() ?? "";
      const forMe = target === undefined || target.toLowerCase() === ctx.botInfo?.username?.toLowerCase();
      const key = conversationKey(ctx);
      if (forMe && RESETTING.has(name) && key) store.delete(key);
    }
    return next();
  };
}

/**
 * An answer the citizen chose (a follow-up button, a "Maksud Anda" choice, a topic command) becomes the
 * topic the next question leans on. No-op without a conversation store or a chat.
 */
export function rememberChosenAnswer(ctx: BotContext, deps: FeatureDeps, answer: Answer): void {
  const store = deps.conversations;
  const key = store && conversationKey(ctx);
  if (!store || !key || answer.kind !== "answer") return;
  const now = deps.now();
  store.set(key, rememberChosen(deps.engines.current(), store.get(key, now), answer, now));
}
