/**
 * `compute` memoised by its string argument, for pure word-level functions (a word always reads the
 * same); the memory is emptied when it holds `limit` keys, so an endless stream of new words stays bounded.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    // One look-up for a remembered value (most calls); `has` only tells a remembered undefined from none.
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
