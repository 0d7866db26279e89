import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchSection } from "../bench/types.js";

/**
 * End-to-end bot benchmark: the real bot (what `npm start` runs: `npm run build`, then the start
 * script's node command on dist/main.js, in its own process: Telegraf, long polling, real engine from
 * knowledge/, LOG_LEVEL=info) against the fake Bot API server on 127.0.0.1 in this
 * process. 5,000 question updates, each from its own citizen (flood control stays on but does not drop
 * them), after a 1,000-update warm-up:
 * - burst: all queued at once; updates/s = 5,000 / time until the last reply arrived;
 * - paced: offered at 500 updates/s; latency = update queued -> its sendMessage received by the server.
 * Every update costs two Bot API calls (sendChatAction, sendMessage). RSS is the bot process's peak
 * (VmHWM), so the fake server's memory is not counted. The bot's CPU time per update is reported too:
 * unlike updates/s it does not depend on what else the machine is running (load average shown).
 * BENCH_NODE_FLAGS passes extra node flags to the bot process (e.g. "--max-old-space-size=64").
 */

const QUESTIONS = [
  "Kapan perjanjian kerja sama ditandatangani?",
  "tanggal berapa kerja sama diteken?",
  "Di mana lokasi penandatanganan?",
  "siapa yang tanda tangan kerja sama madiun kediri",
  "Apa saja sektor kerja samanya?",
  "apa tujuan kerja sama iki?",
  "manfaate opo kanggo warga?",
  "Apa target Pemkot Madiun pada 2027?",
  "siapa wali kota?",
  "sudah berapa hari sejak penandatanganan?",
  "harga cabai hari ini berapa",
  "siapa wali kota surabaya?",
];
const COUNT = 5_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Builds dist/ as `npm start` does (prestart) and returns the node arguments of the start script. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const [node, ...args] = (pkg.scripts.start ?? "").split(" ").filter(Boolean);
  if (node !== "node") throw new Error(`the start script does not run node: ${pkg.scripts.start}`);
  const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build failed");
  return args;
}

export async function run(): Promise<BenchSection[]> {
  // The fake server lives under test/support; the bench uses it as the tests do.
  const { startFakeBotApi } = await import("../../test/support/fakeBotApi.js");
  const api = await startFakeBotApi();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-e2e-"));
  const bot = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? []), ...startArgs()],
    {
      env: {
        ...process.env,
        BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        WEBHOOK_URL: "",
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: "knowledge",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  // CPU seconds the bot process has used (utime + stime, in clock ticks of 1/100 s on Linux).
  const botCpuS = () => {
    const fields = readFileSync(`/proc/${bot.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const peakRssMb = () => {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${bot.pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  };
  try {
    await api.waitFor("getUpdates", undefined, 30_000);

    const pushedAt = new Map<number, number>();
    const repliedAt = new Map<number, number>();
    let waitingFor = 0;
    let onAllReplied: (() => void) | undefined;
    api.setHandler((call) => {
      if (call.method === "sendMessage") {
        repliedAt.set(call.params.chat_id as number, performance.now());
        if (repliedAt.size === waitingFor) onAllReplied?.();
      }
      return undefined;
    });
    const update = (chatId: number, text: string) => ({
      message: {
        message_id: chatId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "private", first_name: "Warga" },
        from: { id: chatId, is_bot: false, first_name: "Warga" },
        text,
      },
    });
    const phase = async (
      count: number,
      firstChat: number,
      push: (send: (i: number) => void) => Promise<void>,
    ) => {
      api.clearCalls();
      pushedAt.clear();
      repliedAt.clear();
      waitingFor = count;
      const done = new Promise<void>((resolve) => {
        onAllReplied = resolve;
      });
      const started = performance.now();
      await push((i) => {
        const chat = firstChat + i;
        pushedAt.set(chat, performance.now());
        api.pushUpdate(update(chat, QUESTIONS[i % QUESTIONS.length] ?? ""));
      });
      const timeout = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 120_000).unref());
      if ((await Promise.race([done, timeout])) === "timeout")
        throw new Error(`only ${repliedAt.size} replies`);
      const elapsed = performance.now() - started;
      const latencies = [...repliedAt]
        .map(([chat, t]) => t - (pushedAt.get(chat) ?? t))
        .sort((a, b) => a - b);
      return { elapsed, latencies };
    };
    const all = (count: number) => async (send: (i: number) => void) => {
      for (let i = 0; i < count; i++) send(i);
    };

    await phase(1_000, 1_000_000, all(1_000)); // warm-up, not measured
    const load0 = loadavg()[0] ?? 0;
    const cpu0 = botCpuS();
    const burst = await phase(COUNT, 2_000_000, all(COUNT));
    const cpuPerUpdateMs = ((botCpuS() - cpu0) * 1000) / COUNT;
    const paced = await phase(COUNT, 3_000_000, async (send) => {
      const perTick = 5; // 5 updates every 10 ms = 500 updates/s
      for (let i = 0; i < COUNT; i += perTick) {
        for (let j = i; j < Math.min(COUNT, i + perTick); j++) send(j);
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const rssMb = peakRssMb();
    const load1 = loadavg()[0] ?? 0;

    const throughput = COUNT / (burst.elapsed / 1000);
    const p50 = percentile(paced.latencies, 50);
    const p99 = percentile(paced.latencies, 99);
    return [
      {
        title: "Bot end to end (npm start's command in its own process, fake Bot API over HTTP on 127.0.0.1)",
        rows: [
          {
            label: `burst: ${COUNT} question updates, updates/s`,
            value: throughput.toFixed(0),
            target: ">= 500",
            ok: throughput >= 500,
          },
          { label: "paced at 500/s: update-to-reply p50", value: `${p50.toFixed(1)} ms` },
          {
            label: "paced at 500/s: update-to-reply p99",
            value: `${p99.toFixed(1)} ms`,
            target: "< 50 ms",
            ok: p99 < 50,
          },
          {
            label: "burst: update-to-reply p99 (includes queueing)",
            value: `${percentile(burst.latencies, 99).toFixed(0)} ms`,
          },
          {
            label: "burst: bot CPU per update (Bot API reply + engine)",
            value: `${cpuPerUpdateMs.toFixed(2)} ms`,
          },
          {
            label: "  => updates/s the bot can serve on one free core",
            value: (1000 / cpuPerUpdateMs).toFixed(0),
          },
          {
            label: `machine load average (1 min) at start / end (${cpus().length} cores)`,
            value: `${load0.toFixed(1)} / ${load1.toFixed(1)}`,
          },
          {
            label: "bot process peak RSS (VmHWM)",
            value: `${rssMb.toFixed(0)} MB`,
            target: "< 150 MB",
            ok: rssMb < 150,
          },
        ],
      },
    ];
  } finally {
    const exited = new Promise((r) => bot.once("exit", r));
    bot.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000).unref())]);
    if (bot.exitCode === null) bot.kill("SIGKILL");
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
