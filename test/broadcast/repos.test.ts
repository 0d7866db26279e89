import { describe, expect, it } from "vitest";
import { renderAnnouncement } from "../../src/broadcast/index.js";
import { queueJob, seeded } from "./helpers.js";

const t = new Date("2026-11-28T10:00:00Z");

describe("subscriber repository", () => {
  it("subscribe is idempotent and reactivates after unsubscribe or inactivity", () => {
    const { subscribers } = seeded(0);
    expect(subscribers.subscribe(1, "private", t)).toBe("created");
    expect(subscribers.subscribe(1, "private", t)).toBe("already");
    expect(subscribers.countActive()).toBe(1);
    expect(subscribers.unsubscribe(1, t)).toBe(true);
    expect(subscribers.unsubscribe(1, t)).toBe(false);
    expect(subscribers.get(1)?.status).toBe("unsubscribed");
    expect(subscribers.subscribe(1, "private", t)).toBe("reactivated");
    expect(subscribers.markInactive(1, "403: blocked", t)).toBe(true);
    expect(subscribers.get(1)).toMatchObject({ status: "inactive", inactiveReason: "403: blocked" });
    expect(subscribers.subscribe(1, "private", t)).toBe("reactivated");
    expect(subscribers.get(1)?.inactiveReason).toBeNull();
  });

  it("forget deletes the subscription and every delivery record of the chat", () => {
    const { db, subscribers, jobs } = seeded(3);
    const job = queueJob(jobs);
    jobs.start(job.id, t);
    expect(subscribers.forget(1002)).toBe(2);
    expect(subscribers.get(1002)).toBeUndefined();
    expect(db.prepare("SELECT COUNT(*) AS n FROM broadcast_deliveries WHERE chat_id = 1002").get()).toEqual({
      n: 0,
    });
    expect(subscribers.forget(1002)).toBe(0);
  });

  it("forget unlinks the chat from announcements it created, keeping the announcement", () => {
    const { subscribers, jobs } = seeded(0);
    const { job } = jobs.create({
      idemKey: "k",
      message: renderAnnouncement("A"),
      now: t,
      status: "queued",
      createdBy: 77,
      originChatId: 77,
    });
    jobs.setStatusMessage(job.id, 77, 5);
    expect(subscribers.forget(77)).toBe(1);
    expect(jobs.get(job.id)).toMatchObject({
      createdBy: null,
      originChatId: null,
      statusChatId: null,
      statusMessageId: null,
    });
  });
});

describe("job repository", () => {
  it("creates one job per idempotency key, however often the same update arrives", () => {
    const { jobs } = seeded(0);
    const make = () =>
      jobs.create({
        idemKey: "tg:5:77",
        message: renderAnnouncement("A"),
        now: t,
        status: "draft",
        createdBy: 5,
      });
    const a = make();
    const b = make();
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.job.id).toBe(a.job.id);
  });

  it("confirms a draft exactly once and never after cancel", () => {
    const { jobs } = seeded(0);
    const { job } = jobs.create({ idemKey: "k1", message: renderAnnouncement("A"), now: t, status: "draft" });
    expect(jobs.confirm(job.id, t)).toBe("confirmed");
    expect(jobs.confirm(job.id, t)).toBe("already");
    const other = jobs.create({
      idemKey: "k2",
      message: renderAnnouncement("B"),
      now: t,
      status: "draft",
    }).job;
    expect(jobs.cancel(other.id, t)).toBe("cancelled");
    expect(jobs.confirm(other.id, t)).toBe("cancelled");
    expect(jobs.cancel(other.id, t)).toBe("already");
    expect(jobs.confirm(999, t)).toBe("missing");
  });

  it("start materialises one delivery per active subscriber, once, and keeps the message entities", () => {
    const { jobs, subscribers } = seeded(5);
    subscribers.unsubscribe(1001, t);
    subscribers.markInactive(1002, "blocked", t);
    const job = jobs.create({
      idemKey: "k",
      message: renderAnnouncement("Halo", [{ type: "bold", offset: 0, length: 4 }]),
      now: t,
      status: "queued",
    }).job;
    const started = jobs.start(job.id, t);
    expect(started?.status).toBe("running");
    expect(started?.message.entities).toHaveLength(2);
    expect(jobs.stats(job.id)).toMatchObject({ total: 3, remaining: 3 });
    // A restart calls start again: same rows, no duplicates.
    expect(jobs.start(job.id, t)?.id).toBe(job.id);
    expect(jobs.stats(job.id).total).toBe(3);
  });

  it("nextRunnable resumes a running job before due queued ones and waits for scheduled ones", () => {
    const { jobs } = seeded(1);
    const later = jobs.create({
      idemKey: "later",
      message: renderAnnouncement("L"),
      now: t,
      scheduledAt: new Date("2099-01-01T00:00:00Z"),
      status: "queued",
    }).job;
    expect(jobs.nextRunnable(t)).toBeUndefined();
    expect(jobs.nextDueAt()).toBe(later.scheduledAt);
    const due = queueJob(jobs, "due");
    const running = queueJob(jobs, "running");
    jobs.start(running.id, t);
    expect(jobs.nextRunnable(new Date())?.id).toBe(running.id);
    jobs.finish(running.id, t);
    expect(jobs.nextRunnable(new Date())?.id).toBe(due.id);
    expect(jobs.listQueued().map((j) => j.id)).toEqual([due.id, later.id]);
  });
});
