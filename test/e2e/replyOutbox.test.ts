import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "telegraf/types";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteOutboxStore } from "../../src/bot/outboxStore.js";
import { strings } from "../../src/bot/strings.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { textUpdate } from "../bot/updates.js";
import { type FakeBotApi, type FakeCall, fail } from "../support/fakeBotApi.js";
import { until } from "../support/until.js";
import { type E2E, startE2E } from "./botHarness.js";

const QUESTION = "kapan kerja sama ditandatangani?";
const ANSWER = "13 Januari 2026";
/** Short times for tests: the real default waits out outages of up to 10 minutes. */
const FAST = { maxWaitMs: 10_000, baseDelayMs: 50, maxDelayMs: 300, inlineWaitMs: 200 };

const bots: E2E[] = [];
const dbs: Db[] = [];
const dirs: string[] = [];
const closers: Array<() => void> = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
  for (const c of closers.splice(0)) c();
  for (const db of dbs.splice(0)) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const accepted = (api: FakeBotApi, chatId: number) =>
  api.callsTo("sendMessage").filter((c) => c.params.chat_id === chatId && c.response?.status === 200);
const apologies = (api: FakeBotApi) =>
  api.callsTo("sendMessage").filter((c) => c.params.text === strings.apology);

describe("end to end: replies wait out an outage and reach the user exactly once", () => {
  it("sendMessage failing with 500 for a while: all 6 questions are answered once it is back, no apology", async () => {
    const e = await startE2E({ outbox: FAST });
    bots.push(e);
    let down = true;
    e.api.setHandler((c) =>
      c.method === "sendMessage" && down ? fail(500, "Internal Server Error") : undefined,
    );
    const users = [3001, 3002, 3003, 3004, 3005, 3006];
    for (const u of users) await e.handled(e.push(textUpdate(QUESTION, { userId: u })), 8000);
    await new Promise((r) => setTimeout(r, 1500));
    down = false;
    expect(await until(() => users.every((u) => accepted(e.api, u).length > 0), 8000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    for (const u of users) {
      const got = accepted(e.api, u);
      expect(got, `user ${u}`).toHaveLength(1);
      expect(got[0]?.params.text).toContain(ANSWER);
    }
    expect(apologies(e.api)).toEqual([]);
  }, 30_000);

  it("a 429 longer than the inline wait: the answer comes after retry_after, never an apology", async () => {
    // Telegram holds every sendMessage for retry_after seconds after a 429.
    const e = await startE2E({ outbox: FAST, retry: { maxRetryAfterS: 1 } });
    bots.push(e);
    let blockedUntil = 0;
    e.api.setHandler((c: FakeCall) => {
      if (c.method !== "sendMessage") return undefined;
      if (blockedUntil === 0) blockedUntil = c.at + 2000;
      if (c.at < blockedUntil) {
        const s = Math.ceil((blockedUntil - c.at) / 1000);
        return fail(429, `Too Many Requests: retry after ${s}`, { retry_after: s });
      }
      return undefined;
    });
    await e.handled(e.push(textUpdate(QUESTION, { userId: 3010 })), 8000);
    expect(await until(() => accepted(e.api, 3010).length > 0, 8000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const got = accepted(e.api, 3010);
    expect(got).toHaveLength(1);
    expect(got[0]?.params.text).toContain(ANSWER);
    expect(got[0]?.at ?? 0).toBeGreaterThanOrEqual(blockedUntil);
    expect(apologies(e.api)).toEqual([]);
  }, 30_000);

  it("survives a restart: a reply pending in the SQLite outbox is sent once by the next process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outbox-"));
    dirs.push(dir);
    const db1 = openDatabase(dir);
    const store1 = createSqliteOutboxStore(db1);
    const first = await startE2E({ outbox: { ...FAST, store: store1 } });
    first.api.setHandler((c) => (c.method === "sendMessage" ? fail(502, "Bad Gateway") : undefined));
    await first.handled(first.push(textUpdate(QUESTION, { userId: 3020 })), 8000);
    expect(await until(() => first.api.callsTo("sendMessage").length >= 2, 5000)).toBe(true);
    await first.stop();
    const pending = db1.prepare("SELECT COUNT(*) AS n FROM reply_outbox WHERE status = 'pending'").get();
    expect(pending).toEqual({ n: 1 });
    store1.close();
    db1.close();
    expect(accepted(first.api, 3020)).toEqual([]);

    const db2 = openDatabase(dir);
    dbs.push(db2);
    const store2 = createSqliteOutboxStore(db2);
    const second = await startE2E({ outbox: { ...FAST, store: store2 } });
    bots.push(second);
    closers.push(() => store2.close());
    expect(await until(() => accepted(second.api, 3020).length > 0, 5000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(accepted(second.api, 3020)).toHaveLength(1);
    expect(accepted(second.api, 3020)[0]?.params.text).toContain(ANSWER);
    expect(db2.prepare("SELECT COUNT(*) AS n FROM reply_outbox WHERE status = 'pending'").get()).toEqual({
      n: 0,
    });
    // A delivered reply keeps its key against repeated updates, but neither its text nor the chat id.
    expect(db2.prepare("SELECT chat_id, payload FROM reply_outbox").all()).toEqual([
      { chat_id: 0, payload: "{}" },
    ]);
  }, 30_000);

  it("the apology comes only after the final failure, never the answer after it", async () => {
    const e = await startE2E({ outbox: { ...FAST, maxWaitMs: 800 } });
    bots.push(e);
    e.api.setHandler((c) =>
      c.method === "sendMessage" && c.params.text !== strings.apology
        ? fail(503, "Service Unavailable")
        : undefined,
    );
    await e.handled(e.push(textUpdate(QUESTION, { userId: 3030 })), 8000);
    expect(await until(() => apologies(e.api).length > 0, 5000)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const sends = e.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 3030);
    const firstTry = sends[0]?.at ?? 0;
    const apology = apologies(e.api);
    expect(apology).toHaveLength(1);
    expect(apology[0]?.at ?? 0).toBeGreaterThanOrEqual(firstTry + 700);
    expect(sends[sends.length - 1]?.params.text).toBe(strings.apology);
    expect(accepted(e.api, 3030).filter((c) => String(c.params.text).includes(ANSWER))).toEqual([]);
  }, 30_000);

  it("the same update delivered twice (webhook retry, offset not confirmed before a crash) is answered once", async () => {
    const e = await startE2E({ outbox: FAST });
    bots.push(e);
    const update = { update_id: 987654, ...textUpdate(QUESTION, { userId: 3040 }) } as Update;
    await e.app.bot.handleUpdate(update);
    await e.app.bot.handleUpdate(update);
    await new Promise((r) => setTimeout(r, 300));
    expect(accepted(e.api, 3040)).toHaveLength(1);
  }, 30_000);
});
