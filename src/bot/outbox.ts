import { classifyFault } from "../broadcast/faults.js";
import type { Logger } from "../log.js";
import { errorSummary } from "./retry.js";

/** The sendMessage parameters of one reply, exactly as sent (JSON-safe, so they can be stored). */
export type ReplyPayload = { chat_id: number; text: string } & Record<string, unknown>;

/** One reply waiting in the outbox. */
export interface OutboxRow {
  id: number;
  /** Unique per reply (update id and position): a repeated update yields the same key. */
  key: string;
  chatId: number;
  payload: ReplyPayload;
  /** Epoch ms when the reply was first stored. */
  createdAt: number;
  /** Epoch ms of the next attempt. */
  dueAt: number;
  attempts: number;
}

/**
 * Where the outbox keeps replies (SQLite in the bot, see outboxStore.ts; memory in tests). A delivered or
 * failed reply keeps its key (not its text) for a while, so a repeated update is not answered twice.
 */
export interface OutboxStore {
  /** Stores a new pending reply, or returns undefined when `key` is known already. */
  add(key: string, chatId: number, payload: ReplyPayload, now: number): OutboxRow | undefined;
  reschedule(id: number, dueAt: number, attempts: number, error: string): void;
  /** Delivered: the text is dropped, the key kept. */
  markSent(id: number, now: number): void;
  /** Given up: the text is dropped, the key kept. */
  markFailed(id: number, error: string, now: number): void;
  /** The chat moved (group became a supergroup). */
  moveChat(id: number, chatId: number, payload: ReplyPayload): void;
  /** Pending replies, oldest first. */
  pending(): OutboxRow[];
  /** Forgets finished replies older than `before` (epoch ms). Returns how many. */
  prune(before: number): number;
}

/** A Telegram client's raw call (no retries of its own: the outbox decides when to try again). */
export type CallApi = (method: string, payload: unknown) => Promise<unknown>;

export interface OutboxOptions {
  callApi: CallApi;
  store?: OutboxStore;
  logger?: Logger;
  /** The plain-text apology sent once when a reply finally cannot be delivered. */
  apology: string;
  /** How long a reply may keep waiting for Telegram (REPLY_MAX_WAIT_S). Default 600000 ms. */
  maxWaitMs?: number;
  /** How long `send` waits for delivery before leaving the reply to the background. Default 5000 ms. */
  inlineWaitMs?: number;
  /** First wait after a 5xx / network error; doubles each time (with jitter). Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest wait between two attempts (a longer retry_after is still honoured). Default 60000 ms. */
  maxDelayMs?: number;
  /** How long delivered keys are remembered against repeated updates. Default 24 h. */
  keepKeysMs?: number;
  now?: () => number;
}

/** How `send` ended: delivered; stored and left to the background; already handled (repeated update); given up. */
export type SendResult = "sent" | "queued" | "duplicate" | "failed";

/**
 * The reply outbox: every reply is stored before its first attempt and forgotten (but for its key) once
 * Telegram accepted it, so replies wait out an outage (5xx, network errors, 429 with its retry_after, up to
 * `maxWaitMs`), survive a restart (`start` resends what is pending) and reach the user once. Replies to one
 * chat go out in order. Only when a reply finally cannot be delivered does the user get the apology.
 */
export interface ReplyOutbox {
  /**
   * Stores the reply and sends it, waiting up to `inlineWaitMs` for delivery. Rejects with Telegram's error
   * when it refuses the reply for good (403 blocked, 400 bad request): the caller's error handling applies.
   */
  send(key: string, payload: ReplyPayload): Promise<SendResult>;
  /** Resumes pending replies (from a previous process too). Idempotent. */
  start(): void;
  /** Stops the timers and waits for attempts in flight; pending replies stay stored for the next start. */
  stop(): Promise<void>;
  /** Replies waiting for delivery. */
  pendingCount(): number;
}

type Waiter = { resolve: (r: SendResult) => void; reject: (err: unknown) => void };

