import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Telegram } from "telegraf";
import type { BenchSection } from "../bench/types.js";
import { createTelegramSend } from "../bot/features/broadcastSend.js";
import { createJobRepo } from "../broadcast/jobs.js";
import { renderAnnouncement } from "../broadcast/message.js";
import { createBroadcastWorker } from "../broadcast/service.js";
import { createSubscriberRepo } from "../broadcast/subscribers.js";
import { openDatabase } from "../storage/db.js";

/**
 * Broadcast benchmark: 10,000 subscribers through the fake Bot API server, run in its own process on
 * 127.0.0.1 (as Telegram does not share the bot's event loop): it enforces 30 calls/s (429 with
 * retry_after beyond), answers after 40 ms, blocks 2% of the chats ("bot was blocked by the user",
 * every time) and fails 1% of calls with 502 at random. The worker runs at the default 25 messages/s,
 * writing every delivery to a SQLite file (WAL, synchronous=FULL), exactly as in production. Figures:
 * delivered messages/s from the first to the last accepted copy (and the worst 30-second window), 429s
 * our pacing provoked, duplicates, missed subscribers. With 2% blocked and 1% retried, 25 sends/s can
 * deliver at most 25 x 0.98 / 1.01 = 24.26 copies/s.
 */
const RATE = 25;

interface ServerReport {
  calls: number;
  limited: number;
  injected5xx: number;
  blocked: number[];
  okTimes: number[];
  copies: Record<number, number>;
}

/** Runs the benchmark with `count` subscribers (10,000 for `npm run bench`). */
export async function run(count = 10_000): Promise<BenchSection[]> {
  const firstId = 100_000;
  const server = fork(
    join(dirname(fileURLToPath(import.meta.url)), "../../test/broadcast/support/fakeServerProcess.ts"),
    [String(count), String(firstId)],
    { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  const ready = await new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
    server.once("message", (m) => resolve(m as { apiRoot: string; token: string }));
    server.once("exit", (code) => reject(new Error(`fake server exited (${code})`)));
  });
  const api = { apiRoot: ready.apiRoot, token: ready.token };
  const dir = mkdtempSync(join(tmpdir(), "bench-broadcast-"));
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

    const report = await new Promise<ServerReport>((resolve, reject) => {
      server.once("message", (m) => resolve(m as ServerReport));
      server.once("exit", (code) => reject(new Error(`fake server exited (${code}) before its report`)));
      server.send("report");
    });
    const limited = report.limited;
    const injected5xx = report.injected5xx;
    const blocked = new Set(report.blocked);
    const copies = new Map<number, number>(Object.entries(report.copies).map(([k, v]) => [Number(k), v]));
    const sendCalls = { length: report.calls };
    const okCalls = { length: report.okTimes.length };
    let duplicates = 0;
    let missed = 0;
    for (let i = 0; i < count; i++) {
      const chat = firstId + i;
      const n = copies.get(chat) ?? 0;
      if (n > 1) duplicates += n - 1;
      if (n === 0 && !blocked.has(chat)) missed++;
    }
    const times = [...report.okTimes].sort((a, b) => a - b);
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
        title: `Broadcast: ${count.toLocaleString("en")} subscribers via fake Bot API in its own process (30/s enforced, 40 ms latency, 2% blocked, 1% 5xx)`,
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
    if (server.exitCode === null) server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
