import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { readQuestionSet } from "../support/question-sets.js";
import {
  checkAgainstShipped,
  cleanupDirs,
  knowledgeDir,
  scoreStaffSet,
  shippedFiles,
  staffActionableErrors,
} from "./helpers.js";

/**
 * The fourth staff role-play (test/fixtures/bus-rukun): a staff member of the Madiun transport office
 * who saw only the shipped file's header and the README wrote a file about a new inter-city bus, 59
 * questions it must answer and 30 it must decline, then followed the check's messages for three rounds
 * (final.yaml). First contact, on the engine before the fixes its notes led to: first version 58/59
 * answered, 27/30 declined, 11 errors; final 58/59 and 28/30, and 3 errors on the main of that hour.
 */
const FIXTURE = "test/fixtures/bus-rukun";
const NOW = new Date("2026-11-29T05:00:00Z");
const FILE = "bus-rukun-dua-kota.yaml";

afterAll(cleanupDirs);

const withShipped = (file: string) =>
  knowledgeDir({ ...shippedFiles(), [FILE]: readFileSync(`${FIXTURE}/${file}`, "utf8") });
const rows = readQuestionSet(`${FIXTURE}/questions.tsv`);
const score = (dir: string) => scoreStaffSet(dir, rows, NOW);
const loadOrThrow = (dir: string) => {
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.knowledge;
};

describe("the bus file written by staff from the header alone", () => {
  it("as first written, the bot answers >= 95% of its questions and declines >= 95% of the rest", {
    timeout: 60_000,
  }, () => {
    const s = score(withShipped("first-version.yaml"));
    expect(s.inScope / s.inTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(s.declined / s.outTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("dropped in unchanged: every error is located in a file staff edit, with a fix or the izinkan line", {
    timeout: 180_000,
  }, () => {
    const { code, lines } = checkAgainstShipped(withShipped("first-version.yaml"), NOW);
    expect(code).toBe(1);
    for (const { message, advice } of staffActionableErrors(lines)) {
      // What staff do first is theirs: a tried fix, or the izinkan line to write in their file.
      expect(advice).toMatch(/sudah dicoba: setelah itu|izinkan: \[/);
      // A shared word is named as written, never a whole question or a whole answer.
      for (const m of message.matchAll(/memuat (.*?)(?: dan menjawab|; kata|\. Jawaban)/g))
        for (const part of (m[1] as string).matchAll(/"([^"]+)" \(/g))
          expect((part[1] as string).split(" ").length, message).toBeLessThanOrEqual(3);
    }
  });

  it("explains every decline and every shared keyword in terms staff can act on", {
    timeout: 180_000,
  }, () => {
    const { lines } = checkAgainstShipped(withShipped("first-version.yaml"), NOW);
    // A declined sample question gets the bot's reason, never "too general to be sure".
    expect(lines.join("\n")).not.toContain("terlalu umum");
    // "kapan" as a keyword is never searched: sharing it cannot make the bot hesitate, and the hint says so.
    const kapan = lines.findIndex((l) => /kata kunci "kapan" juga dipakai butir/.test(l));
    expect(kapan).toBeGreaterThanOrEqual(0);
    expect(lines[kapan + 1]).toMatch(/bot tidak mencarinya sebagai kata kunci/);
    // A word of a quote is named as such and never offered for rewording.
    expect(lines.join("\n")).not.toMatch(/ganti kata "lahir" di jawaban/);
  });

  it("its final version answers >= 95% / declines >= 95%, and beside the shipped file the check has no errors", {
    timeout: 180_000,
  }, () => {
    const dir = withShipped("final.yaml");
    const { code, lines } = checkAgainstShipped(dir, NOW);
    // Two must-decline questions of the fifth team round, committed after this file was written, used to be
    // answered by its entries: a mayor's own trip ("pak maidi berangkat ke kediri naik apa?") by the bus
    // timetable, and the distance and the mayor's party's travel time by the fare. The engine now declines
    // them (a person of the knowledge who travels must be the entry's, or tied to that travel elsewhere; a
    // distance asked needs an answer stating one), so the file is served as staff left it.
    const errors = lines.filter((l) => / galat: /.test(l));
    expect(errors, errors.join("\n")).toEqual([]);
    expect(code).toBe(0);
    const s = score(dir);
    expect(s.inScope / s.inTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(s.declined / s.outTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    // Wrong numbers in yes/no questions are denied with the entry's number (B31, B48, B50).
    const premiseRows = readQuestionSet(`${FIXTURE}/questions.tsv`).filter((r) =>
      ["B31", "B48", "B50"].includes(r.id),
    );
    const engine = createEngine(loadOrThrow(dir));
    for (const r of premiseRows) {
      const text = engine.answer(r.question, { now: NOW }).text;
      expect(text, r.question).toMatch(/^Tidak, bukan /);
      expect(text, r.question).toContain(r.expect);
    }
  });
});
