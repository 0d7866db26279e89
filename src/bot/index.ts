/** The Telegram adapter's public surface: build the bot, run it, and the helpers features share. */
export { type BotApp, type BotDeps, type BotFeature, createBot } from "./bot.js";
export { type BotContext, type FeatureDeps, isGroupChat, type Outcome, setOutcome } from "./context.js";
export { isAdmin } from "./filters.js";
export { escapeHtml } from "./html.js";
export { installRetry, type RetryOptions, telegramErrorCode } from "./retry.js";
export { type RunningBot, type RunOptions, runBot } from "./run.js";
