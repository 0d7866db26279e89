import type { Entry, Knowledge } from "../knowledge/types.js";
import { Speller } from "../language/fuzzy.js";
import {
  chunkWords,
  joinNeighbours,
  joinsNeighbours,
  mapWords,
  normalizeText,
  normalizeWords,
  textChunks,
} from "../language/normalize.js";
import { termsOfTokens, type Vocabulary } from "../language/pipeline.js";
import { formatLongDate, jakartaDate } from "./dates.js";

/** The fields MiniSearch holds, in field-id order: citizens' phrasings, keywords, the answer. */
export const FIELDS = ["questions", "keywords", "answer"] as const;
export type FieldId = 0 | 1 | 2;

/**
 * The analysed knowledge, in flat arrays: which entries contain each search form (a written word or a
 * stem), and per field which entries contain each stem (what MiniSearch indexes). Entries are numbered
 * by their position in the knowledge; every list is ascending and holds an entry once.
 */
export interface Postings {
  ids: string[];
  /** Search form -> form number. */
  formIds: Map<string, number>;
  forms: string[];
  /** Entries containing form f: `entries[start[f]] .. entries[start[f + 1] - 1]`. */
  formPostings: PostingLists;
  /** Per field, the entries whose field contains stem f. */
  fieldPostings: [PostingLists, PostingLists, PostingLists];
  /** Distinct stems per entry and field: `fieldLengths[entry * 3 + field]`. */
  fieldLengths: Int32Array;
  /** Words the answers and quotes use as written. */
  answerWords: Set<string>;
}

export interface PostingLists {
  start: Int32Array;
  entries: Int32Array;
}

/** The entries of one list (a view, no copy). */
export function postingList(lists: PostingLists, form: number): Int32Array {
  return lists.entries.subarray(lists.start[form] ?? 0, lists.start[form + 1] ?? 0);
}

/** How many entries contain a search form. */
export function entryCount(p: Postings, form: string): number {
  const f = p.formIds.get(form);
  return f === undefined ? 0 : (p.formPostings.start[f + 1] ?? 0) - (p.formPostings.start[f] ?? 0);
}

