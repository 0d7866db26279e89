import type { Telegram } from "telegraf";
import { TelegramError } from "telegraf";
import type { Logger } from "../log.js";

/**
 * Retries for outgoing Bot API calls, installed on a `Telegram` instance by wrapping its `callApi`:
 * - 429: wait `retry_after` seconds and retry, when `retry_after` <= `maxRetryAfterS` (a longer wait
 *   would stall the update loop; the call fails instead);
 * - 5xx and network errors: retry with exponential backoff (with jitter), bounded by `maxAttempts`;
 * - everything else (403 blocked/kicked, 400 bad request, ...): no retry, the error goes to the caller.
 * `getUpdates` is passed through untouched: Telegraf's polling loop has its own retry and abort logic.
 */
export interface RetryOptions {
  /** Total attempts including the first. Default 4. */
  maxAttempts?: number;
  /** Longest 429 `retry_after` (seconds) worth waiting for. Default 10. */
  maxRetryAfterS?: number;
  /** First backoff delay for 5xx/network errors. Default 250 ms, doubling each attempt. */
  baseDelayMs?: number;
  /** Longest backoff delay. Default 4000 ms. */
  maxDelayMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  logger?: Logger;
}

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "UND_ERR_SOCKET",
]);

/** The Bot API error code of a failed call (403, 429, ...), or undefined for other errors. */
export function telegramErrorCode(err: unknown): number | undefined {
  return err instanceof TelegramError ? err.code : undefined;
}

/** True for a network-level failure (no HTTP answer), as thrown by Telegraf's HTTP client. */
export function isNetworkError(err: unknown): boolean {
  if (!(err instanceof Error) || err.name === "AbortError") return false;
  const code = (err as { code?: string }).code;
  return err.name === "FetchError" || (code !== undefined && NETWORK_CODES.has(code));
}

/** What to do after a failed attempt: wait this many ms and retry, or give up (undefined). */
export function retryDelay(err: unknown, attempt: number, options: RetryOptions = {}): number | undefined {
  const maxAttempts = options.maxAttempts ?? 4;
  if (attempt >= maxAttempts) return undefined;
  const code = telegramErrorCode(err);
  if (code === 429) {
    const after = (err as TelegramError).parameters?.retry_after ?? 1;
    if (after > (options.maxRetryAfterS ?? 10)) return undefined;
    return Math.max(0, after) * 1000;
  }
  if ((code !== undefined && code >= 500) || (code === undefined && isNetworkError(err))) {
    const base = options.baseDelayMs ?? 250;
    const delay = Math.min(options.maxDelayMs ?? 4000, base * 2 ** (attempt - 1));
    return Math.round(delay * (0.8 + Math.random() * 0.4));
  }
  return undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wraps `telegram.callApi` in place with the retry policy above. Idempotent per instance. */
export function installRetry(telegram: Telegram, options: RetryOptions = {}): Telegram {
  const marked = telegram as Telegram & { __retry?: true };
  if (marked.__retry) return telegram;
  const original = telegram.callApi.bind(telegram) as (
    m: string,
    p: unknown,
    e?: unknown,
  ) => Promise<unknown>;
  const sleep = options.sleep ?? defaultSleep;
  const wrapped = async (method: string, payload: unknown, extra?: unknown) => {
    if (method === "getUpdates") return original(method, payload, extra);
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(method, payload, extra);
      } catch (err) {
        const delay = retryDelay(err, attempt, options);
        if (delay === undefined) throw err;
        options.logger?.warn(
          { method, attempt, delay_ms: delay, error: errorSummary(err) },
          "telegram call failed, retrying",
        );
        await sleep(delay);
      }
    }
  };
  telegram.callApi = wrapped as unknown as Telegram["callApi"];
  marked.__retry = true;
  return telegram;
}

/** A short, token-free description of an error for logs. */
export function errorSummary(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.replace(/bot\d+:[A-Za-z0-9_-]+/g, "bot[redacted]").slice(0, 300);
}
