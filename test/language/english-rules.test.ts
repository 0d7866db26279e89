import { describe, expect, it } from "vitest";
import { contraction, isEnglishQuestionWord, isEnglishWord } from "../../src/language/english.js";
import { normalizeText, standardize } from "../../src/language/normalize.js";

/** Reads a question the way the engine does, with a small knowledge vocabulary. */
const KNOWN = new Set(["mou", "madiun", "kediri", "kesepakatan"]);
const read = (q: string) =>
  standardize(normalizeText(q).split(" ").filter(Boolean), (w) => KNOWN.has(w)).join(" ");

describe("English contractions, read by rule once the apostrophe is gone", () => {
  it.each([
    ["wasnt", ["was", "not"]],
    ["didnt", ["did", "not"]],
    ["doesnt", ["does", "not"]],
    ["isnt", ["is", "not"]],
    ["cant", ["can", "not"]],
    ["wont", ["will", "not"]],
    ["whos", undefined], // listed as written in the glossary (who's -> siapa)
    ["theyll", ["they", "will"]],
    ["theyre", ["they", "are"]],
    ["youve", ["you", "have"]],
    ["thats", ["that", "is"]],
  ])("%s -> %j", (w, parts) => {
    expect(contraction(w)).toEqual(parts);
  });

  it("leaves real words that only look contracted alone", () => {
    for (const w of [
      "its",
      "were",
      "well",
      "ill",
      "hell",
      "shell",
      "wed",
      "shed",
      "whore",
      "want",
      "event",
      "sent",
    ])
      expect(contraction(w)).toBeUndefined();
  });

  it("reads a negated auxiliary opening a question as bukankah/apakah, offering its statement to confirm", () => {
    expect(read("wasn't it at Madiun City Hall?")).toBe("apakah di balaikota madiun");
    expect(read("didn't Maidi sign the MoU?")).toMatch(/^apakah maidi menandatangani/);
    // Control: after a question word the auxiliary opens nothing, and "not" stays a negation.
    expect(read("why wasn't the MoU signed in Madiun?")).toBe(
      "kenapa tidak kesepakatan ditandatangani di madiun",
    );
  });
});

describe("irregular and doubled-consonant verb forms read as their base", () => {
  it.each([
    ["who gave a statement the next day?", "siapa berikan kata hari berikutnya"],
    ["who has given a statement?", "siapa berikan kata"],
    ["who set that target?", "siapa menetapkan target"],
    ["what did Maidi say happens if the economy grows?", "apa maidi menyatakan terjadi jika ekonomi tumbuh"],
    ["where was the agreement held?", "dimana kesepakatan diadakan"],
    ["who led the signing?", "siapa memimpin penandatanganan"],
  ])("%s -> %s", (q, expected) => {
    expect(read(q)).toBe(expected);
  });

  it("a form the glossary lists itself wins over the irregular rule ('left' = tersisa, not leave)", () => {
    expect(read("how many days are left until the anniversary?")).toBe("berapa hari tersisa sampai harijadi");
  });
});

describe("English word order and question shapes", () => {
  it("puts a head noun phrase after a name first ('Madiun City Hall' -> balai kota madiun)", () => {
    expect(read("was it signed at Kediri City Hall?")).toContain("balaikota kediri");
    expect(read("was it signed at Madiun Regency?")).toContain("kabupaten madiun");
  });

  it("reads 'by when', 'what happens if', 'main sector'", () => {
    expect(read("and the targets, by when?")).toBe("dan target kapan");
    expect(read("what happens if the economy grows well?")).toBe("apa yang terjadi jika ekonomi tumbuh");
    expect(read("what's the main sector then?")).toBe("apa sektor utama");
  });

  it("reads 'for' before a length of time as selama, elsewhere as untuk", () => {
    expect(read("will they cooperate for five years?")).toContain("selama lima tahun");
    expect(read("is it valid for 10 years?")).toContain("selama 10 tahun");
    expect(read("who signed for Madiun?")).not.toContain("selama");
    expect(read("what is the target for 2027?")).not.toContain("selama");
  });
});

describe("words of chat around a question", () => {
  it("drops an English acknowledgement even when it is the only English word of the message", () => {
    expect(read("noted. kapan kutipan itu disampaikan?")).toBe("kapan kata itu disampaikan");
    expect(read("alright, siapa yang tanda tangan?")).not.toContain("alright");
  });

  it("drops chat phrases in English questions", () => {
    expect(read("hey, quick one: when was the agreement signed?")).toBe("kapan kesepakatan ditandatangani");
    expect(read("okay, wait, was it signed in Kediri?")).toBe("apakah ditandatangani di kediri");
  });

  it("leaves Indonesian alone", () => {
    for (const q of ["kapan mou ditandatangani", "ok kapan ttd", "siapa yang tanda tangan di balai kota"])
      expect(read(q)).toBe(standardize(normalizeText(q).split(" "), (w) => KNOWN.has(w)).join(" "));
  });
});

describe("English question words", () => {
  it("knows question words, also contracted", () => {
    for (const w of ["what", "whats", "who", "whos", "when", "where", "wheres", "how", "which"])
      expect(isEnglishQuestionWord(w)).toBe(true);
  });
  it("does not take other English words or Indonesian question words for English ones", () => {
    for (const w of ["the", "main", "sector", "apa", "siapa", "its", "thats", "wasnt"])
      expect(isEnglishQuestionWord(w)).toBe(false);
  });
  it("a word the glossary lacks is no English word", () => {
    expect(isEnglishWord("underground")).toBe(false);
  });
});

describe("English adverbs the glossary lacks", () => {
  it("an -ly adverb of manner surrounds the focus and reads as nothing", () => {
    expect(read("when was the agreement officially signed?")).toBe("kapan kesepakatan ditandatangani");
    expect(read("what did Maidi reportedly say about the economy?")).toBe(
      "apa maidi menyatakan tentang ekonomi",
    );
  });
  it("control: nouns and verbs in -ily/-ply and the time adverbs of the glossary are not dropped", () => {
    expect(read("who signed for the family of Madiun?")).toContain("family");
    expect(read("did Maidi reply to the mayor?")).toContain("reply");
    expect(read("is the meeting held monthly?")).toContain("setiap bulan");
  });
});
