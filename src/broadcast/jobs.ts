import type { Db } from "../storage/db.js";
import type {
  BroadcastJob,
  Delivery,
  DeliveryStatus,
  JobStats,
  JobStatus,
  OutgoingMessage,
} from "./types.js";

/** A row of broadcast_jobs as SQLite returns it. */
export interface JobRow {
  id: number;
  idem_key: string;
  status: JobStatus;
  text: string;
  entities: string | null;
  created_by: number | null;
  origin_chat_id: number | null;
  created_at: string;
  scheduled_at: string;
  confirmed_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  status_chat_id: number | null;
  status_message_id: number | null;
}

interface DeliveryRow {
  id: number;
  job_id: number;
  chat_id: number;
  status: DeliveryStatus;
  attempts: number;
}

const toJob = (r: JobRow): BroadcastJob => ({
  id: r.id,
  idemKey: r.idem_key,
  status: r.status,
  message: { text: r.text, entities: r.entities ? JSON.parse(r.entities) : [] },
  createdBy: r.created_by,
  originChatId: r.origin_chat_id,
  createdAt: r.created_at,
  scheduledAt: r.scheduled_at,
  confirmedAt: r.confirmed_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  statusChatId: r.status_chat_id,
  statusMessageId: r.status_message_id,
});

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  jobId: r.job_id,
  chatId: r.chat_id,
  status: r.status,
  attempts: r.attempts,
});

export interface NewJob {
  /**
   * Idempotency key: the same key always yields the same job (e.g. `tg:<chat>:<message_id>` for the
   * admin's command message, `cli:<hash>` from the terminal). A repeated update cannot create a second job.
   */
  idemKey: string;
  message: OutgoingMessage;
  createdBy?: number | null;
  originChatId?: number | null;
  /** When delivery may start; default now. */
  scheduledAt?: Date;
  now: Date;
  /** "draft" waits for confirmation ("Kirim"); "queued" is confirmed already (terminal). */
  status: "draft" | "queued";
}

export type ConfirmOutcome = "confirmed" | "already" | "cancelled" | "missing";
export type CancelOutcome = "cancelled" | "already" | "finished" | "missing";

/** Broadcast jobs and their per-(job, chat) delivery rows. Every state change is one SQLite transaction. */
export interface JobRepo {
  /** Creates the job for `idemKey`, or returns the existing one (`created: false`). */
  create(job: NewJob): { job: BroadcastJob; created: boolean };
  get(id: number): BroadcastJob | undefined;
  /** draft -> queued, exactly once: a second press answers "already". */
  confirm(id: number, now: Date): ConfirmOutcome;
  /** draft/queued/running -> cancelled; unsent deliveries become cancelled. */
  cancel(id: number, now: Date): CancelOutcome;
  /** Confirmed jobs not started yet, soonest first. */
  listQueued(): BroadcastJob[];
  /** The job the worker should run now: an interrupted running job first, then the oldest due queued one. */
  nextRunnable(now: Date): BroadcastJob | undefined;
  /** When the next queued job becomes due (ISO), if any. */
  nextDueAt(): string | undefined;
  /**
   * queued -> running: one delivery row per active subscriber, in the same transaction. Running jobs are
   * returned unchanged (resume). Returns undefined when the job is neither.
   */
  start(id: number, now: Date): BroadcastJob | undefined;
  /** Unfinished deliveries (pending or sending) after `afterId`, in id order. */
  unfinished(jobId: number, afterId: number, limit: number): Delivery[];
  /**
   * Claims up to `limit` unfinished deliveries of the job for `owner` until `now + leaseMs`, atomically
   * (one IMMEDIATE transaction): rows nobody holds, or whose lease has run out (their worker died), in id
   * order. Two workers never get the same row while its lease runs.
   */
  claim(jobId: number, owner: string, now: Date, leaseMs: number, limit: number): Delivery[];
  /** Extends the lease of every unfinished row `owner` holds. Returns how many. */
  renewLeases(owner: string, now: Date, leaseMs: number): number;
  /**
   * Gives unfinished rows back (pending, unclaimed): those of `owner`, or, without one, every row (only
   * safe when no other worker can be alive, e.g. at start-up under the DATA_DIR lock). Returns how many.
   */
  releaseLeases(owner?: string): number;
  /** When the earliest lease on an unfinished row of the job runs out (epoch ms), if any row is held. */
  nextLeaseExpiry(jobId: number): number | undefined;
  /**
   * Marks the row in flight and renews its lease, only if `owner` still holds it and it is unfinished.
   * False means another worker took it over (or it was cancelled): do not send.
   */
  markSending(deliveryId: number, owner: string, now: Date, leaseMs: number): boolean;
  /**
   * Recorded right after Telegram accepted the message, whoever holds the row now (the message did go
   * out, and recording it stops a new holder from sending it again). Returns false when `owner` no longer
   * held it (its lease had run out): worth a warning.
   */
  markSent(deliveryId: number, owner: string, messageId: number | null, now: Date): boolean;
  /** Back to pending (still held by `owner`) after a failed attempt that will be retried. */
  markRetry(deliveryId: number, owner: string, error: string, now: Date): void;
  /** Final failure; only while `owner` holds the row and it is unfinished. */
  markFailed(deliveryId: number, owner: string, error: string, now: Date): void;
  /** Delivery final as inactive and the subscriber marked inactive, in one transaction (while `owner` holds it). */
  markInactive(deliveryId: number, owner: string, chatId: number, reason: string, now: Date): void;
  /**
   * The chat became a supergroup: moves the delivery and the subscriber to `newChatId`. Returns false when
   * the new id already has a delivery in this job (this row is then skipped, so nobody gets two copies).
   */
  migrateDelivery(
    deliveryId: number,
    jobId: number,
    oldChatId: number,
    newChatId: number,
    now: Date,
  ): boolean;
  stats(jobId: number): JobStats;
  /** running -> done. True for the one caller that changed it (several workers may finish together). */
  finish(id: number, now: Date): boolean;
  setStatusMessage(id: number, chatId: number, messageId: number): void;
}

