import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, createEngineInSlices } from "../engine/index.js";
import { teamQuestionSets } from "../knowledge/guard.js";
import { openLiveKnowledge } from "../knowledge/live.js";
import { loadKnowledgeDir, ParseCache } from "../knowledge/load.js";
import type { BenchRow, BenchSection } from "./types.js";

/**
 * Knowledge reload figures: load + validate + build a new engine (what a reload does before the swap),
 * and the time from saving a file to the new version serving (watcher, debounce, reload, swap), for
 * the shipped knowledge and a synthetic 10,000-entry knowledge generated in a temp dir. Also the
 * longest event-loop stall a reload causes (questions wait that long at most).
 */
const TARGET_MS = 2000;

/** Runs both measurements (about a minute, most of it the 10,000-entry knowledge). */
export async function run(): Promise<BenchSection[]> {
  const shipped = mkdtempSync(join(tmpdir(), "bench-reload-shipped-"));
  const synthetic = mkdtempSync(join(tmpdir(), "bench-reload-10k-"));
  try {
    const original = readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8");
    writeFileSync(join(shipped, "kerja-sama-madiun-kediri.yaml"), original);
    const shippedRows = await measure(shipped, "kerja-sama-madiun-kediri.yaml", 9);

    const files = syntheticKnowledge(10_000, 10);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(synthetic, name), text);
    const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
    const syntheticRows = await measure(synthetic, "entries-00.yaml", 1);
    syntheticRows.unshift({
      label: "synthetic knowledge size",
      value: `${(bytes / 1024 / 1024).toFixed(1)} MB in 10 files`,
    });

    return [
      { title: "Knowledge reload: shipped knowledge (16 entries)", rows: shippedRows },
      { title: "Knowledge reload: synthetic 10,000 entries", rows: syntheticRows },
    ];
  } finally {
    rmSync(shipped, { recursive: true, force: true });
    rmSync(synthetic, { recursive: true, force: true });
  }
}

async function measure(dir: string, fileToEdit: string, rounds: number): Promise<BenchRow[]> {
  const path = join(dir, fileToEdit);
  const base = readFileSync(path, "utf8");

  // Cold: what start-up does (every file parsed).
  const c0 = performance.now();
  const cold = loadKnowledgeDir(dir);
  const c1 = performance.now();
  if (!cold.ok) throw new Error(`bench knowledge invalid: ${cold.problems[0]?.message}`);
  createEngine(cold.knowledge);
  const c2 = performance.now();
  const entries = cold.knowledge.entries.length;

  // Warm: what a reload after saving one file does (LiveKnowledge keeps a parse cache).
  const cache = new ParseCache();
  loadKnowledgeDir(dir, { cache });
  const loads: number[] = [];
  const builds: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // A different content each round, so nothing can be skipped as unchanged.
    writeFileSync(path, editAnswer(base, `Putaran ${i}.`));
    const t0 = performance.now();
    const r = loadKnowledgeDir(dir, { cache });
    const t1 = performance.now();
    if (!r.ok) throw new Error(`bench knowledge invalid: ${r.problems[0]?.message}`);
    if (r.knowledge.version === cold.knowledge.version) throw new Error("the bench edit changed nothing");
    createEngine(r.knowledge);
    loads.push(t1 - t0);
    builds.push(performance.now() - t1);
  }
  const total = loads.map((l, i) => l + (builds[i] ?? 0));

  // Save -> serving, through the real watcher and the behaviour check the bot runs before a swap (the
  // question bank with the team's sets, as src/main.ts), with the event-loop stall measured meanwhile.
  let refused: string | undefined;
  const live = openLiveKnowledge({
    dir,
    build: createEngine,
    buildInSlices: createEngineInSlices,
    guard: { sets: teamQuestionSets() },
    onProblems: (problems) => {
      refused = problems[0]?.message;
    },
  });
  await live.watch();
  // A bot is idle for a while after start before staff save: the serving engine's answers to the bank
  // are worked out meanwhile (live.ts: a bank of up to 5,000 questions, else its standing questions), as
  // the bot does.
  const w0 = performance.now();
  await live.warmed();
  const warmMs = performance.now() - w0;
  const latencies: number[] = [];
  let worstStall = 0;
  for (let i = 0; i < rounds; i++) {
    const before = live.info().version;
    writeFileSync(path, editAnswer(base, `Simpan ${i}.`));
    const saved = performance.now();
    let last = performance.now();
    while (live.info().version === before) {
      await new Promise((r) => setTimeout(r, 2));
      const now = performance.now();
      worstStall = Math.max(worstStall, now - last);
      last = now;
      if (refused) throw new Error(`the bench edit was refused: ${refused}`);
      if (now - saved > 60_000) throw new Error("reload did not happen within 60 s");
    }
    latencies.push(performance.now() - saved);
  }
  await live.close();
  writeFileSync(path, base);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
  const worstWork = Math.max(...total);
  const worstLatency = Math.max(...latencies);
  return [
    { label: "entries", value: String(entries) },
    { label: "background: serving answers to the bank, after start", value: ms(warmMs) },
    { label: "cold load + validate, all files (start-up)", value: ms(c1 - c0) },
    { label: "cold engine build (start-up)", value: ms(c2 - c1) },
    { label: "reload: load + validate, one file edited (median)", value: ms(median(loads)) },
    { label: "reload: engine build (median)", value: ms(median(builds)) },
    {
      label: "reload work, read to swap-ready (worst)",
      value: ms(worstWork),
      target: `< ${TARGET_MS} ms`,
      ok: worstWork < TARGET_MS,
    },
    { label: "file saved -> new version serving (median)", value: ms(median(latencies)) },
    {
      label: "file saved -> new version serving (worst)",
      value: ms(worstLatency),
      target: `< ${TARGET_MS} ms`,
      ok: worstLatency < TARGET_MS,
    },
    { label: "longest event-loop stall during a reload", value: ms(worstStall) },
  ];
}

