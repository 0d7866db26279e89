import type { Db } from "../storage/db.js";
import type {
  BroadcastJob,
  Delivery,
  DeliveryStatus,
  JobStats,
  JobStatus,
  OutgoingMessage,
} from "./types.js";

interface JobRow {
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
  markSending(deliveryId: number, now: Date): void;
  /** Recorded right after Telegram accepted the message. */
  markSent(deliveryId: number, messageId: number | null, now: Date): void;
  /** Back to pending after a failed attempt that will be retried. */
  markRetry(deliveryId: number, error: string, now: Date): void;
  markFailed(deliveryId: number, error: string, now: Date): void;
  /** Delivery final as inactive and the subscriber marked inactive, in one transaction. */
  markInactive(deliveryId: number, chatId: number, reason: string, now: Date): void;
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
  /** running -> done. */
  finish(id: number, now: Date): void;
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
  const sending = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?",
  );
  const sent = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'sent', message_id = ?, error = NULL, updated_at = ? WHERE id = ?",
  );
  const finalStatus = db.prepare(
    "UPDATE broadcast_deliveries SET status = ?, error = ?, updated_at = ? WHERE id = ?",
  );
  // A row cancelled while its send was in flight stays cancelled.
  const retry = db.prepare(
    "UPDATE broadcast_deliveries SET status = 'pending', error = ?, updated_at = ? WHERE id = ? AND status = 'sending'",
  );
  const subInactive = db.prepare(
    "UPDATE subscribers SET status = 'inactive', inactive_reason = ?, updated_at = ? WHERE chat_id = ? AND status = 'active'",
  );
  const deliveryExists = db.prepare<[number, number], { id: number }>(
    "SELECT id FROM broadcast_deliveries WHERE job_id = ? AND chat_id = ?",
  );
  const moveDelivery = db.prepare(
    "UPDATE broadcast_deliveries SET chat_id = ?, status = 'pending', updated_at = ? WHERE id = ?",
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

  const get = (id: number) => {
    const r = byId.get(id);
    return r ? toJob(r) : undefined;
  };

  const create = db.transaction((j: NewJob) => {
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

  const confirm = db.transaction((id: number, now: Date): ConfirmOutcome => {
    const job = byId.get(id);
    if (!job) return "missing";
    if (job.status === "cancelled") return "cancelled";
    return confirmStmt.run(now.toISOString(), id).changes > 0 ? "confirmed" : "already";
  });

  const cancel = db.transaction((id: number, now: Date): CancelOutcome => {
    const job = byId.get(id);
    if (!job) return "missing";
    if (job.status === "cancelled") return "already";
    if (job.status === "done") return "finished";
    cancelStmt.run(now.toISOString(), id);
    cancelDeliveries.run(now.toISOString(), id);
    return "cancelled";
  });

  const start = db.transaction((id: number, now: Date) => {
    const job = byId.get(id);
    if (!job) return undefined;
    if (job.status === "running") return toJob(job);
    if (job.status !== "queued") return undefined;
    const iso = now.toISOString();
    startStmt.run(iso, id);
    materialise.run(id, iso);
    return get(id);
  });

  const markInactive = db.transaction((deliveryId: number, chatId: number, reason: string, now: Date) => {
    const iso = now.toISOString();
    finalStatus.run("inactive", reason, iso, deliveryId);
    subInactive.run(reason, iso, chatId);
  });

  const migrateDelivery = db.transaction(
    (deliveryId: number, jobId: number, oldChatId: number, newChatId: number, now: Date) => {
      const iso = now.toISOString();
      if (subByChat.get(oldChatId)) {
        if (subByChat.get(newChatId)) delSub.run(oldChatId);
        else moveSub.run(newChatId, iso, oldChatId);
      }
      if (deliveryExists.get(jobId, newChatId)) {
        finalStatus.run("skipped", `migrated to ${newChatId}, already queued`, iso, deliveryId);
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
    markSending: (id, now) => void sending.run(now.toISOString(), id),
    markSent: (id, messageId, now) => void sent.run(messageId, now.toISOString(), id),
    markRetry: (id, error, now) => void retry.run(error, now.toISOString(), id),
    markFailed: (id, error, now) => void finalStatus.run("failed", error, now.toISOString(), id),
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
    finish: (id, now) => void finishStmt.run(now.toISOString(), id),
    setStatusMessage: (id, chatId, messageId) => void statusMsg.run(chatId, messageId, id),
  };
}
