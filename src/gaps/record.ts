import type { Answer } from "../engine/types.js";
import type { GapKind, GapStore } from "./store.js";

/** Below this confidence an answer counts as unsure and is recorded. */
export const DEFAULT_LOW_CONFIDENCE = 0.5;
/** Longer questions are cut: the start says what the citizen wanted. */
export const MAX_GAP_CHARS = 300;

/**
 * How an answer counts for the unanswered-questions queue: declined, asked back (clarify), partly
 * answered, answered with low confidence, or (undefined) answered well enough not to record.
 */
export function gapKind(
  answer: Pick<Answer, "kind" | "confidence" | "partial">,
  lowConfidence = DEFAULT_LOW_CONFIDENCE,
): GapKind | undefined {
  if (answer.kind === "decline") return "decline";
  if (answer.kind === "clarify") return "clarify";
  if (answer.partial) return "partial";
  if (answer.confidence < lowConfidence) return "low_confidence";
  return undefined;
}

/** What could identify a person, each with the placeholder that replaces it in stored text. */
const PERSONAL: Array<[RegExp, string | ((m: string) => string)]> = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, "[email]"],
  [/https?:\/\/\S+/g, "[tautan]"],
  [/(?<![\p{L}\p{N}])@\w{3,}/gu, "[akun]"],
  [/\+?\d[\d\s.-]{6,}\d/g, (m) => (m.replace(/\D/g, "").length >= 8 ? "[nomor]" : m)],
];

/**
 * Removes what could identify a person before a question is stored: e-mail addresses, phone and ID
 * numbers (runs of 8+ digits), @handles and links. Also collapses whitespace and caps the length.
 */
export function scrubQuestion(text: string): string {
  return scrubWithSpans(text).text;
}

/** scrubQuestion, also returning the personal spans it removed (lower-cased). */
function scrubWithSpans(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let out = text;
  for (const [re, by] of PERSONAL) {
    out = out.replace(re, (m) => {
      const replacement = typeof by === "string" ? by : by(m);
      if (replacement !== m) removed.push(m.toLowerCase());
      return replacement;
    });
  }
  return { text: out.replace(/\s+/g, " ").trim().slice(0, MAX_GAP_CHARS), removed };
}

/**
 * The engine's unknown words that are safe to store. The engine splits "budi.santoso@gmail.com" or
 * "0812-3456-7890" into plain-looking words, so a word is dropped when it came from a span the
 * scrubber removed, as is anything that still looks personal itself (5+ digits, an address).
 */
export function safeUnknownTerms(question: string, terms: readonly string[]): string[] {
  const { removed } = scrubWithSpans(question);
  return terms
    .filter((t) => {
      const word = t.toLowerCase();
      if (word === "" || /\d{5,}/.test(word) || scrubQuestion(t) !== t) return false;
      return !removed.some((span) => span.includes(word));
    })
    .slice(0, 20);
}

/** Options of createGapRecorder. */
export interface GapRecorderOptions {
  lowConfidence?: number;
  /** The knowledge version serving now (stored with the question). */
  version?: () => string;
  /** Logged when storing fails; recording must never break answering. */
  onError?: (e: unknown) => void;
}

/**
 * Returns `recordIfUnanswered(answer, now)` for the bot's question handler: stores the question when
 * the answer is a decline, a clarification, partial or low-confidence, and returns the kind recorded
 * (undefined when nothing was stored). Never throws.
 */
export function createGapRecorder(store: Pick<GapStore, "add">, options: GapRecorderOptions = {}) {
  return function recordIfUnanswered(
    answer: Pick<Answer, "question" | "kind" | "confidence" | "partial" | "unknownTerms">,
    now: Date = new Date(),
  ): GapKind | undefined {
    try {
      const kind = gapKind(answer, options.lowConfidence);
      if (!kind) return undefined;
      const text = scrubQuestion(answer.question);
      if (!text) return undefined;
      store.add({
        text,
        askedAt: now,
        kind,
        confidence: Number.isFinite(answer.confidence) ? answer.confidence : 0,
        // Unknown words can be pieces of a phone number, e-mail address or handle: see safeUnknownTerms.
        unknownTerms: safeUnknownTerms(answer.question, answer.unknownTerms),
        ...(options.version ? { version: options.version() } : {}),
      });
      return kind;
    } catch (e) {
      options.onError?.(e);
      return undefined;
    }
  };
}

/** The recorder function's type, for handlers that receive it as a dependency. */
export type RecordIfUnanswered = ReturnType<typeof createGapRecorder>;
