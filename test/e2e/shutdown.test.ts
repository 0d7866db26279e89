import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate } from "../bot/updates.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";

let api: FakeBotApi | undefined;
let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function exited(p: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("child did not exit")), timeoutMs);
    p.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

// tsx is spawned directly (the source; `npm start` runs the same code compiled to dist/): npx/npm die on
// SIGTERM themselves instead of waiting for the child.
describe("end to end: the bot (tsx src/main.ts) as a child process", () => {
  it("on SIGTERM finishes the in-flight reply, confirms the polling offset and exits 0", async () => {
    api = await startFakeBotApi();
    dataDir = mkdtempSync(join(tmpdir(), "bot-shutdown-"));
    child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "src/main.ts"], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        WEBHOOK_URL: "",
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: "knowledge",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += String(d);
    });
    child.stderr?.on("data", (d) => {
      out += String(d);
    });

    await api.waitFor("getUpdates", undefined, 25_000);
    expect(api.callsTo("setMyCommands")).toHaveLength(1);

    // The reply is slow, so SIGTERM arrives while it is in flight.
    api.setHandler(async (c) => {
      if (c.method === "sendMessage") await new Promise((r) => setTimeout(r, 700));
      return undefined;
    });
    const id = api.pushUpdate(textUpdate("kapan kerja sama ditandatangani?", { userId: 4001 }));
    const reply = await api.waitFor("sendMessage", (c) => c.params.chat_id === 4001, 10_000);
    child.kill("SIGTERM");
    const code = await exited(child, 15_000);

    expect(code, out).toBe(0);
    expect(reply.response?.status).toBe(200);
    expect(reply.params.text).toContain("13 Januari 2026");
    const polls = api.callsTo("getUpdates");
    expect(polls[polls.length - 1]?.params).toMatchObject({ offset: id + 1, limit: 1 });
    expect(api.confirmedOffset).toBe(id + 1);
    expect(out).toContain('"msg":"stopped"');
    expect(out).not.toContain(api.token.split(":")[1]);
  });
});
