import { readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";

/** The lock file under DATA_DIR, and the note beside it saying who holds it. */
export const LOCK_FILE = "bot.lock";
const HOLDER_FILE = "bot.lock.json";

/** Thrown by lockDataDir when another live process holds the DATA_DIR lock; the message is for operators. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string | undefined,
  ) {
    super(
      `Bot lain sudah berjalan dengan DATA_DIR yang sama (${dataDir}${holder ? `; ${holder}` : ""}). ` +
        "Satu DATA_DIR hanya boleh dipakai satu proses bot, agar pengumuman dan balasan tidak terkirim dua kali. " +
        "Hentikan proses itu dulu, atau jalankan bot ini dengan DATA_DIR lain.",
    );
    this.name = "DataDirBusyError";
  }
}

/** A held DATA_DIR lock; the operating system also drops it when the process dies (even on kill -9). */
export interface DataDirLock {
  release(): void;
}

export interface LockOptions {
  /** How long to wait for a holder that is shutting down (e.g. during a restart). Default 15000 ms. */
  waitMs?: number;
  /** Pause between tries. Default 250 ms. */
  retryMs?: number;
  /** Called once when the lock is busy and we start waiting. */
  onWait?: (holder: string | undefined) => void;
}

/**
 * Takes the one-bot-per-DATA_DIR lock: an exclusive SQLite lock (fcntl) on `DATA_DIR/bot.lock`, held for
 * the life of the connection and released by the OS when the process ends, so a crashed bot never leaves a
 * stale lock behind. Waits up to `waitMs` for a holder that is stopping, then throws DataDirBusyError.
 */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const waitMs = options.waitMs ?? 15_000;
  const retryMs = options.retryMs ?? 250;
  const deadline = Date.now() + waitMs;
  let waited = false;
  for (;;) {
    const db = new Database(join(dataDir, LOCK_FILE));
    try {
      db.pragma("busy_timeout = 0");
      db.pragma("locking_mode = EXCLUSIVE");
      // In EXCLUSIVE locking mode the write lock taken here is kept until the connection closes.
      db.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); COMMIT;");
    } catch (err) {
      db.close();
      if ((err as { code?: string }).code !== "SQLITE_BUSY") throw err;
      const holder = readHolder(dataDir);
      if (Date.now() >= deadline) throw new DataDirBusyError(resolve(dataDir), holder);
      if (!waited) options.onWait?.(holder);
      waited = true;
      await new Promise((r) => setTimeout(r, retryMs));
      continue;
    }
    try {
      writeFileSync(
        join(dataDir, HOLDER_FILE),
        JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }),
      );
    } catch {
      // Only informational: the lock itself is held.
    }
    return { release: () => db.close() };
  }
}

function readHolder(dataDir: string): string | undefined {
  try {
    const h = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), "utf8")) as {
      pid?: number;
      host?: string;
      since?: string;
    };
    return `pid ${h.pid} di ${h.host}, sejak ${h.since}`;
  } catch {
    return undefined;
  }
}
