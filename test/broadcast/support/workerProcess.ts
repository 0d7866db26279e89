/**
 * One broadcast worker in its own process, over the database under DATA_DIR, sending to a fake Bot API:
 * for the multi-process race tests. Started with child_process.fork; argv: <dataDir> <apiRoot> <token>
 * <leaseMs>. Sends {ready} once built; on "go" starts the worker and sends {idle} when no job is left;
 * on "stop" stops the worker and exits.
 */
import { Telegram } from "telegraf";
import { createTelegramSend } from "../../../src/bot/features/broadcastSend.js";
import { createBroadcastWorker, createJobRepo } from "../../../src/broadcast/index.js";
import { openDatabase } from "../../../src/storage/db.js";

const [dataDir = "", apiRoot = "", token = "", leaseMs = "30000"] = process.argv.slice(2);
const db = openDatabase(dataDir);
const worker = createBroadcastWorker({
  jobs: createJobRepo(db),
  send: createTelegramSend(new Telegram(token, { apiRoot })),
  limits: { perSecond: 200, maxConcurrent: 8, privateGapMs: 0 },
  pollMs: 50,
  deliverOptions: { leaseMs: Number(leaseMs) },
});
process.on("message", async (msg) => {
  if (msg === "go") {
    worker.start();
    await worker.idle();
    process.send?.({ idle: true });
  } else if (msg === "stop") {
    await worker.stop();
    db.close();
    process.exit(0);
  }
});
process.send?.({ ready: true });
