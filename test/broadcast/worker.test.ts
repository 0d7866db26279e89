import { afterEach, describe, expect, it } from "vitest";
import {
  createSendLimiter,
  deliver,
  type OutgoingMessage,
  type SendFn,
  type SendLimiter,
} from "../../src/broadcast/index.js";
import { apiError, queueJob, seeded } from "./helpers.js";

let limiter: SendLimiter | undefined;
afterEach(() => limiter?.dispose());

/** A fast limiter: behaviour (not pacing) is under test here. */
const fast = () => {
  limiter = createSendLimiter({ perSecond: 1000, maxConcurrent: 8, privateGapMs: 0, groupGapMs: 0 });
  return limiter;
};

/** Records every accepted message per chat; `fault(chatId, attempt)` may throw instead. */
function recorder(fault?: (chatId: number, attempt: number) => Error | undefined) {
  const received = new Map<number, OutgoingMessage[]>();
  const attempts = new Map<number, number>();
  let next = 1;
  const send: SendFn = async (chatId, message) => {
    const n = (attempts.get(chatId) ?? 0) + 1;
    attempts.set(chatId, n);
    await new Promise((r) => setImmediate(r));
    const err = fault?.(chatId, n);
    if (err) throw err;
    received.set(chatId, [...(received.get(chatId) ?? []), message]);
    return { messageId: next++ };
  };
  return { send, received, attempts };
}

const noSleep = async () => {};

