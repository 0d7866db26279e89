import type { AnswerOptions, Engine } from "../engine/types.js";
import { distinctQuestions, type GapGroup, groupQuestions } from "./group.js";
import { DEFAULT_LOW_CONFIDENCE, gapKind } from "./record.js";
import type { GapStore } from "./store.js";

/** `now` for retention and re-asking, plus how many groups and how strict the grouping is. */
export interface GapReportOptions extends AnswerOptions {
  /** At most this many groups (default: all). */
  limit?: number;
  lowConfidence?: number;
  similarity?: number;
}

/** The open gaps: groups still unanswered by the current knowledge, most asked first. */
export interface GapReport {
  groups: GapGroup[];
  /** Groups before `limit`. */
  totalGroups: number;
  /** Questions (asks) in the open groups. */
  openQuestions: number;
  /** Questions (asks) the current knowledge now answers (dropped from the list). */
  resolvedQuestions: number;
}

/**
 * Builds the report staff read: prunes expired rows, re-asks every distinct recorded question to the
 * current engine (a question the knowledge now answers drops out, so a group disappears once an entry
 * answers it), groups the rest by similarity and sorts by count.
 */
export function gapReport(
  store: Pick<GapStore, "prune" | "list">,
  engine: Pick<Engine, "answer">,
  options: GapReportOptions,
): GapReport {
  store.prune(options.now);
  const low = options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE;
  const distinct = distinctQuestions(store.list(options.now));
  const open = distinct.filter((q) => {
    try {
      return gapKind(engine.answer(q.text, { now: options.now }), low) !== undefined;
    } catch {
      return true;
    }
  });
  const groups = groupQuestions(open, options.similarity);
  return {
    groups: options.limit ? groups.slice(0, options.limit) : groups,
    totalGroups: groups.length,
    openQuestions: open.reduce((n, q) => n + q.count, 0),
    resolvedQuestions: distinct.reduce((n, q) => n + q.count, 0) - open.reduce((n, q) => n + q.count, 0),
  };
}

const KIND_LABELS: Record<string, string> = {
  decline: "ditolak",
  clarify: "ditanya balik",
  partial: "sebagian",
  low_confidence: "kurang yakin",
};

/** "ditolak 5, kurang yakin 2": how the bot handled a group's questions, in Indonesian. */
export function describeKinds(kinds: GapGroup["kinds"]): string {
  return Object.entries(kinds)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, n]) => `${KIND_LABELS[k] ?? k} ${n}`)
    .join(", ");
}
