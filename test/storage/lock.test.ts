import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirBusyError, lockDataDir } from "../../src/storage/lock.js";
import { startFakeBotApi } from "../support/fakeBotApi.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "lock-"));
  dirs.push(d);
  return d;
};
const root = join(import.meta.dirname, "../..");

describe("one bot per DATA_DIR", () => {
  it("a second holder waits, then gets a clear Indonesian message; after release the lock is free", async () => {
    const dir = tempDir();
    const first = await lockDataDir(dir);
    let waitedFor: string | undefined;
    const t0 = Date.now();
    const second = lockDataDir(dir, { waitMs: 300, retryMs: 50, onWait: (h) => (waitedFor = h ?? "?") });
    await expect(second).rejects.toBeInstanceOf(DataDirBusyError);
    await expect(second).rejects.toThrow(/Bot lain sudah berjalan dengan DATA_DIR yang sama .*pid \d+/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    expect(waitedFor).toMatch(/pid/);
    first.release();
    const again = await lockDataDir(dir, { waitMs: 0 });
    again.release();
  });

  it("a holder killed with SIGKILL leaves no stale lock", async () => {
    const dir = tempDir();
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("${join(root, "src/storage/lock.ts")}").then(async (m) => { await m.lockDataDir(${JSON.stringify(dir)}); console.log("held"); setInterval(() => {}, 1000); })`,
      ],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((r) => holder.stdout.on("data", (d) => String(d).includes("held") && r()));
    await expect(lockDataDir(dir, { waitMs: 0 })).rejects.toBeInstanceOf(DataDirBusyError);
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    const lock = await lockDataDir(dir, { waitMs: 0 });
    lock.release();
  }, 30_000);

  it("npm start's entry refuses to run a second bot on the same DATA_DIR, naming it", async () => {
    const api = await startFakeBotApi();
    const dir = tempDir();
    const env = {
      ...process.env,
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATA_DIR: dir,
      KNOWLEDGE_DIR: join(root, "knowledge"),
      LOG_LEVEL: "silent",
      ADMIN_IDS: "",
      WEBHOOK_URL: "",
      DATA_DIR_LOCK_WAIT_S: "1",
    };
    const start = () =>
      spawn(process.execPath, ["--import", "tsx", join(root, "src/main.ts")], {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
    const first = start();
    try {
      await api.waitFor("getUpdates", undefined, 30_000);
      const second = start();
      let err = "";
      second.stderr.on("data", (d) => {
        err += String(d);
      });
      const code = await new Promise((r) => second.once("exit", r));
      expect(code).toBe(1);
      expect(err).toContain("Bot lain sudah berjalan dengan DATA_DIR yang sama");
      expect(err).toContain(dir);
      expect(first.exitCode).toBeNull();
    } finally {
      first.kill("SIGTERM");
      await new Promise((r) => first.once("exit", r));
      await api.close();
    }
  }, 60_000);
});