/** Creates the job repository on an open, migrated database. */
export function createJobRepo(db: Db): JobRepo {
  const byId = db.prepare<[number], JobRow>("SELECT * FROM broadcast_jobs WHERE id = ?");
  const byKey = db.prepare<[string], JobRow>("SELECT * FROM broadcast_jobs WHERE idem_key = ?");
  const insert = db.prepare(
    `INSERT INTO broadcast_jobs (idem_key, status, text, entities, created_by, origin_chat_id, created_at, scheduled_at, confirmed_at)
     VALUES (@idemKey, @status, @text, @entities, @createdBy, @originChatId, @createdAt, @scheduledAt, @confirmedAt)
     ON CONFLICT (idem_key) DO NOTHING`,
  );
  const confirmStmt = db.prepare(
    "UPDATE broadcast_jobs SET status = 'queued', confirmed_at = ? WHERE id = ? AND status = 'draft'",
  );
  const cancelStmt = db.prepare(
    "UPDATE broadcast_jobs SET status = 'cancelled', finished_at = ? WHERE id = ? AND status IN ('draft', 'queued', 'running')",
  );
  const cancelDeliveries = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'cancelled', updated_at = ? WHERE job_id = ? AND status IN ('pending', 'sending')",
  );
  const queued = db.prepare<[], JobRow>(
    "SELECT * FROM broadcast_jobs WHERE status = 'queued' ORDER BY scheduled_at, id",
  );
  const running = db.prepare<[], JobRow>(
    "SELECT * FROM broadcast_jobs WHERE status = 'running' ORDER BY id LIMIT 1",
  );
  const due = db.prepare<[string], JobRow>(
    "SELECT * FROM broadcast_jobs WHERE status = 'queued' AND scheduled_at <= ? ORDER BY scheduled_at, id LIMIT 1",
  );
  const nextDue = db.prepare<[], { at: string }>(
    "SELECT MIN(scheduled_at) AS at FROM broadcast_jobs WHERE status = 'queued'",
  );
  const startStmt = db.prepare(
    "UPDATE broadcast_jobs SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'",
  );
  const materialise = db.prepare(
    `INSERT OR IGNORE INTO broadcast_deliveries (job_id, chat_id, status, updated_at)
     SELECT ?, chat_id, 'pending', ? FROM subscribers WHERE status = 'active' ORDER BY chat_id`,
  );
  const unfinished = db.prepare<[number, number, number], DeliveryRow>(
    `SELECT id, job_id, chat_id, status, attempts FROM broadcast_deliveries
     WHERE job_id = ? AND id > ? AND status IN ('pending', 'sending') ORDER BY id LIMIT ?`,
  );
  const claimStmt = db.prepare<[string, number, number, number, number], DeliveryRow>(
    `UPDATE broadcast_deliveries SET claimed_by = ?, lease_until = ?
     WHERE id IN (
       SELECT id FROM broadcast_deliveries
       WHERE job_id = ? AND status IN ('pending', 'sending') AND (lease_until IS NULL OR lease_until <= ?)
       ORDER BY id LIMIT ?
     )
     RETURNING id, job_id, chat_id, status, attempts`,
  );
  const renew = db.prepare(
    "UPDATE broadcast_deliveries SET lease_until = ? WHERE claimed_by = ? AND status IN ('pending', 'sending')",
  );
  const releaseOwn = db.prepare(
    "UPDATE broadcast_deliveries SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ? AND status IN ('pending', 'sending')",
  );
  const releaseAll = db.prepare(
    "UPDATE broadcast_deliveries SET claimed_by = NULL, lease_until = NULL WHERE lease_until IS NOT NULL AND status IN ('pending', 'sending')",
  );
  const leaseExpiry = db.prepare<[number], { at: number | null }>(
    "SELECT MIN(lease_until) AS at FROM broadcast_deliveries WHERE job_id = ? AND status IN ('pending', 'sending') AND lease_until IS NOT NULL",
  );
  const sending = db.prepare(
    `UPDATE broadcast_deliveries SET status = 'sending', attempts = attempts + 1, lease_until = ?, updated_at = ?
     WHERE id = ? AND claimed_by = ? AND status IN ('pending', 'sending')`,
  );
  const holder = db.prepare<[number], { claimed_by: string | null }>(
    "SELECT claimed_by FROM broadcast_deliveries WHERE id = ?",
  );
  const sent = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'sent', message_id = ?, error = NULL, lease_until = NULL, updated_at = ? WHERE id = ?",
  );
  const finalStatus = db.prepare(
    "UPDATE broadcast_deliveries SET status = ?, error = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND claimed_by = ? AND status IN ('pending', 'sending')",
  );
  // A row cancelled while its send was in flight stays cancelled.
  const retry = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'pending', error = ?, updated_at = ? WHERE id = ? AND claimed_by = ? AND status = 'sending'",
  );
  const subInactive = db.prepare(
    "UPDATE subscribers SET status = 'inactive', inactive_reason = ?, updated_at = ? WHERE chat_id = ? AND status = 'active'",
  );
  const deliveryExists = db.prepare<[number, number], { id: number }>(
    "SELECT id FROM broadcast_deliveries WHERE job_id = ? AND chat_id = ?",
  );
  const moveDelivery = db.prepare(
    "UPDATE broadcast_deliveries SET chat_id = ?, status = 'pending', updated_at = ? WHERE id = ? AND status IN ('pending', 'sending')",
  );
  const skipDelivery = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'skipped', error = ?, lease_until = NULL, updated_at = ? WHERE id = ? AND status IN ('pending', 'sending')",
  );
  const subByChat = db.prepare<[number], { chat_id: number }>(
    "SELECT chat_id FROM subscribers WHERE chat_id = ?",
  );
  const delSub = db.prepare("DELETE FROM subscribers WHERE chat_id = ?");
  const moveSub = db.prepare(
    "UPDATE subscribers SET chat_id = ?, kind = 'supergroup', updated_at = ? WHERE chat_id = ?",
  );
  const counts = db.prepare<[number], { status: DeliveryStatus; n: number }>(
    "SELECT status, COUNT(*) AS n FROM broadcast_deliveries WHERE job_id = ? GROUP BY status",
  );
  const finishStmt = db.prepare(
    "UPDATE broadcast_jobs SET status = 'done', finished_at = ? WHERE id = ? AND status = 'running'",
  );
  const statusMsg = db.prepare(
    "UPDATE broadcast_jobs SET status_chat_id = ?, status_message_id = ? WHERE id = ?",
  );

  const tx = <A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) =>
    db.transaction(fn).immediate;
  const claimTx = tx((jobId: number, owner: string, nowMs: number, leaseMs: number, limit: number) =>
    claimStmt.all(owner, nowMs + leaseMs, jobId, nowMs, limit),
  );

  const get = (id: number) => {
    const r = byId.get(id);
    return r ? toJob(r) : undefined;
  };

  // Write transactions are IMMEDIATE: they take the write lock before reading, so two processes cannot both
  // read a row as free and then both change it (and no deferred read->write upgrade can fail as busy).
  const create = tx((j: NewJob) => {
    const existing = byKey.get(j.idemKey);
    if (existing) return { job: toJob(existing), created: false };
    const now = j.now.toISOString();
    const info = insert.run({
      idemKey: j.idemKey,
      status: j.status,
      text: j.message.text,
      entities: j.message.entities.length ? JSON.stringify(j.message.entities) : null,
      createdBy: j.createdBy ?? null,
      originChatId: j.originChatId ?? null,
      createdAt: now,
      scheduledAt: (j.scheduledAt ?? j.now).toISOString(),
      confirmedAt: j.status === "queued" ? now : null,
    });
    const row = byKey.get(j.idemKey);
    if (!row) throw new Error(`broadcast job ${j.idemKey} vanished`);
    return { job: toJob(row), created: info.changes > 0 };
  });

  const confirm = tx((id: number, now: Date): ConfirmOutcome => {
    const job = byId.get(id);
    if (!job) return "missing";
    if (job.status === "cancelled") return "cancelled";
    return confirmStmt.run(now.toISOString(), id).changes > 0 ? "confirmed" : "already";
  });

  const cancel = tx((id: number, now: Date): CancelOutcome => {
    const job = byId.get(id);
    if (!job) return "missing";
    if (job.status === "cancelled") return "already";
    if (job.status === "done") return "finished";
    cancelStmt.run(now.toISOString(), id);
    cancelDeliveries.run(now.toISOString(), id);
    return "cancelled";
  });

  const start = tx((id: number, now: Date) => {
    const job = byId.get(id);
    if (!job) return undefined;
    if (job.status === "running") return toJob(job);
    if (job.status !== "queued") return undefined;
    const iso = now.toISOString();
    startStmt.run(iso, id);
    materialise.run(id, iso);
    return get(id);
  });

  const markInactive = tx((deliveryId: number, owner: string, chatId: number, reason: string, now: Date) => {
    const iso = now.toISOString();
    if (finalStatus.run("inactive", reason, iso, deliveryId, owner).changes > 0)
      subInactive.run(reason, iso, chatId);
  });

  const migrateDelivery = tx(
    (deliveryId: number, jobId: number, oldChatId: number, newChatId: number, now: Date) => {
      const iso = now.toISOString();
      if (subByChat.get(oldChatId)) {
        if (subByChat.get(newChatId)) delSub.run(oldChatId);
        else moveSub.run(newChatId, iso, oldChatId);
      }
      if (deliveryExists.get(jobId, newChatId)) {
        skipDelivery.run(`migrated to ${newChatId}, already queued`, iso, deliveryId);
        return false;
      }
      moveDelivery.run(newChatId, iso, deliveryId);
      return true;
    },
  );

  return {
    create,
    get,
    confirm,
    cancel,
    listQueued: () => queued.all().map(toJob),
    nextRunnable: (now) => {
      const r = running.get() ?? due.get(now.toISOString());
      return r ? toJob(r) : undefined;
    },
    nextDueAt: () => nextDue.get()?.at ?? undefined,
    start,
    unfinished: (jobId, afterId, limit) => unfinished.all(jobId, afterId, limit).map(toDelivery),
    claim: (jobId, owner, now, leaseMs, limit) =>
      claimTx(jobId, owner, now.getTime(), leaseMs, limit)
        .map(toDelivery)
        .sort((a, b) => a.id - b.id),
    renewLeases: (owner, now, leaseMs) => renew.run(now.getTime() + leaseMs, owner).changes,
    releaseLeases: (owner) => (owner === undefined ? releaseAll.run() : releaseOwn.run(owner)).changes,
    nextLeaseExpiry: (jobId) => leaseExpiry.get(jobId)?.at ?? undefined,
    markSending: (id, owner, now, leaseMs) =>
      sending.run(now.getTime() + leaseMs, now.toISOString(), id, owner).changes > 0,
    markSent: tx((id: number, owner: string, messageId: number | null, now: Date) => {
      const held = holder.get(id)?.claimed_by === owner;
      sent.run(messageId, now.toISOString(), id);
      return held;
    }),
    markRetry: (id, owner, error, now) => void retry.run(error, now.toISOString(), id, owner),
    markFailed: (id, owner, error, now) =>
      void finalStatus.run("failed", error, now.toISOString(), id, owner),
    markInactive,
    migrateDelivery,
    stats: (jobId) => {
      const s: JobStats = {
        total: 0,
        sent: 0,
        failed: 0,
        inactive: 0,
        skipped: 0,
        cancelled: 0,
        remaining: 0,
      };
      for (const { status, n } of counts.all(jobId)) {
        s.total += n;
        if (status === "pending" || status === "sending") s.remaining += n;
        else s[status] += n;
      }
      return s;
    },
    finish: (id, now) => finishStmt.run(now.toISOString(), id).changes > 0,
    setStatusMessage: (id, chatId, messageId) => void statusMsg.run(chatId, messageId, id),
  };
}
