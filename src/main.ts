/**
 * Entry point (`npm start`): validated config, knowledge and engine, then the Telegram bot (BOT_TOKEN
 * set) or the terminal chat (no token). A short wiring file: bot features go in `features`, background
 * workers register a step in `closers`; shutdown (SIGINT/SIGTERM) stops taking updates, finishes
 * in-flight replies, runs the closers last-added-first (storage last) and exits 0.
 */
import "dotenv/config";
import { join } from "node:path";
import { type BotFeature, createBot } from "./bot/bot.js";
import { setupBroadcast } from "./bot/features/broadcastSetup.js";
import { knowledgeFeature } from "./bot/features/knowledgeAdmin.js";
import { createProblemNotifier, createRemovalNotifier } from "./bot/features/knowledgeNotify.js";
import { createSqliteOutboxStore } from "./bot/outboxStore.js";
import { errorSummary } from "./bot/retry.js";
import { type RunningBot, runBot, StartupTimeoutError } from "./bot/run.js";
import { runTerminalChat, TERMINAL_BANNER } from "./cli/chat.js";
import { ConfigError, loadConfig } from "./config.js";
import { createEngine } from "./engine/index.js";
import type { EngineSource } from "./engine/types.js";
import { createGapQueue } from "./gaps/queue.js";
import { createGapRecorder } from "./gaps/record.js";
import { createGapStore } from "./gaps/store.js";
import { teamQuestionSets } from "./knowledge/guard.js";
import {
  KnowledgeLoadError,
  type LiveKnowledge,
  openLiveKnowledge,
  type RemovalNotice,
} from "./knowledge/live.js";
import { formatProblem, type KnowledgeProblem } from "./knowledge/load.js";
import { fillIn, knowledgeStrings } from "./knowledge/strings.js";
import { createLogger, silentLogger } from "./log.js";
import { type Db, openDatabase } from "./storage/db.js";
import { DataDirBusyError, type DataDirLock, lockDataDir } from "./storage/lock.js";
import { storageStartupMessage } from "./storage/startupError.js";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`${e.message}\nLihat .env.example untuk penjelasan setiap variabel.`);
  process.exit(1);
}

// Knowledge is watched and hot-reloaded; an invalid change keeps the last good version serving and
// its problems go to `reportProblems` (stderr in the terminal, the admins on Telegram).
let reportProblems = (problems: KnowledgeProblem[]) => {
  const version = live.info().version;
  console.error(
    `${fillIn(knowledgeStrings.terminalRejected, { version })}\n${problems.map(formatProblem).join("\n")}`,
  );
};
let reportRemoved = (n: RemovalNotice) => {
  console.error(
    fillIn(knowledgeStrings.terminalRemoved, {
      count: n.removed.length,
      ids: n.removed.join(", "),
      held: n.held ? knowledgeStrings.terminalHeld : "",
    }),
  );
};
// The bot logs JSON to stdout; the terminal chat keeps stdout for the conversation.
const logger = config.botToken ? createLogger(config.logLevel) : silentLogger;
let live: LiveKnowledge;
try {
  live = openLiveKnowledge({
    dir: config.knowledgeDir,
    build: createEngine,
    logger,
    onProblems: (problems) => reportProblems(problems),
    onRemoved: (notice) => reportRemoved(notice),
    // A change is asked the standing question bank before it is served (see knowledge/guard.ts).
    guard: { sets: teamQuestionSets() },
    // The last good knowledge, for `npm run knowledge:check` where there is no git history.
    snapshotDir: join(config.dataDir, "pengetahuan-terakhir"),
    // A folder that does not load at start: that copy serves (as it would had the bot kept running).
    fallbackDir: join(config.dataDir, "pengetahuan-terakhir"),
    // In the terminal chat, say so on stderr when a change is picked up (the bot logs it instead).
    onReload: (info) => {
      if (!config.botToken)
        console.error(
          fillIn(knowledgeStrings.terminalReloaded, { entries: info.entries, version: info.version }),
        );
    },
  });
} catch (e) {
  if (!(e instanceof KnowledgeLoadError)) throw e;
  console.error("Berkas pengetahuan tidak valid:");
  for (const p of e.problems) console.error(formatProblem(p));
  process.exit(1);
}
await live.watch();
const engines: EngineSource = live;

