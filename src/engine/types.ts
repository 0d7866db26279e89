import type { QuestionType, Source } from "../knowledge/types.js";
import type { DeclineReason } from "./decide.js";

/** What the engine decided for one question. */
export type AnswerKind =
  /** Answered from one or more entries. */
  | "answer"
  /** Unsure between entries: ask back "Maksud Anda ...?" with `choices`. */
  | "clarify"
  /** The knowledge has no answer; `suggestions` hold questions it can answer. */
  | "decline";

export interface AnswerPart {
  entryId: string;
  /** The question fragment this part answers (the whole question when not compound). */
  question: string;
  text: string;
}

export interface Answer {
  question: string;
  kind: AnswerKind;
  /** True when `kind === "answer"`. */
  answered: boolean;
  /** Plain text, ready to show (ends with the source line when answered). No HTML. */
  text: string;
  parts: AnswerPart[];
  entryIds: string[];
  sources: Source[];
  /** 2-3 related questions the engine can answer (for buttons). Same order as `related`. */
  followUps: string[];
  /** The follow-ups with the entry each one opens. */
  related: Suggestion[];
  /** For "clarify": the candidate entries, best first. For "decline": example questions. */
  choices: Suggestion[];
  /** 0..1, how sure the engine is about the chosen entries. */
  confidence: number;
  questionTypes: QuestionType[];
  /** Content words the knowledge does not know (for the unanswered-questions queue). */
  unknownTerms: string[];
  /** A compound question with one part answered and another not. */
  partial: boolean;
  /** Set only when the engine hit a bug and declined as a fallback; adapters should log it. */
  internalError?: string;
  /** For "decline": why the first declined clause was declined (for the check's explanations to staff). */
  declineReason?: DeclineReason;
}

export interface AnswerOptions {
  /** The current time; relative dates ("319 hari yang lalu") are computed from it in Asia/Jakarta. */
  now: Date;
}

/** A question the engine can answer, tied to the entry that answers it (for buttons). */
export interface Suggestion {
  entryId: string;
  question: string;
}

/** The answer engine: pure, synchronous, built once per knowledge version. */
export interface Engine {
  readonly knowledge: import("../knowledge/types.js").Knowledge;
  /** Answers a citizen's free-text question. Never throws; any string is accepted. */
  answer(question: string, options: AnswerOptions): Answer;
  /** Answers one entry directly (buttons, topic commands). Undefined for an unknown id. */
  answerEntry(entryId: string, options: AnswerOptions): Answer | undefined;
  /** All quotes in the knowledge, attributed, as one answer (/kutipan). */
  answerQuotes(options: AnswerOptions): Answer;
  /** The sources the knowledge cites, as one answer (/sumber). */
  answerSources(options: AnswerOptions): Answer;
  /** Example questions, each tied to its entry (for /start and declines). */
  examples(): Suggestion[];
  /**
   * How many entries hold a search form (a word or stem as the index stores it): lets the behaviour
   * check of a large knowledge ask only the questions a change can reach. Optional for test doubles.
   */
  entryCount?(form: string): number;
  /**
   * What a question word becomes under this knowledge's vocabulary (its spelling corrected, known or not):
   * its search forms and status, or undefined for a word without content. For the same narrowing: a word
   * the knowledge does not know is followed to the form it is read as. Optional for test doubles.
   */
  wordForms?(word: string): { forms: string[]; status: string } | undefined;
}

/** Where adapters get the engine from: the current one, swapped atomically on knowledge reload. */
export interface EngineSource {
  current(): Engine;
}
