import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "telegraf";
import { type BotContext, setOutcome } from "./context.js";
import { escapeHtml } from "./html.js";
import { strings } from "./strings.js";

/** Per-user flood limits: at most `limit` updates per `timeFrameMs`. */
export interface FloodOptions {
  timeFrameMs: number;
  limit: number;
}

/** Default: 6 messages or button presses per 10 s per user. */
export const DEFAULT_FLOOD: FloodOptions = { timeFrameMs: 10_000, limit: 6 };

/**
 * Per-user flood control with @grammyjs/ratelimiter (keyed by user id, in memory). A user over the limit
 * gets one notice (a reply, or a callback answer for a button press), then silence until the window
 * passes; other users are unaffected. Only messages and button presses count; other updates pass.
 */
export function floodControl(options: FloodOptions = DEFAULT_FLOOD): MiddlewareFn<BotContext> {
  const limiter = limit<BotContext, never>({
    timeFrame: options.timeFrameMs,
    limit: options.limit,
    // Only what a person sends counts (messages, button presses), not membership updates.
    keyGenerator: (ctx) => (ctx.from && (ctx.message || ctx.callbackQuery) ? String(ctx.from.id) : undefined),
    onLimitExceeded: async (ctx) => {
      setOutcome(ctx, "limited");
      try {
        if (ctx.callbackQuery) await ctx.answerCbQuery(strings.flood);
        else if (ctx.chat) await ctx.reply(escapeHtml(strings.flood), { parse_mode: "HTML" });
      } catch {
        // The notice is a courtesy; a failure to send it changes nothing.
      }
    },
  });
  return async (ctx, next) => {
    setOutcome(ctx, "limited");
    await limiter(ctx, async () => {
      setOutcome(ctx, undefined);
      await next();
    });
  };
}
