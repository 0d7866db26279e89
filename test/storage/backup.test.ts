import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createBroadcastWorker, createJobRepo, createSubscriberRepo } from "../../src/broadcast/index.js";
import { runBackupCli } from "../../src/cli/backup.js";
import { runRestoreCli } from "../../src/cli/restore.js";
import { openDatabase } from "../../src/storage/db.js";
import { lockDataDir } from "../../src/storage/lock.js";
import { accepted, seedBroadcast, sendTo } from "../support/broadcast.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";
import { removeTempDirs, tempDir } from "../support/tempDirs.js";
import { until } from "../support/until.js";

const N = 300;
let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  removeTempDirs();
});

function output() {
  const lines: string[] = [];
  return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(`ERR ${l}`) } };
}

function seed(dir: string) {
  const db = openDatabase(dir);
  seedBroadcast(db, N, "backup-test", "Uji cadangan");
  db.prepare(
    "INSERT INTO unanswered_questions (text, asked_at, kind, confidence) VALUES ('siapa walkot surabaya', 1, 'decline', 0)",
  ).run();
  db.close();
}

function worker(dir: string, api: FakeBotApi) {
  const db = openDatabase(dir);
  const w = createBroadcastWorker({
    jobs: createJobRepo(db),
    send: sendTo(api),
    limits: { perSecond: 100, maxConcurrent: 4, privateGapMs: 0 },
    pollMs: 50,
    takeOverLeases: true,
  });
  w.start();
  return { db, w };
}

/** A broadcast interrupted after a backup taken mid-way: returns the backup file and who had a copy at backup time. */
async function broadcastWithBackupMidway(dir: string, api: FakeBotApi) {
  seed(dir);
  const first = worker(dir, api);
  expect(await until(() => accepted(api).size >= 80, 20_000)).toBe(true);
  const { lines, out } = output();
  // Taken while the worker is sending (online backup).
  expect(await runBackupCli(["--dir", join(dir, "cadangan")], { DATA_DIR: dir }, out)).toBe(0);
  const atBackup = accepted(api).size;
  const file = join(dir, "cadangan", readdirSync(join(dir, "cadangan"))[0] ?? "");
  expect(lines[0]).toContain("Cadangan dibuat");
  expect(lines[1]).toContain(`${N} pelanggan`);
  expect(await until(() => accepted(api).size >= 200, 20_000)).toBe(true);
  await first.w.stop();
  first.db.close();
  const raw = new Database(file, { readonly: true });
  const sentInBackup = (
    raw.prepare("SELECT COUNT(*) AS n FROM broadcast_deliveries WHERE status = 'sent'").get() as { n: number }
  ).n;
  raw.close();
  // The backup really is mid-broadcast: some sent, most not, and fewer than were sent before the stop.
  expect(sentInBackup).toBeGreaterThan(0);
  expect(sentInBackup).toBeLessThanOrEqual(atBackup);
  expect(sentInBackup).toBeLessThan(accepted(api).size);
  return { file, sentInBackup };
}

describe("backup and restore", () => {
  it("a backup taken mid-broadcast, restored over the newer database, resumes: every subscriber exactly one copy", async () => {
    fake = await startFakeBotApi({ latencyMs: 3 });
    const api = fake;
    const dir = tempDir("bk-");
    const { file } = await broadcastWithBackupMidway(dir, api);
    const before = accepted(api).size;
    expect(before).toBeLessThan(N);

    const { lines, out } = output();
    expect(await runRestoreCli([file], { DATA_DIR: dir }, out)).toBe(0);
    expect(lines.join("\n")).toContain("catatan siarannya dipakai");
    expect(lines.join("\n")).toMatch(new RegExp(`${N - before} pengiriman yang belum terkirim dilanjutkan`));

    const resumed = worker(dir, api);
    await resumed.w.idle();
    await resumed.w.stop();
    const copies = accepted(api);
    expect([...copies.values()].filter((n) => n > 1)).toEqual([]);
    expect(copies.size).toBe(N);
    const jobs = createJobRepo(resumed.db);
    expect(jobs.stats(1)).toMatchObject({ total: N, sent: N, remaining: 0 });
    expect(createSubscriberRepo(resumed.db).countActive()).toBe(N);
    expect(resumed.db.prepare("SELECT COUNT(*) AS n FROM unanswered_questions").get()).toEqual({ n: 1 });
    resumed.db.close();
    expect(readdirSync(dir).some((f) => f.startsWith("bot.sqlite.before-restore-"))).toBe(true);
  }, 60_000);

  it("restored with the newer database lost: rows it cannot vouch for are not resent (no double), and it says so", async () => {
    fake = await startFakeBotApi({ latencyMs: 3 });
    const api = fake;
    const dir = tempDir("bk-");
    const { file, sentInBackup } = await broadcastWithBackupMidway(dir, api);
    for (const f of readdirSync(dir)) if (f.startsWith("bot.sqlite")) rmSync(join(dir, f));
    const before = accepted(api);

    const { lines, out } = output();
    expect(await runRestoreCli([file], { DATA_DIR: dir }, out)).toBe(0);
    const text = lines.join("\n");
    expect(text).toContain(`${N - sentInBackup} pengiriman tidak diketahui`);
    expect(text).toContain("TIDAK dikirim ulang");

    const resumed = worker(dir, api);
    await resumed.w.idle();
    await resumed.w.stop();
    expect(accepted(api)).toEqual(before);
    expect(createJobRepo(resumed.db).stats(1)).toMatchObject({
      sent: sentInBackup,
      skipped: N - sentInBackup,
      remaining: 0,
    });
    resumed.db.close();
  }, 60_000);

  it("refuses to restore while a bot holds DATA_DIR", async () => {
    const dir = tempDir("bk-");
    seed(dir);
    const { out: o1 } = output();
    expect(await runBackupCli([], { DATA_DIR: dir }, o1)).toBe(0);
    const file = join(dir, "backups", readdirSync(join(dir, "backups"))[0] ?? "");
    const lock = await lockDataDir(dir);
    const { lines, out } = output();
    expect(await runRestoreCli([file], { DATA_DIR: dir }, out)).toBe(2);
    expect(lines.join("\n")).toContain("Hentikan bot dulu");
    expect(existsSync(join(dir, "bot.sqlite"))).toBe(true);
    lock.release();
  });

  it("npm run backup's entry writes a dated file", () => {
    const dir = tempDir("bk-");
    seed(dir);
    const root = join(import.meta.dirname, "../..");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/backup.ts")], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dir },
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Cadangan dibuat: .*bot-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite/);
  }, 30_000);
});
