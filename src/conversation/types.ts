import type { AnswerKind } from "../engine/types.js";
import type { QuestionType } from "../knowledge/types.js";

/** One question of a conversation, as remembered for the next ones. Holds no user id. */
export interface Turn {
  /** What the citizen wrote. */
  question: string;
  /** What the engine was asked: the question itself, or its rewrite with what the context filled in. */
  asked: string;
  /** Normalised words naming what the turn was about (its topic, without question and slot words). */
  subject: string[];
  kind: AnswerKind;
  entryIds: string[];
  types: QuestionType[];
  /** People the turn named or was answered with, most salient first (full names as in the knowledge). */
  people: string[];
  /** ISO dates the answer named (dated facts; a statement's date when asked when it was said). */
  dates: string[];
  /**
   * Places a turn asking where was answered with, as words the engine reads: the entries' places, then
   * the parties' city names in the order the answer names them ("kota itu" points at the first city).
   */
  places: string[];
}

/** What one conversation remembers: its last turns (newest last) and when it was last used. */
export interface ConversationState {
  turns: readonly Turn[];
  /** Epoch milliseconds of the last turn; the state expires after the quiet time. */
  updatedAt: number;
}

/** How a question was read against the conversation. */
export type ResolutionKind =
  /** A full question (or no context): answered on its own. */
  | "own"
  /** Only a question word or slot ("dimana?", "tempatnya?"): asks that of the previous topic. */
  | "slot"
  /** "kalau Kediri?": one element of the previous question swapped. */
  | "swap"
  /** Pronouns or demonstratives (dia, itu, sejak itu) replaced by what they point to. */
  | "reference"
  /** "selain itu?", "yang paling penting?": continues the previous (list) answer. */
  | "continue";

/** A question resolved against the conversation: what to ask the engine, and how it was read. */
export interface Resolution {
  asked: string;
  kind: ResolutionKind;
  /**
   * Other readings of the same follow-up (the topic as the answered entry words it), tried in order when
   * the engine declines `asked`. Each keeps the citizen's own words, so what they ask that the knowledge
   * lacks ("anggarannya?") is declined by every reading.
   */
  alternatives?: string[];
  /**
   * A statement offered to confirm with no question word ("tanda tangannya di madiun?"), as a yes/no question:
   * asked instead when the engine does not answer `asked` as a yes/no question and answers this one.
   */
  yesNo?: string;
  /**
   * A value offered to confirm and read against the topic ("kuliner melu to?" after the sectors): when the
   * rewrite is answered with no verdict and the citizen's own words are answered with one from the same
   * entry, that verdict stands.
   */
  offered?: boolean;
  /** The topic to remember for the next turn, when it is not the words of `asked` (a value offered to confirm). */
  topic?: string[];
  /**
   * "in English please": the answer is asked for in a language the knowledge is not written in; it is given
   * as the knowledge words it, with a short note saying so.
   */
  inLanguage?: boolean;
  /** For a swap: the person or party swapped in, and the entries the previous turn was answered from. */
  swapped?: { person?: string; party?: string; fromEntries: string[] };
}

/** Turns kept per conversation: enough to find the last person, date and topic. */
export const MAX_TURNS = 4;
