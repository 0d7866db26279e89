import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { blankAnswer } from "../engine/engine.js";
import { createEngine } from "../engine/index.js";
import type { Answer, Engine } from "../engine/types.js";
import type { BehaviourChange, QuestionSet } from "../knowledge/behaviour.js";
import { explainMiss } from "../knowledge/explain.js";
import { checkChange, editableEntries, teamQuestionSets } from "../knowledge/guard.js";
import {
  formatProblem,
  type KnowledgeFile,
  type LoadResult,
  loadKnowledgeDir,
  parseKnowledgeFiles,
} from "../knowledge/load.js";
import { type KnowledgeProblem, problemKey, sortProblems } from "../knowledge/problem.js";
import type { Knowledge } from "../knowledge/types.js";
import { checkRetrieval, searchedKeyword } from "../knowledge/validate.js";
import { optionValue } from "./args.js";
import { isMain } from "./is-main.js";
import { cliStrings as S } from "./strings.js";

/**
 * `npm run knowledge:check [-- --knowledge DIR] [--draft FILE] [--lama DIR | --tanpa-lama] [--semua] [--no-retrieval]`:
 * validates every file under the knowledge folder (syntax, schema, meaning), then compares the edited
 * knowledge with the old one (`--lama DIR`, else the version committed in git, else the copy the running
 * bot keeps of what it serves in DATA_DIR/pengetahuan-terakhir) by asking a standing
 * question bank to both: a question that moves to another entry, or a must-decline question that gets
 * answered, is an error; so is an answer that still writes a fact's old value. Problems are
 * `file:line:column` with an Indonesian reason and a fix; warnings this edit introduced come first,
 * older ones are summarised in one line (`--semua` lists them). Exit 1 on any error.
 * With `--draft FILE` (a draft from `knowledge:import`, not served yet) the draft is checked together
 * with the live knowledge, which is then the old side, and a live entry's own question that the draft
 * would take over is an error.
 */
export interface CheckOptions {
  dir: string;
  /** A draft file to check beside the live knowledge (not served until staff move it). */
  draft?: string;
  /** Ask the entries' questions to the engine (default true). */
  retrieval?: boolean;
  /** The old knowledge: a folder, "git" (the committed version, default) or "none". */
  baseline?: string;
  /** List old warnings one by one instead of a one-line summary. */
  all?: boolean;
  /** Team question sets (default: test/engine/*.tsv under the working directory). */
  sets?: QuestionSet[];
  now?: Date;
  build?: (knowledge: Knowledge) => Engine;
  out?: (line: string) => void;
}

/** Runs the check and returns the process exit code (0 valid, 1 errors). Never throws. */
export function runKnowledgeCheck(options: CheckOptions): number {
  const out = options.out ?? ((line: string) => console.log(line));
  try {
    return check(options, out);
  } catch (e) {
    // A bug in the checker must still not show staff a stack trace.
    out(S.checkCrashed((e as Error).message));
    return 2;
  }
}

