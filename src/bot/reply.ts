import type { FeatureDeps } from "./context.js";
import { type BotContext, isGroupChat, setOutcome } from "./context.js";
import type { Reply } from "./render.js";
import { telegramErrorCode } from "./retry.js";

/**
 * Sends a reply to the chat of the update: HTML parse mode, no link previews, in-thread in groups
 * (quoting the user's message; forum topics keep their thread). Group replies respect the per-group
 * rate; over it the reply is skipped and the outcome is "group_limited". Returns whether it was sent.
 */
export async function sendReply(
  ctx: BotContext,
  reply: Reply,
  deps: Pick<FeatureDeps, "groupRate">,
): Promise<boolean> {
  if (!ctx.chat) return false;
  if (isGroupChat(ctx) && !deps.groupRate.tryTake(ctx.chat.id)) {
    setOutcome(ctx, "group_limited");
    return false;
  }
  const quote = isGroupChat(ctx) && ctx.message ? ctx.message.message_id : undefined;
  await ctx.reply(reply.html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(reply.keyboard ? { reply_markup: reply.keyboard } : {}),
    ...(quote !== undefined
      ? { reply_parameters: { message_id: quote, allow_sending_without_reply: true } }
      : {}),
  });
  return true;
}

/** Shows "typing..." while the answer is prepared. Only a 403 (bot blocked) is rethrown; other failures are ignored. */
export async function showTyping(ctx: BotContext): Promise<void> {
  try {
    await ctx.sendChatAction("typing");
  } catch (err) {
    if (telegramErrorCode(err) === 403) throw err;
  }
}
