import type { QuestionType, Source } from "../knowledge/types.js";

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
  /** 2-3 related questions the engine can answer (for buttons). */
  followUps: string[];
  /** For "clarify": the candidate questions, one per entry, best first. */
  choices: string[];
  /** 0..1, how sure the engine is about the chosen entries. */
  confidence: number;
  questionTypes: QuestionType[];
  /** Content words the knowledge does not know (for the unanswered-questions queue). */
  unknownTerms: string[];
  /** A compound question with one part answered and another not. */
  partial: boolean;
}

export interface AnswerOptions {
  /** The current time; relative dates ("319 hari yang lalu") are computed from it in Asia/Jakarta. */
  now: Date;
}
