/**
 * Bounded Damerau-Levenshtein distance (optimal string alignment): returns the distance, or max + 1
 * as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  // Three rows of scratch space, reused by every call (a spelling correction compares thousands of
  // words): no arrays allocated per comparison.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1));
  const w = n + 1;
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= n; j++) {
    rows[prev2 + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (rows[prev + j] as number) + 1,
        (rows[cur + j - 1] as number) + 1,
        (rows[prev + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (rows[prev2 + j - 2] as number) + 1);
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return rows[prev + n] as number;
}
let rows = new Int32Array(96);

/** Edits allowed for a word of this length: none below 5 letters (too many real words collide). */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 10) return 1;
  return 2;
}

/**
 * Spelling correction against a vocabulary: the closest word within the allowed edits, preferring the
 * more frequent one on ties. Vocabulary is bucketed by length so a look-up touches few words.
 */
export class Speller {
  private readonly byLength = new Map<number, string[]>();
  /** The same words by length and first letter ("5:k"), in the same order: a look-up reads only these. */
  private readonly byStart = new Map<string, string[]>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly frequency: (w: string) => number = () => 0,
  ) {
    for (const w of vocabulary) {
      if (w.length < 4) continue;
      const bucket = this.byLength.get(w.length) ?? [];
      bucket.push(w);
      this.byLength.set(w.length, bucket);
      const key = `${w.length}:${w[0]}`;
      const started = this.byStart.get(key);
      if (started) started.push(w);
      else this.byStart.set(key, [w]);
    }
  }

  /** Every word the speller corrects to (for searches a predicate cannot do: dropped vowels). */
  *words(): IterableIterator<string> {
    for (const bucket of this.byLength.values()) yield* bucket;
  }

  correct(word: string): string | undefined {
    const max = allowedEdits(word.length);
    if (max === 0) return undefined;
    let best: string | undefined;
    let bestD = max + 1;
    let bestF = -1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      // First letters are rarely mistyped: only words starting with the same letter (halves the false friends).
      for (const cand of this.byStart.get(`${len}:${word[0]}`) ?? []) {
        const d = editDistance(word, cand, Math.min(max, bestD));
        if (d > bestD || d > max) continue;
        const f = this.frequency(cand);
        if (d < bestD || f > bestF) {
          best = cand;
          bestD = d;
          bestF = f;
        }
      }
    }
    return bestD <= max ? best : undefined;
  }
}
