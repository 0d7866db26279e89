import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { type RunningBot, runBot } from "../../src/bot/run.js";
import { createLogger } from "../../src/log.js";
import { textUpdate } from "../bot/updates.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";
import { loadRealEngine } from "./botHarness.js";

let api: FakeBotApi | undefined;
let running: RunningBot | undefined;
afterEach(async () => {
  await running?.stop("test");
  await api?.close();
});

describe("end to end: webhook mode", () => {
  it("registers the webhook with a secret, checks the secret header, serves GET /healthz", async () => {
    api = await startFakeBotApi();
    const logger = createLogger("silent", new Writable({ write: (_c, _e, cb) => cb() }));
    const app = createBot({
      token: api.token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger,
    });
    running = await runBot(app, {
      logger,
      webhookUrl: "https://bot.example.test/telegram/hook",
      webhookSecret: "rahasia_123",
      port: 0,
      host: "127.0.0.1",
    });
    const set = await api.waitFor("setWebhook");
    expect(set.params).toMatchObject({
      url: "https://bot.example.test/telegram/hook",
      secret_token: "rahasia_123",
    });
    expect(api.callsTo("setMyCommands")).toHaveLength(1);

    const base = `http://127.0.0.1:${running.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });

    const update = JSON.stringify({
      update_id: 1,
      ...textUpdate("kapan kerja sama ditandatangani?", { userId: 3001 }),
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/telegram/hook`, {
        method: "POST",
        body: update,
        headers: { "content-type": "application/json", ...headers },
      });
    expect((await post({})).status).toBe(403);
    expect((await post({ "x-telegram-bot-api-secret-token": "salah" })).status).toBe(403);
    expect(api.callsTo("sendMessage")).toHaveLength(0);
    expect((await post({ "x-telegram-bot-api-secret-token": "rahasia_123" })).status).toBe(200);
    const reply = await api.waitFor("sendMessage", (c) => c.params.chat_id === 3001);
    expect(reply.params.text).toContain("13 Januari 2026");
  });
});
