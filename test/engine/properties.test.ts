import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/language/pipeline.js";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();
const now = at("2026-11-28");

/** Strings a Telegram user could send: any Unicode, emoji, control characters, HTML-ish and slang. */
const messy = fc.oneof(
  fc.string({ unit: "binary", maxLength: 10_000 }),
  fc.string({ unit: "grapheme", maxLength: 2_000 }),
  fc
    .array(fc.constantFrom("😀", "🇮🇩", "\u0000", "\u200b", "\u202e", "\n", "\t", "<", ">", "&", '"', "'"), {
      maxLength: 500,
    })
    .map((a) => a.join("")),
  fc
    .array(
      fc.constantFrom(
        "<b>",
        "</b>",
        "<a href='x'>",
        "<script>",
        "kapan",
        "ttd",
        "walkot",
        "kediri",
        "madiun",
        "?",
        "&amp;",
        "sopo",
        "opo",
        "dan",
        "2027",
      ),
      { maxLength: 300 },
    )
    .map((a) => a.join(" ")),
  fc.string({ unit: fc.constantFrom("a", "b", "k", "-", " "), maxLength: 10_000 }),
);

describe("engine properties", () => {
  it("never throws and always returns a bounded, well-formed answer", () => {
    fc.assert(
      fc.property(messy, (q) => {
        const a = engine.answer(q, { now });
        expect(a.internalError).toBeUndefined();
        expect(["answer", "clarify", "decline"]).toContain(a.kind);
        expect(a.answered).toBe(a.kind === "answer");
        expect(typeof a.text).toBe("string");
        expect(a.text.length).toBeGreaterThan(0);
        expect(a.text.length).toBeLessThanOrEqual(1500);
        expect(a.followUps.length).toBeLessThanOrEqual(3);
        if (a.answered) expect(a.sources.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same question at the same time gives the same answer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        expect(engine.answer(q, { now }).text).toBe(engine.answer(q, { now }).text);
      }),
      { numRuns: 100 },
    );
  });

  it("is insensitive to case and surrounding punctuation", () => {
    const questions = [
      "kapan kerja sama ditandatangani",
      "siapa wali kota kediri",
      "apa saja sektor kerja sama",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.constantFrom("", "?", "!!", "...", " 🙏"),
        fc.boolean(),
        (q, tail, upper) => {
          const variant = `${upper ? q.toUpperCase() : q}${tail}`;
          expect(engine.answer(variant, { now }).entryIds).toEqual(engine.answer(q, { now }).entryIds);
        },
      ),
    );
  });

  it("analyses any input into a bounded number of terms", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), (q) => {
        expect(analyze(q).terms.length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 200 },
    );
  });
});
