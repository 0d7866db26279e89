import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { runKnowledgeCheck } from "../../src/cli/knowledge-check.js";
import { parseNow } from "../../src/engine/dates.js";
import { createEngine } from "../../src/engine/index.js";
import { meetsExpectation } from "../../src/knowledge/behaviour.js";
import {
  type LiveKnowledge,
  type LiveKnowledgeOptions,
  openLiveKnowledge,
} from "../../src/knowledge/live.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";

/**
 * Staff role-plays (a second file beside the shipped knowledge): the shipped files by name, the check
 * run against the shipped folder, and the score of a role-play's questions.
 */
export function shippedFiles(): Record<string, string> {
  return {
    "kerja-sama-madiun-kediri.yaml": readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8"),
    "tolak.yaml": readFileSync("knowledge/tolak.yaml", "utf8"),
  };
}

/** `knowledge:check` of a folder with the shipped folder as the old version, its output as lines. */
export function checkAgainstShipped(dir: string, now: Date): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runKnowledgeCheck({
    dir,
    baseline: "knowledge",
    now,
    out: (l) => lines.push(...l.split("\n")),
  });
  return { code, lines };
}

/** In-scope answered right and out-of-scope declined over a folder's knowledge, judged as the check judges. */
export function scoreStaffSet(
  dir: string,
  rows: readonly { id: string; now: string; question: string; expect: string; forbid: string }[],
  now: Date,
): { inScope: number; inTotal: number; declined: number; outTotal: number; misses: string[] } {
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const engine = createEngine(loaded.knowledge);
  let inScope = 0;
  let declined = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const a = engine.answer(r.question, { now: parseNow(r.now) ?? now });
    const ok = r.expect === "-" ? !a.answered : meetsExpectation(a, r.expect, r.forbid);
    if (ok && r.expect === "-") declined++;
    else if (ok) inScope++;
    else misses.push(`${r.id} ${r.question} -> ${a.text.split("\n")[0]}`);
  }
  const outTotal = rows.filter((r) => r.expect === "-").length;
  return { inScope, inTotal: rows.length - outTotal, declined, outTotal, misses };
}

/** The small valid knowledge fixture (three entries). */
export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "knowledge-valid");
export const VALID_YAML = readFileSync(join(FIXTURE_DIR, "kerja-sama.yaml"), "utf8");

const made: string[] = [];

/** A fresh temp knowledge folder holding `files` (name -> text or bytes). Removed by `cleanupDirs`. */
export function knowledgeDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "knowledge-test-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Removes every folder made by `knowledgeDir`. */
export function cleanupDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The fixture with one text replaced (asserts the text was there). */
export function validWith(search: string, replacement: string): string {
  if (!VALID_YAML.includes(search)) throw new Error(`fixture lacks: ${search}`);
  return VALID_YAML.replace(search, replacement);
}

/** 1-based line number of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with: ${needle}`);
  return i + 1;
}

/** A must-decline question ("parkir" is not in the knowledge) that `PARKIR_ENTRY` takes through a keyword. */
export const PARKIR_QUESTION = "Apakah ada parkir di pameran kerajinan?";

/** An entry (YAML under `entries:`) whose stray keyword "parkir" makes it answer `PARKIR_QUESTION`. */
export const PARKIR_ENTRY = `  - id: pameran
    topic: Pameran kerajinan
    answer: Pameran kerajinan dibuka setiap hari di Balai Kota Kediri.
    source: berita-uji
    answers: [definition, yesno]
    questions:
      - Apa itu pameran kerajinan?
    keywords: [pameran, kerajinan, parkir]
`;

const opened: LiveKnowledge[] = [];

/** `openLiveKnowledge`, remembered so that `closeOpenedLive` stops its watch after the test. */
export function openTrackedLive(options: LiveKnowledgeOptions): LiveKnowledge {
  const live = openLiveKnowledge(options);
  opened.push(live);
  return live;
}

/** Closes every live knowledge opened by `openTrackedLive`. */
export async function closeOpenedLive(): Promise<void> {
  for (const l of opened.splice(0)) await l.close();
}

/** Waits until `cond` holds (polled every 20 ms); fails after `timeoutMs`. */
export async function until(cond: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The check's errors, each with the advice line under it, after what every staff role-play's errors share:
 * located in a file staff edit (never a team set under test/), with a reason ("Sebab:"), and advice whose
 * first step is the staff's own (never "pengembang" before "Bila SALAH" or before the developers' note that
 * follows the staff's own two ways forward out of a dead end).
 */
export function staffActionableErrors(lines: readonly string[]): { message: string; advice: string }[] {
  const errors = lines.flatMap((l, i) =>
    /: galat: /.test(l) ? [{ message: l, advice: lines[i + 1] ?? "" }] : [],
  );
  expect(errors.length).toBeGreaterThan(0);
  for (const { message, advice } of errors) {
    expect(message).toMatch(/^\S+\.yaml:\d+:\d+: galat: .+ Sebab: /);
    expect(message).not.toMatch(/^test\//);
    expect(advice).toMatch(/^ {4}saran: \S/);
    expect(
      advice.split(/Bila SALAH: |Catatan untuk pengembang \(bukan tugas Anda\): /)[0],
      advice,
    ).not.toContain("pengembang");
    // The developers' note of a dead end (no word of staff's file makes the bot decline) comes only after
    // the two ways forward staff control (behaviour.ts: the izinkan line, or not saving the change).
    const note = advice.indexOf("Catatan untuk pengembang (bukan tugas Anda): ");
    if (note >= 0) {
      const choices = advice.indexOf("Jalan keluar yang bisa Anda pilih sendiri: (1) ");
      expect(choices, advice).toBeGreaterThanOrEqual(0);
      expect(choices, advice).toBeLessThan(note);
      expect(advice.slice(choices, note), advice).toMatch(
        /izinkan: \[.*atau \(2\) jangan simpan perubahan ini/,
      );
    }
  }
  return errors;
}
