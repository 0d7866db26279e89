import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { continuedConversation, conversationKey } from "../../src/bot/features/conversation.js";
import { type ConversationState, ConversationStore } from "../../src/conversation/index.js";

const BOT_ID = 42;
/** The parts of a Telegraf context the conversation feature reads. */
function ctx(opts: {
  chat: number;
  type: string;
  from: number;
  thread?: number;
  replyToBot?: boolean;
}): BotContext {
  const message = {
    message_id: 1,
    ...(opts.thread ? { message_thread_id: opts.thread } : {}),
    ...(opts.replyToBot ? { reply_to_message: { message_id: 0, from: { id: BOT_ID, is_bot: true } } } : {}),
  };
  return {
    chat: { id: opts.chat, type: opts.type },
    from: { id: opts.from },
    message,
    botInfo: { id: BOT_ID },
  } as unknown as BotContext;
}

describe("conversation keys", () => {
  it("one conversation per private chat; per user and forum topic in groups", () => {
    expect(conversationKey(ctx({ chat: 7, type: "private", from: 7 }))).toBe("p:7");
    const a = conversationKey(ctx({ chat: -100, type: "supergroup", from: 1 }));
    const b = conversationKey(ctx({ chat: -100, type: "supergroup", from: 2 }));
    const topic = conversationKey(ctx({ chat: -100, type: "supergroup", from: 1, thread: 9 }));
    expect(new Set([a, b, topic]).size).toBe(3);
  });

  it("in a group only a reply to the bot continues; a new mention starts afresh", () => {
    const store = new ConversationStore();
    const now = new Date(Date.UTC(2026, 10, 28));
    const state: ConversationState = { turns: [], updatedAt: now.getTime() };
    store.set("g:-100:0:1", state);
    expect(
      continuedConversation(ctx({ chat: -100, type: "group", from: 1, replyToBot: true }), store, now).state,
    ).toBe(state);
    expect(
      continuedConversation(ctx({ chat: -100, type: "group", from: 1 }), store, now).state,
    ).toBeUndefined();
    expect(
      continuedConversation(ctx({ chat: -100, type: "group", from: 2, replyToBot: true }), store, now).state,
    ).toBeUndefined();
  });
});
