import type { Telegram } from "telegraf";
import type { Logger } from "../log.js";
import { errorSummary } from "./retry.js";

/** How long Bot API calls may take, by kind. */
export interface TimeoutOptions {
  /** Any call but the long poll (TELEGRAM_TIMEOUT_S). Default 30000 ms. */
  callMs?: number;
  /**
   * Long-poll time asked of getUpdates, in seconds. Default 25: a connection the network silently dropped
   * is noticed after this plus the margin (Telegraf asks 50 and waits up to 500 s for an answer).
   */
  pollS?: number;
  /** Extra time a long poll may take beyond `pollS`. Default 10000 ms. */
  pollMarginMs?: number;
  /** Polling failures are logged at warn at most this often (with the count since). Default 60000 ms. */
  pollWarnEveryMs?: number;
}

/** A call that got no answer in time. Named like node-fetch's errors so Telegraf's polling retries it. */
export class TelegramTimeoutError extends Error {
  readonly code = "ETIMEDOUT";
  readonly type = "request-timeout";
  /** Read by Telegraf's polling loop as the pause before the next getUpdates. */
  readonly parameters = { retry_after: 1 };
  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`Telegram did not answer ${method} within ${Math.round(timeoutMs / 100) / 10} s`);
    this.name = "FetchError";
  }
}

type CallApi = (
  method: string,
  payload: unknown,
  extra?: { signal?: globalThis.AbortSignal },
) => Promise<unknown>;

/**
 * The smallest abort signal Telegraf's HTTP client (node-fetch 2) accepts: it checks the class name and
 * uses `aborted` and one 'abort' listener. Node's own AbortController (an EventTarget) per call kept each
 * request's objects alive longer: +30 MB peak RSS in the 5000-update burst benchmark; this one costs nothing.
 */
class AbortSignal {
  aborted = false;
  private listener: (() => void) | undefined;
  addEventListener(_type: "abort", fn: () => void): void {
    this.listener = fn;
  }
  removeEventListener(_type: "abort", fn: () => void): void {
    if (this.listener === fn) this.listener = undefined;
  }
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const fn = this.listener;
    this.listener = undefined;
    fn?.();
  }
}

/**
 * Wraps `telegram.callApi` in place so every call has a deadline fit to its kind: getUpdates its poll time
 * plus a margin (and asks for `pollS` instead of Telegraf's 50 s), everything else `callMs`. A call past
 * its deadline is aborted and fails with TelegramTimeoutError (a network error to the retry policies; a
 * retryable error to Telegraf's polling, which polls again after 1 s). Failed long polls are logged at warn,
 * rate-limited, and their recovery at info. Install before installRetry, so each retry has its own deadline.
 * Idempotent per instance.
 */
export function installTimeouts(telegram: Telegram, options: TimeoutOptions = {}, logger?: Logger): Telegram {
  const marked = telegram as Telegram & { __timeouts?: true };
  if (marked.__timeouts) return telegram;
  const callMs = options.callMs ?? 30_000;
  const pollS = options.pollS ?? 25;
  const pollMarginMs = options.pollMarginMs ?? 10_000;
  const health = createPollHealth(logger, options.pollWarnEveryMs ?? 60_000);
  const original = telegram.callApi.bind(telegram) as unknown as CallApi;

  const wrapped: CallApi = async (method, payload, extra) => {
    const outer = extra?.signal;
    let body = payload;
    let ms = callMs;
    const poll = method === "getUpdates" && typeof (payload as { timeout?: unknown })?.timeout === "number";
    if (poll) {
      const asked = Math.min(pollS, (payload as { timeout: number }).timeout);
      body = { ...(payload as object), timeout: asked };
      ms = asked * 1000 + pollMarginMs;
    }
    if (outer?.aborted) return original(method, body, extra);
    const ac = new AbortSignal();
    const onAbort = () => ac.abort();
    outer?.addEventListener("abort", onAbort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, ms);
    try {
      const result = await original(method, body, { signal: ac as unknown as globalThis.AbortSignal });
      if (method === "getUpdates") health.ok();
      return result;
    } catch (err) {
      const e = timedOut && !outer?.aborted ? new TelegramTimeoutError(method, ms) : err;
      if (method === "getUpdates" && !outer?.aborted) health.failed(e);
      throw e;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    }
  };
  telegram.callApi = wrapped as unknown as Telegram["callApi"];
  marked.__timeouts = true;
  return telegram;
}

/** Logs polling failures: the first at once, then at most one line per `everyMs`; and the recovery. */
function createPollHealth(logger: Logger | undefined, everyMs: number) {
  let failures = 0;
  let unlogged = 0;
  let since = 0;
  let lastWarn = 0;
  return {
    failed(err: unknown) {
      const now = Date.now();
      if (failures === 0) since = now;
      failures++;
      unlogged++;
      if (now - lastWarn >= everyMs) {
        lastWarn = now;
        logger?.warn(
          { failures, failing_for_s: Math.round((now - since) / 1000), error: errorSummary(err) },
          "polling failing",
        );
        unlogged = 0;
      }
    },
    ok() {
      if (failures === 0) return;
      logger?.info(
        { failures, unlogged, failing_for_s: Math.round((Date.now() - since) / 1000) },
        "polling recovered",
      );
      failures = 0;
      unlogged = 0;
      lastWarn = 0;
    },
  };
}
