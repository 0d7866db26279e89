import { broadcastStrings } from "./strings.js";
import type { OutgoingMessage, TextEntity } from "./types.js";

/** Telegram's limit on a text message, in UTF-16 code units after entities are parsed. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Cuts `[start, end)` out of a text with its entities, keeping only formatting that falls inside and
 * shifting offsets. Offsets are UTF-16 code units, as both Telegram and JavaScript count them.
 */
export function sliceEntities(entities: readonly TextEntity[], start: number, end: number): TextEntity[] {
  const out: TextEntity[] = [];
  for (const e of entities) {
    const from = Math.max(e.offset, start);
    const to = Math.min(e.offset + e.length, end);
    if (to <= from || e.type === "bot_command") continue;
    out.push({ ...e, offset: from - start, length: to - from });
  }
  return out;
}

/**
 * The message every subscriber receives: a header line, the admin's text with its formatting, and a
 * footer saying how to stop. The preview shows exactly this.
 */
export function renderAnnouncement(body: string, entities: readonly TextEntity[] = []): OutgoingMessage {
  const head = `${broadcastStrings.announcementHeader}\n\n`;
  const text = `${head}${body}\n\n${broadcastStrings.announcementFooter}`;
  return {
    text,
    entities: [
      { type: "bold", offset: 0, length: broadcastStrings.announcementHeader.length },
      ...entities.map((e) => ({ ...e, offset: e.offset + head.length })),
    ],
  };
}

/** The announcement text itself (without header/footer), for lists such as /jadwal. */
export function announcementBody(message: OutgoingMessage): string {
  const head = `${broadcastStrings.announcementHeader}\n\n`;
  const foot = `\n\n${broadcastStrings.announcementFooter}`;
  let t = message.text;
  if (t.startsWith(head)) t = t.slice(head.length);
  if (t.endsWith(foot)) t = t.slice(0, -foot.length);
  return t;
}
