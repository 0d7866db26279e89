/**
 * Bounded Damerau-Levenshtein distance (optimal string alignment): returns the distance, or max + 1
 * as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

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

  constructor(
    vocabulary: Iterable<string>,
    private readonly frequency: (w: string) => number = () => 0,
  ) {
    for (const w of vocabulary) {
      if (w.length < 4) continue;
      const bucket = this.byLength.get(w.length) ?? [];
      bucket.push(w);
      this.byLength.set(w.length, bucket);
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
      for (const cand of this.byLength.get(len) ?? []) {
        if (cand[0] !== word[0]) continue; // first letters are rarely mistyped; halves the false friends
        const d = editDistance(word, cand, Math.min(max, bestD));
        const f = this.frequency(cand);
        if (d < bestD || (d === bestD && d <= max && f > bestF)) {
          best = cand;
          bestD = d;
          bestF = f;
        }
      }
    }
    return bestD <= max ? best : undefined;
  }
}
