import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HEADER_BODY } from "../knowledge/header.js";
import { optionValue } from "./args.js";
import { isMain } from "./is-main.js";
import { cliStrings as S } from "./strings.js";

/**
 * `npm run knowledge:migrate [-- --knowledge DIR]`: brings knowledge files to the current format. The
 * format changes so far are all additions (answers may be left out, numbers and organisations facts,
 * {label} references, izinkan and tolak lists), so old files load unchanged; migrating rewrites the
 * leading comment block of each file with entries to the current documentation (keeping the file's own
 * title line) and leaves every value as it is. Returns the files changed.
 */
export function migrateKnowledgeText(text: string): string {
  const lines = text.split("\n");
  let end = 0;
  while (end < lines.length && /^\s*(#.*)?$/.test(lines[end] ?? "")) end++;
  const title = (lines[0] ?? "").startsWith("#") ? (lines[0] as string) : "# Pengetahuan bot.";
  const header = `${title}\n${HEADER_BODY}\n`;
  return `${header}\n${lines.slice(end).join("\n")}`;
}

/** Migrates every *.yaml with `entries:` under `dir`; returns the paths rewritten. */
export function migrateKnowledgeDir(dir: string, out: (line: string) => void = console.log): string[] {
  const changed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/i.test(name) || name.startsWith(".")) continue;
    const path = join(dir, name);
    const text = readFileSync(path, "utf8");
    if (!/^entries\s*:/m.test(text)) continue;
    const next = migrateKnowledgeText(text);
    if (next === text) continue;
    writeFileSync(path, next);
    changed.push(path);
    out(S.migrated(path));
  }
  if (changed.length === 0) out(S.nothingToMigrate);
  return changed;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = optionValue(args, "--knowledge") ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  migrateKnowledgeDir(dir);
}
