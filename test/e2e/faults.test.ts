import { Composer } from "telegraf";
import { message } from "telegraf/filters";
import { afterEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { strings } from "../../src/bot/strings.js";
import { textUpdate } from "../bot/updates.js";
import { fail } from "../support/fakeBotApi.js";
import { type E2E, startE2E } from "./botHarness.js";

let e: E2E | undefined;
afterEach(async () => {
  await e?.stop();
  e = undefined;
});

describe("end to end: faults and limits", () => {
  it("flood: one notice then silence for the flooding user; another user is still answered", async () => {
    e = await startE2E({ flood: { timeFrameMs: 30_000, limit: 3 } });
    const ids: number[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2001 })));
    const other = e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2002 }));
    for (const id of [...ids, other]) await e.handled(id);
    const to2001 = e.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 2001);
    expect(to2001).toHaveLength(4);
    expect(to2001.filter((c) => c.params.text === strings.flood)).toHaveLength(1);
    expect(e.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 2002)).toHaveLength(1);
  });

  it("a 429 on sendMessage is retried after retry_after, then succeeds", async () => {
    e = await startE2E();
    let first = true;
    e.api.setHandler((c) => {
      if (c.method !== "sendMessage" || !first) return undefined;
      first = false;
      return fail(429, "Too Many Requests: retry after 1", { retry_after: 1 });
    });
    const id = e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2003 }));
    const line = await e.handled(id, 8000);
    const sends = e.api.callsTo("sendMessage");
    expect(sends.map((c) => c.response?.status)).toEqual([429, 200]);
    expect((sends[1]?.at ?? 0) - (sends[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(sends[1]?.params.text).toContain("13 Januari 2026");
    expect(line.outcome).toBe("answered");
  });

  it("a 403 on the reply is given up quietly and the bot keeps serving", async () => {
    e = await startE2E();
    e.api.setHandler((c) =>
      c.method === "sendMessage" && c.params.chat_id === 2004
        ? fail(403, "Forbidden: bot was blocked by the user")
        : undefined,
    );
    const blocked = e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2004 }));
    expect((await e.handled(blocked)).outcome).toBe("blocked");
    expect(e.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 2004)).toHaveLength(1); // no retry, no apology
    e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2005 }));
    expect((await e.reply(2005)).params.text).toContain("13 Januari 2026");
  });

  it("a handler that throws: logged, apology sent, the next update is served", async () => {
    const explosive = new Composer<BotContext>();
    explosive.on(message("text"), (ctx, next) => {
      if (ctx.message.text === "meledak") throw new Error("feature bug");
      return next();
    });
    e = await startE2E({ features: [{ name: "explosive", middleware: explosive }] });
    const bad = e.push(textUpdate("meledak", { userId: 2006 }));
    expect((await e.reply(2006)).params.text).toBe(strings.apology);
    expect((await e.handled(bad)).outcome).toBe("error");
    expect(e.logs.find((l) => l.msg === "update failed")).toMatchObject({
      update_id: bad,
      error: "Error: feature bug",
    });
    const since = e.api.calls.length;
    e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 2006 }));
    expect((await e.reply(2006, since)).params.text).toContain("13 Januari 2026");
    expect(e.rawLogs.join("")).not.toContain(e.api.token.split(":")[1]);
  });
});
