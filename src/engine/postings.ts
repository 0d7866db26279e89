import type { Entry, Knowledge } from "../knowledge/types.js";
import { Speller } from "../language/fuzzy.js";
import {
  chunkWords,
  JOIN_WINDOW,
  joinNeighbours,
  joinsNeighbours,
  mapWords,
  normalizeText,
  normalizeWords,
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
    return i < this.data.length ? (this.data[i] as number) : 0;
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

/**
 * The chunks of texts (between spaces, tabs and line breaks, as `textChunks` cuts them), each made once
 * into a value and found again by content. A chunk is hashed while the text is read, so the common case
 * (a chunk seen before) allocates nothing: no split, no substring.
 */
class ChunkTable<T> {
  private slots = new Int32Array(1 << 16).fill(-1);
  /** Each slot's chunk hash, next to the slot, so a probe rarely reads a key. */
  private slotHashes = new Int32Array(1 << 16);
  private hashes: number[] = [];
  private keys: string[] = [];
  private values: T[] = [];

  constructor(private readonly make: (chunk: string) => T) {}

  /** Visits the chunks of `text` (from position `from`) in order until `visit` returns false. */
  scan(text: string, visit: (value: T, start: number) => boolean, from = 0): void {
    let start = -1;
    let h = 0;
    for (let i = from; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        if (start >= 0 && !visit(this.find(text, start, i, h), start)) return;
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5 | 0;
        }
        h = Math.imul(h ^ code, 16777619);
      }
    }
  }

  private find(text: string, start: number, end: number, h: number): T {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = this.slots[i] as number;
      if (id < 0) {
        const key = text.slice(start, end);
        const value = this.make(key);
        this.slots[i] = this.keys.length;
        this.slotHashes[i] = h;
        this.keys.push(key);
        this.hashes.push(h);
        this.values.push(value);
        if (this.keys.length * 2 > this.slots.length) this.grow();
        return value;
      }
      if (this.slotHashes[i] === h) {
        const key = this.keys[id] as string;
        if (key.length === end - start && text.startsWith(key, start)) return this.values[id] as T;
      }
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.slotHashes = new Int32Array(this.slots.length);
    const mask = this.slots.length - 1;
    this.hashes.forEach((h, id) => {
      let i = h & mask;
      while ((this.slots[i] as number) >= 0) i = (i + 1) & mask;
      this.slots[i] = id;
      this.slotHashes[i] = h;
    });
  }
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

/** While indexing, every word counts as known and only names are protected from stemming. */
export function indexingVocabulary(knowledge: Knowledge): Vocabulary {
  const names = protectedWords(knowledge);
  return {
    has: () => true,
    frequency: () => 0,
    isProtected: (w) => names.has(w),
    inAnswers: () => true,
    speller: new Speller([]),
    termCache: new Map(),
  };
}

/**
 * Analyses every entry once through the language pipeline. Knowledge text repeats the same chunks
 * endlessly, so each chunk is analysed once and remembered with its form numbers; after that an entry
 * costs one look-up per chunk and a few integer writes per word.
 */
export function analyseKnowledge(knowledge: Knowledge): Postings {
  const indexing = indexingVocabulary(knowledge);
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
  const chunks = new ChunkTable<Chunk>((text) => {
    const words = chunkWords(text);
    const tokens = mapWords(words);
    const pairs = new Int32Array(tokens.length * 2);
    tokens.forEach((t, i) => {
      pairs.set(formsOf(t), i * 2);
    });
    return { words, tokens, forms: pairs, joins: tokens.some(joinsNeighbours), inAnswers: false };
  });

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
  /**
   * At a chunk that may join its neighbours: when the next few tokens read together come out unchanged,
   * nothing joins there and the chunk counts alone (the common case). Otherwise the rest of the text is
   * read at once (the chunks before read the same either way; counting a form twice is a no-op).
   */
  const joinsHere = (text: string, start: number): boolean => {
    const window: string[] = [];
    chunks.scan(
      text,
      (c) => {
        for (const t of c.tokens) window.push(t);
        return window.length < JOIN_WINDOW;
      },
      start,
    );
    const joined = joinNeighbours(window);
    return joined.length !== window.length || joined.some((t, k) => t !== window[k]);
  };
  const addRest = (text: string, start: number, said: boolean) => {
    const tokens: string[] = [];
    chunks.scan(
      text,
      (c) => {
        if (said) for (const w of c.words) answerWords.add(w);
        for (const t of c.tokens) tokens.push(t);
        return true;
      },
      start,
    );
    addTokens(joinNeighbours(tokens));
  };
  const addText = (text: string, said: boolean) => {
    if (text.includes("<")) {
      // HTML-like text: the whole-text path (a tag may span chunks).
      const words = normalizeWords(text);
      if (said) for (const w of words) answerWords.add(w);
      addTokens(joinNeighbours(mapWords(words)));
      return;
    }
    chunks.scan(text, (c, start) => {
      if (said && !c.inAnswers) {
        for (const w of c.words) answerWords.add(w);
        c.inAnswers = true;
      }
      if (c.joins && joinsHere(text, start)) {
        addRest(text, start, said);
        return false;
      }
      addChunk(c);
      return true;
    });
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
