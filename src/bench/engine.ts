import { performance } from "node:perf_hooks";
import { createEngine } from "../engine/engine.js";
import type { Engine } from "../engine/types.js";
import { loadKnowledgeDir } from "../knowledge/load.js";
import type { Entry, Knowledge } from "../knowledge/types.js";
import type { BenchSection } from "./types.js";

/** Questions of every style, answerable and not, to time the engine with. */
const QUESTIONS = [
  "Kapan perjanjian kerja sama ditandatangani?",
  "kpn ttd nya?",
  "sopo sing tandatangan kerjasama iku?",
  "DIMANA PENANDATANGANAN KERJASAMA DILAKUKAN",
  "apa aja sektor yg dikerjasamakan madiun kediri",
  "Kenapa ekonomi jadi prioritas utama?",
  "brp hari yg lalu kerjasama diresmikan?",
  "Kapan dan di mana kerja sama diteken, lalu siapa yang tanda tangan?",
  "apa kata maidi soal zero kabel?",
  "Siapa wali kota Surabaya?",
  "Berapa anggaran kerja sama ini?",
  "qwerty asdf",
  "kerjsama madiun kediri tujuanne opo?",
  "apakah pariwisata dan kuliner termasuk?",
  "😀😀😀",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeAnswers(
  engine: Engine,
  questions: string[],
  rounds: number,
): { p50: number; p99: number; mean: number } {
  const now = new Date("2026-11-28T05:00:00Z");
  // Steady state: the JIT has compiled the hot paths (as in a bot that has been running for a while).
  for (let r = 0; r < 50; r++) for (const q of questions) engine.answer(q, { now });
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      engine.answer(q, { now });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

/** A deterministic pseudo-random generator, so every bench run sees the same synthetic knowledge. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * 10,000 entries built from the shipped vocabulary plus invented words (place names, programmes), so the
 * index has a realistic number of distinct terms (tens of thousands), each entry with 5 questions.
 */
export function syntheticKnowledge(base: Knowledge, count: number): Knowledge {
  const rand = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const baseWords = [
    ...new Set(
      base.entries.flatMap(
        (e) => `${e.answer} ${e.questions.join(" ")}`.toLowerCase().match(/\p{L}+/gu) ?? [],
      ),
    ),
  ];
  const syllables = [
    "ka",
    "ma",
    "di",
    "ri",
    "to",
    "su",
    "ba",
    "ya",
    "ng",
    "lo",
    "we",
    "pa",
    "ti",
    "an",
    "ra",
    "se",
    "gu",
    "no",
  ];
  const invent = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syllables)).join("");
  // A natural-language-like vocabulary: 30,000 words whose frequencies follow Zipf's law (the word of
  // rank r is used about 1/r as often as the most common one), with the shipped knowledge's own words
  // placed at random ranks among invented ones. A few words are in thousands of entries, most in few.
  const vocabulary = [...baseWords, ...Array.from({ length: 30_000 - baseWords.length }, invent)];
  for (let i = vocabulary.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [vocabulary[i], vocabulary[j]] = [vocabulary[j] as string, vocabulary[i] as string];
  }
  const zipf = () =>
    vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length ** rand()) - 1)] as string;
  const words = (n: number) => Array.from({ length: n }, zipf).join(" ");
  const source = base.sources[0] as Entry["source"];
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      id: `sintetis-${i}`,
      topic: `Topik ${words(3)}`,
      answer: `${words(35)}.`,
      questions: Array.from(
        { length: 5 },
        () => `${pick(["apa", "kapan", "siapa", "di mana", "kenapa"])} ${words(5)}?`,
      ),
      keywords: Array.from({ length: 6 }, () => words(1)),
      answers: ["definition"],
      about: [],
      facts: { dates: [], places: [], people: [], sectors: [], targets: [], years: [] },
      quotes: [],
      related: [],
      source,
      location: { file: "sintetis.yaml", line: i + 1 },
    });
  }
  return { ...base, entries: [...base.entries, ...entries], version: "sintetis" };
}

export async function run(): Promise<BenchSection[]> {
  const loaded = loadKnowledgeDir("knowledge");
  if (!loaded.ok) throw new Error("shipped knowledge is invalid; run npm run knowledge:check");
  const knowledge = loaded.knowledge;

  let t0 = performance.now();
  const shipped = createEngine(knowledge);
  const shippedBuild = performance.now() - t0;
  const small = timeAnswers(shipped, QUESTIONS, 400);

  const big = syntheticKnowledge(knowledge, 10_000);
  const bigQuestions = [
    ...QUESTIONS,
    ...big.entries.filter((_, i) => i % 997 === 0).map((e) => e.questions[0] ?? ""),
    ...big.entries.filter((_, i) => i % 1009 === 0).map((e) => (e.questions[1] ?? "").replace(/a/, "e")),
  ];
  t0 = performance.now();
  const large = createEngine(big);
  const largeBuild = performance.now() - t0;
  const largeTimes = timeAnswers(large, bigQuestions, 20);

  const ms = (v: number) => `${v.toFixed(3)} ms`;
  return [
    {
      title: `Answer engine, shipped knowledge (${knowledge.entries.length} entries)`,
      rows: [
        { label: "index build", value: ms(shippedBuild) },
        { label: `answer latency p50 (${QUESTIONS.length * 400} answers)`, value: ms(small.p50) },
        { label: "answer latency p99", value: ms(small.p99), target: "< 1 ms", ok: small.p99 < 1 },
      ],
    },
    {
      title: "Answer engine, synthetic knowledge (10,000 extra entries, 5 questions each)",
      rows: [
        { label: "index build", value: ms(largeBuild), target: "< 2000 ms", ok: largeBuild < 2000 },
        {
          label: `answer latency p50 (${bigQuestions.length * 20} answers)`,
          value: ms(largeTimes.p50),
          target: "< 2 ms",
          ok: largeTimes.p50 < 2,
        },
        {
          label: "answer latency p99",
          value: ms(largeTimes.p99),
          target: "< 10 ms",
          ok: largeTimes.p99 < 10,
        },
        { label: "RSS after build", value: `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB` },
      ],
    },
  ];
}
