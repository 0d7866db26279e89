import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import { broadcastStrings as S } from "../../broadcast/strings.js";

/**
 * Callback data of the subscription and broadcast buttons: short, versioned (`v1`, like the bot's
 * other buttons) and validated. `v1:s` = subscribe this chat; `v1:b:s:<jobId>` = send the previewed job,
 * `v1:b:x:<jobId>` = cancel it. Anything else under `v1:s` / `v1:b` decodes to "stale".
 */
export type BroadcastAction =
  | { kind: "subscribe" }
  | { kind: "send"; jobId: number }
  | { kind: "cancel"; jobId: number }
  | { kind: "stale" };

const JOB = /^v1:b:([sx]):([1-9]\d{0,9})$/;

/** True for data this module owns (so the composer answers it, even if it is stale). */
export function isBroadcastCallback(data: unknown): data is string {
  return (
    typeof data === "string" && (data === "v1:s" || data.startsWith("v1:s:") || data.startsWith("v1:b:"))
  );
}

/** Decodes owned data; never throws. */
export function decodeBroadcastCallback(data: string): BroadcastAction {
  if (data === "v1:s") return { kind: "subscribe" };
  const m = JOB.exec(data);
  if (!m) return { kind: "stale" };
  const jobId = Number(m[2]);
  if (!Number.isSafeInteger(jobId)) return { kind: "stale" };
  return m[1] === "s" ? { kind: "send", jobId } : { kind: "cancel", jobId };
}

/** The "Langganan pengumuman" button, for /start's keyboard. */
export function subscribeButton(): InlineKeyboardButton {
  return { text: S.subscribeButton, callback_data: "v1:s" };
}

/** "Kirim" / "Batal" under a preview. */
export function previewKeyboard(jobId: number): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: S.sendButton, callback_data: `v1:b:s:${jobId}` },
        { text: S.cancelButton, callback_data: `v1:b:x:${jobId}` },
      ],
    ],
  };
}
