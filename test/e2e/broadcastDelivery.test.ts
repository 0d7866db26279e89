import { join } from "node:path";
import Database from "better-sqlite3";
import { Telegram } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSend } from "../../src/bot/features/broadcastSend.js";
import {
  createBroadcastWorker,
  createJobRepo,
  createSubscriberRepo,
  renderAnnouncement,
} from "../../src/broadcast/index.js";
import { openDatabase } from "../../src/storage/db.js";
import { startBotProcess } from "../support/botProcess.js";
import { accepted, seedBroadcast, sendTo } from "../support/broadcast.js";
import { type FakeBotApi, type FakeCall, fail, startFakeBotApi } from "../support/fakeBotApi.js";
import { removeTempDirs, tempDir } from "../support/tempDirs.js";
import { until } from "../support/until.js";

let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  removeTempDirs();
});

const BLOCKED = new Set([1003, 1017, 1040]);
const NOT_FOUND = new Set([1025]);

/** Injects faults by chat id: blocked / deactivated users, a missing chat, and one 502 on first attempts. */
function faults(api: FakeBotApi) {
  const tries = new Map<number, number>();
  api.setHandler((call: FakeCall) => {
    if (call.method !== "sendMessage") return undefined;
    const chat = Number(call.params.chat_id);
    const n = (tries.get(chat) ?? 0) + 1;
    tries.set(chat, n);
    if (BLOCKED.has(chat)) return fail(403, "Forbidden: bot was blocked by the user");
    if (NOT_FOUND.has(chat)) return fail(400, "Bad Request: chat not found");
    if (chat === 1011) return fail(403, "Forbidden: user is deactivated");
    if (chat % 13 === 0 && n === 1) return fail(502, "Bad Gateway");
    return undefined;
  });
}

function seed(dataDir: string, n: number) {
  const db = openDatabase(dataDir);
  const job = seedBroadcast(db, n, "e2e", "Uji siaran");
  return { db, subs: createSubscriberRepo(db), jobs: createJobRepo(db), job };
}

function expectExactlyOnce(copies: Map<number, number>, n: number, mayRepeat: Set<number> = new Set()) {
  for (let i = 1; i <= n; i++) {
    const chat = 1000 + i;
    const unreachable = BLOCKED.has(chat) || NOT_FOUND.has(chat) || chat === 1011;
    const got = copies.get(chat) ?? 0;
    if (unreachable) expect(got, `chat ${chat}`).toBe(0);
    else if (mayRepeat.has(chat)) expect(got, `chat ${chat}`).toBeGreaterThanOrEqual(1);
    else expect(got, `chat ${chat}`).toBe(1);
  }
}

