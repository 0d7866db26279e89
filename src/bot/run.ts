import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log.js";
import type { BotApp } from "./bot.js";
import { errorSummary } from "./retry.js";
import { createUpdateQueue } from "./updateQueue.js";
import { DEFAULT_MAX_WEBHOOK_BYTES, isWebhookPost, readUpdateBody } from "./webhookBody.js";

/** The update types the bot handles; anything else is not even delivered. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface RunOptions {
  logger: Logger;
  /** Public https URL for webhook mode (WEBHOOK_URL); absent = long polling. */
  webhookUrl?: string;
  /** Secret for X-Telegram-Bot-Api-Secret-Token; when absent in webhook mode one is derived from the token. */
  webhookSecret?: string;
  /** HTTP port for the webhook and GET /healthz (0 = any free port). Default 8080. */
  port?: number;
  /** Interface to listen on. Default "0.0.0.0". */
  host?: string;
  /** How long `stop` waits for in-flight updates. Default 10 s. */
  drainTimeoutMs?: number;
  /** Long polling: most updates of a batch handled at once (see updateQueue.ts). Default 32. */
  updateConcurrency?: number;
  /** Webhook mode: largest request body read; a bigger one gets 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Start-up (getMe, commands, polling or webhook set up) gives up after this long. Default 60 s. */
  startupTimeoutMs?: number;
  /** Start-up progress, e.g. for plain-text lines in a terminal. */
  onStartup?: (progress: StartupProgress) => void;
}

/** Where start-up is: connecting (first), still waiting (every 10 s), started (mode known). */
export interface StartupProgress {
  step: "connecting" | "waiting" | "started";
  elapsedS: number;
  limitS: number;
  mode?: "polling" | "webhook";
}

/** Telegram did not let the bot start within the start-up limit; the message is for operators. */
export class StartupTimeoutError extends Error {
  constructor(
    readonly limitS: number,
    readonly step: string,
  ) {
    super(
      `Telegram tidak menjawab dalam ${limitS} detik saat bot dimulai (langkah: ${step}). ` +
        "Periksa koneksi internet, TELEGRAM_API_ROOT, dan BOT_TOKEN, lalu jalankan lagi.",
    );
    this.name = "StartupTimeoutError";
  }
}

/** A running bot. `stopped` settles when it has stopped (rejects if polling died with an error). */
export interface RunningBot {
  mode: "polling" | "webhook";
  /** The port the webhook server listens on (webhook mode). */
  port?: number;
  stopped: Promise<void>;
  /** Stops taking updates, confirms the polling offset, waits for in-flight replies. Idempotent. */
  stop(reason: string): Promise<void>;
}

/**
 * Registers the command menu (setMyCommands; a failure is logged, not fatal) and starts the bot:
 * long polling, or webhook mode with the secret-token header checked and `GET /healthz`.
 * Resolves once the bot is taking updates. A bad token rejects.
 */
export async function runBot(app: BotApp, options: RunOptions): Promise<RunningBot> {
  const limitMs = options.startupTimeoutMs ?? 60_000;
  const limitS = Math.round(limitMs / 1000);
  const t0 = Date.now();
  const elapsedS = () => Math.round((Date.now() - t0) / 1000);
  let step = "getMe";
  options.logger.info({ limit_s: limitS }, "connecting to Telegram");
  options.onStartup?.({ step: "connecting", elapsedS: 0, limitS });
  const ticker = setInterval(() => {
    options.logger.warn({ elapsed_s: elapsedS(), step }, "still waiting for Telegram");
    options.onStartup?.({ step: "waiting", elapsedS: elapsedS(), limitS });
  }, 10_000);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupTimeoutError(limitS, step)), limitMs);
  });
  try {
    const running = await Promise.race([
      start(app, options, (s) => {
        step = s;
      }),
      deadline,
    ]);
    options.onStartup?.({ step: "started", elapsedS: elapsedS(), limitS, mode: running.mode });
    return running;
  } finally {
    clearInterval(ticker);
    clearTimeout(timer);
  }
}

