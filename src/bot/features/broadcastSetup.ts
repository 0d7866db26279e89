import { Telegram } from "telegraf";
import { createJobRepo } from "../../broadcast/jobs.js";
import { type BroadcastWorker, createBroadcastWorker } from "../../broadcast/service.js";
import { createSubscriberRepo } from "../../broadcast/subscribers.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { Db } from "../../storage/db.js";
import type { BotFeature } from "../bot.js";
import { installTokenRedaction } from "../redact.js";
import { installTimeouts } from "../timeouts.js";
import { broadcastFeature } from "./broadcast.js";
import { createProgressNotifier } from "./broadcastProgress.js";
import { createTelegramSend } from "./broadcastSend.js";
import { subscriptionFeature } from "./subscription.js";

export interface BroadcastSetupDeps {
  db: Db;
  config: Pick<
    Config,
    "botToken" | "telegramApiRoot" | "adminIds" | "broadcastRate" | "broadcastPaid" | "broadcastPaidRate"
  > &
    Partial<Pick<Config, "telegramTimeoutS">>;
  logger: Logger;
  now?: () => Date;
  /** Extra erasers for /hapusdata (other stores keyed by chat id). */
  erasers?: Array<(chatId: number) => number>;
  /** Status-message edit interval; default 3000 ms. */
  progressIntervalMs?: number;
  /** Worker poll interval for due / terminal-enqueued jobs; default 2000 ms. */
  pollMs?: number;
  /** This process holds the DATA_DIR lock: claims left by a dead process are taken over at start. */
  exclusive?: boolean;
}

/** Everything main.ts needs for subscriptions and announcements: two bot features and the worker. */
export interface BroadcastSetup {
  features: BotFeature[];
  worker: BroadcastWorker;
}

/**
 * Wires the broadcast domain to Telegram: repositories on `db`, the delivery worker sending through its
 * own Telegram client at BROADCAST_RATE (or BROADCAST_PAID_RATE with allow_paid_broadcast when
 * BROADCAST_PAID), progress messages to admins, and the /langganan... and /umumkan... features.
 * Call `worker.start()` once the bot runs (it resumes an interrupted job) and `worker.stop()` at shutdown.
 */
export function setupBroadcast(deps: BroadcastSetupDeps): BroadcastSetup {
  const { config, logger } = deps;
  if (!config.botToken) throw new Error("setupBroadcast needs BOT_TOKEN");
  const now = deps.now ?? (() => new Date());
  const jobs = createJobRepo(deps.db);
  const subscribers = createSubscriberRepo(deps.db);
  installTokenRedaction();
  const telegram = installTimeouts(
    new Telegram(config.botToken, config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}),
    { callMs: (config.telegramTimeoutS ?? 30) * 1000 },
  );
  const paid = config.broadcastPaid;
  const worker = createBroadcastWorker({
    jobs,
    send: createTelegramSend(telegram, { paid }),
    limits: { perSecond: paid ? config.broadcastPaidRate : config.broadcastRate },
    logger,
    pollMs: deps.pollMs,
    takeOverLeases: deps.exclusive ?? false,
    ...createProgressNotifier({
      telegram,
      jobs,
      adminIds: config.adminIds,
      logger,
      intervalMs: deps.progressIntervalMs,
    }),
  });
  return {
    worker,
    features: [
      subscriptionFeature({ subscribers, now, logger, erasers: deps.erasers }),
      broadcastFeature({
        jobs,
        subscribers,
        adminIds: config.adminIds,
        now,
        logger,
        wake: () => worker.wake(),
      }),
    ],
  };
}
