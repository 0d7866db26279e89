import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { runBot } from "../../src/bot/run.js";
import { silentLogger } from "../../src/log.js";
import { type FakeBotApi, fail, startFakeBotApi } from "../support/fakeBotApi.js";
import { loadRealEngine } from "./botHarness.js";

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
});

describe("end to end: starting and stopping", () => {
  it("a rejected token makes runBot fail instead of polling forever", async () => {
    api = await startFakeBotApi();
    api.setHandler(() => fail(401, "Unauthorized"));
    const app = createBot({
      token: api.token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger: silentLogger,
    });
    await expect(runBot(app, { logger: silentLogger })).rejects.toThrow(/401/);
    expect(api.callsTo("getUpdates")).toHaveLength(0);
  });

  it("stop right after start ends polling and confirms the offset", async () => {
    api = await startFakeBotApi();
    const app = createBot({
      token: api.token,
      apiRoot: api.apiRoot,
      engines: { current: loadRealEngine },
      logger: silentLogger,
    });
    const running = await runBot(app, { logger: silentLogger });
    expect(api.callsTo("deleteWebhook")).toHaveLength(1);
    await running.stop("test");
    await running.stopped;
    const polls = api.callsTo("getUpdates");
    expect(polls[polls.length - 1]?.params).toMatchObject({ limit: 1 });
  });
});
