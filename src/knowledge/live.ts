import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { type FSWatcher, watch } from "chokidar";
import { carryWordReadings } from "../engine/engine.js";
import { prepareKnowledge, prepareKnowledgeInSlices } from "../engine/prepare.js";
import type { Answer, Engine, EngineSource } from "../engine/types.js";
import type { Logger } from "../log.js";
import { affectedQuestions, prepareBank } from "./affected.js";
import {
  type AnswerOutline,
  type BankQuestion,
  type OutlineSource,
  outlineOf,
  type QuestionSet,
  questionBank,
} from "./behaviour.js";
import { checkChange } from "./guard.js";
import { formatProblem, type LoadResult, loadKnowledgeDir, ParseCache, parseAhead } from "./load.js";
import { type KnowledgeProblem, problemKey } from "./problem.js";
import { rememberingAnswers } from "./remembered-answers.js";
import type { Knowledge, Source } from "./types.js";

/** What is serving now: shown by /versi and after /muatulang. */
export interface KnowledgeVersionInfo {
  /** Short content hash of the knowledge (comments and formatting do not change it). */
  version: string;
  loadedAt: Date;
  entries: number;
  sources: Source[];
  files: string[];
  /** Warnings of the loaded version (they do not stop loading). */
  warnings: KnowledgeProblem[];
}

/**
 * The result of one reload attempt. On failure the previous engine keeps serving. `removed` lists the
 * entry ids the new version dropped; `held` is set when a watched change removed too many entries and
 * waits for an admin's /muatulang.
 */
export type ReloadOutcome =
  | { ok: true; changed: boolean; info: KnowledgeVersionInfo; ms: number; removed?: string[] }
  | {
      ok: false;
      problems: KnowledgeProblem[];
      info: KnowledgeVersionInfo;
      ms: number;
      held?: RemovalNotice;
    };

/** A change that removes entries: reported to the admins; above the hold share it waits for /muatulang. */
export interface RemovalNotice {
  removed: string[];
  /** Entries before and after the change. */
  before: number;
  after: number;
  /** True when the change is not served until an admin confirms with /muatulang. */
  held: boolean;
  /** The version that would be served. */
  version: string;
}

/** An EngineSource backed by `knowledge/`, reloaded on change and on demand. */
export interface LiveKnowledge extends EngineSource {
  /** The engine of the last good knowledge. Take it once per question: it is swapped as a whole. */
  current(): Engine;
  /** The version serving now. */
  info(): KnowledgeVersionInfo;
  /** The folder's problems when it did not load at start and the last good copy serves instead. */
  startProblems(): readonly KnowledgeProblem[] | undefined;
  /**
   * Loads, validates and builds a new engine to the side, then swaps it in with one assignment.
   * An invalid knowledge leaves the current engine serving. Concurrent calls are queued.
   */
  reload(): Promise<ReloadOutcome>;
  /** Starts watching the folder; resolves when the watcher is ready. Idempotent. */
  watch(): Promise<void>;
  /** Stops watching and cancels pending reloads. */
  close(): Promise<void>;
  /**
   * Resolves once the serving engine's answers to the behaviour check's question bank are remembered
   * (worked out in the background, in slices, while the bot is idle; see `guard`), so that the next
   * reload asks only the new engine (of a large bank, the standing questions: see WARM_LIMIT). Resolves at
   * once without a guard.
   */
  warmed(): Promise<void>;
}

