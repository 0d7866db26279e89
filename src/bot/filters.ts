import type { MiddlewareFn } from "telegraf";
import { type BotContext, setOutcome } from "./context.js";

/**
 * Drops what the bot must not react to: edited messages, channel posts (new or edited), and messages
 * sent by bots (including anonymous group admins, which Telegram presents as a bot).
 */
export const ignoreUnwanted: MiddlewareFn<BotContext> = async (ctx, next) => {
  const u = ctx.update as object;
  if (
    "edited_message" in u ||
    "channel_post" in u ||
    "edited_channel_post" in u ||
    "edited_business_message" in u
  ) {
    setOutcome(ctx, "ignored");
    return;
  }
  if (ctx.message && ctx.from?.is_bot) {
    setOutcome(ctx, "ignored");
    return;
  }
  return next();
};

/** A named filter: true when the update's sender is one of `adminIds` (ADMIN_IDS). */
export function isAdmin(adminIds: Iterable<number>): (ctx: BotContext) => boolean {
  const set = new Set(adminIds);
  return (ctx) => ctx.from !== undefined && set.has(ctx.from.id);
}
