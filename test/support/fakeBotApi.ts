import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Telegram Bot API server for tests and benchmarks, listening on 127.0.0.1 on a random port.
 * Point Telegraf at it with `telegram: { apiRoot }` (or `TELEGRAM_API_ROOT`) and assert on the calls
 * the bot makes over real HTTP.
 *
 * Contract:
 * - `calls` holds every call except `getUpdates`, in the order received (recorded before the reply is
 *   sent; `response` is filled in once the reply is decided). `getUpdates` calls are kept apart (they
 *   are long polls) but `callsTo("getUpdates")` and `waitFor("getUpdates", ...)` see them.
 * - Any token is accepted and recorded; `token` is a valid-looking one to hand to the bot.
 * - `pushUpdate` queues an update (assigning `update_id` when missing). `getUpdates` honours `offset`
 *   (updates below it are confirmed and dropped), `limit` and `timeout` (seconds, long poll), and
 *   returns at once when updates are queued. `confirmedOffset` is the highest offset a poll has sent.
 * - `setHandler` overrides replies for any method (including getUpdates); returning undefined falls
 *   back to the default reply. `rateLimitPerSecond` answers 429 with `retry_after` to calls over the
 *   limit in a sliding one-second window (every method but getUpdates; rejected calls do not count).
 * - Bodies may be JSON, urlencoded or multipart; form values that look like JSON are parsed, and
 *   numeric id fields become numbers, so `params` reads the same whichever encoding the client used.
 */
/** Call parameters: arbitrary Telegram JSON, so deliberately loose for tests to read. */
// biome-ignore lint/suspicious/noExplicitAny: Telegram params are free-form JSON; tests index them freely.
export type FakeParams = Record<string, any>;

export interface FakeCall {
  method: string;
  token: string;
  params: FakeParams;
  /** `Date.now()` when the request body had been read. */
  at: number;
  /** The reply sent (filled in after the call is recorded). */
  response?: FakeReply;
}

/** `body` is the full Telegram JSON, e.g. `{ok:false,error_code:429,description:"...",parameters:{retry_after:1}}`. */
export interface FakeReply {
  status: number;
  body: unknown;
  /** Sends `body` (a string) as is with this content type instead of JSON, e.g. a proxy's HTML page. */
  contentType?: string;
}

export interface FakeBotApiOptions {
  /** Delay before every reply except getUpdates. */
  latencyMs?: number;
  /** Calls allowed per sliding second (getUpdates excluded); the rest get 429 with retry_after. */
  rateLimitPerSecond?: number;
  /** Username getMe reports; default "KerjasamaMadiunKediriBot". */
  botUsername?: string;
}

export interface FakeBotApi {
  /** "http://127.0.0.1:PORT", for Telegraf's telegram.apiRoot / TELEGRAM_API_ROOT. */
  apiRoot: string;
  /** A valid-looking token to give the bot. */
  token: string;
  /** The bot's user id (the numeric part of `token`). */
  botId: number;
  /** Every call received except getUpdates, in order. */
  calls: FakeCall[];
  /** The highest `offset` any getUpdates call has sent (0 before the first). */
  readonly confirmedOffset: number;
  /** Queues an update for getUpdates; assigns `update_id` if missing and returns it. */
  pushUpdate(update: object): number;
  /** Overrides replies; undefined (or a handler returning undefined) means the default reply. */
  setHandler(
    fn: ((call: FakeCall) => FakeReply | Promise<FakeReply | undefined> | undefined) | undefined,
  ): void;
  /** Resolves with the first call (past or future) to `method` matching `predicate`; rejects after timeoutMs (default 5000). */
  waitFor(method: string, predicate?: (c: FakeCall) => boolean, timeoutMs?: number): Promise<FakeCall>;
  /** Calls received so far to one method (getUpdates included when asked for). */
  callsTo(method: string): FakeCall[];
  /** Forgets recorded calls (not queued updates). */
  clearCalls(): void;
  /** Ends pending long polls and stops the server. */
  close(): Promise<void>;
}

/** Builds a successful Bot API reply. */
export function ok(result: unknown): FakeReply {
  return { status: 200, body: { ok: true, result } };
}

