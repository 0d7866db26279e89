import type { Middleware } from "telegraf";
import { Telegraf, Telegram } from "telegraf";
import type { BotCommand, UserFromGetMe } from "telegraf/types";
import { ConversationStore, type ConversationStoreOptions } from "../conversation/store.js";
import type { EngineSource } from "../engine/types.js";
import type { Logger } from "../log.js";
import { type AdminSurface, adminPrivateOnly } from "./adminGuard.js";
import { bestEffortCallbackAnswer } from "./callbackAnswer.js";
import type { BotContext, FeatureDeps } from "./context.js";
import { createErrorHandler } from "./errors.js";
import { callbacksFeature } from "./features/callbacks.js";
import { BUILTIN_COMMANDS, commandsFeature } from "./features/commands.js";
import { conversationReset } from "./features/conversation.js";
import { groupFilter } from "./features/groups.js";
import { nonTextFeature } from "./features/nonText.js";
import { questionsFeature } from "./features/questions.js";
import { startFeature } from "./features/start.js";
import { unhandledFeature } from "./features/unhandled.js";
import { ignoreUnwanted } from "./filters.js";
import { DEFAULT_FLOOD, type FloodOptions, floodControl } from "./flood.js";
import { createGroupRateLimiter } from "./groupRate.js";
import { updateLog } from "./logging.js";
import { createReplyOutbox, type OutboxOptions, type ReplyOutbox } from "./outbox.js";
import { deriveWebhookSecret, installTokenRedaction } from "./redact.js";
import { installRetry, type RetryOptions } from "./retry.js";
import { strings } from "./strings.js";
import { installTimeouts, type TimeoutOptions } from "./timeouts.js";
import { missingTopicEntries } from "./topics.js";

/**
 * A feature added by another module (subscription, broadcast, knowledge reload, ...): its middleware
 * (usually a Composer) runs after the built-in commands and before free-text questions, so its own
 * commands win over the question handler. `commands` join the menu (setMyCommands) and /bantuan.
 */
export interface BotFeature {
  name: string;
  middleware: Middleware<BotContext>;
  commands?: BotCommand[];
  /** Admin-only commands and buttons: refused in groups with a pointer to the private chat (adminGuard.ts). */
  admin?: Partial<AdminSurface>;
}

export interface BotDeps {
  token: string;
  /** Bot API server root (TELEGRAM_API_ROOT); default Telegram's. */
  apiRoot?: string;
  engines: EngineSource;
  logger: Logger;
  /** Extra features, in order. */
  features?: BotFeature[];
  /** The clock; default `() => new Date()`. */
  now?: () => Date;
  /** Sees every answer to a typed question (e.g. `recordIfUnanswered` from gaps/record.ts). */
  onAnswer?: FeatureDeps["onAnswer"];
  retry?: Omit<RetryOptions, "logger">;
  /** Per-user flood limits, or false to disable. Default 6 per 10 s. */
  flood?: FloodOptions | false;
  /** Messages per minute to one group. Default 20 (Telegram's limit). */
  groupPerMinute?: number;
  /** "typing..." is shown only when the reply is not out after this long. Default 250 ms. */
  typingDelayMs?: number;
  /** Known bot identity, to skip getMe (tests feeding `handleUpdate`). */
  botInfo?: UserFromGetMe;
  /** Longest time one update may take before it is abandoned as an error. Default 30 s. */
  handlerTimeoutMs?: number;
  /** The reply outbox: its store (default in memory; SQLite in the bot) and times (see OutboxOptions). */
  outbox?: Omit<OutboxOptions, "callApi" | "apology" | "logger">;
  /** Deadlines of Bot API calls (long poll and others); see TimeoutOptions for the defaults. */
  timeouts?: TimeoutOptions;
  /** Follow-up questions: quiet time and cap of the in-memory conversation store, or false to disable. */
  conversation?: ConversationStoreOptions | false;
}

/** The configured bot: the Telegraf instance, its command menu, and a way to wait for in-flight updates. */
export interface BotApp {
  bot: Telegraf<BotContext>;
  commands: BotCommand[];
  /** Number of updates being handled right now. */
  inFlight(): number;
  /** Resolves when no update is being handled, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  /** A stable webhook secret derived from the token, for when WEBHOOK_SECRET is not set. */
  derivedWebhookSecret: string;
  /** Replies waiting out an outage; `runBot` starts it and stops it after the last update. */
  outbox: ReplyOutbox;
  /** The in-memory conversation states (absent when conversations are disabled). */
  conversations?: ConversationStore;
}

