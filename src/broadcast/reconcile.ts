import type { Db } from "../storage/db.js";
import type { JobRow } from "./jobs.js";

/** What a restore did to the broadcast record and the reply outbox. */
export interface ReconcileReport {
  /** Jobs whose record (status and every delivery) was taken from the newer database. */
  fromNewer: number;
  /** Jobs only the newer database knew (created after the backup), copied over. */
  added: number;
  /** Jobs queued or running in the backup that the newer database could not vouch for, stopped. */
  heldJobs: number[];
  /** Deliveries of those jobs not sent again (whether they went out after the backup is unknown). */
  unknownSkipped: number;
  /** Deliveries the worker will send when the bot starts. */
  toResume: number;
  /** Replies pending in the backup that will not be sent again. */
  repliesDropped: number;
}

export interface ReconcileOptions {
  /** Resume unknown deliveries as the backup has them (risking a second copy). Default false. */
  resendUnknown?: boolean;
  /** When the backup was taken, for the notes on skipped rows. */
  takenAt?: string;
  now: Date;
}

interface DeliveryRow {
  chat_id: number;
  status: string;
  attempts: number;
  message_id: number | null;
  error: string | null;
  updated_at: string | null;
}

/**
 * Makes a restored backup safe to resume from. A backup says nothing about what was sent after it was
 * taken, so the broadcast record comes from the newest source there is:
 * - with the database the restore replaced (`newer`, still readable): every job it knows keeps its status
 *   and delivery rows from there, jobs created after the backup are copied over, so the worker sends
 *   exactly what nobody sent;
 * - jobs queued or running in the backup that `newer` cannot vouch for (no newer database, or not in it):
 *   their unsent rows are marked skipped and the job ends, unless `resendUnknown` (then they resume as
 *   the backup has them, except rows that were in flight at backup time);
 * - leases are released (their workers are gone), replies pending in the backup are dropped unless still
 *   pending in `newer` (they were delivered or given up since), and replies pending in `newer` are kept.
 * One transaction on `restored`.
 */
export function reconcileAfterRestore(
  restored: Db,
  newer: Db | undefined,
  options: ReconcileOptions,
): ReconcileReport {
  const now = options.now.toISOString();
  const report: ReconcileReport = {
    fromNewer: 0,
    added: 0,
    heldJobs: [],
    unknownSkipped: 0,
    toResume: 0,
    repliesDropped: 0,
  };
  const note = `restored from the backup of ${options.takenAt ?? "an unknown time"}; not known whether delivered after it`;
  const byKey = restored.prepare<[string], { id: number }>(
    "SELECT id FROM broadcast_jobs WHERE idem_key = ?",
  );
  const updateJob = restored.prepare(
    `UPDATE broadcast_jobs SET status = @status, scheduled_at = @scheduled_at, confirmed_at = @confirmed_at,
       started_at = @started_at, finished_at = @finished_at, status_chat_id = @status_chat_id,
       status_message_id = @status_message_id WHERE id = @id`,
  );
  const insertJob = restored.prepare(
    `INSERT INTO broadcast_jobs (idem_key, status, text, entities, created_by, origin_chat_id, created_at,
       scheduled_at, confirmed_at, started_at, finished_at, status_chat_id, status_message_id)
     VALUES (@idem_key, @status, @text, @entities, @created_by, @origin_chat_id, @created_at, @scheduled_at,
       @confirmed_at, @started_at, @finished_at, @status_chat_id, @status_message_id)`,
  );
  const dropDeliveries = restored.prepare("DELETE FROM broadcast_deliveries WHERE job_id = ?");
  const insertDelivery = restored.prepare(
    `INSERT INTO broadcast_deliveries (job_id, chat_id, status, attempts, message_id, error, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  restored
    .transaction(() => {
      restored.prepare("UPDATE broadcast_deliveries SET claimed_by = NULL, lease_until = NULL").run();
      const vouched = new Set<string>();
      if (newer) {
        const deliveriesOf = newer.prepare<[number], DeliveryRow>(
          "SELECT chat_id, status, attempts, message_id, error, updated_at FROM broadcast_deliveries WHERE job_id = ? ORDER BY id",
        );
        for (const job of newer.prepare("SELECT * FROM broadcast_jobs ORDER BY id").all() as JobRow[]) {
          vouched.add(job.idem_key);
          const existing = byKey.get(job.idem_key);
          let id: number;
          if (existing) {
            id = existing.id;
            updateJob.run({ ...job, id });
            dropDeliveries.run(id);
            report.fromNewer++;
          } else {
            const { id: _old, ...fields } = job;
            id = Number(insertJob.run(fields).lastInsertRowid);
            report.added++;
          }
          for (const d of deliveriesOf.all(job.id))
            insertDelivery.run(id, d.chat_id, d.status, d.attempts, d.message_id, d.error, d.updated_at);
        }
      }
      const open = restored
        .prepare(
          "SELECT id, idem_key, status FROM broadcast_jobs WHERE status IN ('queued', 'running') ORDER BY id",
        )
        .all() as { id: number; idem_key: string; status: string }[];
      for (const job of open) {
        if (vouched.has(job.idem_key)) continue;
        if (options.resendUnknown) {
          // Rows in flight at backup time may well have gone out: never sent blindly.
          report.unknownSkipped += restored
            .prepare(
              "UPDATE broadcast_deliveries SET status = 'skipped', error = ?, updated_at = ? WHERE job_id = ? AND status = 'sending'",
            )
            .run(note, now, job.id).changes;
          continue;
        }
        report.unknownSkipped += restored
          .prepare(
            "UPDATE broadcast_deliveries SET status = 'skipped', error = ?, updated_at = ? WHERE job_id = ? AND status IN ('pending', 'sending')",
          )
          .run(note, now, job.id).changes;
        restored
          .prepare("UPDATE broadcast_jobs SET status = ?, finished_at = ? WHERE id = ?")
          .run(job.status === "running" ? "done" : "cancelled", now, job.id);
        report.heldJobs.push(job.id);
      }
      report.toResume = (
        restored
          .prepare(
            `SELECT COUNT(*) AS n FROM broadcast_deliveries d JOIN broadcast_jobs j ON j.id = d.job_id
           WHERE j.status = 'running' AND d.status IN ('pending', 'sending')`,
          )
          .get() as { n: number }
      ).n;

      // Replies: pending in the newer database wins; anything else pending in the backup is long settled.
      const stillPending = new Set<string>();
      if (newer && hasTable(newer, "reply_outbox")) {
        const keep = restored.prepare(
          `INSERT INTO reply_outbox (key, chat_id, payload, status, created_at, due_at, attempts)
         VALUES (@key, @chat_id, @payload, 'pending', @created_at, @due_at, @attempts)
         ON CONFLICT (key) DO UPDATE SET status = 'pending', payload = excluded.payload`,
        );
        for (const r of newer.prepare("SELECT * FROM reply_outbox WHERE status = 'pending'").all() as Array<
          Record<string, unknown> & { key: string }
        >) {
          stillPending.add(r.key);
          keep.run(r);
        }
      }
      const drop = restored.prepare(
        "UPDATE reply_outbox SET status = 'failed', payload = '{}', chat_id = 0, last_error = ?, done_at = ? WHERE id = ?",
      );
      for (const r of restored.prepare("SELECT id, key FROM reply_outbox WHERE status = 'pending'").all() as {
        id: number;
        key: string;
      }[]) {
        if (stillPending.has(r.key)) continue;
        drop.run(note, options.now.getTime(), r.id);
        report.repliesDropped++;
      }
    })
    .immediate();
  return report;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
