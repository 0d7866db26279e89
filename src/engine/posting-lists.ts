/** Lists of entry numbers per search form, in two flat arrays. */
export interface PostingLists {
  start: Int32Array;
  entries: Int32Array;
}

/** The entries of one list (a view, no copy). */
export function postingList(lists: PostingLists, form: number): Int32Array {
  return lists.entries.subarray(lists.start[form] ?? 0, lists.start[form + 1] ?? 0);
}

/** A growable list of (form, entry) pairs, stored interleaved in one integer array. */
export class PairList {
  data = new Int32Array(2048);
  length = 0;
  push(form: number, entry: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = form;
    this.data[this.length + 1] = entry;
    this.length += 2;
  }
}

/** The pairs grouped by form with a stable counting sort (entries stay ascending within a form). */
export function group(pairs: PairList, formCount: number): PostingLists {
  const { data, length } = pairs;
  const start = new Int32Array(formCount + 1);
  for (let i = 0; i < length; i += 2) {
    const k = (data[i] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let f = 0; f < formCount; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const next = start.slice(0, formCount);
  const out = new Int32Array(length / 2);
  for (let i = 0; i < length; i += 2) {
    const f = data[i] as number;
    const at = next[f] as number;
    out[at] = data[i + 1] as number;
    next[f] = at + 1;
  }
  return { start, entries: out };
}
