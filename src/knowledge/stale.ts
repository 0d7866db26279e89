import { readFileSync } from "node:fs";
import { type FactValue, factValues } from "./facts.js";
import { errorAt, type KnowledgeProblem } from "./problem.js";
import type { Entry, Knowledge } from "./types.js";

/**
 * One fact, one place: when a date, place, person, organisation or number in an entry's `facts` changes,
 * every answer text (of any entry) that still writes the old value is an error at its line. A value that
 * is still a fact somewhere (another entry, a party's name) is not stale.
 */
export function staleAnswers(
  before: Knowledge,
  after: Knowledge,
  readFile: (path: string) => string | undefined = readText,
): KnowledgeProblem[] {
  const afterById = new Map(after.entries.map((e) => [e.id, e]));
  const changed: { entry: string; old: FactValue; now?: FactValue }[] = [];
  // Written the first time a changed fact needs it: every fact value and party name of the new knowledge.
  let current: Set<string> | undefined;
  const isCurrent = (form: string): boolean => {
    if (!current) {
      current = new Set<string>();
      for (const e of after.entries) {
        for (const v of factValues(e.facts)) for (const f of v.forms) current.add(f.toLowerCase());
      }
      for (const p of after.parties) {
        current.add(p.name.toLowerCase());
        for (const a of p.aliases) current.add(a.toLowerCase());
      }
    }
    return current.has(form.toLowerCase());
  };
  for (const old of before.entries) {
    const e = afterById.get(old.id);
    // The same entry object (the file was not edited) has the same facts.
    if (!e || e === old) continue;
    const now = new Map(factValues(e.facts).map((v) => [v.key, v]));
    for (const v of factValues(old.facts)) {
      const n = now.get(v.key);
      if (n && n.shown === v.shown) continue;
      if (v.forms.some(isCurrent)) continue;
      changed.push({ entry: old.id, old: v, ...(n ? { now: n } : {}) });
    }
  }
  if (changed.length === 0) return [];
  const problems: KnowledgeProblem[] = [];
  const files = new Map<string, string[] | undefined>();
  const linesOf = (path: string) => {
    if (!files.has(path)) files.set(path, readFile(path)?.split("\n"));
    return files.get(path);
  };
  for (const e of after.entries) {
    for (const c of changed) {
      const form = c.old.forms.find((f) => f && containsWord(e.answer, f));
      if (!form) continue;
      const at = locateInAnswer(linesOf(e.location.file), e, form);
      const now = c.now ? `kini "${c.now.shown}"` : "kini dihapus";
      problems.push(
        errorAt(
          e.location.file,
          at.line,
          at.column,
          `butir "${e.id}": jawaban masih menulis "${form}", padahal ${c.old.kind} di facts butir "${c.entry}" sudah berubah (dulu "${c.old.shown}", ${now})`,
          c.old.kind === "tanggal" || c.old.kind === "angka"
            ? `ganti teks ini dengan nilai baru, atau tulis {label} (label tanggal/angka di facts) supaya cukup diubah sekali di facts`
            : "ganti teks ini dengan nilai baru, supaya jawaban tidak menyebut dua nilai yang berbeda",
        ),
      );
    }
  }
  return problems;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function pattern(value: string): RegExp {
  const words = value
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
}

function containsWord(text: string, value: string): boolean {
  return pattern(value).test(text);
}

/**
 * The line and column where an entry's answer writes `value` in the file: searched from the entry's
 * first line to the next entry (a folded answer may wrap the value over two lines).
 */
function locateInAnswer(
  lines: string[] | undefined,
  entry: Entry,
  value: string,
): { line: number; column: number } {
  const fallback = { line: entry.location.line, column: 1 };
  if (!lines) return fallback;
  const start = entry.location.line - 1;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*-\s+id\s*:/.test(lines[i] ?? "")) {
      end = i;
      break;
    }
  }
  let from = start;
  for (let i = start; i < end; i++) {
    if (/^\s*(-\s+)?answer\s*:/.test(lines[i] ?? "")) {
      from = i;
      break;
    }
  }
  const block = lines.slice(from, end).join("\n");
  const m = pattern(value).exec(block);
  if (!m) return fallback;
  const before = block.slice(0, m.index);
  const line = from + before.split("\n").length;
  return { line, column: m.index - before.lastIndexOf("\n") };
}
