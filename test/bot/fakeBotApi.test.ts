import { Telegraf } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeBotApi, type FakeParams, fail, startFakeBotApi } from "../support/fakeBotApi.js";

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function post(
  a: FakeBotApi,
  method: string,
  body: string | URLSearchParams | FormData,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${a.apiRoot}/bot${a.token}/${method}`, { method: "POST", body, headers });
  return { status: res.status, body: (await res.json()) as FakeParams };
}

describe("fake Bot API server", () => {
  it("answers getMe and sendMessage with Telegram-shaped JSON, from JSON, urlencoded and multipart bodies", async () => {
    api = await startFakeBotApi({ botUsername: "UjiBot" });
    const me = await post(api, "getMe", "");
    expect(me.body).toMatchObject({ ok: true, result: { is_bot: true, username: "UjiBot" } });

    const a = await post(api, "sendMessage", JSON.stringify({ chat_id: 5, text: "halo" }), {
      "content-type": "application/json",
    });
    const b = await post(
      api,
      "sendMessage",
      new URLSearchParams({ chat_id: "5", text: "dua", reply_markup: '{"inline_keyboard":[]}' }),
    );
    const form = new FormData();
    form.set("chat_id", "-1005");
    form.set("text", "tiga");
    const c = await post(api, "sendMessage", form);
    expect(a.body.result).toMatchObject({ message_id: 1, chat: { id: 5, type: "private" }, text: "halo" });
    expect(b.body.result).toMatchObject({
      message_id: 2,
      text: "dua",
      reply_markup: { inline_keyboard: [] },
    });
    expect(c.body.result).toMatchObject({
      message_id: 3,
      chat: { id: -1005, type: "supergroup" },
      text: "tiga",
    });
    expect(api.callsTo("sendMessage").map((x) => x.params.chat_id)).toEqual([5, 5, -1005]);
    expect(api.calls.map((x) => x.method)).toEqual(["getMe", "sendMessage", "sendMessage", "sendMessage"]);
  });

  it("long-polls getUpdates: returns when an update is pushed, honours offset and timeout", async () => {
    api = await startFakeBotApi();
    const t0 = Date.now();
    const empty = await post(api, "getUpdates", JSON.stringify({ timeout: 1 }), {
      "content-type": "application/json",
    });
    expect(empty.body.result).toEqual([]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);

    const pending = post(api, "getUpdates", JSON.stringify({ timeout: 30, offset: 0 }), {
      "content-type": "application/json",
    });
    setTimeout(() => api?.pushUpdate({ message: { text: "x" } }), 50);
    const got = await pending;
    expect(got.body.result).toEqual([{ update_id: 1, message: { text: "x" } }]);

    api.pushUpdate({ message: { text: "y" } });
    const next = await post(api, "getUpdates", JSON.stringify({ offset: 2, timeout: 0 }), {
      "content-type": "application/json",
    });
    expect(next.body.result.map((u: FakeParams) => u.update_id)).toEqual([2]);
    const after = await post(api, "getUpdates", JSON.stringify({ offset: 3, timeout: 0 }), {
      "content-type": "application/json",
    });
    expect(after.body.result).toEqual([]);
    expect(api.confirmedOffset).toBe(3);
    expect(api.calls).toEqual([]); // getUpdates is kept apart
    expect(api.callsTo("getUpdates")).toHaveLength(4);
  });

  it("rate-limits with 429 + retry_after in a sliding second, and lets a handler override replies", async () => {
    api = await startFakeBotApi({ rateLimitPerSecond: 2 });
    const send = () =>
      post(api as FakeBotApi, "sendMessage", JSON.stringify({ chat_id: 1, text: "a" }), {
        "content-type": "application/json",
      });
    const statuses = [(await send()).status, (await send()).status];
    const third = await send();
    expect(statuses).toEqual([200, 200]);
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ ok: false, error_code: 429, parameters: { retry_after: 1 } });

    api.setHandler((c) =>
      c.params.chat_id === 9 ? fail(403, "Forbidden: bot was blocked by the user") : undefined,
    );
    await new Promise((r) => setTimeout(r, 1050));
    const blocked = await post(api, "sendMessage", JSON.stringify({ chat_id: 9, text: "a" }), {
      "content-type": "application/json",
    });
    expect(blocked.status).toBe(403);
    expect((await send()).status).toBe(200);
  });

  it("serves a real Telegraf bot over HTTP, and waitFor sees the reply", async () => {
    api = await startFakeBotApi();
    const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    bot.on("message", (ctx) => ctx.reply(`gema: ${"text" in ctx.message ? ctx.message.text : "?"}`));
    const launched = bot.launch();
    api.pushUpdate({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 42, type: "private" },
        from: { id: 42, is_bot: false, first_name: "A" },
        text: "halo",
      },
    });
    const reply = await api.waitFor("sendMessage");
    expect(reply.params).toMatchObject({ chat_id: 42, text: "gema: halo" });
    bot.stop("test");
    await launched;
    // Telegraf confirms the offset on stop.
    expect(api.confirmedOffset).toBe(2);
  });
});