/** What openLiveKnowledge needs: the folder, how to build an engine, and who hears about changes. */
export interface LiveKnowledgeOptions {
  dir: string;
  /** Builds the engine for a knowledge (normally `createEngine`). May throw: treated as a problem. */
  build: (knowledge: Knowledge) => Engine;
  /**
   * The same build in time slices, used by reloads while questions are answered (normally
   * `createEngineInSlices`); without it a reload builds with `build` in one go. May reject: a problem.
   */
  buildInSlices?: (knowledge: Knowledge) => Promise<Engine>;
  logger?: Pick<Logger, "info" | "warn" | "error">;
  /**
   * Called after a watched change failed to load, with the problems not reported before (once per
   * distinct problem; a problem that is fixed and comes back is reported again). The bot sends them
   * to ADMIN_IDS. Errors it throws are logged and ignored.
   */
  onProblems?: (problems: KnowledgeProblem[]) => void | Promise<void>;
  /** Called after a new version was swapped in. */
  onReload?: (info: KnowledgeVersionInfo) => void;
  /**
   * The behaviour check before a swap (see guard.ts): the question bank is asked to the serving and the
   * new engine; a moved example question, an answered must-decline question or a stale fact value in an
   * answer refuses the change (reported through onProblems). Off when not given.
   */
  guard?: { sets?: readonly QuestionSet[]; now?: () => Date };
  /**
   * A watched change that removes more than this share of the entries is held until `reload()` (the
   * admin's /muatulang) confirms it (default 0.2). Any removal is reported through onRemoved.
   */
  holdShare?: number;
  /** Told about every change that removes entries (held or served). Errors it throws are logged. */
  onRemoved?: (notice: RemovalNotice) => void | Promise<void>;
  /** While the folder is missing, how often to look for it again (ms, default 500). */
  rearmMs?: number;
  /**
   * A folder where the files of the version serving are copied after each load (the "last good"
   * knowledge): `npm run knowledge:check` compares an edit with it when there is no git history.
   */
  snapshotDir?: string;
  /**
   * Where the last good knowledge is kept (normally `snapshotDir`): when the folder does not load at
   * start, this copy serves instead (its problems go to onProblems) and the folder is still watched, so
   * a bad edit made while the bot was stopped does not keep it down. Only read, never written.
   */
  fallbackDir?: string;
  /**
   * Quiet time after the last file event before reloading (ms, default 50). The watcher itself reports a
   * write only once the file has not grown for 150 ms, and a half-written file is looked at again after
   * `settleMs`: this only gathers the events of one save (several files, a rename) into one reload.
   */
  debounceMs?: number;
  /**
   * Editors that save in several steps can leave a half-written or missing file for a moment. A
   * watched change that fails (or drops a file) is checked again after this delay (ms, default 400)
   * and only reported when it still fails.
   */
  settleMs?: number;
  /** Loader (default `loadKnowledgeDir` with a parse cache, so unchanged files are not re-parsed). */
  load?: (dir: string) => LoadResult;
  /**
   * The background warming of the bank's answers (see `warmed`) runs only once no question has taken the
   * engine (`current()`) for this long (ms, default WARM_IDLE_MS): it never competes with citizens.
   */
  warmIdleMs?: number;
  clock?: () => Date;
}

/**
 * Copies the files of a loaded version into `to` (written beside, then renamed into place; files no
 * longer part of the knowledge removed). Best effort: a failure is logged, the bot goes on.
 */
