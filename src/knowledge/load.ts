import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildKnowledge } from "./build.js";
import { decodeKnowledgeBytes, MAX_FILE_BYTES, tooBigProblem } from "./decode.js";
import { type KnowledgeFile, type ParsedFile, parseKnowledgeFile } from "./parse.js";
import { errorAt, hasErrors, type KnowledgeProblem, sortProblems } from "./problem.js";
import type { Knowledge } from "./types.js";
import { type QuestionPositions, validateKnowledge } from "./validate.js";

export type { KnowledgeFile } from "./parse.js";
export { formatProblem, type KnowledgeProblem } from "./problem.js";

/**
 * Loading: bytes -> text (decode.ts) -> YAML + schema per file (parse.ts) -> meaning checks across
 * files (validate.ts) -> one merged Knowledge (build.ts). Nothing here throws on bad input.
 */
export type LoadResult =
  | { ok: true; knowledge: Knowledge; warnings: KnowledgeProblem[]; positions: QuestionPositions }
  | { ok: false; problems: KnowledgeProblem[] };

/**
 * Remembers each file's parse result by path and exact content, so a reload re-parses only the files
 * that changed (YAML parsing is most of the cost of a large knowledge). Holds the parsed documents of
 * the last load only.
 */
export class ParseCache {
  private entries = new Map<string, { content: string; result: ReturnType<typeof parseKnowledgeFile> }>();

  /** The parse result for `file`, reused when its content is unchanged since the last load. */
  parse(file: KnowledgeFile, seen: Set<string>): ReturnType<typeof parseKnowledgeFile> {
    seen.add(file.path);
    const hit = this.entries.get(file.path);
    if (hit && hit.content === file.content) return hit.result;
    const result = parseKnowledgeFile(file);
    this.entries.set(file.path, { content: file.content, result });
    return result;
  }

  /** Forgets files that were not part of the last load (deleted or renamed). */
  retain(seen: Set<string>): void {
    for (const path of this.entries.keys()) if (!seen.has(path)) this.entries.delete(path);
  }
}

/** Options of loadKnowledgeDir / parseKnowledgeFiles. */
export interface LoadOptions {
  /** Reuse parse results of unchanged files between loads (LiveKnowledge keeps one). */
  cache?: ParseCache;
  /** More files to load with the folder's own, e.g. a draft checked beside the live knowledge. */
  extraFiles?: string[];
}

/**
 * Folder names under the knowledge folder that are never served: drafts written by
 * `npm run knowledge:import` wait in `knowledge/draft/` until staff have reviewed and moved them.
 */
export const UNSERVED_DIRS: ReadonlySet<string> = new Set(["draft"]);

/**
 * Reads every *.yaml / *.yml file under `dir` (recursively, sorted; hidden files, editor temp files and
 * the unserved `draft/` folder skipped) and loads them as one knowledge. Reports the problems of all files at once. Never throws.
 */
export function loadKnowledgeDir(dir: string, options: LoadOptions = {}): LoadResult {
  let names: string[];
  try {
    names = [...listYamlFiles(dir), ...(options.extraFiles ?? [])];
  } catch (e) {
    return {
      ok: false,
      problems: [
        errorAt(
          dir,
          1,
          1,
          `folder pengetahuan tidak bisa dibaca (${describeFsError(e)})`,
          "periksa KNOWLEDGE_DIR dan izin folder",
        ),
      ],
    };
  }
  if (names.length === 0) {
    return noYamlFiles(dir);
  }
  const files: KnowledgeFile[] = [];
  const problems: KnowledgeProblem[] = [];
  for (const name of names) {
    const rel = relative(process.cwd(), name);
    const shown = rel && !rel.startsWith("..") ? rel : name;
    try {
      const size = statSync(name).size;
      // Refuse before reading: a 5 MB file is a mistake, not knowledge.
      if (size > MAX_FILE_BYTES) {
        problems.push(tooBigProblem(shown, size));
        continue;
      }
      const decoded = decodeKnowledgeBytes(readFileSync(name), shown);
      if (!decoded.ok) problems.push(decoded.problem);
      else {
        problems.push(...decoded.warnings);
        files.push({ path: shown, content: decoded.text });
      }
    } catch (e) {
      // An editor saving by rename can remove a file between listing and reading: it is simply gone.
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      problems.push(
        errorAt(shown, 1, 1, `berkas tidak bisa dibaca (${describeFsError(e)})`, "periksa izin berkas"),
      );
    }
  }
  if (files.length === 0) {
    if (hasErrors(problems)) return { ok: false, problems: sortProblems(problems) };
    return noYamlFiles(dir);
  }
  const result = parseKnowledgeFiles(files, options);
  if (!result.ok) return { ok: false, problems: sortProblems([...problems, ...result.problems]) };
  if (hasErrors(problems)) return { ok: false, problems: sortProblems([...problems, ...result.warnings]) };
  return { ...result, warnings: sortProblems([...problems, ...result.warnings]) };
}

