import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { postingList } from "./posting-lists.js";
import { FIELDS, type Postings } from "./postings.js";

/** The documents MiniSearch would be given to index the same postings with `addAll` (for tests). */
export function postingDocuments(postings: Postings): Record<"id" | (typeof FIELDS)[number], string>[] {
  const stems = postings.ids.map(() => [[], [], []] as [string[], string[], string[]]);
  postings.fieldPostings.forEach((lists, field) => {
    postings.forms.forEach((form, f) => {
      for (const n of postingList(lists, f)) stems[n]?.[field]?.push(form);
    });
  });
  return postings.ids.map((id, n) => {
    const [q, k, a] = stems[n] ?? [[], [], []];
    return { id, questions: q.join(" "), keywords: k.join(" "), answer: a.join(" ") };
  });
}

/** MiniSearch's serialised form (what `toJSON` writes) of everything but the term index. */
function serialisedHead(postings: Postings): Omit<AsPlainObject, "index"> {
  const count = postings.ids.length;
  const sums = [0, 0, 0];
  postings.fieldLengths.forEach((l, i) => {
    sums[i % 3] = (sums[i % 3] ?? 0) + l;
  });
  return {
    documentCount: count,
    nextId: count,
    documentIds: Object.fromEntries(postings.ids.map((id, n) => [n, id])),
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength: Object.fromEntries(
      postings.ids.map((_, n) => [n, Array.from(postings.fieldLengths.subarray(n * 3, n * 3 + 3))]),
    ),
    averageFieldLength: sums.map((s) => (count ? s / count : 0)),
    storedFields: {},
    dirtCount: 0,
    serializationVersion: 2,
  };
}

/**
 * Loads the postings into MiniSearch through its documented serialised form (`loadJSON`, the format
 * `toJSON` writes). At 10,000 entries this is several times faster than `addAll`, which walks
 * MiniSearch's radix tree once per term of every document; JSON text is the cheapest way to hand it
 * hundreds of thousands of postings. Searching is MiniSearch's own, unchanged.
 */
export function loadMiniSearchJSON(postings: Postings, options: Options): MiniSearch {
  const index: string[] = [];
  postings.forms.forEach((form, f) => {
    const byField: string[] = [];
    postings.fieldPostings.forEach((lists, field) => {
      const entries = postingList(lists, f);
      if (entries.length) byField.push(`"${field}":{"${entries.join('":1,"')}":1}`);
    });
    if (byField.length) index.push(`[${JSON.stringify(form)},{${byField.join(",")}}]`);
  });
  const head = JSON.stringify(serialisedHead(postings));
  return MiniSearch.loadJSON(`${head.slice(0, -1)},"index":[${index.join(",")}]}`, options);
}

/** MiniSearch's term store as `loadJS` fills it: term -> field id -> entry number -> term frequency. */
interface TermStore {
  set(term: string, data: Map<number, Map<number, number>>): unknown;
}

/**
 * Loads the postings into MiniSearch. Entries, field lengths and averages go through the public
 * `loadJS`; the term postings are then put into MiniSearch's term store exactly as `loadJS` itself
 * does, but from our integer lists instead of hundreds of thousands of string-keyed objects (at 10,000
 * entries 0.2 s instead of 0.65 s through `loadJSON`). MiniSearch is pinned to 7.2.x; should a later
 * version store terms differently, this falls back to `loadJSON`, and a test compares the rankings of
 * both with MiniSearch's own `addAll`.
 */
export function loadMiniSearch(postings: Postings, options: Options): MiniSearch {
  const mini = MiniSearch.loadJS({ ...serialisedHead(postings), index: [] }, options);
  const store = (mini as unknown as { _index?: Partial<TermStore> })._index;
  if (typeof store?.set !== "function" || mini.termCount !== 0) return loadMiniSearchJSON(postings, options);
  let terms = 0;
  const forms = postings.forms;
  for (let f = 0; f < forms.length; f++) {
    let data: Map<number, Map<number, number>> | undefined;
    for (let field = 0; field < FIELDS.length; field++) {
      // Plain index loops over the flat arrays: no views, no iterators for half a million postings.
      const { start, entries } = postings.fieldPostings[field as 0 | 1 | 2];
      const from = start[f] as number;
      const to = start[f + 1] as number;
      if (from === to) continue;
      const docs = new Map<number, number>();
      for (let k = from; k < to; k++) docs.set(entries[k] as number, 1);
      data ??= new Map();
      data.set(field, docs);
    }
    if (data) {
      (store as TermStore).set(forms[f] as string, data);
      terms++;
    }
  }
  return mini.termCount === terms ? mini : loadMiniSearchJSON(postings, options);
}
