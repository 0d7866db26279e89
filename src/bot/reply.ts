import type { FeatureDeps } from "./context.js";
import { type BotContext, isGroupChat, setOutcome } from "./context.js";
import type { Reply } from "./render.js";
import { telegramErrorCode } from "./retry.js";

/**
 * Sends a reply to the chat of the update through the outbox: HTML parse mode, no link previews, in-thread
 * in groups (quoting the user's message; forum topics keep their thread). Group replies respect the
 * per-group rate; over it the reply is skipped and the outcome is "group_limited". Returns whether it was
 * sent or is queued to be sent (an outage is waited out in the background); a reply Telegram refuses for
 * good (403, 400) rejects as before.
 */
export async function sendReply(
  ctx: BotContext,
  reply: Reply,
  deps: Pick<FeatureDeps, "groupRate" | "outbox">,
): Promise<boolean> {
  if (!ctx.chat) return false;
  if (isGroupChat(ctx) && !deps.groupRate.tryTake(ctx.chat.id)) {
    setOutcome(ctx, "group_limited");
    return false;
  }
  const quote = isGroupChat(ctx) && ctx.message ? ctx.message.message_id : undefined;
  // Forum topics keep their thread, as ctx.reply did (Telegraf's getThreadId).
  const msg = ctx.msg as { is_topic_message?: boolean; message_thread_id?: number } | undefined;
  const thread = msg?.is_topic_message ? msg.message_thread_id : undefined;
  // One key per reply of this update: the same update handled twice (webhook retry, a restart before the
  // offset was confirmed) finds its reply already in the outbox and does not send it again.
  const n = ((ctx.state.replies as number | undefined) ?? 0) + 1;
  ctx.state.replies = n;
  const result = await deps.outbox.send(`u${ctx.update.update_id}:${n}`, {
    chat_id: ctx.chat.id,
    text: reply.html,
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(thread !== undefined ? { message_thread_id: thread } : {}),
    ...(reply.keyboard ? { reply_markup: reply.keyboard } : {}),
    ...(quote !== undefined
      ? { reply_parameters: { message_id: quote, allow_sending_without_reply: true } }
      : {}),
  });
  return result !== "failed";
}

/** Shows "typing..." while the answer is prepared. Only a 403 (bot blocked) is rethrown; other failures are ignored. */
export async function showTyping(ctx: BotContext): Promise<void> {
  try {
    await ctx.sendChatAction("typing");
  } catch (err) {
    if (telegramErrorCode(err) === 403) throw err;
  }
}