/** Creates the outbox; nothing is resent before `start()`, but `send` works at once. */
export function createReplyOutbox(options: OutboxOptions): ReplyOutbox {
  const store = options.store ?? createMemoryOutboxStore();
  const now = options.now ?? Date.now;
  const maxWaitMs = options.maxWaitMs ?? 600_000;
  const inlineWaitMs = options.inlineWaitMs ?? 5000;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const keepKeysMs = options.keepKeysMs ?? 24 * 3600_000;
  const log = options.logger;

  /** Pending replies by id (insertion = id order), mirrored from the store. */
  const pending = new Map<number, OutboxRow>();
  const busyChats = new Set<number>();
  const inflight = new Set<Promise<void>>();
  const waiters = new Map<number, Waiter>();
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let pruner: NodeJS.Timeout | undefined;
  let started = false;
  let stopped = false;

  const settle = (id: number, result: SendResult | { error: unknown }) => {
    const w = waiters.get(id);
    waiters.delete(id);
    if (!w) return false;
    if (typeof result === "object") w.reject(result.error);
    else w.resolve(result);
    return true;
  };

  const apologise = async (row: OutboxRow) => {
    try {
      await options.callApi("sendMessage", { chat_id: row.payload.chat_id, text: options.apology });
    } catch (err) {
      log?.warn({ chat_id: row.chatId, error: errorSummary(err) }, "apology could not be sent either");
    }
  };

  const giveUp = async (row: OutboxRow, err: unknown, reason: string, apology: boolean) => {
    pending.delete(row.id);
    store.markFailed(row.id, reason, now());
    log?.warn({ chat_id: row.chatId, attempts: row.attempts, error: reason }, "reply given up");
    // A caller still waiting handles Telegram's refusal itself (apology, or quiet for a 403).
    if (settle(row.id, { error: err })) return;
    if (apology) await apologise(row);
  };

  const attempt = async (row: OutboxRow): Promise<void> => {
    busyChats.add(row.chatId);
    try {
      row.attempts++;
      try {
        await options.callApi("sendMessage", row.payload);
      } catch (err) {
        const fault = classifyFault(err);
        const reason = errorSummary(err);
        const t = now();
        let delay: number;
        switch (fault.kind) {
          case "rate_limited":
            // Bot-wide: hold every reply until Telegram lets us send again.
            delay = fault.retryAfterS * 1000;
            pausedUntil = Math.max(pausedUntil, t + delay);
            break;
          case "transient": {
            const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** (row.attempts - 1));
            delay = exp / 2 + (Math.random() * exp) / 2;
            break;
          }
          case "migrated":
            row.chatId = fault.newChatId;
            row.payload = { ...row.payload, chat_id: fault.newChatId };
            store.moveChat(row.id, row.chatId, row.payload);
            delay = baseDelayMs;
            break;
          case "inactive":
          case "forbidden":
            // The user blocked the bot or it left the group: nobody to apologise to.
            return await giveUp(row, err, reason, false);
          default:
            return await giveUp(row, err, reason, true);
        }
        // The last attempt is made at the deadline itself; only when that fails too is the reply given up.
        const deadline = row.createdAt + maxWaitMs;
        if (t >= deadline) {
          log?.warn({ chat_id: row.chatId, waited_ms: t - row.createdAt }, "reply waited too long");
          pending.delete(row.id);
          store.markFailed(row.id, `gave up after ${row.attempts} attempts: ${reason}`, t);
          settle(row.id, "failed");
          await apologise(row);
          return;
        }
        row.dueAt = Math.min(t + delay, deadline);
        store.reschedule(row.id, row.dueAt, row.attempts, reason);
        log?.warn(
          { chat_id: row.chatId, attempt: row.attempts, retry_in_ms: Math.round(delay), error: reason },
          "reply not delivered yet; will retry",
        );
        return;
      }
      pending.delete(row.id);
      store.markSent(row.id, now());
      settle(row.id, "sent");
    } finally {
      busyChats.delete(row.chatId);
      schedule(0);
    }
  };

  const launch = (row: OutboxRow) => {
    const p = attempt(row)
      .catch((err) => log?.error({ error: errorSummary(err) }, "reply outbox failed"))
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };

  /** Starts every reply that is due, at most one per chat (the oldest), unless paused. */
  const pump = () => {
    timer = undefined;
    if (stopped) return;
    const t = now();
    let next = Number.POSITIVE_INFINITY;
    const seen = new Set<number>();
    for (const row of pending.values()) {
      if (seen.has(row.chatId)) continue;
      seen.add(row.chatId);
      if (busyChats.has(row.chatId)) continue;
      const due = Math.max(row.dueAt, pausedUntil);
      if (due <= t) launch(row);
      else next = Math.min(next, due);
    }
    if (next < Number.POSITIVE_INFINITY) schedule(next - t);
  };

  function schedule(ms: number) {
    if (stopped) return;
    if (timer) {
      if (ms > 0) return; // a pump is already coming; attempts reschedule as they finish
      clearTimeout(timer);
    }
    timer = setTimeout(pump, Math.max(0, ms));
    timer.unref?.();
  }

  return {
    async send(key, payload) {
      const row = store.add(key, payload.chat_id, payload, now());
      if (!row) return "duplicate";
      pending.set(row.id, row);
      const delivered = new Promise<SendResult>((resolve, reject) =>
        waiters.set(row.id, { resolve, reject }),
      );
      // Straight out unless an older reply to this chat is still waiting (order) or Telegram asked us to wait.
      // A loop, not a copy of every pending row per reply (thousands pending during a burst).
      let older = false;
      for (const r of pending.values()) {
        if (r.chatId === row.chatId && r.id !== row.id) {
          older = true;
          break;
        }
      }
      if (!older && !busyChats.has(row.chatId) && pausedUntil <= now() && !stopped) launch(row);
      else schedule(0);
      let timeout: NodeJS.Timeout | undefined;
      const waited = new Promise<SendResult>((resolve) => {
        timeout = setTimeout(() => resolve("queued"), inlineWaitMs);
      });
      try {
        const result = await Promise.race([delivered, waited]);
        if (result === "queued") waiters.delete(row.id);
        return result;
      } finally {
        clearTimeout(timeout);
      }
    },
    start() {
      if (started) return;
      started = true;
      stopped = false;
      store.prune(now() - keepKeysMs);
      // Finished replies keep only their key, and only for keepKeysMs.
      pruner = setInterval(() => {
        try {
          store.prune(now() - keepKeysMs);
        } catch (err) {
          log?.warn({ error: errorSummary(err) }, "could not prune the reply outbox");
        }
      }, 3600_000);
      pruner.unref?.();
      const all = [...pending.values()];
      for (const row of store.pending()) if (!pending.has(row.id)) all.push(row);
      pending.clear();
      for (const row of all.sort((a, b) => a.id - b.id)) pending.set(row.id, row);
      if (pending.size > 0) log?.info({ replies: pending.size }, "resending replies left pending");
      schedule(0);
    },
    async stop() {
      stopped = true;
      started = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      clearInterval(pruner);
      await Promise.all(inflight);
      for (const id of [...waiters.keys()]) settle(id, "queued");
    },
    pendingCount: () => pending.size,
  };
}

