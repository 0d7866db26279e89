import MiniSearch from "minisearch";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { Speller } from "../language/fuzzy.js";
import { slang } from "../language/lexicon.js";
import { normalizeText } from "../language/normalize.js";
import { contentTerms, type Term, type Vocabulary } from "../language/pipeline.js";
import { formatLongDate, jakartaDate } from "./dates.js";

/** One entry as the index sees it: its alternate questions, keywords and answer, each already analysed. */
interface Doc {
  id: string;
  questions: string;
  keywords: string;
  answer: string;
}

/** How much a match in each field counts: citizens' phrasings first, then keywords, then the answer. */
const FIELD_BOOST = { questions: 2, keywords: 1.5, answer: 1 } as const;
/** Re-ranking (types, parties, coverage) looks at this many of MiniSearch's best entries. */
const CANDIDATES = 40;

export interface SearchIndex {
  vocabulary: Vocabulary;
  /** Entry id -> score for the given search forms. */
  search(forms: string[]): Map<string, number>;
  /** The entry with this id. */
  entry(entryId: string): Entry | undefined;
  /** Every search form an entry contains (for coverage checks). */
  entryTerms(entryId: string): ReadonlySet<string>;
  /** Inverse entry frequency of a form: rare words weigh more. */
  idf(form: string): number;
  /** Share of entries containing the form (0..1). */
  spread(form: string): number;
  /** How many entries contain the form. */
  entryCount(form: string): number;
  /** Number of entries. */
  size: number;
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

function entryTexts(e: Entry): Record<"questions" | "keywords" | "answer", string> {
  const facts = [
    ...e.facts.people.map((p) => `${p.name} ${p.office}`),
    ...e.facts.places,
    ...e.facts.sectors,
    ...e.facts.targets.map((t) => `${t.what} ${t.year}`),
    ...e.quotes.map((q) => `${q.text} ${q.speaker} ${q.office} ${formatLongDate(jakartaDate(q.date))}`),
    ...e.facts.dates.map((d) => `${d.label} ${formatLongDate(jakartaDate(d.date))}`),
  ];
  return {
    questions: e.questions.join(" . "),
    keywords: [e.topic, ...e.keywords].join(" . "),
    answer: [e.answer, ...facts].join(" . "),
  };
}

/** Builds the MiniSearch index and the vocabulary the language pipeline checks questions against. */
export function buildSearchIndex(knowledge: Knowledge): SearchIndex {
  const names = protectedWords(knowledge);
  // While indexing, every word counts as known and only names are protected from stemming.
  const indexing: Vocabulary = {
    has: () => true,
    frequency: () => 0,
    isProtected: (w) => names.has(w),
    inAnswers: () => true,
    speller: new Speller([]),
    termCache: new Map(),
  };
  const analysed = (text: string) => contentTerms(text, indexing);
  const stems = (terms: Term[]) => new Set(terms.map((t) => t.stem));
  const entryTerms = new Map<string, Set<string>>();
  const docFreq = new Map<string, number>();
  const docs: Doc[] = knowledge.entries.map((e) => {
    const t = entryTexts(e);
    const q = analysed(t.questions);
    const k = analysed(t.keywords);
    const a = analysed(t.answer);
    // MiniSearch holds each stem once per field (questions are searched by stem; one matching word is not
    // outweighed by an entry that repeats another, and the index stays small). The entry's term set, used
    // for coverage and spelling, holds both the written forms and the stems.
    const doc = {
      id: e.id,
      questions: [...stems(q)].join(" "),
      keywords: [...stems(k)].join(" "),
      answer: [...stems(a)].join(" "),
    };
    const set = new Set([...q, ...k, ...a].flatMap((term) => term.forms));
    entryTerms.set(e.id, set);
    for (const f of set) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
    return doc;
  });
  const mini = new MiniSearch<Doc>({
    fields: ["questions", "keywords", "answer"],
    tokenize: (s) => s.split(" ").filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { combineWith: "OR", boost: FIELD_BOOST, bm25: { k: 1.2, b: 0.5, d: 0.5 } },
  });
  mini.addAll(docs);
  const answerWords = new Set(
    knowledge.entries.flatMap((e) =>
      normalizeText([e.answer, ...e.quotes.map((q) => q.text)].join(" ")).split(" "),
    ),
  );
  const n = Math.max(1, entryTerms.size);
  const vocabWords = [...docFreq.keys()];
  const vocabulary: Vocabulary = {
    has: (t) => docFreq.has(t),
    frequency: (t) => docFreq.get(t) ?? 0,
    isProtected: (w) => names.has(w),
    inAnswers: (w) => answerWords.has(w),
    // Misspelt slang is corrected too ("perjanjianya" -> perjanjian -> kesepakatan).
    speller: new Speller(
      [...vocabWords, ...[...slang.keys()].filter((k) => (slang.get(k) ?? []).length > 0)],
      (t) => docFreq.get(t) ?? 0,
    ),
    termCache: new Map(),
  };
  const empty = new Set<string>();
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  return {
    entry: (id) => byId.get(id),
    vocabulary,
    search(forms) {
      const scores = new Map<string, number>();
      if (forms.length === 0) return scores;
      for (const r of mini.search(forms.join(" ")).slice(0, CANDIDATES)) scores.set(r.id as string, r.score);
      return scores;
    },
    entryTerms: (id) => entryTerms.get(id) ?? empty,
    idf: (f) => Math.log(1 + n / (docFreq.get(f) ?? 0.5)),
    spread: (f) => (docFreq.get(f) ?? 0) / n,
    entryCount: (f) => docFreq.get(f) ?? 0,
    size: n,
  };
}
