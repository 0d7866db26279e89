import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { runBot } from "../../src/bot/run.js";
import { silentLogger } from "../../src/log.js";
import { textUpdate } from "../bot/updates.js";
import { startBotProcess } from "../support/botProcess.js";
import { type FakeBotApi, type FakeCall, startFakeBotApi } from "../support/fakeBotApi.js";
import { removeTempDirs, tempDir } from "../support/tempDirs.js";
import { until } from "../support/until.js";
import { type E2E, loadRealEngine, startE2E } from "./botHarness.js";

const QUESTION = "kapan kerja sama ditandatangani?";
/** Short times for tests; the defaults are a 25 s long poll + 10 s margin and 30 s for other calls. */
const FAST = { callMs: 800, pollS: 1, pollMarginMs: 700, pollWarnEveryMs: 60_000 };
const never = () => new Promise<undefined>(() => {});

const bots: E2E[] = [];
const apis: FakeBotApi[] = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
  for (const a of apis.splice(0)) await a.close();
  removeTempDirs();
});

describe("end to end: timeouts on every Bot API call", () => {
  it("a long poll the network swallowed is given up after its poll time plus a margin; the next question is answered", async () => {
    const e = await startE2E({ timeouts: FAST });
    bots.push(e);
    // From now on the network swallows the next two long polls (no answer, no reset).
    let swallowed = 0;
    e.api.setHandler((c: FakeCall) => {
      if (c.method !== "getUpdates" || swallowed >= 2) return undefined;
      swallowed++;
      return never();
    });
    expect(await until(() => swallowed >= 1, 5000), "a poll was swallowed").toBe(true);
    const t0 = Date.now();
    const id = e.push(textUpdate(QUESTION, { userId: 4001 }));
    const reply = await e.reply(4001, undefined, 15_000);
    expect(reply.params.text).toContain("13 Januari 2026");
    // Two swallowed polls of 1 s + 0.7 s margin, a 1 s pause each: far from Telegraf's 500 s.
    expect(Date.now() - t0).toBeLessThan(9000);
    await e.handled(id);
    const warn = e.logs.filter((l) => l.msg === "polling failing");
    expect(warn).toHaveLength(1); // rate-limited: two failures, one warning
    expect(warn[0]?.level).toBe(40);
    expect(e.logs.some((l) => l.msg === "polling recovered")).toBe(true);
  }, 30_000);

  it("getUpdates in the long poll asks for the configured poll time", async () => {
    const e = await startE2E({ timeouts: FAST });
    bots.push(e);
    const poll = await e.api.waitFor("getUpdates", (c) => c.params.timeout !== undefined, 5000);
    expect(poll.params.timeout).toBe(1);
  });

  it("a sendMessage that never gets an answer times out and the reply is retried", async () => {
    const e = await startE2E({
      timeouts: FAST,
      outbox: { baseDelayMs: 50, maxDelayMs: 200, inlineWaitMs: 200 },
    });
    bots.push(e);
    let swallow = 1;
    e.api.setHandler((c: FakeCall) => (c.method === "sendMessage" && swallow-- > 0 ? never() : undefined));
    e.push(textUpdate(QUESTION, { userId: 4002 }));
    expect(
      await until(
        () =>
          e.api.callsTo("sendMessage").some((c) => c.params.chat_id === 4002 && c.response?.status === 200),
        8000,
      ),
    ).toBe(true);
  }, 20_000);

  it("an API that never answers at start-up: progress is reported and runBot gives up with a clear message", async () => {
    const api = await startFakeBotApi();
    apis.push(api);
    api.setHandler(() => never());
    const app = createBot({
      token: api.token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger: silentLogger,
      timeouts: { ...FAST, callMs: 300 },
    });
    const progress: string[] = [];
    const t0 = Date.now();
    const started = runBot(app, {
      logger: silentLogger,
      startupTimeoutMs: 1500,
      onStartup: (p) => progress.push(p.step),
    });
    const outcome = await Promise.race([
      started.then(
        () => "started",
        (err: Error) => err.message,
      ),
      new Promise((r) => setTimeout(() => r("still hanging after 8 s"), 8000)),
    ]);
    expect(outcome).toMatch(/Telegram tidak menjawab dalam 2 detik/);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(progress[0]).toBe("connecting");
  }, 15_000);

  it("npm start's entry says in plain text that it is connecting, then gives up and exits 1", async () => {
    const api = await startFakeBotApi();
    apis.push(api);
    api.setHandler(() => never());
    const child = startBotProcess(api, tempDir("startup-"), {
      TELEGRAM_TIMEOUT_S: "1",
      STARTUP_TIMEOUT_S: "3",
    });
    let err = "";
    child.stderr.on("data", (d) => {
      err += String(d);
    });
    const code = await Promise.race([
      new Promise((r) => child.once("exit", r)),
      new Promise((r) => setTimeout(() => r("still running after 20 s"), 20_000)),
    ]);
    if (child.exitCode === null) child.kill("SIGKILL");
    expect(err).toContain("Menyambung ke Telegram");
    expect(err).toMatch(/Telegram tidak menjawab dalam 3 detik/);
    expect(code).toBe(1);
  }, 30_000);
});
