import type { Logger } from "../log.js";
import type { JobRepo } from "./jobs.js";
import { createSendLimiter, type RateLimits, type SendLimiter } from "./limiter.js";
import type { BroadcastJob, Clock, JobStats } from "./types.js";
import { systemClock } from "./types.js";
import { type DeliverDeps, type DeliverResult, deliver, newWorkerId, type SendFn } from "./worker.js";

export interface WorkerHooks {
  /** A job starts (or resumes after a restart) with these counts. */
  onJobStart?(job: BroadcastJob, stats: JobStats): void | Promise<void>;
  onProgress?: DeliverDeps["onProgress"];
  onLongPause?: DeliverDeps["onLongPause"];
  /** A job ended: done or cancelled (not when the worker stopped midway). */
  onJobEnd?(job: BroadcastJob, result: DeliverResult): void | Promise<void>;
}

export interface BroadcastWorkerOptions extends WorkerHooks {
  jobs: JobRepo;
  send: SendFn;
  limits: RateLimits;
  clock?: Clock;
  logger?: Logger;
  /** How often to look for due or newly enqueued jobs (e.g. from the CLI). Default 2000 ms. */
  pollMs?: number;
  /** Passed through to deliver(). */
  deliverOptions?: Pick<DeliverDeps, "backoff" | "maxPauseS" | "longPauseS" | "window" | "sleep" | "leaseMs">;
  /**
   * This process is the only worker on the database (it holds the DATA_DIR lock, see storage/lock.ts), so
   * claims found at start belong to a process that died: take them over at once instead of waiting for
   * their leases to run out. Leave false when other workers may be alive.
   */
  takeOverLeases?: boolean;
}

/** The delivery worker: runs outside the update handlers, one job at a time. */
export interface BroadcastWorker {
  /** Starts the loop; resumes an interrupted job first. Idempotent. */
  start(): void;
  /** Looks for work now (after a job was confirmed) instead of at the next poll. */
  wake(): void;
  /** Lets in-flight sends finish, leaves the rest queued for the next start, and resolves when idle. */
  stop(): Promise<void>;
  /** Resolves when no job is due or running (tests, CLI). */
  idle(): Promise<void>;
  readonly limiter: SendLimiter;
}

/** Creates the worker. Nothing runs until start(). */
export function createBroadcastWorker(opts: BroadcastWorkerOptions): BroadcastWorker {
  const clock = opts.clock ?? systemClock;
  const pollMs = opts.pollMs ?? 2000;
  const limiter = createSendLimiter(opts.limits);
  const owner = newWorkerId();
  let running = false;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let idleWaiters: Array<() => void> = [];

  const waitForWork = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const runOnce = async (): Promise<boolean> => {
    const now = new Date(clock.now());
    const next = opts.jobs.nextRunnable(now);
    if (!next) return false;
    const job = opts.jobs.start(next.id, now);
    if (!job) return true;
    await opts.onJobStart?.(job, opts.jobs.stats(job.id));
    opts.logger?.info({ job: job.id }, "broadcast: job started");
    const result = await deliver(job, {
      jobs: opts.jobs,
      send: opts.send,
      limiter,
      clock,
      logger: opts.logger,
      shouldHalt: () => stopping,
      owner,
      onProgress: opts.onProgress,
      onLongPause: opts.onLongPause,
      ...opts.deliverOptions,
    });
    // With several workers on one job, all see it done; the one that marks it done reports it.
    const ours = result.outcome === "done" ? opts.jobs.finish(job.id, new Date(clock.now())) : true;
    opts.logger?.info({ job: job.id, outcome: result.outcome, ...result.stats }, "broadcast: job ended");
    if (result.outcome !== "halted" && ours) await opts.onJobEnd?.(opts.jobs.get(job.id) ?? job, result);
    return result.outcome !== "halted";
  };

  const run = async () => {
    while (!stopping) {
      let worked = false;
      try {
        worked = await runOnce();
      } catch (err) {
        opts.logger?.error({ err }, "broadcast: worker error; retrying shortly");
      }
      if (stopping) break;
      if (!worked) {
        for (const w of idleWaiters) w();
        idleWaiters = [];
        await waitForWork();
      }
    }
  };

  return {
    limiter,
    start() {
      if (running) return;
      running = true;
      stopping = false;
      if (opts.takeOverLeases) {
        const n = opts.jobs.releaseLeases();
        if (n > 0) opts.logger?.info({ rows: n }, "broadcast: took over deliveries a stopped process held");
      }
      loop = run().finally(() => {
        running = false;
      });
    },
    wake() {
      wakeUp?.();
    },
    async stop() {
      stopping = true;
      limiter.dispose();
      wakeUp?.();
      await loop;
      limiter.dispose();
      for (const w of idleWaiters) w();
      idleWaiters = [];
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        wakeUp?.();
      });
    },
  };
}
