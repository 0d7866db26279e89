import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrations as defaultMigrations, type Migration } from "./migrations.js";

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database `bot.sqlite` under `dataDir`, in WAL mode, and applies
 * pending migrations in one transaction each. Pass ":memory:" as dataDir for tests.
 */
export function openDatabase(dataDir: string, migrations: Migration[] = defaultMigrations): Db {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, "bot.sqlite");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // FULL: a committed row (e.g. "this announcement was delivered") survives power loss too, not only a
  // killed process. Writes here are few (tens per second at most), so the fsync per commit is cheap.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db, migrations);
  return db;
}

/** Applies the migrations the database has not seen yet. Returns the ids applied. */
export function migrate(db: Db, migrations: Migration[]): number[] {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const done = new Set(
    (db.prepare("SELECT id FROM schema_migrations").all() as { id: number }[]).map((r) => r.id),
  );
  const applied: number[] = [];
  const seen = db.prepare<[number], { id: number }>("SELECT id FROM schema_migrations WHERE id = ?");
  for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(m.id)) continue;
    // IMMEDIATE, and checked again inside: two processes opening the database at once apply it once.
    const ran = db
      .transaction(() => {
        if (seen.get(m.id)) return false;
        db.exec(m.sql);
        db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)").run(
          m.id,
          m.name,
          new Date().toISOString(),
        );
        return true;
      })
      .immediate();
    if (ran) applied.push(m.id);
  }
  return applied;
}
