import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type FileData, fileSchema } from "./schema.js";
import type { Entry, Knowledge, Party, Source } from "./types.js";

/** One problem found in the knowledge files, located for staff. */
export interface KnowledgeProblem {
  severity: "error" | "warning";
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export type LoadResult =
  | { ok: true; knowledge: Knowledge; warnings: KnowledgeProblem[] }
  | { ok: false; problems: KnowledgeProblem[] };

export interface KnowledgeFile {
  /** Path as shown to staff (relative to the working directory). */
  path: string;
  content: string;
}

const MAX_FILE_BYTES = 1024 * 1024;

/** Formats a problem the way compilers do: `file:line:column: galat: message (hint)`. */
export function formatProblem(p: KnowledgeProblem): string {
  const label = p.severity === "error" ? "galat" : "peringatan";
  return `${p.file}:${p.line}:${p.column}: ${label}: ${p.message}${p.hint ? `\n    saran: ${p.hint}` : ""}`;
}

/** Reads every *.yaml / *.yml file under `dir` (sorted) and loads them as one knowledge. Never throws. */
export function loadKnowledgeDir(dir: string): LoadResult {
  let names: string[];
  try {
    names = listYamlFiles(dir);
  } catch (e) {
    return fail(dir, `folder pengetahuan tidak bisa dibaca: ${(e as Error).message}`);
  }
  if (names.length === 0) return fail(dir, "tidak ada berkas .yaml di folder pengetahuan");
  const files: KnowledgeFile[] = [];
  for (const name of names) {
    const shown = relative(process.cwd(), name) || name;
    try {
      const size = statSync(name).size;
      if (size > MAX_FILE_BYTES) {
        return fail(
          shown,
          `berkas terlalu besar (${(size / 1024 / 1024).toFixed(1)} MB, batas 1 MB)`,
          "pecah menjadi beberapa berkas",
        );
      }
      files.push({ path: shown, content: decodeUtf8(readFileSync(name), shown) });
    } catch (e) {
      if (e instanceof ProblemError) return { ok: false, problems: [e.problem] };
      return fail(shown, `berkas tidak bisa dibaca: ${(e as Error).message}`);
    }
  }
  return parseKnowledgeFiles(files);
}

function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...listYamlFiles(full));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
  }
  return out;
}

class ProblemError extends Error {
  constructor(readonly problem: KnowledgeProblem) {
    super(problem.message);
  }
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let column = 1;
    // Locate the first invalid byte for the message.
    for (let i = 0; i < bytes.length; i++) {
      const slice = bytes.subarray(0, i + 1);
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(slice);
      } catch {
        if (i + 4 < bytes.length) {
          try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i + 4));
            continue;
          } catch {
            // genuinely invalid here
          }
        }
        break;
      }
      if (bytes[i] === 0x0a) {
        line++;
        column = 1;
      } else column++;
    }
    throw new ProblemError({
      severity: "error",
      file,
      line,
      column,
      message: "berkas bukan teks UTF-8 (ada huruf yang rusak)",
      hint: "simpan ulang berkas dengan pengodean UTF-8",
    });
  }
}

function fail(file: string, message: string, hint?: string): LoadResult {
  return {
    ok: false,
    problems: [{ severity: "error", file, line: 1, column: 1, message, ...(hint ? { hint } : {}) }],
  };
}

interface ParsedFile {
  path: string;
  data: FileData;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Parses, validates and merges knowledge files given as text. Pure; never throws. */
export function parseKnowledgeFiles(files: KnowledgeFile[]): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const r = parseOne(f);
    if ("problems" in r) problems.push(...r.problems);
    else parsed.push(r);
  }
  if (problems.some((p) => p.severity === "error")) return { ok: false, problems };
  const merged = merge(parsed);
  problems.push(...merged.problems);
  if (problems.some((p) => p.severity === "error") || !merged.knowledge) return { ok: false, problems };
  return { ok: true, knowledge: merged.knowledge, warnings: problems };
}

function parseOne(f: KnowledgeFile): ParsedFile | { problems: KnowledgeProblem[] } {
  const content = f.content.replace(/^\uFEFF/, "");
  if (content.trim() === "") {
    return {
      problems: [
        problem(f.path, 1, 1, "berkas kosong", "isi berkas dengan sources dan entries, atau hapus berkasnya"),
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const errs = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return problem(f.path, pos.line, pos.col, yamlMessage(e.code, e.message), yamlHint(e.code));
  });
  if (errs.length) return { problems: errs };
  const raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      problems: [
        problem(
          f.path,
          1,
          1,
          "berkas ini bukan berkas pengetahuan: isinya harus berupa kolom-kolom seperti sources: dan entries:",
        ),
      ],
    };
  }
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: result.error.issues.map((i) => {
        const { line, column } = locate(doc, lines, i.path as (string | number)[]);
        return problem(f.path, line, column, `${describePath(i.path as (string | number)[])}: ${i.message}`);
      }),
    };
  }
  return { path: f.path, data: result.data, doc, lines };
}

function problem(
  file: string,
  line: number,
  column: number,
  message: string,
  hint?: string,
): KnowledgeProblem {
  return { severity: "error", file, line, column, message, ...(hint ? { hint } : {}) };
}

