import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "../log.js";
import { classifyFault } from "./faults.js";
import type { JobRepo } from "./jobs.js";
import type { SendLimiter } from "./limiter.js";
import type { BroadcastJob, Clock, Delivery, JobStats, OutgoingMessage } from "./types.js";
import { systemClock } from "./types.js";

/**
 * Sends one message to one chat and resolves once Telegram accepted it; rejects with the client's error
 * (e.g. Telegraf's TelegramError) otherwise. The worker never imports a Telegram client.
 */
export type SendFn = (chatId: number, message: OutgoingMessage) => Promise<{ messageId: number | null }>;

export interface BackoffOptions {
  /** First wait after a 5xx / network error; doubles each time (with jitter). Default 1000 ms. */
  baseMs: number;
  /** Longest single wait. Default 30000 ms. */
  maxMs: number;
  /** Attempts (first send included) before a delivery is marked failed. Default 5. */
  maxAttempts: number;
}

/** How a delivery pass ended. */
export type DeliverOutcome = "done" | "cancelled" | "halted";

export interface DeliverHooks {
  /** After each delivery reaches a final state; `etaS` is the estimated seconds left. Keep it cheap. */
  onProgress?(job: BroadcastJob, stats: JobStats, etaS: number | undefined): void;
  /** Telegram asked for a long wait (>= longPauseS): worth telling the admins. */
  onLongPause?(job: BroadcastJob, retryAfterS: number, pausedS: number): void;
}

export interface DeliverDeps extends DeliverHooks {
  jobs: JobRepo;
  send: SendFn;
  limiter: SendLimiter;
  clock?: Clock;
  logger?: Logger;
  backoff?: Partial<BackoffOptions>;
  /** Longest pause on one 429, in seconds (a longer retry_after is capped). Default 600. */
  maxPauseS?: number;
  /** A 429 asking for at least this many seconds triggers onLongPause. Default 30. */
  longPauseS?: number;
  /** Deliveries queued or backing off at once (bounds memory, not the rate). Default 64. */
  window?: number;
  /** Polled between sends: when it returns true, nothing new starts and deliver() returns "halted". */
  shouldHalt?: () => boolean;
  /** Waits for backoff; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** This worker's id in the rows it claims; default a fresh one (see newWorkerId). */
  owner?: string;
  /**
   * How long a claim on a delivery row lasts without renewal, in ms. Renewed every third of it while this
   * worker lives; if it dies, other workers take its rows over once the lease runs out. Default 30000.
   */
  leaseMs?: number;
}

/** A worker id unique across processes and hosts: host, pid and a random part. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Figures of one deliver() call, beyond the job's stored counts. */
export interface DeliverResult {
  outcome: DeliverOutcome;
  stats: JobStats;
  /** 429 replies received during this call. */
  rateLimited: number;
  /** Send attempts made (including retries). */
  attempts: number;
}

const HALT = Symbol("halt");
const LOST = Symbol("lost");
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Delivers one running job: unfinished delivery rows are claimed with a lease (atomically, so any number of
 * workers over one database never hold the same row), sent through `limiter`, and their outcome is written
 * to SQLite right after Telegram answers (sent / inactive / failed). A row is sent only while this worker
 * still holds it. Rows in `sending` state whose holder died are taken over when the lease runs out and sent
 * again, so nobody is skipped and at most those (in flight at the crash) repeat. Rows held by other live
 * workers are waited for; the job is "done" once no row is unfinished.
 * Faults follow classifyFault: 429 pauses the whole job and retries the same recipient; 5xx / network errors
 * back off exponentially up to `maxAttempts`; blocked / deactivated / kicked / chat not found mark the
 * subscriber inactive; an unknown 403 is retried once; a migrated group is retried at its new id.
 */
