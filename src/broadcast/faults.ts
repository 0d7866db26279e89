/**
 * Classifies a failed Telegram call into what the delivery worker should do. Decisions use the Bot API's
 * `error_code` AND `description`: a 403 is only "inactive" when the description says why (blocked,
 * deactivated, kicked...); an unknown 403 is retried once before failing.
 */
export type Fault =
  /** The chat cannot be reached again: mark the subscriber inactive, no retry. */
  | { kind: "inactive"; reason: string }
  /** A 403 we do not recognise: retry once, then failed. */
  | { kind: "forbidden"; reason: string }
  /** The group became a supergroup: update the chat id and retry. */
  | { kind: "migrated"; newChatId: number }
  /** 429: pause the whole job for `retryAfterS` and retry the same recipient. */
  | { kind: "rate_limited"; retryAfterS: number }
  /** 5xx, 420-ish flood waits without retry_after, network errors: backoff and retry, bounded. */
  | { kind: "transient"; reason: string }
  /** Any other 4xx: retrying would give the same answer. */
  | { kind: "permanent"; reason: string };

/** The fields of a Bot API error reply, however the client library wrapped them. */
export interface ApiFailure {
  errorCode?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

const INACTIVE_403 = [
  /bot was blocked by the user/i,
  /user is deactivated/i,
  /bot was kicked from the (super)?group chat/i,
  /bot was kicked from the channel chat/i,
  /bot is not a member of the (super)?group chat/i,
  /bot is not a member of the channel chat/i,
  /bot can't initiate conversation with a user/i,
  /bot can't send messages to bots/i,
  /group chat was deleted/i,
];

const INACTIVE_400 = [
  /chat not found/i,
  /group chat was deactivated/i,
  /group chat was upgraded to a supergroup chat/i, // without migrate_to_chat_id: nothing to retry
  /PEER_ID_INVALID/i,
];

/**
 * Reads error_code / description / parameters from a Telegraf `TelegramError` (fields on `response`),
 * a raw Bot API reply, or anything else (then only a network-ish description is known).
 */
export function toApiFailure(err: unknown): ApiFailure {
  if (err && typeof err === "object") {
    const e = err as Record<string, unknown>;
    const src = (e.response && typeof e.response === "object" ? e.response : e) as Record<string, unknown>;
    const code = typeof src.error_code === "number" ? src.error_code : undefined;
    if (code !== undefined) {
      return {
        errorCode: code,
        description: typeof src.description === "string" ? src.description : "",
        parameters: (src.parameters ?? undefined) as ApiFailure["parameters"],
      };
    }
    const msg = typeof e.message === "string" ? e.message : String(err);
    const codeName = typeof e.code === "string" ? ` (${e.code})` : "";
    return { description: `${msg}${codeName}` };
  }
  return { description: String(err) };
}

/** Maps a failed call to a Fault. Anything without a Bot API error code counts as a network error. */
export function classifyFault(err: unknown): Fault {
  const f = toApiFailure(err);
  const description = f.description ?? "";
  const code = f.errorCode;
  if (code === undefined) return { kind: "transient", reason: `network: ${description}`.slice(0, 300) };
  const reason = `${code}: ${description}`.slice(0, 300);
  if (code === 429) {
    const retry = Number(f.parameters?.retry_after);
    return { kind: "rate_limited", retryAfterS: Number.isFinite(retry) && retry > 0 ? retry : 1 };
  }
  if (code === 400 && typeof f.parameters?.migrate_to_chat_id === "number") {
    return { kind: "migrated", newChatId: f.parameters.migrate_to_chat_id };
  }
  if (code === 403) {
    return INACTIVE_403.some((re) => re.test(description))
      ? { kind: "inactive", reason }
      : { kind: "forbidden", reason };
  }
  if (code === 400 && INACTIVE_400.some((re) => re.test(description))) return { kind: "inactive", reason };
  if (code >= 500 || code === 420) return { kind: "transient", reason };
  return { kind: "permanent", reason };
}
