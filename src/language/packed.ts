/**
 * Arrays that travel between the stages of the pipeline keep one hidden class in every tier of V8.
 *
 * V8's optimising compiler builds `Array.prototype.map`'s result with holes (HOLEY_ELEMENTS) where the
 * interpreter builds it packed (PACKED_ELEMENTS). So an array made by `map` changes its hidden class the
 * moment the function that makes it is optimised, and every optimised function that reads such arrays
 * (tokens, terms, clauses) and has only seen the packed kind deoptimises ("wrong map") and is compiled
 * again: long after start-up, a burst of slow answers. `mapPacked` builds the same array packed in every
 * tier (pushing onto a literal stays packed), so the readers see one kind from the first answer on.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i] as T, i));
  return out;
}
