import type { Entry, Knowledge } from "../knowledge/types.js";
import { Speller } from "../language/fuzzy.js";
import {
  JOIN_WINDOW,
  joinNeighbours,
  joinsFrom,
  joinsNeighbours,
  mapWords,
  normalizeChunk,
  normalizeText,
  normalizeWords,
} from "../language/normalize.js";
import { termsOfTokens, type Vocabulary } from "../language/pipeline.js";
import { ChunkTable } from "./chunk-table.js";
import { formatLongDate, jakartaDate } from "./dates.js";
import { group, PairList, type PostingLists } from "./posting-lists.js";
import { runSteps, type Steps } from "./steps.js";

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

/** Hands each text of an entry to `add` with its field; `said` marks the answer and the quotes. */
function forEachText(e: Entry, add: (text: string, field: FieldId, said: boolean) => void): void {
  for (const q of e.questions) add(q, 0, false);
  add(e.topic, 1, false);
  // Words staff wrote in keywords, facts or the answer are "said" by the knowledge: an out-of-scope word
  // (bupati, harga, jam) there is known (the knowledge file's header documents this rule).
  for (const k of e.keywords) add(k, 1, true);
  add(e.answer, 2, true);
  for (const q of e.quotes) add(q.text, 2, true);
  for (const p of e.facts.people) add(`${p.name} ${p.office}`, 2, true);
  for (const place of e.facts.places) add(place, 2, true);
  for (const sector of e.facts.sectors) add(sector, 2, true);
  for (const t of e.facts.targets) add(`${t.what} ${t.year}`, 2, true);
  for (const q of e.quotes) {
    add(`${q.speaker} ${q.office}${q.date ? ` ${formatLongDate(jakartaDate(q.date))}` : ""}`, 2, true);
  }
  for (const d of e.facts.dates) add(`${d.label} ${formatLongDate(jakartaDate(d.date))}`, 2, true);
  for (const n of e.facts.numbers ?? []) add(`${n.label} ${n.value} ${n.unit ?? ""}`, 2, true);
  for (const o of e.facts.organisations ?? []) add(o, 2, true);
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

/** Chunks and tokens remembered across index builds before the memo is reset. */
const BUILD_MEMO_LIMIT = 200_000;

/**
 * A chunk's words and tokens, the same in every build (the pipeline is pure): a reload re-indexes
 * thousands of unchanged entries whose chunks were read by the build before.
 */
const chunkReadings = new Map<string, Pick<Chunk, "words" | "tokens" | "joins">>();
function readChunk(text: string): Pick<Chunk, "words" | "tokens" | "joins"> {
  let read = chunkReadings.get(text);
  if (!read) {
    const words = normalizeChunk(text);
    const tokens = mapWords(words);
    read = { words, tokens, joins: tokens.some(joinsNeighbours) };
    if (chunkReadings.size >= BUILD_MEMO_LIMIT) chunkReadings.clear();
    chunkReadings.set(text, read);
  }
  return read;
}

/**
 * A token's written form and stem while indexing, or null for a word without content. With the indexing
 * vocabulary (every word known) a token's term depends only on the token and whether it is a name, so it
 * is remembered across builds under both.
 */
const indexedTerms = new Map<string, readonly [string, string] | null>();
function indexedForms(
  token: string,
  names: ReadonlySet<string>,
  indexing: Vocabulary,
): readonly [string, string] | null {
  const key = names.has(token) ? `\u0001${token}` : token;
  let forms = indexedTerms.get(key);
  if (forms === undefined) {
    const term = termsOfTokens([token], indexing)[0];
    forms = term ? [term.word, term.stem] : null;
    if (indexedTerms.size >= BUILD_MEMO_LIMIT) indexedTerms.clear();
    indexedTerms.set(key, forms);
  }
  return forms;
}

/** While indexing, every word counts as known and only names are protected from stemming. */
export function indexingVocabulary(names: ReadonlySet<string>): Vocabulary {
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
export function analyseKnowledge(
  knowledge: Knowledge,
  names: ReadonlySet<string> = protectedWords(knowledge),
): Postings {
  return runSteps(analyseKnowledgeSteps(knowledge, names));
}

/** Entries analysed between two steps of `analyseKnowledgeSteps` (a few milliseconds of work). */
const ENTRIES_PER_STEP = 100;

/** `analyseKnowledge` as steps (see steps.ts), one every ENTRIES_PER_STEP entries. */
export function* analyseKnowledgeSteps(knowledge: Knowledge, names: ReadonlySet<string>): Steps<Postings> {
  const indexing = indexingVocabulary(names);
  const formIds = new Map<string, number>();
  const forms: string[] = [];
  // Per form, four slots: the last entry counted for the form, and for the stem in each field (so each
  // is counted once). Entry numbers are stored plus one, so zero means "not yet".
  let lastSeen = new Int32Array(4 * 4096);
  const formId = (form: string): number => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = forms.length;
      forms.push(form);
      formIds.set(form, id);
      if (4 * forms.length > lastSeen.length) {
        const bigger = new Int32Array(lastSeen.length * 2);
        bigger.set(lastSeen);
        lastSeen = bigger;
      }
    }
    return id;
  };
  const tokenForms = new Map<string, [number, number]>();
  const formsOf = (token: string): [number, number] => {
    let pair = tokenForms.get(token);
    if (!pair) {
      const term = indexedForms(token, names, indexing);
      pair = term ? [formId(term[0]), formId(term[1])] : [-1, -1];
      tokenForms.set(token, pair);
    }
    return pair;
  };
  const chunks = new ChunkTable<Chunk>((text) => {
    const { words, tokens, joins } = readChunk(text);
    const pairs = new Int32Array(tokens.length * 2);
    tokens.forEach((t, i) => {
      pairs.set(formsOf(t), i * 2);
    });
    return { words, tokens, forms: pairs, joins, inAnswers: false };
  });

  const pairs = new PairList();
  const fieldPairs = [new PairList(), new PairList(), new PairList()] as const;
  const fieldLengths = new Int32Array(knowledge.entries.length * 3);
  const answerWords = new Set<string>();
  let n = 0;
  let field: FieldId = 0;
  const add = (word: number, stem: number) => {
    if (stem < 0) return;
    const mark = n + 1;
    if (lastSeen[word * 4] !== mark) {
      lastSeen[word * 4] = mark;
      pairs.push(word, n);
    }
    const k = stem * 4;
    if (lastSeen[k] !== mark) {
      lastSeen[k] = mark;
      pairs.push(stem, n);
    }
    if (lastSeen[k + 1 + field] !== mark) {
      lastSeen[k + 1 + field] = mark;
      fieldPairs[field].push(stem, n);
      const at = n * 3 + field;
      fieldLengths[at] = (fieldLengths[at] as number) + 1;
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
  const window: string[] = [];
  /**
   * At chunk `i` of the chunks just read, which may join its neighbours: whether one of its tokens
   * really starts a phrase or a number with the tokens after it (mostly not: "kerja" without "sama").
   */
  const joinsAt = (found: Chunk[], i: number, count: number): boolean => {
    const own = (found[i] as Chunk).tokens.length;
    window.length = 0;
    for (let k = i; k < count && window.length < own + JOIN_WINDOW; k++) {
      for (const t of (found[k] as Chunk).tokens) window.push(t);
    }
    for (let k = 0; k < own; k++) if (joinsFrom(window, k)) return true;
    return false;
  };
  const addText = (text: string, said: boolean) => {
    if (text.includes("<")) {
      // HTML-like text: the whole-text path (a tag may span chunks).
      const words = normalizeWords(text);
      if (said) for (const w of words) answerWords.add(w);
      addTokens(joinNeighbours(mapWords(words)));
      return;
    }
    const count = chunks.read(text);
    const found = chunks.found;
    if (said) {
      for (let i = 0; i < count; i++) {
        const c = found[i] as Chunk;
        if (c.inAnswers) continue;
        for (const w of c.words) answerWords.add(w);
        c.inAnswers = true;
      }
    }
    for (let i = 0; i < count; i++) {
      const c = found[i] as Chunk;
      if (c.joins && joinsAt(found, i, count)) {
        // A phrase or number spans chunks: the rest of the text is read at once (the chunks before
        // read the same either way, and counting a form twice for an entry is a no-op).
        const rest: string[] = [];
        for (let k = i; k < count; k++) for (const t of (found[k] as Chunk).tokens) rest.push(t);
        addTokens(joinNeighbours(rest));
        return;
      }
      addChunk(c);
    }
  };

  const addEntryText = (text: string, f: FieldId, said: boolean) => {
    field = f;
    addText(text, said);
  };
  const entries = knowledge.entries;
  for (let i = 0; i < entries.length; i++) {
    n = i;
    forEachText(entries[i] as Entry, addEntryText);
    if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  const count = forms.length;
  return {
    ids: knowledge.entries.map((e) => e.id),
    formIds,
    forms,
    formPostings: group(pairs, count),
    fieldPostings: fieldPairs.map((p) => group(p, count)) as [PostingLists, PostingLists, PostingLists],
    fieldLengths,
    answerWords,
  };
}
