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
 * Reads every *.yaml / *.yml file under `dir` (recursively, sorted; hidden files and editor temp files
 * skipped) and loads them as one knowledge. Reports the problems of all files at once. Never throws.
 */
export function loadKnowledgeDir(dir: string): LoadResult {
  let names: string[];
  try {
    names = listYamlFiles(dir);
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
    return { ok: false, problems: [errorAt(dir, 1, 1, "tidak ada berkas .yaml di folder pengetahuan")] };
  }
  const result = parseKnowledgeFiles(files);
  if (!result.ok) return { ok: false, problems: sortProblems([...problems, ...result.problems]) };
  if (hasErrors(problems)) return { ok: false, problems: sortProblems([...problems, ...result.warnings]) };
  return { ...result, warnings: sortProblems([...problems, ...result.warnings]) };
}

/** Parses, validates and merges knowledge files given as text. Pure; never throws. */
export function parseKnowledgeFiles(files: KnowledgeFile[]): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const r = parseKnowledgeFile(f);
    problems.push(...r.problems);
    if (r.parsed) parsed.push(r.parsed);
  }
  if (parsed.length === 0 && !hasErrors(problems)) {
    problems.push(errorAt("knowledge", 1, 1, "tidak ada berkas pengetahuan"));
  }
  // Meaning checks run even when another file is broken, so staff see every problem in one run.
  if (parsed.length) problems.push(...validateKnowledge(parsed));
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
    if (st.isDirectory()) out.push(...listYamlFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
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
