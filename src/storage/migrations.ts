/**
 * Schema migrations, applied in order once each. Append new migrations at the end; never edit or
 * reorder one that has shipped (a database that already ran it would not run it again).
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: "meta",
    sql: `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
  {
    id: 2,
    name: "subscribers_and_broadcasts",
    // One row per chat that ever subscribed; one job per announcement; one delivery row per (job, chat),
    // unique, so a recipient can never be queued twice for the same announcement.
    sql: `
      CREATE TABLE subscribers (
        chat_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('private', 'group', 'supergroup', 'channel')),
        status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'unsubscribed')),
        subscribed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        inactive_reason TEXT
      );
      CREATE INDEX subscribers_status ON subscribers (status, chat_id);
      CREATE TABLE broadcast_jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        idem_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('draft', 'queued', 'running', 'done', 'cancelled')),
        text TEXT NOT NULL,
        entities TEXT,
        created_by INTEGER,
        origin_chat_id INTEGER,
        created_at TEXT NOT NULL,
        scheduled_at TEXT NOT NULL,
        confirmed_at TEXT,
        started_at TEXT,
        finished_at TEXT,
        status_chat_id INTEGER,
        status_message_id INTEGER
      );
      CREATE INDEX broadcast_jobs_runnable ON broadcast_jobs (status, scheduled_at, id);
      CREATE TABLE broadcast_deliveries (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES broadcast_jobs (id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'inactive', 'skipped', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        message_id INTEGER,
        error TEXT,
        updated_at TEXT,
        UNIQUE (job_id, chat_id)
      );
      CREATE INDEX broadcast_deliveries_queue ON broadcast_deliveries (job_id, status, id);
      CREATE INDEX broadcast_deliveries_chat ON broadcast_deliveries (chat_id);
    `,
  },
  {
    id: 3,
    name: "unanswered_questions",
    // Questions the bot declined or answered unsure, for staff to see what to add. No user id or name.
    sql: `
      CREATE TABLE unanswered_questions (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        asked_at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('decline', 'clarify', 'low_confidence', 'partial')),
        confidence REAL NOT NULL,
        unknown_terms TEXT NOT NULL DEFAULT '[]',
        knowledge_version TEXT
      );
      CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);
    `,
  },
  {
    id: 4,
    name: "delivery_leases",
    // A delivery row is claimed by one worker (claimed_by) until lease_until (epoch ms); a worker that dies
    // stops renewing and its rows are taken over once the lease runs out. Old rows start unclaimed.
    sql: `
      ALTER TABLE broadcast_deliveries ADD COLUMN claimed_by TEXT;
      ALTER TABLE broadcast_deliveries ADD COLUMN lease_until INTEGER;
    `,
  },
  {
    id: 5,
    name: "reply_outbox",
    // Replies stored before their first attempt and kept until Telegram accepted them (or they were given
    // up), so an outage or a restart loses none. Finished rows keep only their key (update id and position)
    // for a day, so a repeated update is not answered twice; their text is dropped.
    sql: `
      CREATE TABLE reply_outbox (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        chat_id INTEGER NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        created_at INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        done_at INTEGER
      );
      CREATE INDEX reply_outbox_pending ON reply_outbox (status, id);
      CREATE INDEX reply_outbox_done ON reply_outbox (done_at);
    `,
  },
];