async function start(app: BotApp, options: RunOptions, at: (step: string) => void): Promise<RunningBot> {
  const { bot, commands } = app;
  const log = options.logger;
  bot.botInfo ??= await bot.telegram.getMe();
  at("setMyCommands");
  // Replies a previous process could not deliver go out now.
  app.outbox.start();
  try {
    await bot.telegram.setMyCommands(commands);
  } catch (err) {
    log.warn({ error: errorSummary(err) }, "setMyCommands failed; the command menu may be outdated");
  }
  at(options.webhookUrl ? "setWebhook" : "getUpdates");
  return options.webhookUrl ? runWebhook(app, options, options.webhookUrl) : runPolling(app, options);
}

async function runPolling(app: BotApp, options: RunOptions): Promise<RunningBot> {
  const { bot } = app;
  // Telegraf's polling loop calls this.handleUpdate for every update of a batch at once and waits for
  // all of them before the next getUpdates; the queue paces them (one start per event-loop turn).
  const queue = createUpdateQueue(options.updateConcurrency ?? 32);
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookResponse) => queue.run(() => handleUpdate(update, webhookResponse));
  const stopped = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] });
  // launch() settles only when polling ends; wait until polling has begun (after getMe and
  // deleteWebhook) so that stop() always has something to stop.
  let settled = false;
  stopped.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await Promise.race([stopped, waitUntil(() => settled || isPolling(bot))]);
  options.logger.info({ mode: "polling", username: bot.botInfo?.username }, "bot started");
  let stopping: Promise<void> | undefined;
  return {
    mode: "polling",
    stopped,
    stop(reason) {
      stopping ??= (async () => {
        options.logger.info({ reason }, "stopping: finishing in-flight updates, confirming the offset");
        try {
          bot.stop(reason);
        } catch {
          // Not polling yet or already stopped: nothing to abort.
        }
        await stopped.catch(() => undefined);
        await app.idle(options.drainTimeoutMs ?? 10_000);
        await app.outbox.stop();
      })();
      return stopping;
    },
  };
}

async function runWebhook(app: BotApp, options: RunOptions, webhookUrl: string): Promise<RunningBot> {
  const { bot } = app;
  const url = new URL(webhookUrl);
  const path = url.pathname + url.search;
  const secret = options.webhookSecret ?? app.derivedWebhookSecret;
  const callback = bot.webhookCallback(path, { secretToken: secret });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BYTES;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "GET" && (req.url === "/healthz" || req.url?.startsWith("/healthz?"))) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, mode: "webhook", in_flight: app.inFlight() }));
      return;
    }
    // A wrong path, method or secret header is refused before any of the body is read.
    if (!isWebhookPost(req, path, secret)) {
      res.writeHead(403, { connection: "close" }).end();
      return;
    }
    // The body is read and checked here (size limit, whole-body UTF-8, a JSON object with an
    // update_id); Telegraf's callback then takes the parsed update from req.body.
    const body = await readUpdateBody(req, maxBodyBytes);
    if (!body.ok) {
      options.logger.warn({ status: body.status }, "webhook body refused");
      if (!res.headersSent) res.writeHead(body.status, { connection: "close" });
      res.end();
      return;
    }
    (req as IncomingMessage & { body?: unknown }).body = body.update;
    await callback(req, res);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.logger.error({ error: errorSummary(err) }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  try {
    await bot.telegram.setWebhook(webhookUrl, {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  } catch (err) {
    server.close();
    server.closeAllConnections();
    throw err;
  }
  options.logger.info({ mode: "webhook", port, path: url.pathname }, "bot started");
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => {
    resolveStopped = r;
  });
  let stopping: Promise<void> | undefined;
  return {
    mode: "webhook",
    port,
    stopped,
    stop(reason) {
      stopping ??= (async () => {
        options.logger.info({ reason }, "stopping: closing the webhook server, finishing in-flight updates");
        const closed = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections();
        await app.idle(options.drainTimeoutMs ?? 10_000);
        await app.outbox.stop();
        server.closeAllConnections();
        await closed;
        resolveStopped();
      })();
      return stopping;
    },
  };
}

/** Telegraf keeps its polling loop in a private field; it is set once long polling has begun. */
function isPolling(bot: BotApp["bot"]): boolean {
  return (bot as unknown as { polling?: unknown }).polling !== undefined;
}

function waitUntil(cond: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (cond() ? resolve() : setTimeout(tick, 10));
    tick();
  });
}
