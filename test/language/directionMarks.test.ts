import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/language/normalize.js";
import { loadRealEngine } from "../e2e/botHarness.js";

/** Bidirectional-text controls: LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI. */
const DIRECTION_MARKS = [
  0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];

describe("direction marks", () => {
  it.each(DIRECTION_MARKS.map((c) => [c.toString(16).toUpperCase(), String.fromCodePoint(c)]))(
    "U+%s inside a word is removed, not a word break",
    (_code, mark) => {
      expect(normalizeText(`ka${mark}pan ttd?`)).toBe("kapan ttd");
      expect(normalizeText(`${mark}kerja${mark} sama${mark}`)).toBe("kerja sama");
    },
  );

  it('"ka\\u200Fpan ttd?" is answered like "kapan ttd?"', () => {
    const engine = loadRealEngine();
    const now = new Date("2026-11-28T05:00:00Z");
    const marked = engine.answer("ka\u200Fpan ttd?", { now });
    const plain = engine.answer("kapan ttd?", { now });
    expect(plain.kind).not.toBe("decline");
    expect(marked.kind).toBe(plain.kind);
    expect(marked.text).toBe(plain.text);
  });
});