describe("deliver", () => {
  it("sends every active subscriber exactly one copy and records each as sent", async () => {
    const { jobs, ids } = seeded(300);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    const { send, received } = recorder();
    const r = await deliver(job, { jobs, send, limiter: fast() });
    expect(r.outcome).toBe("done");
    expect([...received.keys()].sort()).toEqual([...ids].sort());
    for (const copies of received.values()) expect(copies).toHaveLength(1);
    expect(r.stats).toMatchObject({ total: 300, sent: 300, remaining: 0, failed: 0 });
    expect(received.get(1001)?.[0]?.text).toContain("Halo warga");
  });

  it("classifies faults: blocked -> inactive, 5xx retried, unknown 403 retried once, 400 fails at once", async () => {
    const { jobs, subscribers } = seeded(10);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    const { send, received, attempts } = recorder((chat, n) => {
      if (chat === 1001) return apiError(403, "Forbidden: bot was blocked by the user");
      if (chat === 1002) return apiError(400, "Bad Request: chat not found");
      if (chat === 1003 && n <= 2) return apiError(502, "Bad Gateway");
      if (chat === 1004) return apiError(403, "Forbidden: new unexplained reason");
      if (chat === 1005) return apiError(400, "Bad Request: message is too long");
      if (chat === 1006) return Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      if (chat === 1007 && n === 1) return apiError(403, "Forbidden: new unexplained reason");
      return undefined;
    });
    const r = await deliver(job, {
      jobs,
      send,
      limiter: fast(),
      sleep: noSleep,
      backoff: { maxAttempts: 4 },
    });
    expect(r.outcome).toBe("done");
    expect(subscribers.get(1001)?.status).toBe("inactive");
    expect(subscribers.get(1002)?.status).toBe("inactive");
    expect(subscribers.get(1001)?.inactiveReason).toContain("blocked");
    expect(received.get(1003)).toHaveLength(1);
    expect(attempts.get(1003)).toBe(3);
    expect(attempts.get(1004)).toBe(2); // unknown 403: one retry, then failed
    expect(subscribers.get(1004)?.status).toBe("active");
    expect(attempts.get(1005)).toBe(1);
    expect(attempts.get(1006)).toBe(4); // network: bounded
    expect(received.get(1007)).toHaveLength(1);
    expect(r.stats).toMatchObject({ sent: 5, inactive: 2, failed: 3, remaining: 0 });
  });

  it("follows migrate_to_chat_id: the new id gets the copy and the subscriber moves", async () => {
    const { jobs, subscribers } = seeded(2, [-555, -777]);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    const { send, received } = recorder((chat) => {
      if (chat === -555)
        return apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: -100555,
        });
      // -777 migrated to a chat that is already a subscriber: it must not get two copies.
      if (chat === -777)
        return apiError(400, "Bad Request: group chat was upgraded", { migrate_to_chat_id: 1001 });
      return undefined;
    });
    const r = await deliver(job, { jobs, send, limiter: fast() });
    expect(received.get(-100555)).toHaveLength(1);
    expect(received.has(-555)).toBe(false);
    expect(received.get(1001)).toHaveLength(1);
    expect(subscribers.get(-100555)?.status).toBe("active");
    expect(subscribers.get(-555)).toBeUndefined();
    expect(r.stats).toMatchObject({ sent: 3, skipped: 1, remaining: 0 });
  });

  it("pauses the whole job on 429 for retry_after and retries the same recipient", async () => {
    const { jobs } = seeded(20);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    const log: Array<{ chat: number; at: number; ok: boolean }> = [];
    let limited = false;
    const send: SendFn = async (chat) => {
      const at = Date.now();
      if (chat === 1005 && !limited) {
        limited = true;
        log.push({ chat, at, ok: false });
        throw apiError(429, "Too Many Requests: retry after 1", { retry_after: 1 });
      }
      log.push({ chat, at, ok: true });
      return { messageId: 1 };
    };
    limiter = createSendLimiter({ perSecond: 200, maxConcurrent: 1, privateGapMs: 0 });
    const longPauses: number[] = [];
    const r = await deliver(job, {
      jobs,
      send,
      limiter,
      longPauseS: 1,
      onLongPause: (_j, retry) => longPauses.push(retry),
    });
    expect(r.rateLimited).toBe(1);
    expect(longPauses).toEqual([1]);
    const limitedAt = log.find((e) => !e.ok)?.at ?? 0;
    const after = log.filter((e) => e.at > limitedAt);
    // Nothing at all was sent during the pause, and the same recipient was retried.
    expect(Math.min(...after.map((e) => e.at)) - limitedAt).toBeGreaterThanOrEqual(950);
    expect(log.filter((e) => e.chat === 1005 && e.ok)).toHaveLength(1);
    expect(r.stats).toMatchObject({ sent: 20, remaining: 0 });
  });

  it("resumes: rows left 'sending' by a crash are sent again, 'sent' rows never", async () => {
    const { db, jobs } = seeded(10);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    // A worker that died a minute ago: it had claimed every row, sent four, and had a fifth in flight.
    const past = new Date(Date.now() - 60_000);
    const rows = jobs.claim(job.id, "dead-worker", past, 1000, 100);
    for (const d of rows.slice(0, 4)) jobs.markSent(d.id, "dead-worker", 1, past);
    const inFlight = rows[4];
    if (!inFlight) throw new Error("no row");
    expect(jobs.markSending(inFlight.id, "dead-worker", past, 1000)).toBe(true);
    const { send, received } = recorder();
    const r = await deliver(job, { jobs, send, limiter: fast() });
    expect([...received.keys()].sort()).toEqual(
      rows
        .slice(4)
        .map((d) => d.chatId)
        .sort(),
    );
    expect(r.stats).toMatchObject({ sent: 10, remaining: 0 });
    const attempts = db.prepare("SELECT attempts FROM broadcast_deliveries WHERE id = ?").get(inFlight.id);
    expect(attempts).toEqual({ attempts: 2 });
  });

  it("stops sending when the job is cancelled midway", async () => {
    const { jobs } = seeded(50);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    let count = 0;
    const send: SendFn = async () => {
      if (++count === 10) jobs.cancel(job.id, new Date());
      return { messageId: count };
    };
    limiter = createSendLimiter({ perSecond: 1000, maxConcurrent: 1, privateGapMs: 0 });
    const r = await deliver(job, { jobs, send, limiter });
    expect(r.outcome).toBe("cancelled");
    expect(count).toBe(10);
    expect(r.stats).toMatchObject({ sent: 10, cancelled: 40, remaining: 0 });
  });

  it("halts when asked, leaving the rest pending for the next run", async () => {
    const { jobs } = seeded(30);
    const job = jobs.start(queueJob(jobs).id, new Date());
    if (!job) throw new Error("job did not start");
    let count = 0;
    const send: SendFn = async () => ({ messageId: ++count });
    limiter = createSendLimiter({ perSecond: 1000, maxConcurrent: 1, privateGapMs: 0 });
    const r = await deliver(job, { jobs, send, limiter, shouldHalt: () => count >= 12 });
    expect(r.outcome).toBe("halted");
    expect(r.stats.sent).toBe(12);
    const again = await deliver(job, { jobs, send, limiter });
    expect(again.outcome).toBe("done");
    expect(count).toBe(30);
  });
});
