/**
 * Entry point (`npm start`): validated config, knowledge and engine, then the Telegram bot (BOT_TOKEN
 * set) or the terminal chat (no token). A short wiring file: bot features go in `features`, background
 * workers register a step in `closers`; shutdown (SIGINT/SIGTERM) stops taking updates, finishes
 * in-flight replies, runs the closers last-added-first (storage last) and exits 0.
 */
import "dotenv/config";
import { type BotFeature, createBot } from "./bot/bot.js";
import { errorSummary } from "./bot/retry.js";
import { type RunningBot, runBot } from "./bot/run.js";
import { runTerminalChat, TERMINAL_BANNER } from "./cli/chat.js";
import { ConfigError, loadConfig } from "./config.js";
import { createEngine } from "./engine/index.js";
import type { EngineSource } from "./engine/types.js";
import { formatProblem, loadKnowledgeDir } from "./knowledge/load.js";
import { createLogger } from "./log.js";
import { openDatabase } from "./storage/db.js";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`${e.message}\nLihat .env.example untuk penjelasan setiap variabel.`);
  process.exit(1);
}

const loaded = loadKnowledgeDir(config.knowledgeDir);
if (!loaded.ok) {
  console.error("Berkas pengetahuan tidak valid:");
  for (const p of loaded.problems) console.error(formatProblem(p));
  process.exit(1);
}
const engine = createEngine(loaded.knowledge);
const engines: EngineSource = { current: () => engine };

if (!config.botToken) {
  console.log(TERMINAL_BANNER);
  await runTerminalChat(engines);
} else {
  const logger = createLogger(config.logLevel);
  const db = openDatabase(config.dataDir);
  /** Extra bot features (subscription, broadcast, knowledge reload, ...), in order. */
  const features: BotFeature[] = [];
  /** Shutdown steps, run last-added-first after the bot has stopped taking updates. */
  const closers: Array<() => void | Promise<void>> = [
    () => {
      db.close();
    },
  ];

  const app = createBot({
    token: config.botToken,
    apiRoot: config.telegramApiRoot,
    engines,
    logger,
    features,
  });
  let running: RunningBot;
  try {
    running = await runBot(app, {
      logger,
      webhookUrl: config.webhookUrl,
      webhookSecret: config.webhookSecret,
      port: config.port,
    });
  } catch (err) {
    console.error(`Tidak bisa tersambung ke Telegram (${errorSummary(err)}). Periksa BOT_TOKEN dan koneksi.`);
    process.exit(1);
  }

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