/** A non-JSON reply, as a misconfigured proxy or a wrong API root gives: an HTML error page. */
export function htmlPage(status = 404): FakeReply {
  return {
    status,
    contentType: "text/html",
    body: `<html><head><title>${status} Not Found</title></head><body><h1>Not Found</h1></body></html>`,
  };
}

/** Builds a Bot API error reply, e.g. `fail(403, "Forbidden: bot was blocked by the user")`. */
export function fail(code: number, description: string, parameters?: Record<string, unknown>): FakeReply {
  return {
    status: code,
    body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) },
  };
}

const NUMERIC_FIELDS = new Set([
  "chat_id",
  "message_id",
  "offset",
  "limit",
  "timeout",
  "reply_to_message_id",
  "message_thread_id",
  "cache_time",
  "from_chat_id",
]);

function normaliseFormValue(key: string, value: string): unknown {
  if (NUMERIC_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}

async function readParams(req: IncomingMessage, url: URL): Promise<FakeParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers["content-type"] ?? "").toLowerCase();
  const params: FakeParams = {};
  for (const [k, v] of url.searchParams) params[k] = normaliseFormValue(k, v);
  if (raw.length === 0) return params;
  if (type.includes("application/json")) {
    const parsed = JSON.parse(raw.toString("utf8")) as unknown;
    if (parsed && typeof parsed === "object") Object.assign(params, parsed);
    return params;
  }
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    // undici's Response parses both multipart and urlencoded bodies.
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    for (const [k, v] of form) {
      params[k] = typeof v === "string" ? normaliseFormValue(k, v) : { file: (v as File).name ?? "blob" };
    }
    return params;
  }
  throw new Error(`unsupported content-type ${type}`);
}

interface Poll {
  offset: number;
  limit: number;
  resolve: (updates: object[]) => void;
  timer: NodeJS.Timeout;
}

