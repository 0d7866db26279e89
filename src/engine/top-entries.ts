import type { FieldId, Postings } from "./postings.js";

/**
 * Query terms touching more postings than this are ranked by `topEntries` rather than MiniSearch's
 * `search`: MiniSearch builds a result object (terms, match) for every matching entry and sorts them all,
 * which for a question made only of common words ("kapan disesesu maya tose ...", each word in thousands
 * of the 10,000 entries) costs 20-30 ms, while only the best few dozen are ever looked at.
 */
export const TOP_ENTRIES_MIN_POSTINGS = 2000;

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
  const sums = [0, 0, 0];
  const lengths = postings.fieldLengths;
  for (let i = 0; i < lengths.length; i++) sums[i % 3] = (sums[i % 3] as number) + (lengths[i] as number);
  const avg = sums.map((s) => (count ? s / count : 0));
  const { k, b, d } = bm25;
  const score = new Float64Array(count);
  const seen = new Uint8Array(count);
  const termScore = new Float64Array(count);
  const termMark = new Int32Array(count);
  const matched = new Int32Array(count);
  const order: number[] = [];
  terms.forEach((term, t) => {
    const f = postings.formIds.get(term);
    if (f === undefined) return;
    const firstSame = terms.indexOf(term);
    const termOrder: number[] = [];
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
        if (termMark[e] === t + 1) termScore[e] = (termScore[e] as number) + fieldBoost * raw;
        else {
          termMark[e] = t + 1;
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
  return best;
}
