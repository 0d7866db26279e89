import MiniSearch from "minisearch";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { Speller } from "../language/fuzzy.js";
import { normalizeText } from "../language/normalize.js";
import { analyze, type Vocabulary } from "../language/pipeline.js";
import { formatLongDate, jakartaDate } from "./dates.js";

/** One searchable piece of an entry: an alternate question, its keywords, or its answer text. */
interface Doc {
  id: string;
  entryId: string;
  kind: "question" | "keywords" | "answer";
  text: string;
}

/** How much each kind of document counts toward its entry's score. */
const KIND_WEIGHT = { question: 1, keywords: 0.7, answer: 0.45 } as const;

export interface SearchIndex {
  vocabulary: Vocabulary;
  /** Entry id -> score for the given search forms. */
  search(forms: string[]): Map<string, number>;
  /** Every search form an entry contains (for coverage checks). */
  entryTerms(entryId: string): ReadonlySet<string>;
  /** Inverse entry frequency of a form: rare words weigh more. */
  idf(form: string): number;
  /** Share of entries containing the form (0..1). */
  spread(form: string): number;
}

/** Words of names (people, parties, places) in the knowledge: never stemmed, never corrected away. */
export function protectedWords(knowledge: Knowledge): Set<string> {
  const out = new Set<string>();
  const addText = (s: string) => {
    for (const w of normalizeText(s).split(" ")) if (w) out.add(w);
  };
  for (const p of knowledge.parties) p.aliases.forEach(addText);
  for (const e of knowledge.entries) {
    for (const p of e.facts.people) addText(p.name);
    for (const q of e.quotes) addText(q.speaker);
  }
  return out;
}

function entryDocs(e: Entry): Doc[] {
  const docs: Doc[] = e.questions.map((q, i) => ({
    id: `${e.id}#q${i}`,
    entryId: e.id,
    kind: "question",
    text: q,
  }));
  docs.push({ id: `${e.id}#k`, entryId: e.id, kind: "keywords", text: [e.topic, ...e.keywords].join(" . ") });
  const facts = [
    ...e.facts.people.map((p) => `${p.name} ${p.office}`),
    ...e.facts.places,
    ...e.facts.sectors,
    ...e.facts.targets.map((t) => `${t.what} ${t.year}`),
    ...e.quotes.map((q) => `${q.text} ${q.speaker} ${q.office} ${formatLongDate(jakartaDate(q.date))}`),
    ...e.facts.dates.map((d) => `${d.label} ${formatLongDate(jakartaDate(d.date))}`),
  ];
  docs.push({ id: `${e.id}#a`, entryId: e.id, kind: "answer", text: [e.answer, ...facts].join(" . ") });
  return docs;
}

/** Builds the MiniSearch index and the vocabulary the language pipeline checks questions against. */
export function buildSearchIndex(knowledge: Knowledge): SearchIndex {
  const names = protectedWords(knowledge);
  // While indexing, every word counts as known and only names are protected from stemming.
  const indexing: Vocabulary = {
    has: () => true,
    frequency: () => 0,
    isProtected: (w) => names.has(w),
    speller: new Speller([]),
  };
  const docs = knowledge.entries.flatMap(entryDocs).map((d) => ({
    ...d,
    text: analyze(d.text, indexing)
      .terms.flatMap((t) => t.forms)
      .join(" "),
  }));
  const entryTerms = new Map<string, Set<string>>();
  const docFreq = new Map<string, number>();
  for (const d of docs) {
    const set = entryTerms.get(d.entryId) ?? new Set<string>();
    for (const f of d.text.split(" ")) if (f) set.add(f);
    entryTerms.set(d.entryId, set);
  }
  for (const set of entryTerms.values()) for (const f of set) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  const mini = new MiniSearch<Doc>({
    fields: ["text"],
    storeFields: ["entryId", "kind"],
    tokenize: (s) => s.split(" ").filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { combineWith: "OR" },
  });
  mini.addAll(docs);
  const n = Math.max(1, entryTerms.size);
  const vocabWords = [...docFreq.keys()];
  const vocabulary: Vocabulary = {
    has: (t) => docFreq.has(t),
    frequency: (t) => docFreq.get(t) ?? 0,
    isProtected: (w) => names.has(w),
    speller: new Speller(vocabWords, (t) => docFreq.get(t) ?? 0),
  };
  const empty = new Set<string>();
  return {
    vocabulary,
    search(forms) {
      const scores = new Map<string, number>();
      if (forms.length === 0) return scores;
      const best = new Map<string, Record<Doc["kind"], number>>();
      for (const r of mini.search(forms.join(" "))) {
        const entryId = r.entryId as string;
        const kind = r.kind as Doc["kind"];
        const rec = best.get(entryId) ?? { question: 0, keywords: 0, answer: 0 };
        rec[kind] = Math.max(rec[kind], r.score);
        best.set(entryId, rec);
      }
      for (const [entryId, rec] of best) {
        scores.set(
          entryId,
          rec.question * KIND_WEIGHT.question +
            rec.keywords * KIND_WEIGHT.keywords +
            rec.answer * KIND_WEIGHT.answer,
        );
      }
      return scores;
    },
    entryTerms: (id) => entryTerms.get(id) ?? empty,
    idf: (f) => Math.log(1 + n / (docFreq.get(f) ?? 0.5)),
    spread: (f) => (docFreq.get(f) ?? 0) / n,
  };
}
