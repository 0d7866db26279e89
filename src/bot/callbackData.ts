/**
 * The callback data carried by inline buttons: short (<= 64 bytes, Telegram's limit), versioned and
 * validated. Format: `v1:e:<entryId>` = "answer this entry". Anything else (older versions, forged or
 * truncated data) decodes to `undefined` and the bot answers it politely as a stale button.
 */

/** Telegram's limit on callback_data, in bytes. */
export const MAX_CALLBACK_BYTES = 64;
export const CALLBACK_VERSION = "v1";

/** What a button asks for. */
export type CallbackAction = { kind: "entry"; entryId: string };

const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Encodes "answer entry `entryId`"; throws if the id is not a knowledge id or the data would exceed 64 bytes. */
export function encodeEntryButton(entryId: string): string {
  const data = `${CALLBACK_VERSION}:e:${entryId}`;
  if (!ENTRY_ID.test(entryId) || Buffer.byteLength(data, "utf8") > MAX_CALLBACK_BYTES) {
    throw new Error(`entry id cannot be carried by a button: ${JSON.stringify(entryId)}`);
  }
  return data;
}

/** Decodes button data; `undefined` for anything not produced by this version of `encode*`. Never throws. */
export function decodeCallback(data: unknown): CallbackAction | undefined {
  if (typeof data !== "string" || data.length === 0 || Buffer.byteLength(data, "utf8") > MAX_CALLBACK_BYTES) {
    return undefined;
  }
  const parts = data.split(":");
  if (parts.length !== 3 || parts[0] !== CALLBACK_VERSION) return undefined;
  const [, kind, value = ""] = parts;
  if (kind === "e" && ENTRY_ID.test(value)) return { kind: "entry", entryId: value };
  return undefined;
}