/**
 * Builds the Telegram bot around the engine. Middleware order: per-update log + error handling,
 * outgoing-call retries, best-effort button answers, ignored updates (edits, channel posts, bots),
 * group rules, per-user flood control, then features: buttons, /start, commands, admin commands
 * refused outside private chats, extra features, questions, non-text, unhandled.
 * Nothing is sent until the bot is run (see `runBot`) or fed updates with `bot.handleUpdate`.
 */
export function createBot(deps: BotDeps): BotApp {
  const logger = deps.logger;
  const retry: RetryOptions = { ...deps.retry, logger };
  installTokenRedaction();
  const bot = new Telegraf<BotContext>(deps.token, {
    telegram: { ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}), webhookReply: false },
    handlerTimeout: deps.handlerTimeoutMs ?? 30_000,
  });
  if (deps.botInfo) bot.botInfo = deps.botInfo;
  // Deadlines first, so each retry has its own; bot.telegram also runs the long poll (its failures logged).
  installTimeouts(bot.telegram, deps.timeouts, logger);
  installRetry(bot.telegram, retry);
  // Replies have their own client without inline retries: the outbox decides when to try again.
  const replies = installTimeouts(
    new Telegram(deps.token, { ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}), webhookReply: false }),
    deps.timeouts,
  );
  const outbox = createReplyOutbox({
    ...deps.outbox,
    callApi: (method, payload) => replies.callApi(method as "sendMessage", payload as never),
    apology: strings.apology,
    logger,
  });

  const featureDeps: FeatureDeps = {
    engines: deps.engines,
    now: deps.now ?? (() => new Date()),
    logger,
    groupRate: createGroupRateLimiter(deps.groupPerMinute ?? 20),
    ...(deps.onAnswer ? { onAnswer: deps.onAnswer } : {}),
    typingDelayMs: deps.typingDelayMs ?? 250,
    outbox,
    ...(deps.conversation === false ? {} : { conversations: new ConversationStore(deps.conversation) }),
  };
  const extra = deps.features ?? [];
  const commands = [...BUILTIN_COMMANDS, ...extra.flatMap((f) => f.commands ?? [])];

  const missing = missingTopicEntries(deps.engines.current());
  if (missing.length) logger.warn({ missing }, "topic commands name entries the knowledge lacks");

  let inFlight = 0;
  const idleWaiters = new Set<() => void>();
  const onError = createErrorHandler(logger);

  bot.use(async (_ctx, next) => {
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      if (inFlight === 0) for (const w of idleWaiters) w();
    }
  });
  bot.use(updateLog(logger, onError));
  bot.use((ctx, next) => {
    // Telegraf builds a new client per update.
    installTimeouts(ctx.telegram, deps.timeouts);
    installRetry(ctx.telegram, retry);
    return next();
  });
  bot.use(bestEffortCallbackAnswer(logger));
  bot.use(ignoreUnwanted);
  bot.use(groupFilter);
  if (deps.flood !== false) bot.use(floodControl(deps.flood ?? DEFAULT_FLOOD));
  if (featureDeps.conversations) bot.use(conversationReset(featureDeps.conversations));
  bot.use(callbacksFeature(featureDeps));
  bot.use(startFeature(featureDeps));
  bot.use(commandsFeature(featureDeps, commands));
  bot.use(
    adminPrivateOnly({
      commands: extra.flatMap((f) => [...(f.admin?.commands ?? [])]),
      isAdminCallback: (data) => extra.some((f) => f.admin?.isAdminCallback?.(data) ?? false),
    }),
  );
  for (const f of extra) bot.use(f.middleware);
  bot.use(questionsFeature(featureDeps));
  bot.use(nonTextFeature(featureDeps));
  bot.use(unhandledFeature(featureDeps));
  // Errors outside the middleware chain (e.g. the handler timeout) land here; never rethrow.
  bot.catch(async (err, ctx) => {
    await onError(err, ctx);
  });

  return {
    bot,
    commands,
    outbox,
    ...(featureDeps.conversations ? { conversations: featureDeps.conversations } : {}),
    derivedWebhookSecret: deriveWebhookSecret(deps.token),
    inFlight: () => inFlight,
    idle(timeoutMs = 10_000) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          idleWaiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        idleWaiters.add(done);
      });
    },
  };
}
