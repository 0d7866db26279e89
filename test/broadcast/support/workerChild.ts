/**
 * A delivery worker in its own process, for the kill -9 test: opens the database under argv[2], sends
 * through the Bot API at argv[3] with token argv[4] at argv[5] messages/s, prints "idle" and exits once
 * there is nothing left to deliver.
 */
import { Telegram } from "telegraf";
import { createTelegramSend } from "../../../src/bot/features/broadcastSend.js";
import { createBroadcastWorker, createJobRepo } from "../../../src/broadcast/index.js";
import { openDatabase } from "../../../src/storage/db.js";

const [dataDir, apiRoot, token, rate] = process.argv.slice(2);
if (!dataDir || !apiRoot || !token) throw new Error("usage: workerChild <dataDir> <apiRoot> <token> [rate]");
const db = openDatabase(dataDir);
const worker = createBroadcastWorker({
  jobs: createJobRepo(db),
  send: createTelegramSend(new Telegram(token, { apiRoot })),
  limits: { perSecond: Number(rate ?? 25) },
  pollMs: 100,
  deliverOptions: { backoff: { baseMs: 100, maxMs: 400 } },
});
worker.start();
await worker.idle();
await worker.stop();
db.close();
console.log("idle");
