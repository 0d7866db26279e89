import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./db.js";

/** The bot's database file under DATA_DIR. */
export const DB_FILE = "bot.sqlite";

/** A file-name-safe UTC stamp, e.g. 2026-11-29T01-40-05Z. */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** Rows per table in the copy (subscribers, broadcast jobs and deliveries, unanswered questions). */
  counts: Record<string, number>;
}

const COUNTED = ["subscribers", "broadcast_jobs", "broadcast_deliveries", "unanswered_questions"] as const;

/**
 * Copies the whole database under `dataDir` (subscribers, broadcast jobs and deliveries, unanswered
 * questions, pending replies) into `outDir/bot-<UTC stamp>.sqlite` with SQLite's online backup API, in one
 * step: a consistent snapshot, safe while the bot runs and writes (WAL readers do not block it). The copy
 * records when it was taken (meta `backup_taken_at`), which a restore reports.
 */
export async function backupDatabase(
  dataDir: string,
  outDir: string,
  now = new Date(),
): Promise<BackupResult> {
  const source = join(dataDir, DB_FILE);
  if (!existsSync(source)) throw new Error(`tidak ada basis data di ${source}`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bot-${fileStamp(now)}.sqlite`);
  if (existsSync(file)) throw new Error(`berkas cadangan ${file} sudah ada`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // Rate 0 on the first step (better-sqlite3's default) copies every page at once.
    await db.backup(file);
  } finally {
    db.close();
  }
  const copy = new Database(file);
  try {
    copy.pragma("journal_mode = DELETE");
    copy
      .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('backup_taken_at', ?)")
      .run(now.toISOString());
    const counts: Record<string, number> = {};
    for (const t of COUNTED)
      counts[t] = (copy.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { file, bytes: statSync(file).size, counts };
  } finally {
    copy.close();
  }
}

/** When a backup file says it was taken (undefined for a copy made some other way). */
export function backupTakenAt(db: Db): string | undefined {
  try {
    const r = db.prepare("SELECT value FROM meta WHERE key = 'backup_taken_at'").get() as
      | { value: string }
      | undefined;
    return r?.value;
  } catch {
    return undefined;
  }
}

/**
 * Moves the current database (with its -wal / -shm files) aside to `bot.sqlite.before-restore-<stamp>` and
 * returns that path, or undefined when there is none. The bot must be stopped (hold the DATA_DIR lock).
 */
export function moveDatabaseAside(dataDir: string, now: Date): string | undefined {
  const current = join(dataDir, DB_FILE);
  if (!existsSync(current)) return undefined;
  // Fold the WAL into the main file first, so the file moved aside is complete on its own.
  try {
    const db = new Database(current, { fileMustExist: true });
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
  } catch {
    // A damaged database is moved as it is, with its WAL beside it.
  }
  const aside = `${current}.before-restore-${fileStamp(now)}`;
  renameSync(current, aside);
  for (const ext of ["-wal", "-shm"]) if (existsSync(current + ext)) renameSync(current + ext, aside + ext);
  return aside;
}

/** Copies a backup file into place as DATA_DIR/bot.sqlite (the current one must have been moved aside). */
export async function copyBackupIntoPlace(backupFile: string, dataDir: string): Promise<void> {
  const target = join(dataDir, DB_FILE);
  if (existsSync(target)) throw new Error(`${target} masih ada`);
  const src = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await src.backup(target);
  } finally {
    src.close();
  }
}
