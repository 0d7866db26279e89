import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import getRawBody from "raw-body";
import type { Update } from "telegraf/types";

/** Largest webhook body read by default: Telegram's updates are a few kB; 1 MiB leaves ample room. */
export const DEFAULT_MAX_WEBHOOK_BYTES = 1024 * 1024;

/** A webhook body read and checked: the update, or the HTTP status to answer. */
export type WebhookBody = { ok: true; update: Update } | { ok: false; status: 400 | 413 };

/**
 * Reads a webhook request body with raw-body: at most `limitBytes` (413 beyond it, checked against
 * Content-Length before reading when it is given), decoded as UTF-8 as a whole (a character split
 * across packets stays whole), then parsed as JSON. Anything but an object with an integer
 * `update_id` is a malformed update (400): Telegram would retry a 5xx for ever.
 */
export async function readUpdateBody(req: IncomingMessage, limitBytes: number): Promise<WebhookBody> {
  let text: string;
  try {
    text = await getRawBody(req, {
      limit: limitBytes,
      length: req.headers["content-length"],
      encoding: "utf-8",
    });
  } catch (err) {
    return { ok: false, status: (err as { status?: number }).status === 413 ? 413 : 400 };
  }
  let update: unknown;
  try {
    update = JSON.parse(text);
  } catch {
    return { ok: false, status: 400 };
  }
  const id = (update as { update_id?: unknown } | null)?.update_id;
  if (!update || typeof update !== "object" || Array.isArray(update) || !Number.isSafeInteger(id)) {
    return { ok: false, status: 400 };
  }
  return { ok: true, update: update as Update };
}

/** True when a request is a POST to `path` carrying the secret header (what Telegraf's filter checks). */
export function isWebhookPost(req: IncomingMessage, path: string, secret: string): boolean {
  if (req.method !== "POST" || req.url !== path) return false;
  const given = Buffer.from(String(req.headers["x-telegram-bot-api-secret-token"] ?? ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
