import { readFileSync } from "node:fs";
import { createEngine } from "../engine/index.js";
import type { Engine } from "../engine/types.js";
import { parseKnowledgeFiles } from "../knowledge/load.js";
import type { KnowledgeFile } from "../knowledge/parse.js";
import type { Knowledge } from "../knowledge/types.js";
import { normalise } from "../knowledge/validate.js";
import type { Draft } from "./draft.js";

/**
 * The take-over guard: a draft must not answer the questions the live knowledge already owns
 * (`knowledge:check -- --draft` refuses such a draft). The guard asks the live engine and the live +
 * draft engine every live entry's own sample question, the way knowledge:check does; for each question
 * the draft takes over (or makes the bot hesitate on), the draft entry's keywords that the question
 * names are avoided, else its sample questions that share the question's words, and the draft is built
 * again, a few rounds at most. What still takes over is returned for the report (and knowledge:check).
 */
export interface GuardResult {
  draft: Draft;
  /** Keywords and sample questions left out, for the draft's header. */
  avoided: {
    keywords: string[];
    questions: string[];
    topics: string[];
    answers: string[];
    dropped: string[];
  };
  /** Live questions the draft still takes over: "entry: question". */
  remaining: string[];
}

const ROUNDS = 8;
const liveCache = new WeakMap<Knowledge, { engine: Engine; owned: { entry: string; question: string }[] }>();

/** The live engine and the live entries' own questions it answers with their entry (cached per knowledge). */
function liveOwned(live: Knowledge, now: Date) {
  const hit = liveCache.get(live);
  if (hit) return hit;
  const engine = createEngine(live);
  const owned: { entry: string; question: string }[] = [];
  for (const e of live.entries)
    for (const question of e.questions) {
      const a = engine.answer(question, { now });
      if (a.kind === "answer" && a.entryIds[0] === e.id) owned.push({ entry: e.id, question });
    }
  const out = { engine, owned };
  liveCache.set(live, out);
  return out;
}

/** The live knowledge's files as read from disk (the knowledge records its file paths). */
export function liveFilesOf(live: Knowledge): KnowledgeFile[] | undefined {
  try {
    return live.files.map((path) => ({ path, content: readFileSync(path, "utf8") }));
  } catch {
    return undefined;
  }
}

/** Word stems loose enough to match "tanda tangannya" to "tanda tangan", "penandatanganannya" to "penandatanganan". */
const stems = (s: string) =>
  new Set(
    normalise(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2)
      .map((w) => w.slice(0, 6)),
  );

/**
 * Builds the draft with `build(avoid)`, then avoids what makes it take live questions over, round by
 * round. Without readable live files the draft is returned as built.
 */
export function guardTakeOvers(
  build: (avoid: {
    keywords: Set<string>;
    questions: Set<string>;
    topics: Set<string>;
    answers: Set<string>;
    drop: Set<string>;
  }) => Draft,
  live: Knowledge,
  liveFiles: KnowledgeFile[],
  now: Date = new Date(),
): GuardResult {
  const avoid = {
    keywords: new Set<string>(),
    questions: new Set<string>(),
    topics: new Set<string>(),
    answers: new Set<string>(),
    drop: new Set<string>(),
  };
  let draft = build(avoid);
  const { owned } = liveOwned(live, now);
  let remaining: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const combined = parseKnowledgeFiles([...liveFiles, { path: "draf-impor.yaml", content: draft.yaml }]);
    if (!combined.ok) break;
    const engine = createEngine(combined.knowledge);
    const draftEntries = new Map(draft.data.entries.map((e) => [e.id, e]));
    remaining = [];
    let changed = false;
    for (const { entry, question } of owned) {
      const a = engine.answer(question, { now });
      if (a.kind === "answer" && a.entryIds[0] === entry) continue;
      // The draft entries behind it: the one that answered, or the candidates the bot hesitates between.
      const culprits = [a.entryIds[0], ...a.choices.map((c) => c.entryId)]
        .filter((id): id is string => Boolean(id && draftEntries.has(id)))
        .map((id) => draftEntries.get(id) as Draft["data"]["entries"][number]);
      if (!culprits.length && a.kind === "answer") continue; // another live entry: not the draft's doing
      remaining.push(`${entry}: ${question}`);
      const asked = stems(question);
      for (const d of culprits) {
        // 1. keywords the question names; 2. a topic that names the article's parties instead of the
        // generic event; 3. sample questions sharing two words with it, keeping at least one; then, when
        // none of these is left to avoid: 4. the entry's own answer without the words naming the
        // agreement; 5. for a narrative detail, the entry itself (named in the draft's header).
        const named = d.keywords.filter((k) => [...stems(k)].some((w) => asked.has(w)));
        for (const k of named) {
          if (avoid.keywords.has(k)) continue;
          avoid.keywords.add(k);
          changed = true;
        }
        if (named.length) continue;
        if (!avoid.topics.has(d.id) && [...stems(d.topic)].some((w) => asked.has(w))) {
          avoid.topics.add(d.id);
          changed = true;
          continue;
        }
        const close = d.questions.filter((sq) => [...stems(sq)].filter((w) => asked.has(w)).length >= 2);
        const keep = d.questions.length - close.length;
        let acted = false;
        for (const sq of keep ? close : close.slice(1)) {
          const n = normalise(sq);
          if (avoid.questions.has(n)) continue;
          avoid.questions.add(n);
          changed = acted = true;
        }
        if (acted) continue;
        if (draft.variants.ownAnswer.has(d.id) && !avoid.answers.has(d.id)) {
          avoid.answers.add(d.id);
          changed = true;
        } else if (draft.variants.droppable.has(d.id) && !avoid.drop.has(d.id)) {
          avoid.drop.add(d.id);
          changed = true;
        }
      }
    }
    if (!remaining.length || !changed) break;
    draft = build(avoid);
  }
  return {
    draft,
    avoided: {
      keywords: [...avoid.keywords],
      questions: [...avoid.questions],
      topics: [...avoid.topics],
      answers: [...avoid.answers],
      dropped: [...avoid.drop],
    },
    remaining,
  };
}