describe("broadcast delivery over HTTP (fake Bot API enforcing 30 msg/s)", () => {
  it("pushed past Telegram's limit, still delivers exactly one copy each and marks blocked chats inactive", async () => {
    fake = await startFakeBotApi({ rateLimitPerSecond: 30, latencyMs: 5 });
    faults(fake);
    const { db, subs, jobs, job } = seed(":memory:", 90);
    const ends: string[] = [];
    // 60/s is twice what the server allows: 429s must come back, pause the job and be retried.
    const worker = createBroadcastWorker({
      jobs,
      send: sendTo(fake),
      limits: { perSecond: 60, maxConcurrent: 4 },
      pollMs: 50,
      deliverOptions: { backoff: { baseMs: 50, maxMs: 200 } },
      onJobEnd: (_j, r) => void ends.push(`${r.outcome}:${r.rateLimited > 0}`),
    });
    worker.start();
    await worker.idle();
    await worker.stop();
    const limited = fake.callsTo("sendMessage").filter((c) => c.response?.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(ends).toEqual(["done:true"]);
    expectExactlyOnce(accepted(fake), 90);
    for (const chat of [...BLOCKED, ...NOT_FOUND, 1011]) expect(subs.get(chat)?.status).toBe("inactive");
    expect(subs.get(1002)?.status).toBe("active");
    expect(jobs.get(job.id)?.status).toBe("done");
    expect(jobs.stats(job.id)).toMatchObject({ total: 90, sent: 85, inactive: 5, failed: 0, remaining: 0 });
    db.close();
  });

  it("sets allow_paid_broadcast only when paid broadcasting is configured", async () => {
    fake = await startFakeBotApi();
    const telegram = new Telegram(fake.token, { apiRoot: fake.apiRoot });
    const message = renderAnnouncement("Berbayar");
    await createTelegramSend(telegram, { paid: true })(42, message);
    await createTelegramSend(telegram)(43, message);
    const [paid, free] = fake.callsTo("sendMessage");
    expect(paid?.params).toMatchObject({ chat_id: 42, allow_paid_broadcast: true, text: message.text });
    expect(paid?.params.entities).toEqual(message.entities);
    expect(free?.params.allow_paid_broadcast).toBeUndefined();
  });

  it("at 25 msg/s provokes no 429 at all", async () => {
    fake = await startFakeBotApi({ rateLimitPerSecond: 30, latencyMs: 20 });
    const { db, jobs } = seed(":memory:", 60);
    const worker = createBroadcastWorker({
      jobs,
      send: sendTo(fake),
      limits: { perSecond: 25 },
      pollMs: 50,
    });
    worker.start();
    await worker.idle();
    await worker.stop();
    expect(fake.callsTo("sendMessage").filter((c) => c.response?.status === 429)).toHaveLength(0);
    expect(accepted(fake).size).toBe(60);
    db.close();
  });

  it("survives kill -9 of the bot process halfway: restarted, it resumes by itself; only in-flight messages may repeat", async () => {
    const N = 120;
    fake = await startFakeBotApi({ rateLimitPerSecond: 30, latencyMs: 15 });
    faults(fake);
    const dir = tempDir("bc-kill-");
    const seeded = seed(dir, N);
    seeded.db.close();
    const api = fake;
    // The real bot process (npm start's entry), long polling the fake server; it paces at 40/s, above the
    // server's 30/s, so 429 pauses are in play across the kill too.
    const bot = () => startBotProcess(api, dir, { BROADCAST_RATE: "40" });
    const jobStatus = () => {
      const ro = new Database(join(dir, "bot.sqlite"), { readonly: true });
      try {
        return (
          ro.prepare("SELECT status FROM broadcast_jobs WHERE id = ?").get(seeded.job.id) as {
            status: string;
          }
        ).status;
      } finally {
        ro.close();
      }
    };

    const first = bot();
    const firstExit = new Promise((r) => first.on("exit", r));
    // Wait until half the subscribers have their copy, then kill without warning.
    await until(() => accepted(api).size >= N / 2, 30_000);
    first.kill("SIGKILL");
    await firstExit;
    const copiesAtKill = accepted(api).size;
    expect(copiesAtKill).toBeGreaterThanOrEqual(N / 2);
    expect(copiesAtKill).toBeLessThan(N - 10);
    expect(jobStatus()).toBe("running");

    const db = openDatabase(dir);
    const inFlight = new Set(
      (
        db.prepare("SELECT chat_id FROM broadcast_deliveries WHERE status = 'sending'").all() as {
          chat_id: number;
        }[]
      ).map((r) => r.chat_id),
    );
    db.close();
    expect(inFlight.size).toBeLessThanOrEqual(16); // bounded by the limiter's maxConcurrent (default 16)

    // Restart: nobody presses anything; the worker resumes the job by itself.
    const second = bot();
    let err = "";
    second.stderr.on("data", (d) => {
      err += String(d);
    });
    const secondExit = new Promise((r) => second.on("exit", r));
    expect(await until(() => jobStatus() === "done", 30_000), err).toBe(true);
    second.kill("SIGTERM");
    expect(await secondExit).toBe(0);

    const copies = accepted(api);
    const repeated = [...copies].filter(([, n]) => n > 1).map(([chat]) => chat);
    for (const chat of repeated)
      expect(inFlight.has(chat), `chat ${chat} repeated but was not in flight`).toBe(true);
    expectExactlyOnce(copies, N, inFlight);

    const after = openDatabase(dir);
    const jobs = createJobRepo(after);
    expect(jobs.get(seeded.job.id)?.status).toBe("done");
    expect(jobs.stats(seeded.job.id)).toMatchObject({ total: N, remaining: 0, inactive: 5 });
    after.close();
  });
});
