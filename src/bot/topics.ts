import type { Answer, AnswerOptions, Engine } from "../engine/types.js";
import type { strings } from "./strings.js";

/**
 * Topic commands and /start deep-link payloads, mapped to what the engine answers. The bot never picks
 * answers itself: a topic is only a name for an entry id of the knowledge (knowledge/*.yaml) or for
 * one of the engine's whole-knowledge answers (quotes, sources).
 */
export type TopicTarget = { entryId: string } | { special: "quotes" | "sources" };

export interface Topic {
  /** The command without slash, also accepted as a /start payload. */
  command: keyof typeof strings.commands;
  target: TopicTarget;
}

/** The table, in the order shown by /bantuan and setMyCommands. */
export const TOPICS: readonly Topic[] = [
  { command: "ringkasan", target: { entryId: "ringkasan" } },
  { command: "tanggal", target: { entryId: "tanggal-penandatanganan" } },
  { command: "tempat", target: { entryId: "tempat-penandatanganan" } },
  { command: "penandatangan", target: { entryId: "penandatangan" } },
  { command: "sektor", target: { entryId: "sektor" } },
  { command: "tujuan", target: { entryId: "tujuan" } },
  { command: "manfaat", target: { entryId: "manfaat" } },
  { command: "target", target: { entryId: "target-2027" } },
  { command: "kutipan", target: { special: "quotes" } },
  { command: "sumber", target: { special: "sources" } },
];

/** Finds a topic by command name or /start payload (case-insensitive); undefined if none. */
export function findTopic(name: string): Topic | undefined {
  const key = name.trim().toLowerCase();
  return TOPICS.find((t) => t.command === key);
}

/** Asks the engine for a topic's answer; undefined when the entry is no longer in the knowledge. */
export function answerTopic(engine: Engine, target: TopicTarget, options: AnswerOptions): Answer | undefined {
  if ("special" in target)
    return target.special === "quotes" ? engine.answerQuotes(options) : engine.answerSources(options);
  return engine.answerEntry(target.entryId, options);
}

/** Entry ids named by the table that the given knowledge lacks (logged at start so staff notice). */
export function missingTopicEntries(engine: Engine): string[] {
  const ids = new Set(engine.knowledge.entries.map((e) => e.id));
  return TOPICS.flatMap((t) =>
    "entryId" in t.target && !ids.has(t.target.entryId) ? [t.target.entryId] : [],
  );
}
