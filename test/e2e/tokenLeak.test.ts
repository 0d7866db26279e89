import { Writable } from "node:stream";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type BotApp, createBot } from "../../src/bot/bot.js";
import { type BroadcastSetup, setupBroadcast } from "../../src/bot/features/broadcastSetup.js";
import { createProblemNotifier } from "../../src/bot/features/knowledgeNotify.js";
import { errorSummary } from "../../src/bot/retry.js";
import { type RunningBot, runBot } from "../../src/bot/run.js";
import { createJobRepo, createSubscriberRepo } from "../../src/broadcast/index.js";
import { createLogger } from "../../src/log.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { textUpdate } from "../bot/updates.js";
import { type FakeBotApi, fail, htmlPage, startFakeBotApi } from "../support/fakeBotApi.js";
import { loadRealEngine } from "./botHarness.js";

const ADMIN = 900;
const GROUP = -1009876543210;

let api: FakeBotApi | undefined;
let running: RunningBot | undefined;
let setup: BroadcastSetup | undefined;
let db: Db | undefined;
afterEach(async () => {
  await running?.stop("test");
  await setup?.worker.stop();
  await api?.close();
  db?.close();
  api = running = setup = db = undefined;
});

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger("debug", stream) };
}

const botInfo = (id: number) => ({
  id,
  is_bot: true as const,
  first_name: "Bot",
  username: "KerjasamaMadiunKediriBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
});

async function until(cond: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every string the error could show: message, stack, JSON and util.inspect (what a logger prints). */
function everyRendering(err: unknown): string {
  const e = err as Error;
  return [String(err), e.message, e.stack, JSON.stringify(err), inspect(err, { depth: 8 })].join("\n");
}

describe("the bot token never leaves the Telegram client", () => {
  it("an API answering an HTML 404 to every call: no token in logs, database rows or admin messages", async () => {
    api = await startFakeBotApi();
    const token = api.token;
    const secretPart = token.split(":")[1] ?? "";
    // A proxy in front of the API answers HTML for every method; only what polling needs to start
    // (deleteWebhook, getUpdates) gets through, so that updates arrive and their replies fail.
    api.setHandler((call) =>
      call.method === "getUpdates" || call.method === "deleteWebhook" ? undefined : htmlPage(404),
    );
    const { lines, logger } = capture();
    db = openDatabase(":memory:");
    setup = setupBroadcast({
      db,
      config: {
        botToken: token,
        telegramApiRoot: api.apiRoot,
        adminIds: [ADMIN],
        broadcastRate: 100,
        broadcastPaid: false,
        broadcastPaidRate: 100,
      },
      logger,
      progressIntervalMs: 20,
      pollMs: 20,
    });
    const app: BotApp = createBot({
      token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger,
      features: setup.features,
      flood: false,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      botInfo: botInfo(api.botId),
    });
    running = await runBot(app, { logger });

    // The error as it leaves the client carries no token anywhere.
    const direct = await app.bot.telegram.sendMessage(ADMIN, "x").catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(Error);
    expect(everyRendering(direct)).toContain("invalid json");
    expect(everyRendering(direct)).not.toContain(secretPart);

    // Admin notice about a broken knowledge file.
    const notify = createProblemNotifier(app.bot.telegram, [ADMIN], { version: () => "v1", logger });
    await notify([{ severity: "error", file: "a.yaml", line: 1, column: 1, message: "rusak" }]);

    // A broadcast queued from the terminal: failed deliveries and the admin status message.
    createSubscriberRepo(db).subscribe(3001, "private", new Date());
    const jobs = createJobRepo(db);
    jobs.create({
      idemKey: "cli:leak",
      message: { text: "Pengumuman", entities: [] },
      now: new Date(),
      status: "queued",
    });
    setup.worker.start();

    // Group /langganan: the group-admin check (getChatMember) fails; a question's reply fails.
    const sub = api.pushUpdate(
      textUpdate("/langganan", { userId: 12, chatId: GROUP, chatType: "supergroup" }),
    );
    const question = api.pushUpdate(textUpdate("kapan kerja sama ditandatangani?", { userId: 3002 }));
    const handled = (id: number) =>
      lines.some((l) => l.includes('"msg":"update"') && l.includes(`"update_id":${id},`));
    await until(() => handled(sub) && handled(question), "both updates handled");
    const deliveryErrors = () =>
      db?.prepare("SELECT error FROM broadcast_deliveries WHERE error IS NOT NULL").all() ?? [];
    await until(() => deliveryErrors().length > 0, "a delivery error row");
    await until(() => lines.some((l) => l.includes("status message failed")), "the status-message warning");

    const logText = lines.join("");
    expect(logText).toContain("subscription: getChatMember failed");
    expect(logText).toContain("could not send knowledge problems");
    expect(logText).toContain("update failed");
    const dump = ["broadcast_deliveries", "broadcast_jobs", "subscribers", "unanswered_questions"]
      .map((t) => JSON.stringify(db?.prepare(`SELECT * FROM ${t}`).all()))
      .join("\n");
    expect(dump).toContain("invalid json");
    const sent = JSON.stringify(api.calls.map((c) => c.params));
    for (const [where, text] of [
      ["logs", logText],
      ["database", dump],
      ["messages sent", sent],
    ] as const) {
      expect(text.includes(secretPart), `token in ${where}`).toBe(false);
      expect(text.includes(app.derivedWebhookSecret), `webhook secret in ${where}`).toBe(false);
    }
  });

  it("webhook start-up failures carry neither the token nor the webhook secret", async () => {
    api = await startFakeBotApi();
    const token = api.token;
    const secretPart = token.split(":")[1] ?? "";
    const { lines, logger } = capture();
    const app = createBot({
      token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      botInfo: botInfo(api.botId),
    });
    const start = () =>
      runBot(app, { logger, webhookUrl: "https://bot.example.test/hook", port: 0, host: "127.0.0.1" }).then(
        (r) => {
          running = r;
          return undefined;
        },
        (e: unknown) => e,
      );
    // An HTML page for setWebhook, then a Bot API error whose payload held the derived secret.
    api.setHandler(() => htmlPage(404));
    const html = await start();
    api.setHandler((c) => (c.method === "setWebhook" ? fail(400, "Bad Request: bad webhook") : undefined));
    const rejected = await start();
    expect(api.callsTo("setWebhook").at(-1)?.params.secret_token).toBe(app.derivedWebhookSecret);
    for (const err of [html, rejected]) {
      expect(err).toBeInstanceOf(Error);
      const text = `${everyRendering(err)}\n${errorSummary(err)}\n${lines.join("")}`;
      expect(text.includes(secretPart), "token").toBe(false);
      expect(text.includes(app.derivedWebhookSecret), "webhook secret").toBe(false);
    }
  });
});