function yamlMessage(code: string, fallback: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "kolom yang sama ditulis dua kali dalam satu butir";
    case "TAB_AS_INDENT":
      return "indentasi memakai tab";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return `penulisan YAML tidak sah (${fallback.split("\n")[0]})`;
    case "BLOCK_AS_IMPLICIT_KEY":
      return "baris ini tampak seperti kolom, tetapi susunannya salah (mungkin lupa titik dua atau indentasi)";
    default:
      return `penulisan YAML tidak sah: ${fallback.split("\n")[0]}`;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case "DUPLICATE_KEY":
      return "hapus salah satunya atau gabungkan isinya";
    case "TAB_AS_INDENT":
      return "ganti tab dengan spasi (dua spasi per tingkat)";
    default:
      return "periksa indentasi (spasi, bukan tab) dan tanda titik dua setelah nama kolom";
  }
}

/** Finds the line/column of the YAML node at a schema path (or its nearest existing parent). */
function locate(
  doc: Document.Parsed,
  lines: LineCounter,
  path: (string | number)[],
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best: Node | null = (doc.contents as Node | null) ?? null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
      best = (pair.value as Node | null) ?? (pair.key as Node | null) ?? best;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!node) break;
      best = node as Node;
    } else break;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return "berkas";
  return path
    .map((p) => (typeof p === "number" ? `[${p + 1}]` : p))
    .join(".")
    .replace(/\.\[/g, "[");
}

function entryLine(
  pf: ParsedFile,
  index: number,
  ...rest: (string | number)[]
): { line: number; column: number } {
  return locate(pf.doc, pf.lines, ["entries", index, ...rest]);
}

function merge(files: ParsedFile[]): { knowledge?: Knowledge; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const sources = new Map<string, Source>();
  const parties = new Map<string, Party>();
  const examples: string[] = [];
  for (const pf of files) {
    pf.data.sources.forEach((s, i) => {
      if (sources.has(s.id)) {
        const at = locate(pf.doc, pf.lines, ["sources", i, "id"]);
        problems.push(
          problem(
            pf.path,
            at.line,
            at.column,
            `sumber dengan id "${s.id}" ditulis dua kali`,
            "beri id lain atau hapus salah satunya",
          ),
        );
      }
      sources.set(s.id, { ...s });
    });
    for (const p of pf.data.parties)
      parties.set(p.key, { key: p.key, name: p.name, aliases: p.aliases.map((a) => a.toLowerCase()) });
    examples.push(...pf.data.examples);
  }
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  for (const pf of files) {
    pf.data.entries.forEach((e, i) => {
      const at = entryLine(pf, i);
      const where = `${pf.path}:${at.line}`;
      if (seen.has(e.id)) {
        const idAt = entryLine(pf, i, "id");
        problems.push(
          problem(
            pf.path,
            idAt.line,
            idAt.column,
            `id "${e.id}" sudah dipakai oleh butir lain (${seen.get(e.id)})`,
            "setiap butir perlu id yang berbeda",
          ),
        );
        return;
      }
      seen.set(e.id, where);
      const source = sources.get(e.source);
      if (!source) {
        const s = entryLine(pf, i, "source");
        problems.push(
          problem(
            pf.path,
            s.line,
            s.column,
            `sumber "${e.source}" tidak ada di daftar sources`,
            `tulis salah satu dari: ${[...sources.keys()].join(", ") || "(belum ada sumber)"}`,
          ),
        );
        return;
      }
      const facts = e.facts ?? { dates: [], places: [], people: [], sectors: [], targets: [], years: [] };
      const years = new Set<number>(facts.years);
      for (const d of facts.dates) years.add(Number(d.date.slice(0, 4)));
      for (const t of facts.targets) years.add(t.year);
      for (const q of e.quotes) years.add(Number(q.date.slice(0, 4)));
      entries.push({
        id: e.id,
        topic: e.topic,
        answer: e.answer.replace(/\s+/g, " ").trim(),
        questions: e.questions,
        keywords: e.keywords,
        answers: e.answers,
        about: e.about,
        facts: { ...facts, years: [...years].sort() },
        quotes: e.quotes.map((q) => ({ ...q, text: q.text.replace(/\s+/g, " ").trim() })),
        related: e.related,
        source,
        location: { file: pf.path, line: at.line },
      });
    });
  }
  for (const e of entries) {
    for (const r of e.related) {
      if (!seen.has(r)) {
        problems.push({
          severity: "warning",
          file: e.location.file,
          line: e.location.line,
          column: 1,
          message: `butir "${e.id}": related menyebut id "${r}" yang tidak ada`,
          hint: "perbaiki id atau hapus dari related",
        });
      }
    }
    for (const a of e.about) {
      if (!parties.has(a)) {
        problems.push(
          problem(
            e.location.file,
            e.location.line,
            1,
            `butir "${e.id}": about menyebut pihak "${a}" yang tidak ada di parties`,
            `pilih dari: ${[...parties.keys()].join(", ")}`,
          ),
        );
      }
    }
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push(
      problem(files[0]?.path ?? "knowledge", 1, 1, "tidak ada satu pun butir (entries) pengetahuan"),
    );
  }
  if (problems.some((p) => p.severity === "error")) return { problems };
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(JSON.stringify(f.data));
  return {
    problems,
    knowledge: {
      entries,
      parties: [...parties.values()],
      sources: [...sources.values()],
      examples,
      version: hash.digest("hex").slice(0, 12),
      files: files.map((f) => f.path),
    },
  };
}