function check(options: CheckOptions, out: (line: string) => void): number {
  const result = loadKnowledgeDir(options.dir, options.draft ? { extraFiles: [options.draft] } : {});
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === "error");
    for (const p of errors) out(formatProblem(p));
    const warnings = result.problems.length - errors.length;
    out("");
    out(S.checkLoadInvalid(errors.length, warnings));
    return 1;
  }
  const build = options.build ?? createEngine;
  const now = options.now ?? new Date();
  const k = result.knowledge;
  const engine = build(k);
  // A draft is compared with the live knowledge it would join.
  const old = loadBaseline(options.dir, options.baseline ?? (options.draft ? options.dir : "git"));
  const oldEngine = old?.ok ? build(old.knowledge) : undefined;
  if (old && !old.ok)
    out("Catatan: versi lama tidak bisa dimuat; perubahan dibandingkan dengan bot yang menolak semua.");

  // Without an old version every question counts as declined before: must-decline questions that get
  // answered are still errors.
  const before = oldEngine ?? declineAll(k);
  const change = checkChange(before, engine, {
    now,
    build,
    // The team's questions are about the knowledge they were written for: asked only against an old version.
    sets: options.sets ?? (oldEngine ? teamQuestionSets() : []),
    positions: result.positions,
    verifyLimit: 40,
  });
  const retrieval =
    options.retrieval === false ? undefined : checkRetrieval(k, engine, { now }, result.positions);
  const oldRetrieval =
    retrieval && oldEngine && old?.ok ? checkRetrieval(old.knowledge, oldEngine, { now }) : undefined;

  const editable = editableEntries(old?.ok ? old.knowledge : undefined, k);
  // Entries with a question answered wrongly: shared-keyword warnings about other entries are noise.
  const missed = new Set<string>();
  for (const m of retrieval?.misses ?? []) {
    missed.add(m.entryId);
    const other = /butir "([^"]+)"/.exec(m.got)?.[1];
    if (other) missed.add(other);
  }
  for (const c of change.behaviour.changes) {
    if (c.severity === "info") continue;
    for (const id of [c.before.entryId, c.after.entryId]) if (id) missed.add(id);
  }
  // ... and a keyword two entries of files this edit did not touch share is not the staff's to fix here
  // ("pariwisata" of two shipped entries, shown only because a second file moved a question): never shown.
  const touched = (p: KnowledgeProblem) => !old?.ok || (p.entries ?? []).some((id) => editable.has(id));
  const relevant = (p: KnowledgeProblem) =>
    p.code !== "shared-keyword" || ((p.entries ?? []).some((id) => missed.has(id)) && touched(p));

  let verifyLeft = 40;
  const oldKeys = new Set((old?.ok ? old.warnings : []).map(problemKey));
  const oldMisses = new Set((oldRetrieval?.misses ?? []).map((m) => `${m.entryId}|${m.question}`));
  const fresh: KnowledgeProblem[] = [...change.warnings];
  const older: KnowledgeProblem[] = [];
  const added = new Set(oldEngine ? change.added : []);
  for (const p of result.warnings.filter(relevant))
    (oldEngine && oldKeys.has(problemKey(p)) ? older : fresh).push(sharedKeywordHint(p, added));
  const oldWrong = new Set((oldRetrieval?.wrongFacts ?? []).map((p) => p.message));
  for (const p of retrieval?.wrongFacts ?? []) (oldWrong.has(p.message) ? older : fresh).push(p);
  (retrieval?.misses ?? []).forEach((m, i) => {
    const p = retrieval?.problems[i];
    if (!p) return;
    // A miss that the behaviour diff already reports (with its reason) is not listed twice.
    if (change.behaviour.changes.some((c) => c.item.question === m.question && c.severity !== "info")) return;
    const isOld = oldEngine !== undefined && oldMisses.has(`${m.entryId}|${m.question}`);
    if (isOld) older.push(p);
    else fresh.push(explained(p, m.question, m.entryId));
  });

  /** The miss with its reason and a fix tried on a copy of the knowledge (the first few only). */
  function explained(p: KnowledgeProblem, question: string, entryId: string): KnowledgeProblem {
    const verify = verifyLeft-- > 0;
    const e = explainMiss({
      question,
      answer: engine.answer(question, { now }),
      knowledge: k,
      expected: entryId,
      mustDecline: false,
      options: { now },
      engine,
      editable: (id) => editable.has(id),
      ...(verify ? { build } : {}),
    });
    return { ...p, message: `${p.message}. ${e.why}`, hint: e.fix };
  }
  // A draft is not served: what the bot would refuse once staff move it is shown ahead, as a preview; the
  // draft's own gate is the take-over check below.
  const preview = options.draft ? sortProblems(change.errors) : [];
  const errors = options.draft ? [] : sortProblems(change.errors);
  if (errors.length) {
    out(S.checkErrors(errors.length));
    for (const p of errors) out(formatProblem(p));
    out("");
    // Several questions allowed to one entry go in ONE izinkan list (a second "izinkan:" line is a YAML
    // error): the lists staff can paste, with the questions the entry already allows.
    const allowLines = allowSummary(change.behaviour.changes, k, editable);
    if (allowLines.length) {
      out(S.checkAllowAll);
      for (const line of allowLines) out(line);
      out("");
    }
  }
  if (preview.length) {
    out(S.checkDraftPreview(preview.length));
    for (const p of preview) out(formatProblem({ ...p, severity: "warning" }));
    out("");
  }
  if (fresh.length) {
    out(S.checkNewWarnings(fresh.length));
    for (const p of sortProblems(fresh)) out(formatProblem(p));
    out("");
  }
  if (change.removed.length) {
    out(S.checkRemoved(change.removed, before.knowledge.entries.length));
  }
  if (change.added.length && oldEngine) out(S.checkAdded(change.added));
  const notes = oldEngine ? change.behaviour.notes : [];
  for (const note of notes.slice(0, 10)) out(S.checkNote(note));
  if (notes.length > 10) out(S.checkMoreNotes(change.behaviour.notes.length - 10));
  if (older.length) {
    if (options.all) {
      out(S.checkOldWarnings(older.length));
      for (const p of sortProblems(older)) out(formatProblem(p));
    } else {
      out(S.checkOldWarningsHidden(older.length));
    }
  }
  const compared = oldEngine ? S.checkComparedWith(before.knowledge.version) : S.checkNoBaseline;
  out(
    S.checkBehaviour(
      change.behaviour.asked,
      change.behaviour.mustDecline,
      compared,
      change.behaviour.changes.length,
    ),
  );
  if (options.draft && retrieval) {
    const taken = takenOver(options, k, engine);
    if (taken === undefined) return 1;
    if (taken.length) {
      out(S.checkTakenOver(taken.length));
      for (const t of taken) out(t);
      out("");
      out(S.checkTakenOverInvalid);
      return 1;
    }
    out(S.checkNothingTakenOver);
  }
  if (retrieval) {
    out(S.checkRetrieval(retrieval.correct, retrieval.total, percent(retrieval.accuracy)));
  }
  const warnings = fresh.length + older.length;
  if (errors.length) {
    out(S.checkInvalid(errors.length, warnings));
    return 1;
  }
  out(S.checkValid(k.entries.length, k.files.length, k.sources.length, k.version, warnings));
  return 0;
}

