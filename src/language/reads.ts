/**
 * What a cached word reading read of the knowledge's vocabulary, so that a reload can keep the readings
 * an edit cannot change (see `carryTerms` in pipeline.ts). While a reading is worked out, the vocabulary
 * notes every word it is asked about (`noteRead`: has, frequency, names, answer words) and every word the
 * speller searched around (`noteScan`: its candidates are any vocabulary word within two edits or with
 * the same consonants). Outside such a computation noting is one comparison.
 */

let current: Set<string> | undefined;

/** Marks a scan key (a word the speller searched around) among the read keys. */
export const SCAN = "~";

/** Notes that the reading under way asked the vocabulary about `key`. */
export function noteRead(key: string): void {
  if (current !== undefined) current.add(key);
}

/** Notes that the reading under way searched the vocabulary's words around `word` (spelling correction). */
export function noteScan(word: string): void {
  if (current !== undefined) current.add(SCAN + word);
}

/** Whether a reading is being worked out (a remembered reading used inside it adds its own reads). */
export function recording(): boolean {
  return current !== undefined;
}

/** Adds the reads of a remembered reading used inside the one under way. */
export function noteReads(keys: Iterable<string>): void {
  if (current === undefined) return;
  for (const k of keys) current.add(k);
}

/**
 * Runs `compute` noting what it reads; the reads go to `done` with the value, and also count for a reading
 * under way around it (which depends on this one).
 */
export function withReads<T>(compute: () => T, done: (value: T, reads: string[]) => void): T {
  const outer = current;
  const reads = new Set<string>();
  current = reads;
  let value: T;
  try {
    value = compute();
  } finally {
    current = outer;
    if (outer !== undefined) for (const k of reads) outer.add(k);
  }
  done(value, [...reads]);
  return value;
}
