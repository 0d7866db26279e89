import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Telegram } from "telegraf";
import type { BenchSection } from "../bench/types.js";
import { createTelegramSend } from "../bot/features/broadcastSend.js";
import { createJobRepo } from "../broadcast/jobs.js";
import { renderAnnouncement } from "../broadcast/message.js";
import { createBroadcastWorker } from "../broadcast/service.js";
import { createSubscriberRepo } from "../broadcast/subscribers.js";
import { openDatabase } from "../storage/db.js";

/**
 * Broadcast benchmark: 10,000 subscribers through the fake Bot API server on 127.0.0.1, which enforces
 * 30 calls/s (429 with retry_after beyond), answers after 40 ms, blocks 2% of the chats ("bot was
 * blocked by the user", every time) and fails 1% of calls with 502 at random. The worker runs at the
 * default 25 messages/s, writing every delivery to a SQLite file (WAL, synchronous=FULL), exactly as
 * in production. Figures: delivered messages/s from the first to the last accepted copy (and the worst
 * 30-second window), 429s our pacing provoked, duplicates, missed subscribers.
 */
const RATE = 25;

/** Deterministic PRNG so runs are comparable. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the benchmark with `count` subscribers (10,000 for `npm run bench`). */
export async function run(count = 10_000): Promise<BenchSection[]> {
  const { startFakeBotApi, fail } = await import("../../test/support/fakeBotApi.js");
  const api = await startFakeBotApi({ rateLimitPerSecond: 30, latencyMs: 40 });
  const dir = mkdtempSync(join(tmpdir(), "bench-broadcast-"));
  const random = mulberry32(42);
  const blocked = new Set<number>();
  const firstId = 100_000;
  for (let i = 0; i < count; i++) if (i % 50 === 7) blocked.add(firstId + i); // exactly 2%
  let injected5xx = 0;
  api.setHandler((call) => {
    if (call.method !== "sendMessage") return undefined;
    if (blocked.has(Number(call.params.chat_id))) return fail(403, "Forbidden: bot was blocked by the user");
    if (random() < 0.01) {
      injected5xx++;
      return fail(502, "Bad Gateway");
    }
    return undefined;
  });

  const db = openDatabase(dir);
  try {
    const subscribers = createSubscriberRepo(db);
    const jobs = createJobRepo(db);
    const t0 = new Date();
    db.transaction(() => {
      for (let i = 0; i < count; i++) subscribers.subscribe(firstId + i, "private", t0);
    })();
    const job = jobs.create({
      idemKey: "bench",
      message: renderAnnouncement("Uji beban siaran"),
      now: t0,
      status: "queued",
    }).job;

    const worker = createBroadcastWorker({
      jobs,
      send: createTelegramSend(new Telegram(api.token, { apiRoot: api.apiRoot })),
      limits: { perSecond: RATE },
      pollMs: 100,
    });
    const started = Date.now();
    worker.start();
    await worker.idle();
    await worker.stop();
    const wall = (Date.now() - started) / 1000;

    const sendCalls = api.callsTo("sendMessage");
    const okCalls = sendCalls.filter((c) => c.response?.status === 200);
    const limited = sendCalls.filter((c) => c.response?.status === 429).length;
    const copies = new Map<number, number>();
    for (const c of okCalls)
      copies.set(Number(c.params.chat_id), (copies.get(Number(c.params.chat_id)) ?? 0) + 1);
    let duplicates = 0;
    let missed = 0;
    for (let i = 0; i < count; i++) {
      const chat = firstId + i;
      const n = copies.get(chat) ?? 0;
      if (n > 1) duplicates += n - 1;
      if (n === 0 && !blocked.has(chat)) missed++;
    }
    const times = okCalls.map((c) => c.at).sort((a, b) => a - b);
    const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    const sustained = span > 0 ? (okCalls.length - 1) / span : 0;
    // Worst 30 s window fully inside the run.
    let worst = Number.POSITIVE_INFINITY;
    const first = times[0] ?? 0;
    for (let w = first; w + 30_000 <= (times.at(-1) ?? 0); w += 10_000) {
      const n = times.filter((t) => t >= w && t < w + 30_000).length;
      worst = Math.min(worst, n / 30);
    }
    const stats = jobs.stats(job.id);
    const inactive = db.prepare("SELECT COUNT(*) AS n FROM subscribers WHERE status = 'inactive'").get() as {
      n: number;
    };

    return [
      {
        title: `Broadcast: ${count.toLocaleString("en")} subscribers via fake Bot API (30/s enforced, 40 ms latency, 2% blocked, 1% 5xx)`,
        rows: [
          {
            label: "delivered messages/s, sustained (first to last copy)",
            value: sustained.toFixed(2),
            target: ">= 24",
            ok: sustained >= 24,
          },
          {
            label: "delivered messages/s, worst 30 s window",
            value: Number.isFinite(worst) ? worst.toFixed(2) : "-",
          },
          { label: "429s provoked by our pacing", value: String(limited), target: "0", ok: limited === 0 },
          { label: "duplicate copies", value: String(duplicates), target: "0", ok: duplicates === 0 },
          {
            label: "missed subscribers (not blocked, no copy)",
            value: String(missed),
            target: "0",
            ok: missed === 0,
          },
          {
            label: "blocked subscribers marked inactive",
            value: `${inactive.n} / ${blocked.size}`,
            target: `${blocked.size}`,
            ok: inactive.n === blocked.size,
          },
          { label: "5xx injected (all retried)", value: String(injected5xx) },
          {
            label: "job: sent / inactive / failed / remaining",
            value: `${stats.sent}/${stats.inactive}/${stats.failed}/${stats.remaining}`,
          },
          { label: "sendMessage calls in total", value: String(sendCalls.length) },
          { label: "wall time", value: `${wall.toFixed(1)} s` },
        ],
      },
    ];
  } finally {
    db.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
