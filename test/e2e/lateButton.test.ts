import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate } from "../bot/updates.js";
import { fail } from "../support/fakeBotApi.js";
import { type E2E, startE2E } from "./botHarness.js";

let e: E2E | undefined;
afterEach(async () => {
  await e?.stop();
  e = undefined;
});

const TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid";

describe("end to end: late button presses", () => {
  it('"query is too old" from answerCallbackQuery does not stop the answer', async () => {
    e = await startE2E();
    e.api.setHandler((c) => (c.method === "answerCallbackQuery" ? fail(400, TOO_OLD) : undefined));
    const id = e.push(callbackUpdate("v1:e:sektor", { userId: 4101 }));
    const reply = await e.reply(4101);
    expect(reply.params.text).toMatch(/sektor/i);
    const line = await e.handled(id);
    expect(line.outcome).toBe("answered");
    expect(e.api.callsTo("answerCallbackQuery")).toHaveLength(1);
    // Logged quietly: no error line, no stack trace, no apology.
    expect(e.logs.filter((l) => (l.level as number) >= 40)).toEqual([]);
    expect(e.rawLogs.join("")).not.toMatch(/stack| {4}at /);
    expect(e.api.callsTo("sendMessage")).toHaveLength(1);
  });

  it("a stale button whose callback answer fails is still handled quietly", async () => {
    e = await startE2E();
    e.api.setHandler((c) => (c.method === "answerCallbackQuery" ? fail(400, TOO_OLD) : undefined));
    const id = e.push(callbackUpdate("v1:e:tidak-ada", { userId: 4102 }));
    expect((await e.handled(id)).outcome).toBe("stale");
    expect(e.logs.filter((l) => (l.level as number) >= 40)).toEqual([]);
  });
});
