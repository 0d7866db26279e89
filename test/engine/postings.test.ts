import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../../src/bench/engine.js";
import { loadMiniSearch, loadMiniSearchJSON, postingDocuments } from "../../src/engine/minisearch-load.js";
import {
  analyseKnowledge,
  entryContains,
  entryCount,
  indexingVocabulary,
  protectedWords,
} from "../../src/engine/postings.js";
import { MINI_OPTIONS } from "../../src/engine/search-index.js";
import { topEntries } from "../../src/engine/top-entries.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { normalizeText, normalizeWords } from "../../src/language/normalize.js";
import { contentTerms } from "../../src/language/pipeline.js";

const loaded = loadKnowledgeDir("knowledge");
if (!loaded.ok) throw new Error("shipped knowledge is invalid");
const shipped = loaded.knowledge;
// The shipped entries plus 300 synthetic ones: phrases, numbers in words and names all occur.
const synthetic = syntheticKnowledge(shipped, 300);
// One more entry whose texts join words across spaces (phrases, numbers in words, tags).
const tricky = {
  ...(synthetic.entries[20] as Knowledge["entries"][number]),
  id: "sulit",
  answer: "Kerja sama kota-kota: wali kota Kediri, dua ribu dua puluh enam, kerja keras, balai kota. Tiga.",
  questions: [
    "kerja  sama\tdi balai\nkota apa?",
    "Wakil wali kota <b>Madiun</b> dua puluh?",
    "zero waste zero kabel",
  ],
};
const mixed = { ...synthetic, entries: [...synthetic.entries, tricky] };

/** The forms of an entry the slow, obvious way: every text through the whole pipeline. */
function referenceForms(knowledge: Knowledge, entryIndex: number): Set<string> {
  const indexing = indexingVocabulary(protectedWords(knowledge));
  const e = knowledge.entries[entryIndex];
  if (!e) throw new Error("no entry");
  const texts = [
    ...e.questions,
    e.topic,
    ...e.keywords,
    e.answer,
    ...e.quotes.map((q) => q.text),
    ...e.facts.places,
    ...e.facts.sectors,
    ...e.facts.people.map((p) => `${p.name} ${p.office}`),
    ...e.facts.targets.map((t) => `${t.what} ${t.year}`),
    ...e.quotes.map((q) => `${q.speaker} ${q.office}`),
    ...e.facts.dates.map((d) => d.label),
  ];
  return new Set(texts.flatMap((t) => contentTerms(t, indexing)).flatMap((t) => t.forms));
}

describe("normalizeWords (chunked normalisation for indexing)", () => {
  it("reads any text like normalizeText", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "grapheme" }), (text) => {
        expect(normalizeWords(text)).toEqual(normalizeText(text).split(" ").filter(Boolean));
      }),
      { numRuns: 400 },
    );
    for (const text of [
      "Kerja-sama  kota-kota\tMadiun&Kediri",
      "<b>ttd</b> di balai\nkota",
      "zero  waste 2027!!",
    ]) {
      expect(normalizeWords(text)).toEqual(normalizeText(text).split(" ").filter(Boolean));
    }
  });
});

describe("analyseKnowledge", () => {
  const postings = analyseKnowledge(mixed);

  it("finds every form of every entry, and no other", () => {
    for (const i of [0, 3, 7, 14, 15, 100, 314, mixed.entries.length - 1]) {
      const expected = referenceForms(mixed, i);
      for (const form of expected) expect(entryContains(postings, form, i), `${i} ${form}`).toBe(true);
      const held = postings.forms.filter((f) => entryContains(postings, f, i));
      // Held forms beyond the reference come only from the written-out dates of facts and quotes.
      const extra = held.filter((f) => !expected.has(f));
      const dateWord =
        /^(\d+|senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)$/;
      expect(extra.filter((f) => !dateWord.test(f))).toEqual([]);
    }
  });

  it("counts entries per form", () => {
    const withMadiun = mixed.entries.filter((_, i) => referenceForms(mixed, i).has("madiun")).length;
    expect(entryCount(postings, "madiun")).toBe(withMadiun);
    expect(entryCount(postings, "tidak-ada-kata-ini")).toBe(0);
  });
});

describe("loadMiniSearch", () => {
  it("ranks exactly like MiniSearch's own addAll over the same documents, by both load paths", () => {
    for (const knowledge of [shipped, mixed]) {
      const postings = analyseKnowledge(knowledge);
      const reference = new MiniSearch(MINI_OPTIONS);
      reference.addAll(postingDocuments(postings));
      const queries = [
        "tandatangan kapan",
        "sektor ekonomi umkm",
        "zero kabel 2027",
        "madiun kediri",
        ...postings.forms.filter((_, i) => i % 37 === 0),
      ];
      for (const load of [loadMiniSearch, loadMiniSearchJSON]) {
        const index = load(postings, MINI_OPTIONS);
        expect(index.documentCount).toBe(reference.documentCount);
        expect(index.termCount).toBe(reference.termCount);
        for (const q of queries) {
          const a = index.search(q).map((r) => [r.id, r.score.toFixed(9)]);
          const b = reference.search(q).map((r) => [r.id, r.score.toFixed(9)]);
          expect(a, q).toEqual(b);
        }
      }
    }
  });
});

describe("topEntries", () => {
  it("gives MiniSearch's best entries with the same scores, in the same order", () => {
    const postings = analyseKnowledge(mixed);
    const mini = loadMiniSearch(postings, MINI_OPTIONS);
    const { boost, bm25 } = MINI_OPTIONS.searchOptions;
    const boosts = [boost.questions, boost.keywords, boost.answer] as const;
    // The most common forms (ties in score are frequent among them), repeated words, unknown words.
    const byCount = [...postings.forms].sort((a, b) => entryCount(postings, b) - entryCount(postings, a));
    const queries = [
      byCount.slice(0, 5),
      byCount.slice(3, 9),
      [byCount[0] as string, byCount[0] as string, byCount[1] as string],
      ["tidakadakatasepertiini", byCount[2] as string],
      ["tandatangan", "kapan"],
      ...postings.forms.filter((_, i) => i % 41 === 0).map((f, i) => [f, byCount[i % 50] as string]),
    ];
    for (const terms of queries) {
      for (const limit of [1, 40]) {
        const expected = mini
          .search(terms.join(" "))
          .slice(0, limit)
          .map((r) => ({ id: r.id, score: r.score }));
        expect(topEntries(postings, terms, boosts, bm25, limit), terms.join(" ")).toEqual(expected);
      }
    }
  });
});
