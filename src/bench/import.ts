import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { draftFromArticle } from "../import/index.js";
import { loadKnowledgeDir } from "../knowledge/load.js";
import type { BenchSection } from "./types.js";

/**
 * Drafting speed (issue 13): a news article of at least 1,000 words, made of the seed article's and the
 * test articles' paragraphs under one header, drafted beside the shipped knowledge as
 * `npm run knowledge:import` does (extraction + draft YAML with comments). Target: under 2 s.
 */
const TARGET_MS = 2000;
const ARTICLES = "test/import/articles";

/** A long article: one header, then the bodies of the other articles until 1,000 words are reached. */
export function longArticle(minWords = 1000): string {
  const bodies = [
    readFileSync("test/fixtures/sources/kerja-sama-madiun-kediri.txt", "utf8"),
    ...readdirSync(ARTICLES)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(ARTICLES, f), "utf8")),
  ].map((t) => t.split("\n").filter((l) => l.split(" ").length >= 8));
  const lines = ["Kerja Sama Antardaerah Makin Ramai", "Selasa, 20 Januari 2026", ""];
  let words = 0;
  for (let round = 0; words < minWords; round++) {
    for (const body of bodies) {
      for (const l of body) {
        lines.push(round ? l.replace(/\b(\d{2,})\b/g, (n) => String(Number(n) + round)) : l);
        words += l.split(/\s+/).length;
      }
      if (words >= minWords) break;
    }
  }
  return lines.join("\n");
}

/** Times one cold draft and the median of ten warm ones. */
export async function run(): Promise<BenchSection[]> {
  const text = longArticle();
  const words = text.split(/\s+/).filter(Boolean).length;
  const live = loadKnowledgeDir("knowledge");
  const options = { sourceId: "bench", ...(live.ok ? { live: live.knowledge } : {}) };
  let t = performance.now();
  const first = draftFromArticle(text, options);
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    draftFromArticle(text, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const warm = times[5] as number;
  return [
    {
      title: "Knowledge import: drafting a news article",
      rows: [
        { label: "article size", value: `${words} words` },
        { label: "draft size", value: `${first.draft.data.entries.length} entries` },
        {
          label: "first draft (cold)",
          value: `${cold.toFixed(0)} ms`,
          target: `< ${TARGET_MS} ms`,
          ok: cold < TARGET_MS,
        },
        {
          label: "draft, median of 10",
          value: `${warm.toFixed(1)} ms`,
          target: `< ${TARGET_MS} ms`,
          ok: warm < TARGET_MS,
        },
      ],
    },
  ];
}
