import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createJobRepo } from "../../src/broadcast/jobs.js";
import { migrate, openDatabase } from "../../src/storage/db.js";
import { migrations } from "../../src/storage/migrations.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("creates the file under dataDir in WAL mode with synchronous FULL and applies every migration once", () => {
    const dir = mkdtempSync(join(tmpdir(), "db-"));
    dirs.push(dir);
    const db = openDatabase(join(dir, "nested"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    const ids = (db.prepare("SELECT id FROM schema_migrations ORDER BY id").all() as { id: number }[]).map(
      (r) => r.id,
    );
    expect(ids).toEqual(migrations.map((m) => m.id).sort((a, b) => a - b));
    db.close();
    const again = openDatabase(join(dir, "nested"));
    expect(migrate(again, migrations)).toEqual([]);
    again.close();
  });

  it("migration ids are unique and increasing in the array", () => {
    const ids = migrations.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it("refuses a second delivery row for the same (job, chat)", () => {
    const db = openDatabase(":memory:");
    db.prepare(
      "INSERT INTO broadcast_jobs (id, idem_key, status, text, created_at, scheduled_at) VALUES (1, 'k', 'running', 't', 'x', 'x')",
    ).run();
    const ins = db.prepare(
      "INSERT INTO broadcast_deliveries (job_id, chat_id, status) VALUES (1, 42, 'pending')",
    );
    ins.run();
    expect(() => ins.run()).toThrow(/UNIQUE/);
  });

  it("a database from before delivery leases upgrades in place and its running job resumes", () => {
    const dir = mkdtempSync(join(tmpdir(), "db-"));
    dirs.push(dir);
    const old = new Database(join(dir, "bot.sqlite"));
    migrate(
      old,
      migrations.filter((m) => m.id <= 3),
    );
    old
      .prepare(
        "INSERT INTO broadcast_jobs (id, idem_key, status, text, created_at, scheduled_at) VALUES (1, 'k', 'running', 't', 'x', 'x')",
      )
      .run();
    const ins = old.prepare("INSERT INTO broadcast_deliveries (job_id, chat_id, status) VALUES (1, ?, ?)");
    ins.run(41, "sent");
    ins.run(42, "sending");
    ins.run(43, "pending");
    old.close();
    const db = openDatabase(dir);
    const jobs = createJobRepo(db);
    const claimed = jobs.claim(1, "w", new Date(), 1000, 10);
    expect(claimed.map((d) => d.chatId)).toEqual([42, 43]);
    expect(jobs.claim(1, "other", new Date(), 1000, 10)).toEqual([]);
    db.close();
  });
});
