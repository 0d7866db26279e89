/**
 * Problems found in knowledge files, located for staff the way compilers do (`file:line:column`).
 * Messages and hints are Indonesian because staff read them.
 */

/** One problem found in the knowledge files. Errors block loading; warnings do not. */
export interface KnowledgeProblem {
  severity: "error" | "warning";
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  /**
   * For advisory warnings that matter only when they cause a miss: "shared-keyword" (a keyword used by
   * two entries). `entries` names the entries involved. Checks drop such a warning when none of those
   * entries has a question answered wrongly.
   */
  code?: "shared-keyword";
  entries?: string[];
}

/** Formats a problem as `file:line:column: galat: message` plus an indented `saran:` line for the hint. */
export function formatProblem(p: KnowledgeProblem): string {
  const label = p.severity === "error" ? "galat" : "peringatan";
  return `${p.file}:${p.line}:${p.column}: ${label}: ${p.message}${p.hint ? `\n    saran: ${p.hint}` : ""}`;
}

/**
 * A stable key for "the same problem" (used to notify admins once per distinct problem). The position
 * is left out on purpose: adding lines above a mistake moves it without making it a new one (messages
 * name the entry and the value, so they tell problems apart).
 */
export function problemKey(p: KnowledgeProblem): string {
  // The same file checked from another folder (a copy beside `--lama knowledge`) has the same problems:
  // folders are left out of the file and of the paths the message names.
  const base = (path: string) => path.replace(/^.*[\\/]/, "");
  const message = p.message.replace(/[^\s("']*[\\/]([^\s/\\:]+\.ya?ml)/g, "$1");
  return `${p.severity}|${base(p.file)}|${message}`;
}

/** Builds an error-level problem. */
export function errorAt(
  file: string,
  line: number,
  column: number,
  message: string,
  hint?: string,
): KnowledgeProblem {
  return { severity: "error", file, line, column, message, ...(hint ? { hint } : {}) };
}

/** Builds a warning-level problem. */
export function warningAt(
  file: string,
  line: number,
  column: number,
  message: string,
  hint?: string,
): KnowledgeProblem {
  return { severity: "warning", file, line, column, message, ...(hint ? { hint } : {}) };
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly KnowledgeProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Sorts problems by file, line, column (stable for equal positions). */
export function sortProblems(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
