import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { type RunningBot, runBot } from "../../src/bot/run.js";
import { silentLogger } from "../../src/log.js";
import { textUpdate } from "../bot/updates.js";
import { type FakeBotApi, startFakeBotApi } from "../support/fakeBotApi.js";
import { loadRealEngine } from "./botHarness.js";

const SECRET = "rahasia_123";
const PATH = "/telegram/hook";

let api: FakeBotApi | undefined;
let running: RunningBot | undefined;
afterEach(async () => {
  await running?.stop("test");
  await api?.close();
  api = running = undefined;
});

async function start(maxBodyBytes?: number) {
  api = await startFakeBotApi();
  const questions: string[] = [];
  const app = createBot({
    token: api.token,
    apiRoot: api.apiRoot,
    engines: { current: loadRealEngine },
    logger: silentLogger,
    onAnswer: (answer) => void questions.push(answer.question),
  });
  running = await runBot(app, {
    logger: silentLogger,
    webhookUrl: `https://bot.example.test${PATH}`,
    webhookSecret: SECRET,
    port: 0,
    host: "127.0.0.1",
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
  });
  return { port: running.port ?? 0, questions, api };
}

/**
 * Sends a raw HTTP/1.1 POST whose body goes out as the given chunks, one socket write each with a
 * pause between them (so they arrive as separate packets), and resolves with the status code.
 */
function rawPost(
  port: number,
  chunks: Buffer[],
  headers: Record<string, string | number> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (d) => {
      answer += String(d);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (m) {
        socket.destroy();
        resolve(Number(m[1]));
      }
    });
    socket.on("error", (e) => (answer ? undefined : reject(e)));
    const head = {
      host: "127.0.0.1",
      "content-type": "application/json",
      "x-telegram-bot-api-secret-token": SECRET,
      connection: "close",
      ...headers,
    };
    socket.write(
      `POST ${PATH} HTTP/1.1\r\n${Object.entries(head)
        .map(([k, v]) => `${k}: ${v}`)
        .join("\r\n")}\r\n\r\n`,
    );
    let i = 0;
    const next = () => {
      if (socket.destroyed) return;
      const c = chunks[i++];
      if (!c) return;
      socket.write(c);
      setTimeout(next, 30);
    };
    next();
  });
}

const updateBytes = (text: string, userId: number) =>
  Buffer.from(JSON.stringify({ update_id: userId, ...textUpdate(text, { userId }) }), "utf8");

describe("webhook request bodies", () => {
  it("a multi-byte character split across packets arrives whole", async () => {
    const { port, questions, api } = await start();
    const body = updateBytes("kafé itu apa?", 4201);
    const at = body.indexOf(Buffer.from("é", "utf8")) + 1; // between the two bytes of "é"
    const status = await rawPost(port, [body.subarray(0, at), body.subarray(at)], {
      "content-length": body.length,
    });
    expect(status).toBe(200);
    await api.waitFor("sendMessage", (c) => c.params.chat_id === 4201);
    expect(questions).toEqual(["kafé itu apa?"]);
  });

  it("a body over the limit gets 413, declared or streamed, and is not handled", async () => {
    const { port, questions, api } = await start(64 * 1024);
    const big = Buffer.alloc(200 * 1024, "a");
    expect(await rawPost(port, [big], { "content-length": 100 * 1024 * 1024 })).toBe(413);
    const chunked = [big.subarray(0, 100 * 1024), big.subarray(100 * 1024)].map((c) =>
      Buffer.concat([Buffer.from(`${c.length.toString(16)}\r\n`), c, Buffer.from("\r\n")]),
    );
    expect(
      await rawPost(port, [...chunked, Buffer.from("0\r\n\r\n")], { "transfer-encoding": "chunked" }),
    ).toBe(413);
    // A normal update still works afterwards.
    const ok = updateBytes("kapan kerja sama ditandatangani?", 4202);
    expect(await rawPost(port, [ok], { "content-length": ok.length })).toBe(200);
    await api.waitFor("sendMessage", (c) => c.params.chat_id === 4202);
    expect(questions).toEqual(["kapan kerja sama ditandatangani?"]);
  });

  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"halo"'],
    ["an object without update_id", '{"message":{}}'],
    ["invalid JSON", '{"update_id": 1, "message": '],
    ["garbage", "\u0000\u0001 bukan json <html>"],
  ])("%s gets 400 (a final answer, not a 5xx Telegram would retry)", async (_what, text) => {
    const { port, api } = await start();
    const body = Buffer.from(text, "utf8");
    expect(await rawPost(port, [body], { "content-length": body.length })).toBe(400);
    expect(api.callsTo("sendMessage")).toHaveLength(0);
  });

  it("a wrong secret is refused before the body is read", async () => {
    const { port } = await start();
    const body = updateBytes("kapan?", 4203);
    expect(
      await rawPost(port, [body], {
        "content-length": body.length,
        "x-telegram-bot-api-secret-token": "salah",
      }),
    ).toBe(403);
  });
});
