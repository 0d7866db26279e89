/**
 * The fake Bot API server in its own process, for the broadcast benchmark: Telegram does not share the
 * bot's event loop, so the server's rate window must not be skewed by the bot's own work. Started with
 * child_process.fork; argv: <count> <firstChatId>. Blocks 2% of the chats (every 50th, "bot was blocked
 * by the user") and answers 1% of calls with 502 at random (seeded), after 40 ms, enforcing 30 calls/s.
 * Messages: sends {ready, apiRoot, token} once listening; on "report" replies with the figures, then exits.
 */
import { fail, startFakeBotApi } from "../../support/fakeBotApi.js";

const count = Number(process.argv[2] ?? 10_000);
const firstId = Number(process.argv[3] ?? 100_000);

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(42);
const blocked = new Set<number>();
for (let i = 0; i < count; i++) if (i % 50 === 7) blocked.add(firstId + i);
let injected5xx = 0;

const api = await startFakeBotApi({ rateLimitPerSecond: 30, latencyMs: 40 });
api.setHandler((call) => {
  if (call.method !== "sendMessage") return undefined;
  if (blocked.has(Number(call.params.chat_id))) return fail(403, "Forbidden: bot was blocked by the user");
  if (random() < 0.01) {
    injected5xx++;
    return fail(502, "Bad Gateway");
  }
  return undefined;
});

process.on("message", async (msg) => {
  if (msg !== "report") return;
  const sends = api.callsTo("sendMessage");
  const ok = sends.filter((c) => c.response?.status === 200);
  const copies: Record<number, number> = {};
  for (const c of ok) copies[Number(c.params.chat_id)] = (copies[Number(c.params.chat_id)] ?? 0) + 1;
  const report = {
    calls: sends.length,
    limited: sends.filter((c) => c.response?.status === 429).length,
    injected5xx,
    blocked: [...blocked],
    okTimes: ok.map((c) => c.at),
    copies,
  };
  await api.close();
  // Exit only once the (large) report has been flushed to the parent.
  process.send?.(report, undefined, {}, () => process.exit(0));
});
process.send?.({ ready: true, apiRoot: api.apiRoot, token: api.token });