/** An outbox store in memory: replies survive nothing, keys are kept as long as the process lives. */
export function createMemoryOutboxStore(): OutboxStore {
  const rows = new Map<number, OutboxRow & { status: "pending" | "sent" | "failed"; doneAt?: number }>();
  const keys = new Map<string, number>();
  let nextId = 1;
  const finish = (id: number, status: "sent" | "failed", t: number) => {
    const r = rows.get(id);
    if (r) Object.assign(r, { status, doneAt: t, chatId: 0, payload: { chat_id: 0, text: "" } });
  };
  return {
    add(key, chatId, payload, now) {
      if (keys.has(key)) return undefined;
      const row = { id: nextId++, key, chatId, payload, createdAt: now, dueAt: now, attempts: 0 };
      rows.set(row.id, { ...row, status: "pending" });
      keys.set(key, row.id);
      return row;
    },
    reschedule(id, dueAt, attempts) {
      const r = rows.get(id);
      if (r) Object.assign(r, { dueAt, attempts });
    },
    markSent: (id, t) => finish(id, "sent", t),
    markFailed: (id, _e, t) => finish(id, "failed", t),
    moveChat(id, chatId, payload) {
      const r = rows.get(id);
      if (r) Object.assign(r, { chatId, payload });
    },
    pending: () =>
      [...rows.values()]
        .filter((r) => r.status === "pending")
        .map(({ status: _s, doneAt: _d, ...row }) => row),
    prune(before) {
      let n = 0;
      for (const [id, r] of rows) {
        if (r.status !== "pending" && (r.doneAt ?? 0) < before) {
          rows.delete(id);
          keys.delete(r.key);
          n++;
        }
      }
      return n;
    },
  };
}
