/** Drafting knowledge from a news article: extraction (pure) and the draft YAML writer (pure). */
export { buildDraft, type Draft, type DraftOptions } from "./draft.js";
export { type Extraction, type ExtractOptions, extractArticle } from "./extract.js";

import type { Knowledge } from "../knowledge/types.js";
import { buildDraft, type Draft } from "./draft.js";
import { type Extraction, type ExtractOptions, extractArticle } from "./extract.js";

/** Article text -> extraction and draft, in one call (what the CLI and the tests use). */
export function draftFromArticle(
  text: string,
  options: ExtractOptions & { sourceId?: string; live?: Knowledge; articleName?: string } = {},
): { extraction: Extraction; draft: Draft } {
  const extraction = extractArticle(text, options);
  const draft = buildDraft(extraction, {
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    ...(options.live ? { live: options.live } : {}),
    ...(options.articleName ? { articleName: options.articleName } : {}),
  });
  return { extraction, draft };
}
