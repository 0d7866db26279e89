import { Writable } from "node:stream";
import type { Update } from "telegraf/types";
import { type BotApp, type BotDeps, createBot } from "../../src/bot/bot.js";
import type { Engine } from "../../src/engine/types.js";
import { createLogger } from "../../src/log.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";

/** A bot wired to a fake Bot API server, fed with `handleUpdate`; log lines are collected as objects. */
export interface Harness {
  api: FakeBotApi;
  app: BotApp;
  logs: Array<Record<string, unknown>>;
  rawLogs: string[];
  /** Feeds one update (update_id assigned) and waits until it has been handled. */
  send(update: object): Promise<number>;
  close(): Promise<void>;
}

let nextUpdateId = 1;

export async function startHarness(engine: Engine, deps: Partial<BotDeps> = {}): Promise<Harness> {
  const api = await startFakeBotApi();
  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      const line = String(chunk);
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const app = createBot({
    token: api.token,
    apiRoot: api.apiRoot,
    engines: { current: () => engine },
    logger: createLogger("info", stream),
    botInfo: {
      id: api.botId,
      is_bot: true,
      first_name: "Kerja Sama Madiun-Kediri",
      username: "KerjasamaMadiunKediriBot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    },
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...deps,
  });
  return {
    api,
    app,
    logs,
    rawLogs,
    async send(update) {
      const id = nextUpdateId++;
      await app.bot.handleUpdate({ update_id: id, ...update } as Update);
      return id;
    },
    close: () => api.close(),
  };
}
