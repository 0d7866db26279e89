import Database from "better-sqlite3";
import type { Db } from "../storage/db.js";
import type { OutboxRow, OutboxStore, ReplyPayload } from "./outbox.js";

interface Row {
  id: number;
  key: string;
  chat_id: number;
  payload: string;
  created_at: number;
  due_at: number;
  attempts: number;
}

const toRow = (r: Row): OutboxRow => ({
  id: r.id,
  key: r.key,
  chatId: r.chat_id,
  payload: JSON.parse(r.payload) as ReplyPayload,
  createdAt: r.created_at,
  dueAt: r.due_at,
  attempts: r.attempts,
});

/**
 * The reply outbox's rows in SQLite (table `reply_outbox`, migration 5). On a database file it uses its own
 * connection with synchronous=NORMAL: in WAL mode a commit then survives a killed process (what the outbox
 * is for) without an fsync per reply (two per answer would otherwise stall the event loop); a power cut may
 * lose the last replies' rows. Call `close()` at shutdown.
 */
export function createSqliteOutboxStore(main: Db): OutboxStore & { close(): void } {
  const own = !main.memory;
  const db = own ? new Database(main.name) : main;
  if (own) {
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
  }
  const insert = db.prepare(
    `INSERT INTO reply_outbox (key, chat_id, payload, status, created_at, due_at)
     VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  const reschedule = db.prepare(
    "UPDATE reply_outbox SET due_at = ?, attempts = ?, last_error = ? WHERE id = ? AND status = 'pending'",
  );
  const finish = db.prepare(
    // Only the key stays (against repeated updates): no text, no chat id.
    "UPDATE reply_outbox SET status = ?, payload = '{}', chat_id = 0, last_error = ?, done_at = ? WHERE id = ?",
  );
  const move = db.prepare("UPDATE reply_outbox SET chat_id = ?, payload = ? WHERE id = ?");
  const pending = db.prepare<[], Row>("SELECT * FROM reply_outbox WHERE status = 'pending' ORDER BY id");
  const prune = db.prepare("DELETE FROM reply_outbox WHERE status != 'pending' AND done_at < ?");
  return {
    add(key, chatId, payload, now) {
      const info = insert.run(key, chatId, JSON.stringify(payload), now, now);
      if (info.changes === 0) return undefined;
      return {
        id: Number(info.lastInsertRowid),
        key,
        chatId,
        payload,
        createdAt: now,
        dueAt: now,
        attempts: 0,
      };
    },
    reschedule: (id, dueAt, attempts, error) => void reschedule.run(Math.round(dueAt), attempts, error, id),
    markSent: (id, now) => void finish.run("sent", null, now, id),
    markFailed: (id, error, now) => void finish.run("failed", error, now, id),
    moveChat: (id, chatId, payload) => void move.run(chatId, JSON.stringify(payload), id),
    pending: () => pending.all().map(toRow),
    prune: (before) => prune.run(before).changes,
    close: () => {
      if (own) db.close();
    },
  };
}