/** Whether entry number `entry` contains a search form (binary search in its list). */
export function entryContains(p: Postings, form: string, entry: number): boolean {
  const f = p.formIds.get(form);
  if (f === undefined) return false;
  const { start, entries } = p.formPostings;
  let lo = start[f] ?? 0;
  let hi = (start[f + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = entries[mid] as number;
    if (v === entry) return true;
    if (v < entry) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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

/** An entry's texts per field (in FIELDS order); the first `said` answer texts are the answer and quotes. */
function entryTexts(e: Entry): { fields: [string[], string[], string[]]; said: number } {
  const said = [e.answer, ...e.quotes.map((q) => q.text)];
  const facts = [
    ...e.facts.people.map((p) => `${p.name} ${p.office}`),
    ...e.facts.places,
    ...e.facts.sectors,
    ...e.facts.targets.map((t) => `${t.what} ${t.year}`),
    ...e.quotes.map((q) => `${q.speaker} ${q.office} ${formatLongDate(jakartaDate(q.date))}`),
    ...e.facts.dates.map((d) => `${d.label} ${formatLongDate(jakartaDate(d.date))}`),
  ];
  return { fields: [e.questions, [e.topic, ...e.keywords], [...said, ...facts]], said: said.length };
}

/** A growable list of 32-bit integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i] as number;
  }
  set(i: number, v: number): void {
    while (i >= this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = v;
  }
}

/** (form, entry) pairs in entry order, grouped by form with a stable counting sort. */
function group(forms: IntList, entries: IntList, formCount: number): PostingLists {
  const start = new Int32Array(formCount + 1);
  for (let i = 0; i < forms.length; i++) {
    const k = forms.at(i) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let f = 0; f < formCount; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const next = start.slice(0, formCount);
  const out = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    const f = forms.at(i);
    const at = next[f] as number;
    out[at] = entries.at(i);
    next[f] = at + 1;
  }
  return { start, entries: out };
}

/** A chunk of knowledge text (between spaces), analysed once however often it occurs. */
interface Chunk {
  words: string[];
  /** Its words through the slang map, before neighbouring words are read together. */
  tokens: string[];
  /** Per token, its term's written form and stem (form numbers), or -1, -1 for a word without content. */
  forms: Int32Array;
  /** Whether a token may join its neighbours (a phrase's first word, a number word). */
  joins: boolean;
  /** Whether its words are already in the answer-word set. */
  inAnswers: boolean;
}

/**
 * Analyses every entry once through the language pipeline. Knowledge text repeats the same chunks
 * endlessly, so each chunk is analysed once and remembered with its form numbers; after that an entry
 * costs one look-up per chunk and a few integer writes per word.
 */
export function analyseKnowledge(knowledge: Knowledge): Postings {
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
  const formIds = new Map<string, number>();
  const forms: string[] = [];
  const formId = (form: string): number => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = forms.length;
      forms.push(form);
      formIds.set(form, id);
    }
    return id;
  };
  const tokenForms = new Map<string, [number, number]>();
  const formsOf = (token: string): [number, number] => {
    let pair = tokenForms.get(token);
    if (!pair) {
      const term = termsOfTokens([token], indexing)[0];
      pair = term ? [formId(term.word), formId(term.stem)] : [-1, -1];
      tokenForms.set(token, pair);
    }
    return pair;
  };
  const chunks = new Map<string, Chunk>();
  const chunkOf = (text: string): Chunk => {
    let c = chunks.get(text);
    if (!c) {
      const words = chunkWords(text);
      const tokens = mapWords(words);
      const pairs = new Int32Array(tokens.length * 2);
      tokens.forEach((t, i) => {
        pairs.set(formsOf(t), i * 2);
      });
      c = { words, tokens, forms: pairs, joins: tokens.some(joinsNeighbours), inAnswers: false };
      chunks.set(text, c);
    }
    return c;
  };

  // Per form, the last entry counted (so each entry is counted once); per field, the same for stems.
  const seen = new IntList();
  const seenInField = [new IntList(), new IntList(), new IntList()] as const;
  const pairForms = new IntList();
  const pairEntries = new IntList();
  const fieldForms = [new IntList(), new IntList(), new IntList()] as const;
  const fieldEntries = [new IntList(), new IntList(), new IntList()] as const;
  const fieldLengths = new Int32Array(knowledge.entries.length * 3);
  const answerWords = new Set<string>();
  // Entry numbers are stored plus one, so the zero-filled lists mean "not seen yet".
  let n = 0;
  let field = 0;
  const add = (word: number, stem: number) => {
    if (stem < 0) return;
    if (seen.at(word) !== n + 1) {
      seen.set(word, n + 1);
      pairForms.push(word);
      pairEntries.push(n);
    }
    if (seen.at(stem) !== n + 1) {
      seen.set(stem, n + 1);
      pairForms.push(stem);
      pairEntries.push(n);
    }
    const s = seenInField[field as FieldId];
    if (s.at(stem) !== n + 1) {
      s.set(stem, n + 1);
      fieldForms[field as FieldId].push(stem);
      fieldEntries[field as FieldId].push(n);
      fieldLengths[n * 3 + field] = (fieldLengths[n * 3 + field] as number) + 1;
    }
  };
  const addTokens = (tokens: string[]) => {
    for (const t of tokens) {
      const [word, stem] = formsOf(t);
      add(word, stem);
    }
  };
  const addChunk = (c: Chunk) => {
    const f = c.forms;
    for (let i = 0; i < f.length; i += 2) add(f[i] as number, f[i + 1] as number);
  };
  const addText = (text: string, said: boolean) => {
    const parts = textChunks(text);
    if (!parts) {
      // HTML-like text: the whole-text path.
      const words = normalizeWords(text);
      if (said) for (const w of words) answerWords.add(w);
      addTokens(joinNeighbours(mapWords(words)));
      return;
    }
    for (let i = 0; i < parts.length; i++) {
      const c = chunkOf(parts[i] as string);
      if (said && !c.inAnswers) {
        for (const w of c.words) answerWords.add(w);
        c.inAnswers = true;
      }
      if (!c.joins) {
        addChunk(c);
        continue;
      }
      // A phrase or number may span chunks: the rest of the text is read at once (the chunks before
      // this one read the same either way, and counting a form twice for an entry is a no-op).
      const rest = parts.slice(i).map(chunkOf);
      if (said) for (const r of rest) for (const w of r.words) answerWords.add(w);
      const tokens = rest.flatMap((r) => r.tokens);
      const joined = joinNeighbours(tokens);
      if (joined.length === tokens.length && joined.every((t, k) => t === tokens[k])) rest.forEach(addChunk);
      else addTokens(joined);
      return;
    }
  };

  knowledge.entries.forEach((e, i) => {
    n = i;
    const { fields, said } = entryTexts(e);
    for (field = 0; field < 3; field++) {
      const texts = fields[field] as string[];
      for (let k = 0; k < texts.length; k++) addText(texts[k] as string, field === 2 && k < said);
    }
  });
  const count = forms.length;
  return {
    ids: knowledge.entries.map((e) => e.id),
    formIds,
    forms,
    formPostings: group(pairForms, pairEntries, count),
    fieldPostings: [0, 1, 2].map((f) =>
      group(fieldForms[f as FieldId], fieldEntries[f as FieldId], count),
    ) as [PostingLists, PostingLists, PostingLists],
    fieldLengths,
    answerWords,
  };
}
