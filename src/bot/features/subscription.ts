import { Composer } from "telegraf";
import type { BotCommand } from "telegraf/types";
import { fill, broadcastStrings as S } from "../../broadcast/strings.js";
import type { SubscriberRepo } from "../../broadcast/subscribers.js";
import type { ChatKind } from "../../broadcast/types.js";
import type { Logger } from "../../log.js";
import type { BotFeature } from "../bot.js";
import type { BotContext } from "../context.js";
import { setOutcome } from "../context.js";
import { decodeBroadcastCallback, isBroadcastCallback } from "./broadcastCallbacks.js";

export interface SubscriptionDeps {
  subscribers: SubscriberRepo;
  now: () => Date;
  logger: Logger;
  /**
   * Other stores holding data about a chat (e.g. the unanswered-questions queue), erased by /hapusdata
   * too. Each returns how many records it deleted.
   */
  erasers?: Array<(chatId: number) => number>;
}

const COMMANDS: BotCommand[] = [
  { command: "langganan", description: "Berlangganan pengumuman kerja sama" },
  { command: "berhenti", description: "Berhenti berlangganan pengumuman" },
  { command: "hapusdata", description: "Hapus semua data Anda yang tersimpan" },
];

const isGroup = (ctx: BotContext) => ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";

/** In private chats anyone decides for themselves; in groups only an admin of that group (getChatMember). */
async function mayManage(ctx: BotContext, logger: Logger): Promise<boolean> {
  if (!isGroup(ctx)) return true;
  if (!ctx.from || !ctx.chat) return false;
  try {
    const member = await ctx.telegram.getChatMember(ctx.chat.id, ctx.from.id);
    return member.status === "creator" || member.status === "administrator";
  } catch (err) {
    logger.warn({ chat: ctx.chat.id, error: String(err) }, "subscription: getChatMember failed");
    return false;
  }
}

/**
 * Citizens' side: /langganan (and the button under /start) subscribes the chat, idempotently;
 * /berhenti unsubscribes; /hapusdata deletes everything stored about the chat. In groups these need a
 * group admin. A my_chat_member update saying the bot was blocked, kicked or left marks the chat inactive.
 * Replies are plain text.
 */
export function subscriptionFeature(deps: SubscriptionDeps): BotFeature {
  const c = new Composer<BotContext>();

  const subscribe = async (ctx: BotContext) => {
    if (!ctx.chat) return;
    const group = isGroup(ctx);
    if (!(await mayManage(ctx, deps.logger))) {
      await ctx.reply(S.groupAdminOnly);
      return setOutcome(ctx, "rejected");
    }
    const outcome = deps.subscribers.subscribe(ctx.chat.id, ctx.chat.type as ChatKind, deps.now());
    const text =
      outcome === "already"
        ? group
          ? S.alreadySubscribedGroup
          : S.alreadySubscribed
        : group
          ? S.subscribedGroup
          : S.subscribed;
    await ctx.reply(text);
    setOutcome(ctx, "command");
  };

  c.command("langganan", subscribe);

  c.on("callback_query", async (ctx, next) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    if (!isBroadcastCallback(data) || decodeBroadcastCallback(data).kind !== "subscribe") return next();
    await ctx.answerCbQuery();
    await subscribe(ctx);
  });

  c.command("berhenti", async (ctx) => {
    const group = isGroup(ctx);
    if (!(await mayManage(ctx, deps.logger))) {
      await ctx.reply(S.groupAdminOnly);
      return setOutcome(ctx, "rejected");
    }
    const done = deps.subscribers.unsubscribe(ctx.chat.id, deps.now());
    await ctx.reply(
      done ? (group ? S.unsubscribedGroup : S.unsubscribed) : group ? S.notSubscribedGroup : S.notSubscribed,
    );
    setOutcome(ctx, "command");
  });

  c.command("hapusdata", async (ctx) => {
    if (!(await mayManage(ctx, deps.logger))) {
      await ctx.reply(S.groupAdminOnly);
      return setOutcome(ctx, "rejected");
    }
    let count = deps.subscribers.forget(ctx.chat.id);
    for (const erase of deps.erasers ?? []) count += erase(ctx.chat.id);
    deps.logger.info({ chat: ctx.chat.id, records: count }, "subscription: chat data erased on request");
    await ctx.reply(count > 0 ? fill(S.dataDeleted, { count }) : S.noDataStored);
    setOutcome(ctx, "command");
  });

  c.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") {
      const marked = deps.subscribers.markInactive(ctx.chat.id, `my_chat_member: ${status}`, deps.now());
      if (marked) deps.logger.info({ chat: ctx.chat.id, status }, "subscription: chat became unreachable");
    }
    setOutcome(ctx, "ignored");
  });

  return { name: "subscription", middleware: c, commands: COMMANDS };
}
