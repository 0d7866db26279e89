import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirBusyError, lockDataDir } from "../../src/storage/lock.js";
import { ROOT, startBotProcess } from "../support/botProcess.js";
import { startFakeBotApi } from "../support/fakeBotApi.js";
import { removeTempDirs, tempDir } from "../support/tempDirs.js";

afterEach(() => {
  removeTempDirs();
});

describe("one bot per DATA_DIR", () => {
  it("a second holder waits, then gets a clear Indonesian message; after release the lock is free", async () => {
    const dir = tempDir("lock-");
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
    const dir = tempDir("lock-");
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("${join(ROOT, "src/storage/lock.ts")}").then(async (m) => { await m.lockDataDir(${JSON.stringify(dir)}); console.log("held"); setInterval(() => {}, 1000); })`,
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
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
    const dir = tempDir("lock-");
    const start = () => startBotProcess(api, dir, { DATA_DIR_LOCK_WAIT_S: "1" });
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
