import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "../engine/types.js";
import {
  type BankQuestion,
  type BehaviourReport,
  diffBehaviour,
  type OutlineSource,
  type QuestionSet,
  questionBank,
  readQuestionSets,
} from "./behaviour.js";
import type { KnowledgeProblem } from "./problem.js";
import { staleAnswers } from "./stale.js";
import type { Knowledge } from "./types.js";
import type { QuestionPositions } from "./validate.js";

/**
 * The gate every knowledge change passes before citizens see it (knowledge:check and the live reload):
 * the behaviour check against the knowledge serving before, stale fact values in answers, and which
 * entries the change removes. Pure apart from the engines and reading the files for line numbers.
 */
export interface ChangeReport {
  behaviour: BehaviourReport;
  /** Answers still writing a fact's old value. */
  stale: KnowledgeProblem[];
  /** Errors: the change must not be served. */
  errors: KnowledgeProblem[];
  /** Warnings the change introduced (newly declined questions). */
  warnings: KnowledgeProblem[];
  /** Entry ids in the old knowledge and not in the new. */
  removed: string[];
  /** Entry ids in the new knowledge and not in the old. */
  added: string[];
  /** removed / old entry count. */
  removedShare: number;
}

export interface ChangeCheckOptions {
  now: Date;
  /** Builds engines to try suggested fixes on a copy of the knowledge. */
  build?: (knowledge: Engine["knowledge"]) => Engine;
  /** At most this many changes get a tried fix (default 12; each costs a few engine builds). */
  verifyLimit?: number;
  /** Team question sets asked too (see teamQuestionSets). */
  sets?: readonly QuestionSet[];
  /** Where the new knowledge's example questions are written. */
  positions?: QuestionPositions;
  readFile?: (path: string) => string | undefined;
  /**
   * The questions to ask, when the caller has narrowed the bank (see affected.ts); default the whole
   * bank of the new knowledge.
   */
  bank?: readonly BankQuestion[];
}

/**
 * The entries staff may be told to edit for this change: every entry of a file that holds a new or
 * changed entry (compared by content, wherever the files are). Advice never asks staff to touch an entry
 * of a file they did not edit (the shipped file) to make their own file pass. With no old knowledge,
 * every entry.
 */
export function editableEntries(before: Knowledge | undefined, after: Knowledge): Set<string> {
  if (!before) return new Set(after.entries.map((e) => e.id));
  const key = (e: Knowledge["entries"][number]) => JSON.stringify({ ...e, location: undefined });
  const old = new Map(before.entries.map((e) => [e.id, e]));
  // The same object is the same entry (buildKnowledge reuses the entries of unchanged files).
  const changed = (e: Knowledge["entries"][number]) => {
    const was = old.get(e.id);
    return was !== e && (!was || key(was) !== key(e));
  };
  const files = new Set(after.entries.filter(changed).map((e) => e.location.file));
  return new Set(after.entries.filter((e) => files.has(e.location.file)).map((e) => e.id));
}

/** Compares the engine serving now with the engine of a changed knowledge. */
export function checkChange(
  before: Pick<Engine, "knowledge"> & OutlineSource,
  after: Engine,
  options: ChangeCheckOptions,
): ChangeReport {
  const bank = options.bank ?? questionBank(after.knowledge, options.positions, options.sets);
  const editable = editableEntries(before.knowledge, after.knowledge);
  const behaviour = diffBehaviour(before, after, bank, {
    now: options.now,
    editable: (id) => editable.has(id),
    ...(options.build ? { build: options.build } : {}),
    ...(options.verifyLimit !== undefined ? { verifyLimit: options.verifyLimit } : {}),
  });
  const stale = staleAnswers(before.knowledge, after.knowledge, options.readFile);
  const oldIds = new Set(before.knowledge.entries.map((e) => e.id));
  const newIds = new Set(after.knowledge.entries.map((e) => e.id));
  const removed = [...oldIds].filter((id) => !newIds.has(id));
  const added = [...newIds].filter((id) => !oldIds.has(id));
  const all = [...behaviour.problems, ...stale];
  return {
    behaviour,
    stale,
    errors: all.filter((p) => p.severity === "error"),
    warnings: all.filter((p) => p.severity === "warning"),
    removed,
    added,
    removedShare: oldIds.size ? removed.length / oldIds.size : 0,
  };
}

/** The team's committed question sets: every test/engine/*.tsv under `root` (none when absent). */
export function teamQuestionSets(root = process.cwd()): QuestionSet[] {
  const dir = join(root, "test", "engine");
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".tsv"))
      .sort();
  } catch {
    return [];
  }
  return readQuestionSets(names.map((n) => join("test", "engine", n)).map((p) => join(root, p)));
}
