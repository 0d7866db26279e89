import type { MiddlewareFn } from "telegraf";
import type { Logger } from "../log.js";
import { type BotContext, getOutcome } from "./context.js";
import { NON_TEXT_KINDS } from "./features/nonText.js";

/** The update's type for logs: `message:text`, `message:sticker`, `callback_query`, ... */
export function updateKind(ctx: BotContext): string {
  const msg = ctx.message as object | undefined;
  if (!msg) return ctx.updateType;
  const kind = ["text", ...NON_TEXT_KINDS].find((k) => k in msg);
  return `${ctx.updateType}:${kind ?? "other"}`;
}

/**
 * Outermost middleware: runs the rest of the chain, hands any error to `onError` (so one bad update
 * never reaches Telegraf's rethrowing default), and writes one log line per update with its type,
 * chat id, latency and outcome. Nothing else about the user or the text is logged.
 */
export function updateLog(
  logger: Logger,
  onError: (err: unknown, ctx: BotContext) => Promise<void>,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    try {
      await next();
    } catch (err) {
      await onError(err, ctx);
    } finally {
      logger.info(
        {
          update_id: ctx.update.update_id,
          type: updateKind(ctx),
          chat_id: ctx.chat?.id,
          latency_ms: Math.round((performance.now() - started) * 10) / 10,
          outcome: getOutcome(ctx) ?? "ignored",
        },
        "update",
      );
    }
  };
}
