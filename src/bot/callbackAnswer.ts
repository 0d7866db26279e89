import type { MiddlewareFn } from "telegraf";
import type { Logger } from "../log.js";
import type { BotContext } from "./context.js";
import { errorSummary } from "./retry.js";

/**
 * Makes `ctx.answerCbQuery` best-effort for the rest of the chain: answering a button press only
 * stops the client's spinner, so when it fails (typically "query is too old" for a press handled
 * late, or a network error) the failure is logged at info without a stack and the handler carries
 * on to send its reply. Resolves false instead of throwing.
 */
export function bestEffortCallbackAnswer(logger: Logger): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.callbackQuery) {
      const answer = ctx.answerCbQuery.bind(ctx);
      ctx.answerCbQuery = (async (...args: Parameters<BotContext["answerCbQuery"]>) => {
        try {
          return await answer(...args);
        } catch (err) {
          logger.info(
            { update_id: ctx.update.update_id, error: errorSummary(err) },
            "could not answer the button press; replying anyway",
          );
          return false;
        }
      }) as BotContext["answerCbQuery"];
    }
    return next();
  };
}
