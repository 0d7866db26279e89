import type { Logger } from "../log.js";
import { type BotContext, setOutcome } from "./context.js";
import { errorSummary, telegramErrorCode } from "./retry.js";
import { strings } from "./strings.js";

/**
 * The bot's error handler (given to `bot.catch` and used by the per-update log middleware): logs the
 * error with the update id and type (never the token or message text), replies a short apology where
 * a reply is possible, and returns so the bot carries on. A 403 (the user blocked the bot, or it was
 * removed from the group) is given up quietly: logged at info, no apology.
 */
export function createErrorHandler(logger: Logger): (err: unknown, ctx: BotContext) => Promise<void> {
  return async (err, ctx) => {
    const base = { update_id: ctx.update.update_id, type: ctx.updateType, chat_id: ctx.chat?.id };
    if (telegramErrorCode(err) === 403) {
      setOutcome(ctx, "blocked");
      logger.info({ ...base, error: errorSummary(err) }, "reply forbidden, giving up");
      return;
    }
    setOutcome(ctx, "error");
    const stack = err instanceof Error ? err.stack?.split("\n").slice(1, 6).join("\n") : undefined;
    logger.error({ ...base, error: errorSummary(err), stack }, "update failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCbQuery(strings.apology);
      else if (ctx.chat && ctx.message) await ctx.reply(strings.apology);
    } catch {
      // Nothing more to do: the failure is logged and the next update is served.
    }
  };
}
