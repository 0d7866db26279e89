import { mapPacked } from "../language/packed.js";
import type { FieldId, Postings } from "./postings.js";

/**
 * Query terms touching more postings than this are ranked by `topEntries` rather than MiniSearch's
 * `search`. MiniSearch builds a result object (terms, match) for every matching entry and sorts them
 * all, while retrieval looks at the best few dozen: for a question made only of common words ("kapan
 * disesesu maya tose ...", each word in thousands of the 10,000 entries) that was 20-30 ms and ~1 MB of
 * garbage per answer. Measured at 10,000 entries, MiniSearch / topEntries per search: 0.5 / 0.03 ms at
 * 100-300 postings, 1.8 / 0.23 ms at 300-1,000, 23 / 1.9 ms above 3,000. Small searches (all of them
 * with the shipped knowledge) stay with MiniSearch.
 */
export const TOP_ENTRIES_MIN_POSTINGS = 300;

/** Per-entry work arrays, allocated once per index and reused by every search (cleared after each). */
interface Scratch {
  avg: number[];
  score: Float64Array;
  seen: Uint8Array;
  matched: Int32Array;
  termScore: Float64Array;
  /** Which term (by stamp) last scored the entry. */
  termMark: Int32Array;
}
const scratches = new WeakMap<Postings, Scratch>();
let nextStamp = 1;

function scratchFor(postings: Postings): Scratch {
  let scratch = scratches.get(postings);
  if (!scratch) {
    const count = postings.ids.length;
    // Average field lengths summed as MiniSearch's serialised head is (same floating-point result).
    const sums = [0, 0, 0];
    const lengths = postings.fieldLengths;
    for (let i = 0; i < lengths.length; i++) sums[i % 3] = (sums[i % 3] as number) + (lengths[i] as number);
    scratch = {
      avg: mapPacked(sums, (s) => (count ? s / count : 0)),
      score: new Float64Array(count),
      seen: new Uint8Array(count),
      matched: new Int32Array(count),
      termScore: new Float64Array(count),
      termMark: new Int32Array(count),
    };
    scratches.set(postings, scratch);
  }
  return scratch;
}

/** Total length of the field postings of the given forms (how much a search over them has to touch). */
export function postingsTouched(postings: Postings, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const f = postings.formIds.get(term);
    if (f === undefined) continue;
    for (const { start } of postings.fieldPostings) total += (start[f + 1] as number) - (start[f] as number);
  }
  return total;
}

/**
 * The `limit` best entries for an OR query of `terms`, with exactly the scores and order of
 * `MiniSearch#search(terms.join(" "))` over the index `loadMiniSearch` builds (every term frequency 1; a
 * test compares the two): per term, per field in FIELDS order, `boost * BM25`, summed term after term,
 * times the number of distinct terms matched; ties keep the order in which entries were first matched.
 * Flat arrays instead of per-entry objects, and a bounded selection instead of sorting every match.
 */
export function topEntries(
  postings: Postings,
  terms: readonly string[],
  boosts: readonly [number, number, number],
  bm25: { k: number; b: number; d: number },
  limit: number,
): { id: string; score: number }[] {
  const count = postings.ids.length;
  const { avg, score, seen, matched, termScore, termMark } = scratchFor(postings);
  const lengths = postings.fieldLengths;
  const { k, b, d } = bm25;
  const order: number[] = [];
  terms.forEach((term, t) => {
    const f = postings.formIds.get(term);
    if (f === undefined) return;
    const firstSame = terms.indexOf(term);
    const termOrder: number[] = [];
    if (nextStamp === 0x7fffffff) {
      termMark.fill(0);
      nextStamp = 1;
    }
    const stamp = nextStamp++;
    for (let field = 0; field < 3; field++) {
      const { start, entries } = postings.fieldPostings[field as FieldId];
      const from = start[f] as number;
      const to = start[f + 1] as number;
      const matchingCount = to - from;
      if (!matchingCount) continue;
      const fieldBoost = boosts[field] as number;
      const avgFieldLength = avg[field] as number;
      const invDocFreq = Math.log(1 + (count - matchingCount + 0.5) / (matchingCount + 0.5));
      for (let i = from; i < to; i++) {
        const e = entries[i] as number;
        const fieldLength = lengths[e * 3 + field] as number;
        const raw = invDocFreq * (d + (1 * (k + 1)) / (1 + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        if (termMark[e] === stamp) termScore[e] = (termScore[e] as number) + fieldBoost * raw;
        else {
          termMark[e] = stamp;
          termScore[e] = fieldBoost * raw;
          termOrder.push(e);
        }
      }
    }
    for (const e of termOrder) {
      const s = termScore[e] as number;
      if (seen[e] === 0) {
        seen[e] = 1;
        score[e] = s;
        matched[e] = 1;
        order.push(e);
      } else {
        score[e] = (score[e] as number) + s;
        // A repeated term counts once towards the number of terms matched.
        if (firstSame === t) matched[e] = (matched[e] as number) + 1;
      }
    }
  });
  // Bounded selection in first-matched order: a later entry displaces only a strictly better one.
  const best: { id: string; score: number }[] = [];
  for (const e of order) {
    const s = (score[e] as number) * (matched[e] as number);
    if (best.length === limit && s <= (best[limit - 1] as { score: number }).score) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1] as { score: number }).score < s) at--;
    best.splice(at, 0, { id: postings.ids[e] as string, score: s });
    if (best.length > limit) best.pop();
  }
  for (const e of order) seen[e] = 0;
  return best;
}
