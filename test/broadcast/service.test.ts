import { afterEach, describe, expect, it } from "vitest";
import {
  type BroadcastWorker,
  createBroadcastWorker,
  renderAnnouncement,
  type SendFn,
} from "../../src/broadcast/index.js";
import { seeded } from "./helpers.js";

let worker: BroadcastWorker | undefined;
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

describe("broadcast worker", () => {
  it("starts a scheduled job only when it is due, runs jobs one at a time, and reports start/end", async () => {
    const { jobs } = seeded(3);
    let now = Date.parse("2026-12-01T00:00:00Z");
    const sent: Array<{ chat: number; text: string }> = [];
    const send: SendFn = async (chat, m) => {
      sent.push({ chat, text: m.text });
      return { messageId: sent.length };
    };
    const later = jobs.create({
      idemKey: "later",
      message: renderAnnouncement("Nanti"),
      now: new Date(now),
      scheduledAt: new Date(now + 3600_000),
      status: "queued",
    }).job;
    const draft = jobs.create({
      idemKey: "draft",
      message: renderAnnouncement("Draf"),
      now: new Date(now),
      status: "draft",
    });
    const events: string[] = [];
    worker = createBroadcastWorker({
      jobs,
      send,
      limits: { perSecond: 1000, privateGapMs: 0 },
      clock: { now: () => now },
      pollMs: 10,
      onJobStart: (j, s) => void events.push(`start ${j.id} ${s.total}`),
      onJobEnd: (j, r) => void events.push(`end ${j.id} ${r.outcome} ${r.stats.sent}`),
    });
    worker.start();
    await worker.idle();
    expect(sent).toHaveLength(0); // not due; drafts never run
    now += 3600_000;
    worker.wake();
    await worker.idle();
    expect(sent.map((s) => s.chat).sort()).toEqual([1001, 1002, 1003]);
    expect(events).toEqual([`start ${later.id} 3`, `end ${later.id} done 3`]);
    expect(jobs.get(later.id)?.status).toBe("done");
    expect(jobs.get(draft.job.id)?.status).toBe("draft");
  });
});