/**
 * The file with `words` put at the start of its first entry's answer (a real edit: the first "answer: "
 * of the shipped file is in its header comment, and a comment does not change the knowledge).
 */
function editAnswer(text: string, words: string): string {
  const at = /^ +answer: (?:[>|][-+]?\n( +))?/m.exec(text);
  if (!at) throw new Error("the bench file has no answer to edit");
  const end = at.index + at[0].length;
  return `${text.slice(0, end)}${words} ${text.slice(end)}`;
}

const WORDS = (
  "air bersih jalan raya pasar rakyat sekolah dasar puskesmas taman kota drainase lampu jalan pajak daerah " +
  "perizinan usaha pelatihan kerja beasiswa pelajar pengelolaan sampah bank sampah transportasi umum bus " +
  "kota terminal stasiun parkir retribusi pariwisata kuliner festival budaya batik tenun museum perpustakaan " +
  "olahraga stadion kolam renang posyandu imunisasi vaksinasi bantuan sosial lansia disabilitas rumah layak " +
  "huni sanitasi banjir kebakaran ambulans keamanan ketertiban pedagang kaki lima koperasi umkm ekspor " +
  "digitalisasi layanan aplikasi internet desa wifi publik data kependudukan akta kelahiran ktp kartu " +
  "keluarga pernikahan pertanian perikanan peternakan irigasi pupuk benih harga pangan inflasi investasi"
).split(" ");

/** `count` valid entries spread over `files` files, with varied vocabulary so the index is realistic. */
export function syntheticKnowledge(count: number, files: number): Record<string, string> {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)] as string;
  const phrase = (n: number) => Array.from({ length: n }, pick).join(" ");
  const out: Record<string, string> = {};
  const perFile = Math.ceil(count / files);
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    if (f === 0) {
      lines.push(
        "sources:",
        "  - id: sumber-sintetis",
        "    outlet: Sumber Sintetis",
        "    date: 2026-01-14",
        "parties:",
        "  - key: kota-a",
        "    name: Pemerintah Kota A",
        "    aliases: [kota a]",
      );
    }
    lines.push("entries:");
    for (let i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) {
      const topic = `${phrase(2)} ${i}`;
      lines.push(
        `  - id: butir-${i}`,
        `    topic: ${topic}`,
        `    answer: Program ${topic} meliputi ${phrase(12)}, dengan fokus ${phrase(8)}.`,
        "    source: sumber-sintetis",
        "    answers: [definition, list, date]",
        "    questions:",
        `      - Apa itu program ${topic}?`,
        `      - Bagaimana ${phrase(3)} kode${i}?`,
        `      - kapan ${phrase(2)} kode${i} dimulai?`,
        `    keywords: [kode${i}, ${pick()}, ${pick()}]`,
        "    facts:",
        "      dates:",
        `        - label: mulai ${i}`,
        `          date: 2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      );
    }
    out[`entries-${String(f).padStart(2, "0")}.yaml`] = `${lines.join("\n")}\n`;
  }
  return out;
}
