import { describe, expect, it } from "vitest";
import { type CallApi, createReplyOutbox } from "../../src/bot/outbox.js";
import { apiError } from "../broadcast/helpers.js";

/** A fake Bot API call recording every attempt; `fail` may throw for an attempt. */
function fakeApi(fail: (text: string, attempt: number) => Error | undefined) {
  const calls: Array<{ chat: number; text: string; at: number; ok: boolean }> = [];
  const tries = new Map<string, number>();
  const callApi: CallApi = async (_method, payload) => {
    const p = payload as { chat_id: number; text: string };
    const n = (tries.get(p.text) ?? 0) + 1;
    tries.set(p.text, n);
    const err = fail(p.text, n);
    calls.push({ chat: p.chat_id, text: p.text, at: Date.now(), ok: !err });
    if (err) throw err;
    return { message_id: 1 };
  };
  return { calls, callApi };
}

const until = async (cond: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  return cond();
};

const fast = { baseDelayMs: 20, maxDelayMs: 50, inlineWaitMs: 30, apology: "maaf" };

describe("reply outbox", () => {
  it("keeps one chat's replies in order while the first waits out a 5xx", async () => {
    const api = fakeApi((text, n) => (text === "a" && n <= 2 ? apiError(502, "Bad Gateway") : undefined));
    const outbox = createReplyOutbox({ ...fast, callApi: api.callApi });
    expect(await outbox.send("u1:1", { chat_id: 7, text: "a" })).toBe("queued");
    await outbox.send("u2:1", { chat_id: 7, text: "b" });
    expect(await until(() => api.calls.filter((c) => c.ok).length === 2)).toBe(true);
    expect(api.calls.map((c) => `${c.text}:${c.ok}`)).toEqual(["a:false", "a:false", "a:true", "b:true"]);
    await outbox.stop();
  });

  it("a 429 holds every chat for retry_after; the answer then goes out, no apology", async () => {
    const api = fakeApi((text, n) =>
      text === "a" && n === 1
        ? apiError(429, "Too Many Requests: retry after 1", { retry_after: 1 })
        : undefined,
    );
    const outbox = createReplyOutbox({ ...fast, callApi: api.callApi });
    const t0 = Date.now();
    await outbox.send("u1:1", { chat_id: 1, text: "a" });
    await outbox.send("u2:1", { chat_id: 2, text: "b" });
    expect(await until(() => api.calls.filter((c) => c.ok).length === 2)).toBe(true);
    for (const c of api.calls.filter((c) => c.ok)) expect(c.at - t0).toBeGreaterThanOrEqual(950);
    expect(api.calls.some((c) => c.text === "maaf")).toBe(false);
    await outbox.stop();
  });

  it("Telegram refusing for good (400) rejects to the caller at once; a repeated key is not sent again", async () => {
    const api = fakeApi((text) =>
      text === "bad" ? apiError(400, "Bad Request: can't parse entities") : undefined,
    );
    const outbox = createReplyOutbox({ ...fast, callApi: api.callApi });
    await expect(outbox.send("u1:1", { chat_id: 1, text: "bad" })).rejects.toThrow(/400/);
    expect(await outbox.send("u2:1", { chat_id: 1, text: "ok" })).toBe("sent");
    expect(await outbox.send("u2:1", { chat_id: 1, text: "ok" })).toBe("duplicate");
    expect(api.calls.map((c) => c.text)).toEqual(["bad", "ok"]);
    expect(outbox.pendingCount()).toBe(0);
    await outbox.stop();
  });
});
