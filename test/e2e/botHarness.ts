import { Writable } from "node:stream";
import { type BotApp, type BotDeps, createBot } from "../../src/bot/bot.js";
import { type RunningBot, runBot } from "../../src/bot/run.js";
import { createEngine } from "../../src/engine/engine.js";
import type { Engine } from "../../src/engine/types.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import {
  type FakeBotApi,
  type FakeBotApiOptions,
  type FakeCall,
  startFakeBotApi,
} from "../support/fakeBotApi.js";

let realEngine: Engine | undefined;

/** The real engine built from knowledge/ (once per test file). */
export function loadRealEngine(): Engine {
  if (realEngine) return realEngine;
  const loaded = loadKnowledgeDir("knowledge");
  if (!loaded.ok) throw new Error(`knowledge/ does not load: ${JSON.stringify(loaded.problems)}`);
  realEngine = createEngine(loaded.knowledge);
  return realEngine;
}

/** A real Telegraf bot, long polling over HTTP against a fake Bot API server on 127.0.0.1. */
export interface E2E {
  api: FakeBotApi;
  app: BotApp;
  running: RunningBot;
  logs: Array<Record<string, unknown>>;
  rawLogs: string[];
  /** Queues an update for getUpdates; returns its update_id. */
  push(update: object): number;
  /** Waits for the next sendMessage to `chatId` after call index `since` (default: any new one). */
  reply(chatId: number, since?: number, timeoutMs?: number): Promise<FakeCall>;
  /** Waits until the log line for update `id` is written (the update is fully handled). */
  handled(id: number, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startE2E(
  deps: Partial<BotDeps> = {},
  apiOptions: FakeBotApiOptions = {},
): Promise<E2E> {
  const api = await startFakeBotApi(apiOptions);
  const logs: Array<Record<string, unknown>> = [];
  const rawLogs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      rawLogs.push(String(chunk));
      logs.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      cb();
    },
  });
  const logger = createLogger("info", stream);
  const app = createBot({
    token: api.token,
    apiRoot: api.apiRoot,
    engines: { current: loadRealEngine },
    logger,
    ...deps,
  });
  const running = await runBot(app, { logger });
  const handled = async (id: number, timeoutMs = 5000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const line = logs.find((l) => l.msg === "update" && l.update_id === id);
      if (line) return line;
      if (Date.now() > until) throw new Error(`update ${id} was not handled within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return {
    api,
    app,
    running,
    logs,
    rawLogs,
    push: (update) => api.pushUpdate(update),
    reply(chatId, since = api.calls.length, timeoutMs = 5000) {
      return api.waitFor(
        "sendMessage",
        (c) => c.params.chat_id === chatId && api.calls.indexOf(c) >= since,
        timeoutMs,
      );
    },
    handled,
    async stop() {
      await running.stop("test");
      await api.close();
    },
  };
}
