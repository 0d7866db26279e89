import { Composer } from "telegraf";
import { type BotContext, type FeatureDeps, setOutcome } from "../context.js";
import { escapeHtml } from "../html.js";
import { sendReply } from "../reply.js";
import { strings } from "../strings.js";

/** Message kinds that carry no text question: each gets one polite line asking for text. */
export const NON_TEXT_KINDS = [
  "sticker",
  "photo",
  "voice",
  "audio",
  "video",
  "video_note",
  "animation",
  "document",
  "location",
  "venue",
  "contact",
  "poll",
  "dice",
] as const;

/** Replies once to stickers, photos, voice notes, documents, locations, contacts and the like. */
export function nonTextFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on("message", async (ctx, next) => {
    if (!NON_TEXT_KINDS.some((k) => k in ctx.message)) return next();
    await sendReply(ctx, { html: escapeHtml(strings.nonText) }, deps);
    setOutcome(ctx, "non_text");
  });
  return c;
}
