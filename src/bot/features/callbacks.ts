import { Composer } from "telegraf";
import { decodeCallback } from "../callbackData.js";
import { type BotContext, type FeatureDeps, setOutcome } from "../context.js";
import { outcomeOf, renderAnswer } from "../render.js";
import { sendReply } from "../reply.js";
import { strings } from "../strings.js";
import { isBroadcastCallback } from "./broadcastCallbacks.js";
import { rememberChosenAnswer } from "./conversation.js";

/**
 * Inline button presses. Valid `v1:e:<entryId>` data for an entry the engine still knows is answered
 * by the engine as a new message; anything else (forged, stale, another version, an entry removed from
 * the knowledge) gets a polite answerCallbackQuery and nothing more.
 */
export function callbacksFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("callback_query", async (ctx, next) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    // Subscription / broadcast buttons (v1:s, v1:b:...) are answered by their own feature composers.
    if (isBroadcastCallback(data)) return next();
    const action = decodeCallback(data);
    const answer = action
      ? deps.engines.current().answerEntry(action.entryId, { now: deps.now() })
      : undefined;
    if (!answer) {
      await ctx.answerCbQuery(strings.staleButton);
      setOutcome(ctx, "stale");
      return;
    }
    await ctx.answerCbQuery();
    if (!ctx.chat) return setOutcome(ctx, "stale");
    // A follow-up button or a "Maksud Anda" choice sets the topic the next question leans on.
    rememberChosenAnswer(ctx, deps, answer);
    const sent = await sendReply(ctx, renderAnswer(answer), deps);
    if (sent) setOutcome(ctx, outcomeOf(answer));
  });
  return c;
}
