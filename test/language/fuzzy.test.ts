import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, Speller } from "../../src/language/fuzzy.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("kerjasama", "kerjasma", 2)).toBe(1);
    expect(editDistance("tanggal", "tangal", 2)).toBe(1);
    expect(editDistance("walikota", "walkiota", 2)).toBe(1);
    expect(editDistance("abc", "abc", 1)).toBe(0);
  });
  it("stops early past the bound", () => {
    expect(editDistance("pariwisata", "umkm", 2)).toBe(3);
  });
});

describe("Speller", () => {
  const speller = new Speller(["kerjasama", "pariwisata", "tandatangan", "satu", "tanggal"]);
  it("corrects typos within the allowed edits", () => {
    expect(speller.correct("kerjsama")).toBe("kerjasama");
    expect(speller.correct("pariwsata")).toBe("pariwisata");
    expect(speller.correct("tangal")).toBe("tanggal");
  });
  it("never corrects short words (too many real words collide)", () => {
    expect(speller.correct("batu")).toBeUndefined();
  });
  it("leaves unrelated words alone", () => {
    expect(speller.correct("gubernur")).toBeUndefined();
  });
});

/** Optimal string alignment distance, computed in full (the reference the bounded version must match). */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance (reused scratch rows)", () => {
  it("is the optimal string alignment distance up to max, and above max beyond it, whatever came before", () => {
    const word = fc.stringMatching(/^[a-e]{0,12}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = osa(a, b);
        const bounded = editDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });
});
