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
 * The reply outbox's rows in SQLite (table `reply_outbox`, migration 5), on its own connection with
 * synchronous=NORMAL (in WAL mode a commit survives a killed process, which is what the outbox is for,
 * without an fsync per commit). Writes are batched: every `flushMs` (default 50) one transaction stores
 * the new replies and marks the delivered ones, instead of two transactions per answer; a reply handed to
 * the background (rescheduled, given up, moved) is written at once. So a crash loses no reply (one not yet
 * recorded belongs to an update not yet confirmed to Telegram, which comes again), and only replies of the
 * last moments before a crash may be sent twice. One process writes (the DATA_DIR lock). Call `close()`.
 */
export function createSqliteOutboxStore(
  main: Db,
  options: { flushMs?: number } = {},
): OutboxStore & { close(): void } {
  const own = !main.memory;
  const db = own ? new Database(main.name) : main;
  if (own) {
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
  }
  const flushMs = options.flushMs ?? 50;
  const insert = db.prepare(
    `INSERT INTO reply_outbox (id, key, chat_id, payload, status, created_at, due_at)
     VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  const known = db.prepare<[string], { id: number }>("SELECT id FROM reply_outbox WHERE key = ?");
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
  let nextId =
    ((db.prepare("SELECT MAX(id) AS m FROM reply_outbox").get() as { m: number | null }).m ?? 0) + 1;

  let queue: Array<() => void> = [];
  const queuedKeys = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flushTx = db.transaction((ops: Array<() => void>) => {
    for (const op of ops) op();
  });
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    flushTx(queue);
    queue = [];
    queuedKeys.clear();
  };
  const later = (op: () => void) => {
    queue.push(op);
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      try {
        flush();
      } catch {
        // Kept queued; the next write or the next timer tries again.
        timer = setTimeout(() => {
          timer = undefined;
          flush();
        }, 1000);
        timer.unref?.();
      }
    }, flushMs);
    timer.unref?.();
  };
  const now = (op: () => void) => {
    later(op);
    flush();
  };

  return {
    add(key, chatId, payload, t) {
      if (queuedKeys.has(key) || known.get(key)) return undefined;
      const id = nextId++;
      const json = JSON.stringify(payload);
      queuedKeys.add(key);
      later(() => insert.run(id, key, chatId, json, t, t));
      return { id, key, chatId, payload, createdAt: t, dueAt: t, attempts: 0 };
    },
    reschedule: (id, dueAt, attempts, error) =>
      now(() => reschedule.run(Math.round(dueAt), attempts, error, id)),
    markSent: (id, t) => later(() => finish.run("sent", null, t, id)),
    markFailed: (id, error, t) => now(() => finish.run("failed", error, t, id)),
    moveChat: (id, chatId, payload) => now(() => move.run(chatId, JSON.stringify(payload), id)),
    pending: () => {
      flush();
      return pending.all().map(toRow);
    },
    prune: (before) => {
      flush();
      return prune.run(before).changes;
    },
    close: () => {
      flush();
      if (own) db.close();
    },
  };
}
