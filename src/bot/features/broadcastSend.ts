import type { Telegram } from "telegraf";
import type { MessageEntity } from "telegraf/types";
import type { SendFn } from "../../broadcast/worker.js";

export interface TelegramSendOptions {
  /** Sets `allow_paid_broadcast` (Telegram Stars) so Telegram allows a higher rate. */
  paid?: boolean;
}

/**
 * The delivery worker's `send`, over Telegraf's Telegram client: one sendMessage with the announcement's
 * text and entities (no parse mode, so nothing to escape). Errors are Telegraf's TelegramError (or a
 * network error) and are classified by the worker.
 */
export function createTelegramSend(telegram: Telegram, options: TelegramSendOptions = {}): SendFn {
  return async (chatId, message) => {
    const extra: Record<string, unknown> = { entities: message.entities as MessageEntity[] };
    // allow_paid_broadcast is newer than Telegraf 4.16's types; the client forwards unknown fields as-is.
    if (options.paid) extra.allow_paid_broadcast = true;
    const sent = await telegram.sendMessage(chatId, message.text, extra as { entities: MessageEntity[] });
    return { messageId: sent.message_id };
  };
}
