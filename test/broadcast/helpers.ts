import { createJobRepo, createSubscriberRepo, renderAnnouncement } from "../../src/broadcast/index.js";
import { type Db, openDatabase } from "../../src/storage/db.js";

/** An in-memory database with `n` active private subscribers (chat ids 1001..1000+n) and extra groups. */
export function seeded(n: number, groups: number[] = []) {
  const db: Db = openDatabase(":memory:");
  const subscribers = createSubscriberRepo(db);
  const jobs = createJobRepo(db);
  const t = new Date("2026-11-28T00:00:00Z");
  const ids: number[] = [];
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      subscribers.subscribe(1000 + i, "private", t);
      ids.push(1000 + i);
    }
    for (const g of groups) {
      subscribers.subscribe(g, "supergroup", t);
      ids.push(g);
    }
  })();
  return { db, subscribers, jobs, ids };
}

/** A queued job for "now" with a fixed body. */
export function queueJob(jobs: ReturnType<typeof createJobRepo>, key = "test:1", body = "Halo warga") {
  return jobs.create({ idemKey: key, message: renderAnnouncement(body), now: new Date(), status: "queued" })
    .job;
}

/** A Telegram-shaped error like Telegraf's TelegramError. */
export function apiError(code: number, description: string, parameters?: object) {
  const err = new Error(`${code}: ${description}`) as Error & { response: object };
  err.response = { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) };
  return err;
}