/** One izinkan list per editable entry that took error-level questions (existing allowed questions first). */
function allowSummary(
  changes: readonly BehaviourChange[],
  knowledge: Knowledge,
  editable: ReadonlySet<string>,
): string[] {
  const byEntry = new Map<string, string[]>();
  for (const c of changes) {
    const id = c.after.entryId;
    if (c.severity !== "error" || !id || c.change === "ditolak" || !editable.has(id)) continue;
    byEntry.set(id, [...(byEntry.get(id) ?? []), c.item.question]);
  }
  return [...byEntry].flatMap(([id, questions]) => {
    const entry = knowledge.entries.find((e) => e.id === id);
    if (!entry) return [];
    const all = [...new Set([...(entry.allow ?? []), ...questions])];
    return [S.checkAllowLine(`${entry.location.file}:${entry.location.line}`, id, all)];
  });
}

/**
 * A keyword shared with an entry this edit adds: the fix is in the new entry (the old one answered its
 * questions before), so the hint names it.
 */
function sharedKeywordHint(p: KnowledgeProblem, added: ReadonlySet<string>): KnowledgeProblem {
  if (p.code !== "shared-keyword") return p;
  const news = (p.entries ?? []).filter((id) => added.has(id));
  const fresh = news.length === 1 ? news[0] : undefined;
  const keyword = /kata kunci "([^"]+)"/.exec(p.message)?.[1];
  if (!fresh || !keyword || !searchedKeyword(keyword)) return p;
  return {
    ...p,
    hint: S.checkSharedKeywordHint(keyword, fresh),
  };
}

/** An engine that declines everything: the "old" behaviour when there is no old knowledge. */
function declineAll(knowledge: Knowledge): Engine {
  const declined = (question: string): Answer => ({
    ...blankAnswer(question),
    kind: "decline",
    answered: false,
    text: "",
  });
  return {
    knowledge: { ...knowledge, entries: [], version: "-" },
    answer: (q) => declined(q),
    answerEntry: () => undefined,
    answerQuotes: () => declined(""),
    answerSources: () => declined(""),
    examples: () => [],
  };
}

