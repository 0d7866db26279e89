import type { Update } from "telegraf/types";

/** Builders for Telegram updates as the Bot API delivers them, for handler and end-to-end tests. */

let nextMessageId = 1000;

export interface ChatOpts {
  userId?: number;
  chatId?: number;
  chatType?: "private" | "group" | "supergroup";
  isBot?: boolean;
  replyToFrom?: { id: number; is_bot: boolean; first_name: string; username?: string };
}

function base(opts: ChatOpts) {
  const userId = opts.userId ?? 501;
  const chatType = opts.chatType ?? "private";
  const chatId = opts.chatId ?? (chatType === "private" ? userId : -1001234567890);
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat:
      chatType === "private"
        ? { id: chatId, type: "private" as const, first_name: "Warga" }
        : { id: chatId, type: chatType, title: "Grup Warga" },
    from: { id: userId, is_bot: opts.isBot ?? false, first_name: "Warga" },
    ...(opts.replyToFrom
      ? {
          reply_to_message: {
            message_id: 1,
            date: 0,
            chat: { id: chatId, type: chatType },
            from: opts.replyToFrom,
            text: "jawaban sebelumnya",
          },
        }
      : {}),
  };
}

/** A text message; commands (`/x`, `/x@Bot`) and `@mentions` get the entities Telegram would add. */
export function textUpdate(text: string, opts: ChatOpts = {}): Omit<Update.MessageUpdate, "update_id"> {
  const entities: Array<{ type: string; offset: number; length: number }> = [];
  const cmd = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (cmd) entities.push({ type: "bot_command", offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (cmd && (m.index ?? 0) < cmd[0].length) continue;
    entities.push({ type: "mention", offset: m.index ?? 0, length: m[0].length });
  }
  return { message: { ...base(opts), text, ...(entities.length ? { entities } : {}) } } as never;
}

/** A non-text message of the given kind (sticker, photo, voice, document, location, contact). */
export function nonTextUpdate(kind: string, opts: ChatOpts = {}): Omit<Update.MessageUpdate, "update_id"> {
  const payloads: Record<string, unknown> = {
    sticker: {
      file_id: "s",
      file_unique_id: "s",
      type: "regular",
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
    },
    photo: [{ file_id: "p", file_unique_id: "p", width: 90, height: 90 }],
    voice: { file_id: "v", file_unique_id: "v", duration: 2 },
    document: { file_id: "d", file_unique_id: "d", file_name: "surat.pdf" },
    location: { latitude: -7.63, longitude: 111.52 },
    contact: { phone_number: "+6281234", first_name: "Budi" },
  };
  return { message: { ...base(opts), [kind]: payloads[kind] } } as never;
}

/** A button press carrying `data`, on a message the bot sent in `chatId`. */
export function callbackUpdate(
  data: string,
  opts: ChatOpts = {},
): Omit<Update.CallbackQueryUpdate, "update_id"> {
  const b = base(opts);
  return {
    callback_query: {
      id: `cb${nextMessageId++}`,
      from: b.from,
      chat_instance: "ci",
      data,
      message: { message_id: 77, date: 0, chat: b.chat, text: "jawaban" },
    },
  } as never;
}
