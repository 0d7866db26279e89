import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type ConversationState, converse } from "../conversation/index.js";
import { ConversationStore, DEFAULT_MAX_CONVERSATIONS } from "../conversation/store.js";
import { createEngine } from "../engine/engine.js";
import type { Answer, Engine } from "../engine/types.js";
import { loadKnowledgeDir } from "../knowledge/load.js";
import { rememberingAnswers } from "../knowledge/remembered-answers.js";
import type { BenchSection } from "./types.js";

/**
 * Conversations (follow-up questions):
 * - the cost of a follow-up turn (resolution against the state + the engine, sometimes asked twice)
 *   next to the engine alone;
 * - memory under a flood of 100,000 distinct chats, two turns each, into the store with its default cap
 *   (10,000): the store stays at its cap and the heap it holds stays bounded. Engine answers are cached
 *   per question text during the flood (the engine is pure); every chat's state is built for it.
 */
const CONVERSATIONS = [
  ["kapan kerja sama madiun kediri diteken?", "dimana?", "hari apa itu?"],
  ["Apa target Pemkot Madiun?", "tahun berapa?", "kalau Kediri?"],
  ["sektor kerjasamanya apa aja?", "mana yang jadi prioritas?", "kenapa?", "siapa yang bilang gitu?"],
  ["sopo wali kota madiun sing teken?", "de'e ngomong opo wae?", "lek wali kota kediri?"],
  ["siapa yang tanda tangan dari kediri?", "jabatannya apa?", "wakilnya siapa?"],
  ["Apakah pariwisata termasuk sektor kerja sama?", "kalau kuliner?", "terus pertanian?"],
];
const CHATS = 100_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A function that runs a full garbage collection (exposed at run time for this measurement). */
function gcFunction(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Wall times of follow-up turns (converse) and of the same questions alone, plus CPU ms per follow-up. */
function timeTurns(engine: Engine, now: Date): { alone: number[]; followUp: number[]; cpuMs: number } {
  const alone: number[] = [];
  const followUp: number[] = [];
  let cpuUs = 0;
  for (let round = 0; round < 60; round++) {
    for (const turns of CONVERSATIONS) {
      let state: ConversationState | undefined;
      for (const [i, q] of turns.entries()) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const turn = converse(engine, state, q, { now });
        const t1 = performance.now();
        const c1 = process.cpuUsage(c0);
        engine.answer(q, { now });
        const t2 = performance.now();
        state = turn.state;
        if (round >= 10 && i > 0) {
          followUp.push(t1 - t0);
          alone.push(t2 - t1);
          cpuUs += c1.user + c1.system;
        }
      }
    }
  }
  return {
    alone: alone.sort((a, b) => a - b),
    followUp: followUp.sort((a, b) => a - b),
    cpuMs: cpuUs / 1000 / followUp.length,
  };
}

export async function run(): Promise<BenchSection[]> {
  const loaded = loadKnowledgeDir("knowledge");
  if (!loaded.ok) throw new Error("knowledge/ does not load");
  const engine = createEngine(loaded.knowledge);
  const now = new Date("2026-11-28T05:00:00Z");
  const { alone, followUp, cpuMs } = timeTurns(engine, now);

  // The engine is pure: during the flood each distinct question is answered once.
  const cache = new Map<string, Answer>();
  const cachedEngine = rememberingAnswers(engine, cache);
  const gc = gcFunction();
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = new ConversationStore();
  const t0 = performance.now();
  for (let chat = 0; chat < CHATS; chat++) {
    const turns = CONVERSATIONS[chat % CONVERSATIONS.length] as string[];
    const key = `p:${1_000_000 + chat}`;
    for (const q of turns.slice(0, 2)) {
      const turn = converse(cachedEngine, store.get(key, now), q, { now });
      store.set(key, turn.state);
    }
  }
  const floodMs = performance.now() - t0;
  cache.clear();
  gc();
  const heldMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const perConversationKb = (heldMb * 1024) / store.size;

  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return [
    {
      title: "Conversations: cost of a follow-up turn (resolution + engine)",
      rows: [
        { label: "engine alone on the follow-up as typed, p50", value: ms(percentile(alone, 50)) },
        // CPU time does not depend on what else the (shared) machine runs; wall percentiles do.
        {
          label: "follow-up through converse, CPU per turn",
          value: ms(cpuMs),
          target: "< 1 ms",
          ok: cpuMs < 1,
        },
        { label: "follow-up through converse, p50", value: ms(percentile(followUp, 50)) },
        { label: "follow-up through converse, p95", value: ms(percentile(followUp, 95)) },
        { label: "follow-up through converse, p99", value: ms(percentile(followUp, 99)) },
      ],
    },
    {
      title: `Conversations: flood of ${CHATS.toLocaleString("en")} distinct chats, two turns each`,
      rows: [
        {
          label: "conversations held (store cap)",
          value: `${store.size}`,
          target: `= ${DEFAULT_MAX_CONVERSATIONS}`,
          ok: store.size === DEFAULT_MAX_CONVERSATIONS,
        },
        {
          label: "heap held by the store after GC",
          value: `${heldMb.toFixed(1)} MB`,
          target: "< 32 MB",
          ok: heldMb < 32,
        },
        { label: "heap per conversation", value: `${perConversationKb.toFixed(2)} KB` },
        {
          label: "turns per second during the flood (answers cached)",
          value: `${Math.round((2 * CHATS) / (floodMs / 1000))}`,
        },
      ],
    },
  ];
}
