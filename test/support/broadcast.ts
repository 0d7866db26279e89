import { Telegram } from "telegraf";
import { createTelegramSend } from "../../src/bot/features/broadcastSend.js";
import {
  type BroadcastJob,
  createJobRepo,
  createSubscriberRepo,
  renderAnnouncement,
  type SendFn,
} from "../../src/broadcast/index.js";
import type { Db } from "../../src/storage/db.js";
import type { FakeBotApi } from "./fakeBotApi.js";

/**
 * `n` active private subscribers (chat ids 1001..1000+n) and one announcement queued for now, in `db`.
 * Returns the queued job.
 */
export function seedBroadcast(db: Db, n: number, idemKey: string, body: string): BroadcastJob {
  const subscribers = createSubscriberRepo(db);
  const now = new Date();
  db.transaction(() => {
    for (let i = 1; i <= n; i++) subscribers.subscribe(1000 + i, "private", now);
  })();
  return createJobRepo(db).create({ idemKey, message: renderAnnouncement(body), now, status: "queued" }).job;
}

/** The broadcast `send` of the bot, over real HTTP to the fake Bot API. */
export function sendTo(api: FakeBotApi): SendFn {
  return createTelegramSend(new Telegram(api.token, { apiRoot: api.apiRoot }));
}

/** Copies Telegram accepted (answered 200), per chat id. */
export function accepted(api: FakeBotApi): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of api.callsTo("sendMessage")) {
    if (c.response?.status !== 200) continue;
    const chat = Number(c.params.chat_id);
    m.set(chat, (m.get(chat) ?? 0) + 1);
  }
  return m;
}
