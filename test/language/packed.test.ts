import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { mapPacked } from "../../src/language/packed.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("mapPacked", () => {
  it("returns what Array.prototype.map returns, element by element, with each element's index", () => {
    const words = ["kapan", "ttd", "nya"];
    expect(mapPacked(words, (w, i) => `${i}:${w}`)).toEqual(words.map((w, i) => `${i}:${w}`));
    expect(mapPacked([] as string[], (w) => w)).toEqual([]);
    expect(mapPacked([1, 2.5, 3], (n) => n * 2)).toEqual([2, 5, 6]);
    // A new array: the input is left as it was.
    const input = ["a", "b"];
    const out = mapPacked(input, (w) => w.toUpperCase());
    expect(out).not.toBe(input);
    expect(input).toEqual(["a", "b"]);
  });

  // The mechanism it exists for (V8 of this Node), checked with V8's own test intrinsics in a child
  // process: once optimised, native map builds a holey array where the interpreter built a packed one;
  // mapPacked's result is packed before and after optimisation.
  it("builds packed arrays in every tier, where an optimised native map builds holey ones", () => {
    const script = `
      const { mapPacked } = await import(${JSON.stringify(`${ROOT}/src/language/packed.ts`)});
      const holey = (xs) => %HasHoleyElements(xs);
      function native(xs) { return xs.map((w) => w + "!"); }
      function packed(xs) { return mapPacked(xs, (w) => w + "!"); }
      const kinds = {};
      for (const f of [native, packed]) {
        // (mapPacked is optimised on its own too: it may run apart from its caller's code.)
        %PrepareFunctionForOptimization(f);
        %PrepareFunctionForOptimization(mapPacked);
        const before = holey(f(["a", "b"]));
        f(["c"]);
        %OptimizeFunctionOnNextCall(f);
        %OptimizeFunctionOnNextCall(mapPacked);
        const after = holey(f(["d", "e", "f"]));
        kinds[f.name] = { before, after, optimised: (%GetOptimizationStatus(f) & 16) !== 0 };
      }
      console.log(JSON.stringify(kinds));
    `;
    const run = spawnSync(
      process.execPath,
      ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    const kinds = JSON.parse(run.stdout);
    expect(kinds.native).toEqual({ before: false, after: true, optimised: true });
    expect(kinds.packed).toEqual({ before: false, after: false, optimised: true });
  });
});