if (!config.botToken) {
  console.log(TERMINAL_BANNER);
  await runTerminalChat(engines, process.stdin, process.stdout, () => new Date(), config.conversationQuietMs);
  await live.close();
} else {
  let db: Db;
  try {
    db = openDatabase(config.dataDir);
  } catch (e) {
    // DATA_DIR unwritable, a file, a damaged or read-only database: say what and how to fix, no stack.
    console.error(storageStartupMessage(e, config.dataDir));
    await live.close();
    process.exit(1);
  }
  // One bot process per DATA_DIR (see README): a second one waits briefly for a stopping holder, then refuses.
  let lock: DataDirLock;
  try {
    lock = await lockDataDir(config.dataDir, {
      waitMs: config.dataDirLockWaitS * 1000,
      onWait: (holder) =>
        console.error(
          `DATA_DIR ${config.dataDir} sedang dipakai proses bot lain${holder ? ` (${holder})` : ""}; menunggu hingga ${config.dataDirLockWaitS} detik...`,
        ),
    });
  } catch (e) {
    if (!(e instanceof DataDirBusyError)) throw e;
    console.error(e.message);
    await live.close();
    process.exit(1);
  }
  /** Extra bot features (subscription, broadcast, knowledge reload, ...), in order. */
  const features: BotFeature[] = [];
  /** Shutdown steps, run last-added-first after the bot has stopped taking updates. */
  const closers: Array<() => void | Promise<void>> = [
    () => lock.release(),
    () => {
      db.close();
    },
    () => live.close(),
  ];
  const gaps = createGapStore(db, { retentionDays: config.gapsRetentionDays });
  const recordIfUnanswered = createGapRecorder(gaps, {
    version: () => live.info().version,
    onError: (err) => logger.warn({ error: errorSummary(err) }, "could not record an unanswered question"),
  });
  // Unanswered questions are stored off the reply path, one transaction per second: one fsync per
  // batch instead of one per question (synchronous=FULL would otherwise stall every reply). A failing
  // flush is logged, never thrown from the timer.
  const gapQueue = createGapQueue(db, recordIfUnanswered, {
    onError: (err) => logger.warn({ error: errorSummary(err) }, "could not store unanswered questions"),
  });
  closers.push(() => gapQueue.close());
  features.push(
    knowledgeFeature({
      live,
      gaps,
      adminIds: config.adminIds,
      retentionDays: config.gapsRetentionDays,
      logger,
    }),
  );
  // Subscriptions and announcements; the delivery worker starts once the bot runs and resumes any
  // announcement a previous process left unfinished.
  const broadcast = setupBroadcast({ db, config, logger, exclusive: true });
  features.push(...broadcast.features);
  closers.push(() => broadcast.worker.stop());

  // Replies are stored until Telegram accepted them: an outage is waited out, a restart resends them.
  const outboxStore = createSqliteOutboxStore(db);
  closers.push(() => outboxStore.close());
  const app = createBot({
    outbox: { store: outboxStore, maxWaitMs: config.replyMaxWaitS * 1000 },
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    engines,
    logger,
    features,
    onAnswer: (answer, now) => gapQueue.push(answer, now),
    timeouts: { callMs: config.telegramTimeoutS * 1000 },
    conversation: { quietMs: config.conversationQuietMs, maxConversations: config.conversationMaxChats },
  });
  reportProblems = createProblemNotifier(app.bot.telegram, config.adminIds, {
    version: () => live.info().version,
    logger,
  });
  reportRemoved = createRemovalNotifier(app.bot.telegram, config.adminIds, { logger });
  let running: RunningBot;
  try {
    running = await runBot(app, {
      logger,
      webhookUrl: config.webhookUrl,
      webhookSecret: config.webhookSecret,
      port: config.port,
      startupTimeoutMs: config.startupTimeoutS * 1000,
      // Plain-text progress on stderr for whoever watches the terminal (the JSON log is on stdout).
      onStartup: (p) => {
        if (p.step === "connecting")
          console.error(`Menyambung ke Telegram (paling lama ${p.limitS} detik)...`);
        else if (p.step === "waiting")
          console.error(`Masih menunggu jawaban Telegram (${p.elapsedS} dari ${p.limitS} detik)...`);
        else console.error(`Bot berjalan (${p.mode === "webhook" ? "webhook" : "long polling"}).`);
      },
    });
  } catch (err) {
    if (err instanceof StartupTimeoutError) console.error(err.message);
    else
      console.error(
        `Tidak bisa tersambung ke Telegram (${errorSummary(err)}). Periksa BOT_TOKEN dan koneksi.`,
      );
    process.exit(1);
  }
  broadcast.worker.start();

  let exiting = false;
  const shutdown = async (reason: string, code: number) => {
    if (exiting) return;
    exiting = true;
    await running.stop(reason);
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.error({ error: errorSummary(err) }, "shutdown step failed");
      }
    }
    logger.info({ reason }, "stopped");
    logger.flush();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void shutdown(signal, 0));
  running.stopped.catch((err: unknown) => {
    logger.fatal({ error: errorSummary(err) }, "polling failed");
    void shutdown("polling failed", 1);
  });
}
