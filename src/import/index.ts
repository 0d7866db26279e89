/** Drafting knowledge from a news article: extraction (pure) and the draft YAML writer (pure). */
export { buildDraft, type Draft, type DraftOptions } from "./draft.js";
export { type Extraction, type ExtractOptions, extractArticle } from "./extract.js";

import type { Knowledge } from "../knowledge/types.js";
import { buildDraft, type Draft } from "./draft.js";
import { type Extraction, type ExtractOptions, extractArticle } from "./extract.js";
import { guardTakeOvers, liveFilesOf } from "./guard.js";

/**
 * Article text -> extraction and draft, in one call (what the CLI and the tests use). With the live
 * knowledge given, the draft is built beside it: live ids, keys and questions are not repeated, and the
 * take-over guard (guard.ts) leaves out keywords and sample questions that would answer the live
 * knowledge's own questions (it reads the live files named by the knowledge).
 */
export function draftFromArticle(
  text: string,
  options: ExtractOptions & { sourceId?: string; live?: Knowledge; articleName?: string; now?: Date } = {},
): { extraction: Extraction; draft: Draft; takeOvers?: string[] } {
  const extraction = extractArticle(text, options);
  const base = {
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    ...(options.live ? { live: options.live } : {}),
    ...(options.articleName ? { articleName: options.articleName } : {}),
  };
  const live = options.live;
  const files = live ? liveFilesOf(live) : undefined;
  if (!live || !files) return { extraction, draft: buildDraft(extraction, base) };
  const guarded = guardTakeOvers(
    (avoid) => buildDraft(extraction, { ...base, avoid }),
    live,
    files,
    options.now,
  );
  return { extraction, draft: guarded.draft, takeOvers: guarded.remaining };
}
