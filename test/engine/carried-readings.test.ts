import { describe, expect, it } from "vitest";
import { carryWordReadings, createEngine } from "../../src/engine/engine.js";
import { buildSearchIndex, carryReadings, type SearchIndex } from "../../src/engine/search-index.js";
import { questionBank } from "../../src/knowledge/behaviour.js";
import { teamQuestionSets } from "../../src/knowledge/guard.js";
import type { Entry, Knowledge } from "../../src/knowledge/types.js";
import { analyze, termsOfTokens } from "../../src/language/pipeline.js";
import { shippedEngine } from "../support/engine.js";

/**
 * A reload carries the serving engine's word readings (term, spelling and typo corrections) into the new
 * engine for the words the edit provably leaves alone (search-index.ts carryReadings). The proof: for
 * random edits that add and remove words, entries, names and change the order of entries, every carried
 * reading equals the one the new vocabulary works out itself, and so do the answers.
 */
const shipped = shippedEngine().knowledge;
const NOW = new Date("2026-11-28T05:00:00Z");
const bank = questionBank(shipped, undefined, teamQuestionSets()).map((b) => b.question);

/** A seeded random number generator (the same edits every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Misspellings of a word (a letter dropped, doubled, swapped, a vowel changed): what citizens type. */
function misspelt(w: string, r: () => number): string {
  const i = Math.floor(r() * w.length);
  switch (Math.floor(r() * 4)) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + (w[i] ?? "") + w.slice(i);
    case 2:
      return w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2);
    default:
      return w.replace(/[aiueo]/, "aiueo"[Math.floor(r() * 5)] as string);
  }
}

/** Every token the bank's questions read, plus misspellings of them (all land in the term cache). */
const bankTokens = [...new Set(bank.flatMap((q) => analyze(q).tokens))];

/** The index of `k` with every bank token and misspelling read (its term cache full). */
function readIndex(k: Knowledge, extra: readonly string[]): SearchIndex {
  const index = buildSearchIndex(k);
  termsOfTokens([...bankTokens, ...extra], index.vocabulary);
  return index;
}

const withEntries = (k: Knowledge, entries: Entry[]): Knowledge => ({ ...k, entries });
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** One random edit of the kinds staff make (a word added or removed, an entry added, removed or moved). */
function randomEdit(k: Knowledge, r: () => number, pool: readonly string[]): Knowledge {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const at = Math.floor(r() * k.entries.length);
  const entry = k.entries[at] as Entry;
  const entries = [...k.entries];
  const kind = Math.floor(r() * 7);
  if (kind === 0) {
    const added = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(pool)).join(" ");
    entries[at] = { ...entry, answer: `${added}. ${entry.answer}` };
  } else if (kind === 1) {
    const ws = words(entry.answer);
    ws.splice(Math.floor(r() * ws.length), 1);
    entries[at] = { ...entry, answer: ws.join(" ") };
  } else if (kind === 2) {
    entries[at] = { ...entry, keywords: [...entry.keywords, pick(pool)] };
  } else if (kind === 3) {
    entries[at] = { ...entry, keywords: entry.keywords.slice(1), questions: entry.questions.slice(1) };
  } else if (kind === 4) {
    entries.push({
      ...entry,
      id: `${entry.id}-baru`,
      topic: `${pick(pool)} ${pick(pool)}`,
      answer: pool.join(" "),
    });
  } else if (kind === 5) {
    entries.splice(at, 1);
  } else {
    // Entries in another order: the knowledge's words are met in another order (ties of the speller).
    entries.reverse();
  }
  return withEntries(k, entries);
}

describe("word readings carried into a reloaded engine", () => {
  const r = rng(9);
  // New words, words of other entries, and words one typo away from what the bank asks.
  const pool = [
    ...bankTokens.filter((t) => t.length >= 5).map((t) => misspelt(t, r)),
    "simpan",
    "pasar",
    "anggaran",
    "ditandatangani",
    "wakil",
    "bupati",
    "2030",
  ].filter((w) => /^[a-z0-9]+$/.test(w));
  // (A few hundred: a misspelling read anew costs a typo search through the lexicon.)
  const typos = bankTokens.filter((t, i) => t.length >= 5 && i % 5 === 0).map((t) => misspelt(t, r));
  const before = readIndex(shipped, typos);

  it("carries only readings the new vocabulary works out the same, over random edits", () => {
    let carried = 0;
    let refused = 0;
    for (let n = 0; n < 8; n++) {
      const edited = randomEdit(shipped, r, pool);
      const plain = buildSearchIndex(edited);
      const carrying = buildSearchIndex(edited);
      const count = carryReadings(before, carrying);
      carried += count;
      refused += (before.vocabulary.termCache?.size ?? 0) - count;
      for (const token of before.vocabulary.termCache?.keys() ?? []) {
        const own = JSON.stringify(termsOfTokens([token], plain.vocabulary));
        expect(JSON.stringify(termsOfTokens([token], carrying.vocabulary)), token).toBe(own);
      }
    }
    // The test reaches both sides: readings carried, and readings an edit changes left behind.
    expect(carried).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);

  it("a misspelt word the edit gives a correction is read anew, not carried", () => {
    // "pasra" corrects to nothing in the shipped knowledge; an answer that writes "pasar" gives it one.
    const index = readIndex(shipped, ["pasra"]);
    const [entry, ...rest] = shipped.entries as [Entry, ...Entry[]];
    const edited = withEntries(shipped, [{ ...entry, answer: `Pasar rakyat. ${entry.answer}` }, ...rest]);
    const plain = buildSearchIndex(edited);
    const carrying = buildSearchIndex(edited);
    expect(carryReadings(index, carrying)).toBeGreaterThan(0);
    const was = termsOfTokens(["pasra"], index.vocabulary)[0];
    const now = termsOfTokens(["pasra"], plain.vocabulary)[0];
    expect(now?.word).not.toBe(was?.word);
    expect(termsOfTokens(["pasra"], carrying.vocabulary)).toEqual(termsOfTokens(["pasra"], plain.vocabulary));
    // Control: a word the edit does not come near is carried (the same object, not worked out again).
    const far = termsOfTokens(["ditandatangani"], index.vocabulary)[0];
    expect(termsOfTokens(["ditandatangani"], carrying.vocabulary)[0]).toBe(far);
  });

  it("answers the bank the same with and without the carried readings", () => {
    const serving = createEngine(shipped);
    const sample = bank.filter((_, i) => i % 15 === 0);
    for (const q of sample) serving.answer(q, { now: NOW });
    const r2 = rng(4);
    for (let n = 0; n < 3; n++) {
      const edited = randomEdit(shipped, r2, pool);
      const plain = createEngine(edited);
      const carrying = createEngine(edited);
      expect(carryWordReadings(serving, carrying)).toBeGreaterThan(0);
      for (const q of sample) {
        expect(JSON.stringify(carrying.answer(q, { now: NOW })), q).toBe(
          JSON.stringify(plain.answer(q, { now: NOW })),
        );
      }
    }
  }, 60_000);
});
