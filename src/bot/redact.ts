import { createHash } from "node:crypto";
import { Telegram } from "telegraf";

/** What a secret is replaced by in error text. */
export const REDACTED = "[REDACTED]";

/** A stable webhook secret derived from the token, for when WEBHOOK_SECRET is not set. */
export function deriveWebhookSecret(token: string): string {
  return createHash("sha256").update(`webhook:${token}`).digest("hex").slice(0, 48);
}

/** The forms a token's secret text can take in an error: as is, URL-encoded, and the derived webhook secret. */
function secretsOf(token: string): string[] {
  return [...new Set([token, encodeURIComponent(token), deriveWebhookSecret(token)])].filter(
    (s) => s.length > 0,
  );
}

function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * Replaces every occurrence of `secrets` in an error, in place: message, stack, and every string
 * reachable through its own properties (Telegraf's `response.description`, `on.payload`, a `cause`,
 * node-fetch's fields...), to a bounded depth. Plain objects and arrays are copied before they are
 * changed, so a caller's payload object is never altered. A `secret_token` field is always redacted.
 */
export function redactError(err: unknown, secrets: readonly string[]): unknown {
  const seen = new WeakSet<object>();
  const scrub = (value: unknown, depth: number, key?: string): unknown => {
    if (typeof value === "string") return key === "secret_token" ? REDACTED : scrubText(value, secrets);
    if (!value || typeof value !== "object" || depth > 6 || seen.has(value)) return value;
    seen.add(value);
    if (value instanceof Error) {
      for (const k of ["message", "stack"] as const) {
        const v = value[k];
        if (typeof v === "string") {
          try {
            value[k] = scrubText(v, secrets);
          } catch {
            // A read-only field: leave it.
          }
        }
      }
      for (const k of [...Object.keys(value), "cause"]) {
        const record = value as unknown as Record<string, unknown>;
        if (!(k in value)) continue;
        const next = scrub(record[k], depth + 1, k);
        if (next !== record[k]) {
          try {
            record[k] = next;
          } catch {
            // A getter-only field: leave it.
          }
        }
      }
      return value;
    }
    if (Array.isArray(value)) {
      const copy = value.map((v) => scrub(v, depth + 1));
      return copy.some((v, i) => v !== value[i]) ? copy : value;
    }
    // Only plain objects are walked: buffers, streams and class instances in a payload hold no error text.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const changed = entries.map(([k, v]) => [k, scrub(v, depth + 1, k)] as const);
    return changed.every(([, v], i) => v === entries[i]?.[1]) ? value : Object.fromEntries(changed);
  };
  return scrub(err, 0);
}

const INSTALLED = Symbol.for("madiun-kediri-bot.tokenRedaction");

/**
 * Patches Telegraf's `Telegram.prototype.callApi` once per process so that any error thrown by any
 * Telegram client (the bot's, each update's `ctx.telegram`, the broadcast worker's) has its token,
 * and the webhook secret derived from it, replaced by `[REDACTED]` before any caller sees it. A
 * non-JSON answer (a proxy's HTML page) makes node-fetch put the request URL `/bot<TOKEN>/method`
 * in the error text; from here on nothing downstream (logs, stored delivery errors, admin notices)
 * can carry it. Idempotent.
 */
export function installTokenRedaction(): void {
  const proto = Telegram.prototype as unknown as Record<symbol, boolean> & {
    callApi: (this: { token: string }, ...args: unknown[]) => Promise<unknown>;
  };
  if (proto[INSTALLED]) return;
  const original = proto.callApi;
  proto.callApi = async function callApiRedacted(this: { token: string }, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (err) {
      throw redactError(err, secretsOf(this.token ?? ""));
    }
  };
  proto[INSTALLED] = true;
}

installTokenRedaction();