export async function deliver(job: BroadcastJob, deps: DeliverDeps): Promise<DeliverResult> {
  const { jobs, send, limiter } = deps;
  const clock = deps.clock ?? systemClock;
  const sleep = deps.sleep ?? defaultSleep;
  const backoff: BackoffOptions = { baseMs: 1000, maxMs: 30_000, maxAttempts: 5, ...deps.backoff };
  const maxPauseS = deps.maxPauseS ?? 600;
  const longPauseS = deps.longPauseS ?? 30;
  const window = Math.max(1, deps.window ?? 64);
  const owner = deps.owner ?? newWorkerId();
  const leaseMs = Math.max(100, deps.leaseMs ?? 30_000);
  const now = () => new Date(clock.now());

  const stats = jobs.stats(job.id);
  const startedAt = clock.now();
  const remainingAtStart = stats.remaining;
  let rateLimited = 0;
  let attempts = 0;
  let cancelled = false;
  let halted = false;

  const checkStop = () => {
    if (!cancelled && jobs.get(job.id)?.status === "cancelled") cancelled = true;
    if (!halted && deps.shouldHalt?.()) halted = true;
    return cancelled || halted;
  };

  const progress = () => {
    const done = remainingAtStart - stats.remaining;
    const elapsed = (clock.now() - startedAt) / 1000;
    const eta = done > 0 && elapsed > 0 ? (stats.remaining * elapsed) / done : undefined;
    deps.onProgress?.(job, stats, eta);
  };

  const settle = (field: "sent" | "failed" | "inactive" | "skipped") => {
    stats[field]++;
    stats.remaining--;
    progress();
  };

  const deliverOne = async (d: Delivery): Promise<void> => {
    let chatId = d.chatId;
    let forbidden = 0;
    let transient = 0;
    let migrations = 0;
    for (;;) {
      try {
        await limiter.schedule(chatId, async () => {
          if (checkStop()) throw HALT;
          // Another worker took the row over (our lease ran out) or it was cancelled: not ours to send.
          if (!jobs.markSending(d.id, owner, now(), leaseMs)) throw LOST;
          attempts++;
          try {
            const accepted = await send(chatId, job.message);
            // Recorded the moment Telegram accepted it, before anything else can run or crash.
            if (!jobs.markSent(d.id, owner, accepted.messageId, now()))
              deps.logger?.warn(
                { job: job.id, delivery: d.id },
                "broadcast: lease ran out during a send; recorded as sent so nobody sends it again",
              );
            return accepted;
          } catch (err) {
            // Pause before this slot is released, so nothing queued behind us starts during the wait.
            const f = classifyFault(err);
            if (f.kind === "rate_limited") limiter.pause(Math.min(f.retryAfterS, maxPauseS) * 1000);
            throw err;
          }
        });
      } catch (err) {
        if (err === HALT || err === LOST) return;
        const fault = classifyFault(err);
        switch (fault.kind) {
          case "rate_limited": {
            rateLimited++;
            const pauseS = Math.min(fault.retryAfterS, maxPauseS);
            deps.logger?.warn(
              { job: job.id, chatId, retryAfterS: fault.retryAfterS },
              "broadcast: 429, pausing",
            );
            if (fault.retryAfterS >= longPauseS) deps.onLongPause?.(job, fault.retryAfterS, pauseS);
            jobs.markRetry(d.id, owner, `429: retry after ${fault.retryAfterS}`, now());
            continue;
          }
          case "inactive":
            jobs.markInactive(d.id, owner, chatId, fault.reason, now());
            return settle("inactive");
          case "forbidden":
            if (forbidden++ < 1) {
              jobs.markRetry(d.id, owner, fault.reason, now());
              continue;
            }
            jobs.markFailed(d.id, owner, fault.reason, now());
            return settle("failed");
          case "migrated":
            if (++migrations > 2) {
              jobs.markFailed(d.id, owner, "migrated more than twice", now());
              return settle("failed");
            }
            if (!jobs.migrateDelivery(d.id, job.id, chatId, fault.newChatId, now())) return settle("skipped");
            chatId = fault.newChatId;
            continue;
          case "transient": {
            transient++;
            if (transient >= backoff.maxAttempts) {
              jobs.markFailed(d.id, owner, fault.reason, now());
              return settle("failed");
            }
            jobs.markRetry(d.id, owner, fault.reason, now());
            const exp = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (transient - 1));
            await sleep(exp / 2 + (Math.random() * exp) / 2);
            continue;
          }
          case "permanent":
            jobs.markFailed(d.id, owner, fault.reason, now());
            return settle("failed");
        }
      }
      return settle("sent");
    }
  };

  const inflight = new Set<Promise<void>>();
  const launch = (d: Delivery) => {
    const p: Promise<void> = deliverOne(d)
      .catch((err) => deps.logger?.error({ err, job: job.id, delivery: d.id }, "broadcast: delivery crashed"))
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  // Keeps our claims alive while rows wait in the limiter, back off or pause on a 429.
  const heartbeat = setInterval(() => {
    try {
      jobs.renewLeases(owner, now(), leaseMs);
    } catch (err) {
      deps.logger?.warn({ err, job: job.id }, "broadcast: could not renew leases");
    }
  }, leaseMs / 3);
  heartbeat.unref?.();
  try {
    while (!checkStop()) {
      // Claims are write transactions (an fsync each): take rows in chunks of a quarter window, not one by
      // one as slots free up.
      const room = window - inflight.size;
      const chunk = inflight.size === 0 || room >= Math.max(1, Math.floor(window / 4));
      const batch = chunk ? jobs.claim(job.id, owner, now(), leaseMs, room) : [];
      for (const d of batch) launch(d);
      if (batch.length > 0) continue;
      if (inflight.size > 0) {
        await Promise.race(inflight);
        continue;
      }
      if (jobs.stats(job.id).remaining === 0) break;
      // Every unfinished row is held by another worker: wait until they finish or their lease runs out.
      const expiry = jobs.nextLeaseExpiry(job.id) ?? clock.now();
      await defaultSleep(Math.min(1000, Math.max(20, expiry - clock.now() + 5)));
    }
    await Promise.all(inflight);
  } finally {
    clearInterval(heartbeat);
    // Rows claimed but not sent (stopping, cancelled) go back at once instead of waiting for the lease.
    jobs.releaseLeases(owner);
  }
  const final = jobs.stats(job.id);
  const outcome: DeliverOutcome = cancelled ? "cancelled" : halted || final.remaining > 0 ? "halted" : "done";
  return { outcome, stats: final, rateLimited, attempts };
}