function writeSnapshot(from: string, files: readonly string[], to: string): void {
  const root = resolve(from);
  const keep = new Set<string>();
  for (const file of files) {
    const rel = relative(root, resolve(file));
    if (rel.startsWith("..")) continue;
    const target = join(to, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tmp`, readFileSync(file));
    renameSync(`${target}.tmp`, target);
    keep.add(rel);
  }
  const prune = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, name.name);
      if (name.isDirectory()) prune(full);
      else if (!keep.has(relative(to, full))) rmSync(full, { force: true });
    }
  };
  prune(to);
}

/** Longest run of bank questions asked without letting other work (citizens' questions) through. */
const SLICE_MS = 20;

/**
 * Asks every bank question (each on its own date if it has one), yielding to the event loop every
 * SLICE_MS: the answers are remembered by `engine`, so the check that follows reads them back at once.
 */
async function askInSlices(engine: OutlineSource, bank: readonly BankQuestion[], now: Date): Promise<void> {
  let sliceStart = performance.now();
  for (const item of bank) {
    engine.answer(item.question, { now: item.now ?? now });
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resume) => setImmediate(resume));
      sliceStart = performance.now();
    }
  }
}

/**
 * With at most this many bank questions, the serving engine's answers to the whole bank are worked out in
 * the background after start-up and after each swap (the shipped knowledge with the team's sets: ~1,400
 * questions, about a second of idle time), so a save is checked by asking only the new engine. Of a
 * larger bank (10,000 entries: 30,000 questions) only the standing questions are (the must-decline list,
 * the file's examples, the team's sets: up to this many): an edit reaches few entries' example questions
 * (those are asked on demand), but with common words a team question is reached by almost any edit.
 */
const WARM_LIMIT = 5000;

/**
 * Quiet time (ms) after the last question before the warming (a slice of SLICE_MS at a time) goes on.
 * Working out ~2,700 bank answers takes seconds of CPU and walks paths no citizen has taken yet (its
 * answers, memos and recompiled code once added ~30 MB to the bot's peak and tens of ms to replies when
 * it ran during a burst of questions); a bot is quiet often, and an unwarmed check only asks more.
 */
export const WARM_IDLE_MS = 1000;

/**
 * The bank questions whose serving answers are worked out in the background (see WARM_LIMIT), or
 * undefined when there are too many.
 */
export function questionsToWarm(bank: readonly BankQuestion[]): readonly BankQuestion[] | undefined {
  if (bank.length <= WARM_LIMIT) return bank;
  const standing = bank.filter((q) => q.origin.kind !== "contoh");
  return standing.length <= WARM_LIMIT ? standing : undefined;
}

/**
 * The serving answers remembered for the next check once `after` serves: the new engine's answers to the
 * questions the check asked (`asked`), and the remembered old answers of the other questions of the new
 * bank. A question the change cannot reach (affected.ts) gets the same entry from both engines, which is
 * all the check compares; so the background work of the old version is not thrown away at each save.
 * Questions no longer in the bank are dropped.
 */
export function carryAnswers(
  old: ReadonlyMap<string, AnswerOutline> | undefined,
  asked: ReadonlyMap<string, Answer>,
  checked: readonly BankQuestion[],
  bank: readonly BankQuestion[],
): Map<string, AnswerOutline> {
  const out = new Map<string, AnswerOutline>();
  if (old) {
    const reached = new Set(checked.map((q) => q.question));
    for (const q of bank) {
      if (reached.has(q.question)) continue;
      const a = old.get(q.question);
      if (a) out.set(q.question, a);
    }
  }
  for (const [q, a] of asked) out.set(q, outlineOf(a));
  return out;
}

/** Lets the event loop run what is waiting (citizens' questions) before the next step of a reload. */
const breathe = () => new Promise<void>((resume) => setImmediate(resume));

/** Thrown by `openLiveKnowledge` when the knowledge cannot be loaded at start. */
export class KnowledgeLoadError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`Pengetahuan tidak bisa dimuat:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "KnowledgeLoadError";
  }
}

interface Serving {
  engine: Engine;
  info: KnowledgeVersionInfo;
  /** The load it came from (for the example questions' positions). */
  loaded?: Extract<LoadResult, { ok: true }>;
}

/**
 * Loads `dir` now (throwing KnowledgeLoadError if it is invalid: there is no last good version yet)
 * and returns a LiveKnowledge serving it. Call `watch()` to follow changes. Used by the bot and the
 * terminal chat alike.
 */
export function openLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledge {
  const cache = new ParseCache();
  const load = options.load ?? ((dir: string) => loadKnowledgeDir(dir, { cache }));
  const clock = options.clock ?? (() => new Date());
  const log = options.logger;
  const debounceMs = options.debounceMs ?? 50;
  const settleMs = options.settleMs ?? 400;

  const holdShare = options.holdShare ?? 0.2;
  const rearmMs = options.rearmMs ?? 500;
  let first = attempt();
  // The folder does not load: the last good copy serves, as it would have had the bot kept running.
  let fellBack: KnowledgeProblem[] | undefined;
  if (!first.ok && options.fallbackDir && existsSync(options.fallbackDir)) {
    const fallback = attempt(undefined, options.fallbackDir);
    if (fallback.ok) {
      fellBack = first.problems;
      first = fallback;
    }
  }
  if (!first.ok) throw new KnowledgeLoadError(first.problems);
  if (!("serving" in first)) throw new Error("unreachable: nothing to compare the first load with");
  let serving: Serving = first.serving;
  // The copy is what serves: it is not overwritten with the folder's (invalid) files.
  if (!fellBack) snapshot(serving.info);
  // The check of a large knowledge compares words of its questions: worked out now, not on the first save.
  if (options.guard) {
    prepareBank(questionBank(serving.engine.knowledge, first.serving.loaded?.positions, options.guard.sets));
    prepareKnowledge(serving.engine.knowledge);
  }
  const notified = new Set<string>();
  if (fellBack) {
    for (const p of fellBack) notified.add(problemKey(p));
    log?.warn(
      { problems: fellBack.length, dir: options.fallbackDir },
      "knowledge invalid at start; last good copy serving",
    );
    try {
      void Promise.resolve(options.onProblems?.(fellBack)).catch((e) =>
        log?.error({ err: e }, "onProblems failed"),
      );
    } catch (e) {
      log?.error({ err: e }, "onProblems failed");
    }
  }
  let watcher: FSWatcher | undefined;
  let watching: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** When a question last took the engine (performance.now()); the warming waits for a quiet moment. */
  let lastAskedAt = Number.NEGATIVE_INFINITY;
  const warmIdleMs = options.warmIdleMs ?? WARM_IDLE_MS;
  /** Ends the warming's wait for a quiet moment early (close()). */
  let wakeWarming: (() => void) | undefined;
  /** Resolves once no question has taken the engine for `warmIdleMs` (at once when quiet), or on close. */
  const quiet = async (): Promise<void> => {
    for (;;) {
      const wait = lastAskedAt + warmIdleMs - performance.now();
      if (closed || wait <= 0) return;
      await new Promise<void>((done) => {
        const t = setTimeout(done, wait);
        wakeWarming = () => {
          clearTimeout(t);
          done();
        };
      });
      wakeWarming = undefined;
    }
  };
  let rearmTimer: NodeJS.Timeout | undefined;
  /** Reload jobs waiting or running (the background warming gives way to them). */
  let pending = 0;
  /** The background warming of the serving engine's bank answers, and the version it finished for. */
  let warming: Promise<void> = Promise.resolve();
  let warmedVersion: string | undefined;
  /** The question bank of each knowledge (worked out once: a reload's check and the warming share it). */
  const banks = new WeakMap<Knowledge, BankQuestion[]>();
  const bankOf = (s: Serving, sets: readonly QuestionSet[] | undefined): BankQuestion[] => {
    let bank = banks.get(s.engine.knowledge);
    if (!bank) {
      bank = questionBank(s.engine.knowledge, s.loaded?.positions, sets);
      banks.set(s.engine.knowledge, bank);
    }
    return bank;
  };

  /**
   * How long each step of the reload under way took (ms, waits for other work included), logged with its
   * outcome: where a slow reload spends its time.
   */
  let steps: Record<string, number> = {};
  let stepAt = 0;
  const startSteps = () => {
    steps = {};
    stepAt = performance.now();
  };
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round((steps[name] ?? 0) + now - stepAt);
    stepAt = now;
  };

  type Attempt =
    | { ok: true; serving: Serving; ms: number }
    | { ok: true; unchanged: true; ms: number }
    | { ok: false; problems: KnowledgeProblem[]; ms: number };

  /**
   * Loads (from `dir`, the knowledge folder unless the start falls back to the last good copy) and
   * builds to the side. Skips building when the content hash equals `currentVersion`.
   */
  function attempt(currentVersion?: string, dir = options.dir): Attempt {
    const started = performance.now();
    const loaded = loadStep(currentVersion, started, dir);
    return "result" in loaded ? buildStep(loaded.result, started) : loaded;
  }

  /**
   * `attempt` for a reload while questions are being answered: the event loop gets a turn between
   * loading and building (each takes up to a second with 10,000 entries), so no question waits for both.
   */
  async function attemptInSteps(currentVersion?: string): Promise<Attempt> {
    const started = performance.now();
    if (!options.load) {
      parseAhead(options.dir, cache);
      await breathe();
      step("parse");
    }
    const loaded = loadStep(currentVersion, started);
    step("load");
    if (!("result" in loaded)) return loaded;
    await breathe();
    const r = await buildInSlicesStep(loaded.result, started);
    step("build");
    return r;
  }

  function loadStep(
    currentVersion: string | undefined,
    started: number,
    dir = options.dir,
  ): Attempt | { result: Extract<LoadResult, { ok: true }> } {
    const result = load(dir);
    if (!result.ok) return { ok: false, problems: result.problems, ms: performance.now() - started };
    if (result.knowledge.version === currentVersion) {
      return { ok: true, unchanged: true, ms: performance.now() - started };
    }
    return { result };
  }

  function buildStep(result: Extract<LoadResult, { ok: true }>, started: number): Attempt {
    let engine: Engine;
    try {
      engine = options.build(result.knowledge);
    } catch (e) {
      return buildFailed(e, started);
    }
    return built(result, engine, started);
  }

  /** `buildStep` with `buildInSlices` when given (the event loop keeps answering during the build). */
  async function buildInSlicesStep(
    result: Extract<LoadResult, { ok: true }>,
    started: number,
  ): Promise<Attempt> {
    if (!options.buildInSlices) return buildStep(result, started);
    let engine: Engine;
    try {
      engine = await options.buildInSlices(result.knowledge);
    } catch (e) {
      return buildFailed(e, started);
    }
    return built(result, engine, started);
  }

  function buildFailed(e: unknown, started: number): Attempt {
    const problems: KnowledgeProblem[] = [
      {
        severity: "error",
        file: options.dir,
        line: 1,
        column: 1,
        message: `mesin penjawab gagal dibangun dari pengetahuan ini (${(e as Error).message})`,
        hint: "laporkan ke pengembang; versi sebelumnya tetap dipakai",
      },
    ];
    return { ok: false, problems, ms: performance.now() - started };
  }

  function built(result: Extract<LoadResult, { ok: true }>, engine: Engine, started: number): Attempt {
    const k = result.knowledge;
    const info: KnowledgeVersionInfo = {
      version: k.version,
      loadedAt: clock(),
      entries: k.entries.length,
      sources: k.sources,
      files: k.files,
      // A keyword shared by two entries matters only when it costs a question, which the behaviour
      // check reports itself: admins are not shown warnings they cannot act on.
      warnings: result.warnings.filter((p) => p.code !== "shared-keyword"),
    };
    return { ok: true, serving: { engine, info, loaded: result }, ms: performance.now() - started };
  }

  function snapshot(info: KnowledgeVersionInfo): void {
    if (!options.snapshotDir) return;
    try {
      writeSnapshot(options.dir, info.files, options.snapshotDir);
    } catch (e) {
      log?.warn({ err: e, dir: options.snapshotDir }, "could not copy the serving knowledge");
    }
  }

  /**
   * Swaps in a successful attempt (unless its version is already serving), after the behaviour check.
   * `confirmed` (an admin's /muatulang) lets a change that removes many entries through.
   */
  async function apply(r: Attempt, confirmed: boolean): Promise<ReloadOutcome> {
    if (!r.ok) return { ok: false, problems: r.problems, info: serving.info, ms: r.ms };
    if ("unchanged" in r || r.serving.info.version === serving.info.version) {
      notified.clear();
      return { ok: true, changed: false, info: serving.info, ms: r.ms };
    }
    const oldIds = new Set(serving.engine.knowledge.entries.map((e) => e.id));
    const newIds = new Set(r.serving.engine.knowledge.entries.map((e) => e.id));
    let removed = [...oldIds].filter((id) => !newIds.has(id));
    // The new engine's answers to the bank, kept to be the old side of the next check once it serves.
    const newAnswers = new Map<string, ReturnType<Engine["answer"]>>();
    /** The serving engine's remembered answers, and the questions this check asks both engines. */
    let remembered: Map<string, AnswerOutline> | undefined;
    let checked: readonly BankQuestion[] = [];
    if (options.guard) {
      const fresh = r.serving.engine;
      const remembering = rememberingAnswers(fresh, newAnswers);
      const before = servingAnswers();
      remembered = memo?.answers;
      const now = options.guard.now?.() ?? clock();
      const positions = r.serving.loaded?.positions;
      const whole = bankOf(r.serving, options.guard.sets);
      step("bank");
      // The new engine's tables first, in slices: else the first question asked builds them in one go.
      await prepareKnowledgeInSlices(fresh.knowledge);
      step("prepare");
      // The serving engine's word readings that the edit cannot change: the new engine's answers to the
      // bank then skip reading those words again (the same answers, see carryWordReadings).
      carryWordReadings(serving.engine, fresh);
      step("carry");
      // A large knowledge: only the questions the change can reach (affected.ts), asked in slices.
      const bank = affectedQuestions(serving.engine, fresh, whole, (q) => remembered?.get(q)) ?? whole;
      checked = bank;
      step("affected");
      await breathe();
      await askInSlices(before, bank, now);
      step("askOld");
      await askInSlices(remembering, bank, now);
      step("askNew");
      await breathe();
      const report = checkChange(before, remembering, {
        now,
        build: options.build,
        // Trying fixes builds engines on the event loop: a few are enough for the admins' message.
        verifyLimit: 3,
        bank,
        ...(options.guard.sets ? { sets: options.guard.sets } : {}),
        ...(positions ? { positions } : {}),
      });
      step("check");
      if (report.errors.length) return { ok: false, problems: report.errors, info: serving.info, ms: r.ms };
      removed = report.removed;
    }
    const notice: RemovalNotice | undefined = removed.length
      ? {
          removed,
          before: oldIds.size,
          after: newIds.size,
          held: !confirmed && removed.length / Math.max(1, oldIds.size) > holdShare,
          version: r.serving.info.version,
        }
      : undefined;
    if (notice?.held) return { ok: false, problems: [], info: serving.info, ms: r.ms, held: notice };
    notified.clear();
    // The swap: one assignment. A question that already took current() finishes on the old engine.
    serving = r.serving;
    snapshot(serving.info);
    if (options.guard) {
      memo = {
        version: serving.info.version,
        answers: carryAnswers(remembered, newAnswers, checked, bankOf(serving, options.guard.sets)),
      };
    }
    step("swap");
    log?.info(
      {
        version: serving.info.version,
        entries: serving.info.entries,
        ms: Math.round(r.ms),
        steps,
        ...(options.guard ? { asked: checked.length } : {}),
      },
      "knowledge reloaded",
    );
    try {
      options.onReload?.(serving.info);
    } catch (e) {
      log?.warn({ err: e }, "onReload callback failed");
    }
    if (notice) void tellRemoved(notice);
    return { ok: true, changed: true, info: serving.info, ms: r.ms, ...(notice ? { removed } : {}) };
  }

  /**
   * The serving engine with its answers to the question bank remembered: staff save the same file many
   * times, and the old side of the behaviour check is the same each time (only which entry answers is
   * compared, so the moment of asking does not matter). Only each answer's outline is kept.
   */
  let memo: { version: string; answers: Map<string, AnswerOutline> } | undefined;
  function servingAnswers(): Pick<Engine, "knowledge"> & OutlineSource {
    const engine = serving.engine;
    if (memo?.version !== serving.info.version) memo = { version: serving.info.version, answers: new Map() };
    const answers = memo.answers;
    return {
      knowledge: engine.knowledge,
      answer(question, options) {
        let a = answers.get(question);
        if (!a) {
          a = outlineOf(engine.answer(question, options));
          answers.set(question, a);
        }
        return a;
      },
    };
  }

  const toldHeld = new Set<string>();
  async function tellRemoved(notice: RemovalNotice): Promise<void> {
    if (notice.held) {
      // The same held change is announced once, however often the editor saves it.
      if (toldHeld.has(notice.version)) return;
      toldHeld.add(notice.version);
    }
    log?.warn({ removed: notice.removed, held: notice.held }, "knowledge change removes entries");
    try {
      await options.onRemoved?.(notice);
    } catch (e) {
      log?.error({ err: e }, "sending the removed-entries notice failed");
    }
  }

  function enqueue<T>(job: () => Promise<T> | T): Promise<T> {
    pending++;
    const run = async () => {
      try {
        return await job();
      } finally {
        pending--;
        warm();
      }
    };
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  }

  /**
   * Works out the serving engine's answers to the bank in the background (see WARM_LIMIT), in
   * slices; gives way (stops) as soon as a reload is waiting or running, and starts again after it.
   */
  function warm(): void {
    const guard = options.guard;
    if (!guard || closed || warmedVersion === serving.info.version) return;
    const target = serving;
    const bank = questionsToWarm(bankOf(target, guard.sets));
    if (!bank) {
      warmedVersion = target.info.version;
      return;
    }
    const engine = servingAnswers();
    const now = guard.now?.() ?? clock();
    const run = async (): Promise<void> => {
      await breathe();
      await quiet();
      let sliceStart = performance.now();
      for (const item of bank) {
        if (closed || serving !== target || pending > 0 || timer) return;
        engine.answer(item.question, { now: item.now ?? now });
        if (performance.now() - sliceStart > SLICE_MS) {
          await breathe();
          await quiet();
          sliceStart = performance.now();
        }
      }
      if (serving === target) warmedVersion = target.info.version;
    };
    warming = warming.then(run, run);
  }

  async function onWatchedChange(): Promise<void> {
    if (closed) return;
    startSteps();
    let r = await attemptInSteps(serving.info.version);
    const shrank = "serving" in r && r.serving.info.files.length < serving.info.files.length;
    if ((!r.ok || shrank) && settleMs > 0) {
      // A save in several steps (truncate then write, or delete then rename) can be caught half way:
      // look again once the editor has finished before swapping or crying wolf.
      await new Promise((done) => setTimeout(done, settleMs));
      if (closed) return;
      r = await attemptInSteps(serving.info.version);
    }
    const outcome = await apply(r, false);
    if (outcome.ok) return;
    if (outcome.held) {
      await tellRemoved(outcome.held);
      return;
    }
    const fresh = outcome.problems.filter((p) => !notified.has(problemKey(p)));
    log?.warn(
      { problems: outcome.problems.map(formatProblem), version: serving.info.version, steps },
      "knowledge change rejected; last good version keeps serving",
    );
    for (const p of fresh) notified.add(problemKey(p));
    if (fresh.length === 0 || !options.onProblems) return;
    try {
      await options.onProblems(fresh);
    } catch (e) {
      log?.error({ err: e }, "sending knowledge problems failed");
    }
  }

  function schedule(): void {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void enqueue(onWatchedChange).catch((e) => log?.error({ err: e }, "knowledge reload failed"));
    }, debounceMs);
  }

  // The serving engine's answers to the bank, worked out while the bot is idle (the first save's check
  // then asks only the new engine).
  warm();
  return {
    current: () => {
      lastAskedAt = performance.now();
      return serving.engine;
    },
    info: () => serving.info,
    startProblems: () => fellBack,
    reload: () =>
      enqueue(async () => {
        startSteps();
        return apply(await attemptInSteps(serving.info.version), true);
      }),
    watch() {
      if (watching) return watching;
      watching = arm();
      return watching;
    },
    async warmed() {
      while (!closed && options.guard && warmedVersion !== serving.info.version) {
        await chain;
        await warming;
        if (pending === 0 && !timer) warm();
        await warming;
        if (warmedVersion !== serving.info.version) await breathe();
      }
    },
    async close() {
      closed = true;
      wakeWarming?.();
      if (timer) clearTimeout(timer);
      if (rearmTimer) clearTimeout(rearmTimer);
      await watcher?.close();
      await chain;
      await warming;
    },
  };

  /**
   * Watches the folder. When the folder itself is deleted the watcher has nothing left to watch (chokidar
   * does not see it come back): it is closed, the folder is looked for every `rearmMs`, and once it is
   * there again it is watched anew and reloaded.
   */
  function arm(): Promise<void> {
    const root = resolve(options.dir);
    const w = watch(options.dir, {
      ignoreInitial: true,
      // Editors that save by writing a temp file and renaming it show up as one change.
      atomic: true,
      awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
      ignored: (path, stats) => (stats?.isFile() ?? false) && !/\.ya?ml$/i.test(path),
    });
    watcher = w;
    w.on("all", (event, path) => {
      if (event === "addDir") return;
      if (event === "unlinkDir" && resolve(path) === root) {
        void rearm(w);
        return;
      }
      if (/\.ya?ml$/i.test(path) || event === "unlinkDir") schedule();
    });
    w.on("error", (e) => log?.error({ err: e }, "knowledge watcher error"));
    return new Promise<void>((done) => w.once("ready", () => done()));
  }

  async function rearm(old: FSWatcher): Promise<void> {
    if (watcher !== old || closed) return;
    log?.warn({ dir: options.dir }, "knowledge folder removed; waiting for it to come back");
    await old.close();
    const look = () => {
      rearmTimer = undefined;
      if (closed) return;
      if (!existsSync(options.dir)) {
        rearmTimer = setTimeout(look, rearmMs);
        return;
      }
      void arm().then(() => {
        log?.info({ dir: options.dir }, "knowledge folder is back; watching again");
        schedule();
      });
    };
    look();
  }
}