/**
 * Parses into `cache` the files of `dir` that changed since it last saw them, without validating or
 * merging: a reload does this first and lets the event loop run before `loadKnowledgeDir`, which then
 * finds every parse in the cache (YAML parsing of one large file and validating everything each take
 * a good part of a second at 10,000 entries). Problems are left to that load to report. Never throws.
 */
export function parseAhead(dir: string, cache: ParseCache): void {
  const seen = new Set<string>();
  try {
    for (const name of listYamlFiles(dir)) {
      const rel = relative(process.cwd(), name);
      const shown = rel && !rel.startsWith("..") ? rel : name;
      if (statSync(name).size > MAX_FILE_BYTES) continue;
      const decoded = decodeKnowledgeBytes(readFileSync(name), shown);
      if (decoded.ok) cache.parse({ path: shown, content: decoded.text }, seen);
    }
  } catch {
    // A file or the folder gone between listing and reading: the load that follows reports it.
  }
}

/** Parses, validates and merges knowledge files given as text. Pure; never throws. */
export function parseKnowledgeFiles(files: KnowledgeFile[], options: LoadOptions = {}): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const parsed: ParsedFile[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const r = options.cache ? options.cache.parse(f, seen) : parseKnowledgeFile(f);
    problems.push(...r.problems);
    if (r.parsed) parsed.push(r.parsed);
  }
  options.cache?.retain(seen);
  if (parsed.length === 0 && !hasErrors(problems)) {
    problems.push(
      errorAt(
        "knowledge",
        1,
        1,
        "tidak ada berkas pengetahuan",
        "tambahkan paling sedikit satu berkas .yaml",
      ),
    );
  }
  // Meaning checks run even when another file is broken, so staff see every problem in one run.
  // (A file that did not parse may hold the entries: "no entries at all" would blame the wrong file.)
  if (parsed.length)
    problems.push(...validateKnowledge(parsed, { othersUnread: parsed.length < files.length }));
  if (hasErrors(problems)) return { ok: false, problems: sortProblems(problems) };
  const { knowledge, positions } = buildKnowledge(parsed);
  return { ok: true, knowledge, positions, warnings: sortProblems(problems) };
}

function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name.startsWith("#") || name === "node_modules") continue;
    const full = join(dir, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(full);
    } catch {
      continue; // vanished while listing (editor temp file)
    }
    if (st.isDirectory()) {
      if (!UNSERVED_DIRS.has(name.toLowerCase())) out.push(...listYamlFiles(full));
    } else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "tidak ditemukan";
  if (code === "EACCES" || code === "EPERM") return "tidak ada izin membaca";
  if (code === "ENOTDIR") return "bukan folder";
  return code ?? (e as Error).message;
}

/** The folder holds no knowledge file at all (none listed, or every one vanished while saving). */
function noYamlFiles(dir: string): LoadResult {
  return {
    ok: false,
    problems: [
      errorAt(
        dir,
        1,
        1,
        "tidak ada berkas .yaml di folder pengetahuan",
        "simpan berkas pengetahuan berakhiran .yaml di folder ini",
      ),
    ],
  };
}