/**
 * The old knowledge: a folder given with --lama, or the files of `dir` as committed in git (HEAD), read
 * with their working paths so warnings compare. Undefined when there is none (not a git checkout, no
 * committed files, or "none").
 */
export function loadBaseline(
  dir: string,
  baseline: string,
  snapshotDir = defaultSnapshotDir(),
): LoadResult | undefined {
  if (baseline === "none") return undefined;
  if (baseline !== "git") return loadKnowledgeDir(baseline);
  // Not a git checkout (or nothing committed): the copy the bot keeps of what it serves, when `dir` is the
  // folder it serves.
  const served = resolve(dir) === resolve(process.env.KNOWLEDGE_DIR ?? "knowledge");
  return committed(dir) ?? (served && existsSync(snapshotDir) ? loadKnowledgeDir(snapshotDir) : undefined);
}

/** Where the bot copies the knowledge it serves (main.ts): DATA_DIR/pengetahuan-terakhir. */
export function defaultSnapshotDir(): string {
  return join(process.env.DATA_DIR ?? "./data", "pengetahuan-terakhir");
}

function committed(dir: string): LoadResult | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: resolve(dir),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 64 << 20,
      });
    const top = git("rev-parse", "--show-toplevel").trim();
    const prefix = relative(top, resolve(dir));
    const names = git("-C", top, "ls-tree", "-r", "--name-only", "HEAD", "--", prefix || ".")
      .split("\n")
      .filter((n) => /\.ya?ml$/i.test(n) && !n.split("/").some((part) => part.startsWith(".")));
    if (names.length === 0) return undefined;
    const files: KnowledgeFile[] = names.map((n) => {
      const rel = relative(process.cwd(), join(top, n));
      return { path: rel && !rel.startsWith("..") ? rel : join(top, n), content: git("show", `HEAD:${n}`) };
    });
    return parseKnowledgeFiles(files);
  } catch {
    return undefined;
  }
}

/**
 * Live entries' own questions that the live knowledge answers with that entry but live + draft answers
 * with a draft entry, one line each; undefined when the live knowledge alone does not load.
 */
function takenOver(options: CheckOptions, combined: Knowledge, combinedEngine: Engine): string[] | undefined {
  const out = options.out ?? ((line: string) => console.log(line));
  const liveOnly = loadKnowledgeDir(options.dir);
  if (!liveOnly.ok) {
    out(S.checkLiveInvalid);
    return undefined;
  }
  const build = options.build ?? createEngine;
  const before = build(liveOnly.knowledge);
  const at = { now: options.now ?? new Date() };
  const draftPath = resolve(options.draft as string);
  const draftIds = new Set(
    combined.entries.filter((e) => resolve(e.location.file) === draftPath).map((e) => e.id),
  );
  const lines: string[] = [];
  for (const entry of liveOnly.knowledge.entries) {
    for (const question of entry.questions) {
      const was = before.answer(question, at);
      if (was.kind !== "answer" || was.entryIds[0] !== entry.id) continue;
      const now = combinedEngine.answer(question, at);
      const first = now.entryIds[0];
      if (first && draftIds.has(first)) {
        lines.push(
          S.checkTakenByDraft(`${entry.location.file}:${entry.location.line}`, entry.id, question, first),
        );
      } else if (now.kind !== "answer") {
        lines.push(
          S.checkNoLongerAnswered(`${entry.location.file}:${entry.location.line}`, entry.id, question),
        );
      }
    }
  }
  return lines;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1).replace(".", ",")}%`;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => optionValue(args, flag);
  const dir = value("--knowledge") ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  const baseline = args.includes("--tanpa-lama") ? "none" : value("--lama");
  const draft = value("--draft");
  if (args.includes("--draft") && !draft) {
    console.log(S.checkDraftMissing);
    process.exitCode = 2;
  } else {
    process.exitCode = runKnowledgeCheck({
      dir,
      ...(baseline ? { baseline } : {}),
      ...(draft ? { draft } : {}),
      all: args.includes("--semua"),
      retrieval: !args.includes("--no-retrieval"),
    });
  }
}