/** Starts the fake server; always `close()` it (e.g. in afterEach/afterAll). */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const botId = 7000000001;
  const token = `${botId}:AAFakeTokenForTestsOnly_0123456789abc`;
  const username = options.botUsername ?? "KerjasamaMadiunKediriBot";
  const botUser = {
    id: botId,
    is_bot: true,
    first_name: "Kerja Sama Madiun-Kediri",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };

  const calls: FakeCall[] = [];
  const pollCalls: FakeCall[] = [];
  const queue: Array<{ update_id: number } & Record<string, unknown>> = [];
  const polls = new Set<Poll>();
  const waiters = new Set<{
    method: string;
    predicate?: (c: FakeCall) => boolean;
    done: (c: FakeCall) => void;
  }>();
  const accepted: number[] = []; // timestamps of calls inside the rate window
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let confirmedOffset = 0;
  let handler: ((call: FakeCall) => FakeReply | Promise<FakeReply | undefined> | undefined) | undefined;
  let closed = false;

  const take = (offset: number, limit: number) => {
    if (offset > 0) {
      while (queue.length && (queue[0]?.update_id ?? Number.POSITIVE_INFINITY) < offset) queue.shift();
    }
    return queue.filter((u) => u.update_id >= offset).slice(0, limit);
  };

  const wakePolls = () => {
    for (const p of polls) {
      const ready = take(p.offset, p.limit);
      if (ready.length) {
        polls.delete(p);
        clearTimeout(p.timer);
        p.resolve(ready);
      }
    }
  };

  const notify = (call: FakeCall) => {
    for (const w of waiters) {
      if (w.method === call.method && (!w.predicate || w.predicate(call))) w.done(call);
    }
  };

  const message = (params: FakeParams) => {
    const chatId = params.chat_id;
    const chat =
      typeof chatId === "number" && chatId < 0
        ? { id: chatId, type: String(chatId).startsWith("-100") ? "supergroup" : "group", title: "Grup" }
        : { id: chatId, type: "private", first_name: "Warga" };
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: botUser,
      ...(typeof params.text === "string" ? { text: params.text } : {}),
      ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
      ...(params.message_thread_id ? { message_thread_id: params.message_thread_id } : {}),
    };
  };

  const defaultReply = (call: FakeCall): FakeReply => {
    const { method, params } = call;
    switch (method) {
      case "getMe":
        return ok(botUser);
      case "sendMessage":
        return ok(message(params));
      case "editMessageText":
      case "editMessageReplyMarkup":
        return params.inline_message_id
          ? ok(true)
          : ok({ ...message(params), message_id: params.message_id });
      case "getWebhookInfo":
        return ok({ url: "", has_custom_certificate: false, pending_update_count: queue.length });
      case "getMyCommands":
        return ok([]);
      default:
        if (/^(send|copy|forward)/.test(method)) return ok(message(params));
        return ok(true);
    }
  };

  const rateLimited = (now: number): FakeReply | undefined => {
    const limit = options.rateLimitPerSecond;
    if (!limit) return undefined;
    while (accepted.length && (accepted[0] ?? 0) <= now - 1000) accepted.shift();
    if (accepted.length >= limit) {
      const retryAfter = Math.max(1, Math.ceil(((accepted[0] ?? now) + 1000 - now) / 1000));
      return fail(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    accepted.push(now);
    return undefined;
  };

  const longPoll = (call: FakeCall, res: ServerResponse) => {
    const offset = Number(call.params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(call.params.limit ?? 100)));
    const timeoutS = Math.max(0, Number(call.params.timeout ?? 0));
    if (offset > confirmedOffset) confirmedOffset = offset;
    const send = (updates: object[]) => {
      call.response = ok(updates);
      if (!res.writableEnded) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(call.response.body));
      }
    };
    const ready = take(offset, limit);
    if (ready.length || timeoutS === 0 || closed) return send(ready);
    const poll: Poll = {
      offset,
      limit,
      resolve: send,
      timer: setTimeout(() => {
        polls.delete(poll);
        send([]);
      }, timeoutS * 1000),
    };
    polls.add(poll);
    res.on("close", () => {
      if (polls.delete(poll)) clearTimeout(poll.timer);
    });
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const m = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z]+)$/.exec(url.pathname);
      if (!m) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
        return;
      }
      const params = await readParams(req, url);
      const call: FakeCall = { method: m[2] ?? "", token: m[1] ?? "", params, at: Date.now() };
      if (call.method === "getUpdates") pollCalls.push(call);
      else calls.push(call);
      notify(call);

      let reply: FakeReply | undefined;
      if (call.method !== "getUpdates") {
        reply = rateLimited(call.at);
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      }
      if (!reply && handler) reply = await handler(call);
      if (!reply && call.method === "getUpdates") return longPoll(call, res);
      reply ??= defaultReply(call);
      call.response = reply;
      if (!res.writableEnded) {
        res.writeHead(reply.status, { "content-type": reply.contentType ?? "application/json" });
        res.end(reply.contentType ? String(reply.body) : JSON.stringify(reply.body));
      }
    } catch (err) {
      if (!res.writableEnded) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: 400, description: `Bad Request: ${String(err)}` }));
      }
    }
  });
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botId,
    calls,
    get confirmedOffset() {
      return confirmedOffset;
    },
    pushUpdate(update: object) {
      const u = { ...(update as Record<string, unknown>) } as { update_id: number } & Record<string, unknown>;
      if (typeof u.update_id !== "number") u.update_id = nextUpdateId;
      nextUpdateId = Math.max(nextUpdateId, u.update_id + 1);
      queue.push(u);
      wakePolls();
      return u.update_id;
    },
    setHandler(fn) {
      handler = fn;
    },
    waitFor(method, predicate, timeoutMs = 5000) {
      const past = (method === "getUpdates" ? pollCalls : calls).find(
        (c) => c.method === method && (!predicate || predicate(c)),
      );
      if (past) return Promise.resolve(past);
      return new Promise<FakeCall>((resolve, reject) => {
        const waiter = {
          method,
          predicate,
          done: (c: FakeCall) => {
            waiters.delete(waiter);
            clearTimeout(timer);
            resolve(c);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`fakeBotApi: no ${method} call matched within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    callsTo(method) {
      return (method === "getUpdates" ? pollCalls : calls).filter((c) => c.method === method);
    },
    clearCalls() {
      calls.length = 0;
      pollCalls.length = 0;
    },
    async close() {
      closed = true;
      for (const p of polls) {
        clearTimeout(p.timer);
        p.resolve([]);
      }
      polls.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
