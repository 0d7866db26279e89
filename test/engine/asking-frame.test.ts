import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clausePositions, type Position, requestedActs } from "../../src/engine/positions.js";
import { frameWordsOf } from "../../src/engine/scene.js";
import { viewReading } from "../../src/language/explain.js";
import { normalizeText, standardize } from "../../src/language/normalize.js";
import { sentenceAdverb, thesaurusFunctionWord, wordClassOf } from "../../src/language/words.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Words about the ASKING or the TEXT, not about the world (issue 9, fifth question sets): "mohon dikoreksi
 * bila saya keliru", "could you confirm the exact date", "sebagaimana tercantum dalam berita", "pastinya",
 * "per hari ini", "ingin menanyakan dua hal", "merasa perlu". Each rule is paired with questions about
 * things the knowledge lacks, wrapped in the same frame, that must stay declined: the frame never
 * explains away a noun of the focus (rumah, gaji, anggaran, jadwal bus).
 */
const tokens = (q: string) => standardize(normalizeText(q).split(" ").filter(Boolean));
function positionsOf(q: string): Map<string, Position> {
  const t = tokens(q);
  const p = clausePositions(t);
  return new Map(t.map((w, i) => [w, p[i] as Position]));
}
const now = at("2026-11-29");
const ask = (q: string) => shippedEngine().answer(q, { now });

/**
 * One row per frame rule: frames that wrap a question ("{q}" stands for it), an answerable question with
 * a word its answer must hold, and out-of-scope questions with the noun the decline must name.
 */
const RULES: {
  rule: string;
  frames: string[];
  answerable: { q: string; expect: RegExp }[];
  outOfScope: { q: string; noun: string }[];
}[] = [
  {
    rule: "an act asked of the answerer after a courtesy word, and the asker's hedge",
    frames: [
      "Mohon dikoreksi bila saya keliru, {q}",
      "{q} Mohon dikoreksi bila saya keliru.",
      "Mohon diklarifikasi: {q}",
    ],
    answerable: [
      { q: "Ibu Vinanda menjabat sebagai Bupati Kediri, bukan?", expect: /^Tidak\b.*Wali Kota Kediri/s },
      {
        q: "penandatanganan dilaksanakan di Balai Kota Madiun, bukan?",
        expect: /^Tidak\b.*Balai Kota Kediri/s,
      },
    ],
    outOfScope: [
      { q: "gaji Wali Kota Madiun 50 juta, bukan?", noun: "gaji" },
      { q: "anggaran kerja sama ini 2 miliar, bukan?", noun: "anggaran" },
    ],
  },
  {
    rule: "an act asked of the addressee (English: could you confirm / verify; Mr)",
    frames: ["Could you confirm {q}", "Could you please verify {q}", "Bisakah anda sebutkan {q}"],
    answerable: [
      { q: "di kota mana acara penandatanganannya diadakan?", expect: /Balai Kota Kediri/ },
      { q: "berapa hari sudah berlalu sejak penandatanganan kesepakatan itu?", expect: /320 hari/ },
    ],
    outOfScope: [
      { q: "the budget of the agreement?", noun: "budget" },
      { q: "jadwal bus dari Madiun ke Kediri?", noun: "jadwal" },
    ],
  },
  {
    rule: "a reference to the text the answer comes from",
    frames: [
      "{q} sebagaimana tercantum dalam berita",
      "{q} seperti yang ditulis di artikel tersebut",
      "{q} sesuai tercantum pada berita",
    ],
    answerable: [{ q: "Mohon sebutkan nama lengkap Wali Kota Kediri", expect: /Vinanda Prameswati/ }],
    outOfScope: [
      { q: "Berapa anggaran kerja sama ini", noun: "anggaran" },
      { q: "Berapa gaji Wali Kota Madiun", noun: "gaji" },
    ],
  },
  {
    rule: "a counted announcement of the questions",
    frames: ["Saya ingin menanyakan dua hal: {q}", "mau tanya satu hal: {q}"],
    answerable: [{ q: "siapa saja yang menandatangani kesepakatan?", expect: /Maidi.*Vinanda/s }],
    outOfScope: [{ q: "berapa gaji wali kota Madiun?", noun: "gaji" }],
  },
  {
    rule: "a sentence adverb of precision and a preposition of time",
    frames: ["{q} pastinya?", "Per hari ini, {q}"],
    answerable: [{ q: "tanggal berapa kerja sama ditandatangani", expect: /13 Januari 2026/ }],
    outOfScope: [
      { q: "jadwal bus ke Kediri jam berapa", noun: "jadwal" },
      { q: "berapa anggaran kerja sama ini", noun: "anggaran" },
    ],
  },
];

describe("words about the asking or the text (frame5)", () => {
  for (const { rule, frames, answerable, outOfScope } of RULES) {
    it(`${rule}: answers what is answerable, declines what the knowledge lacks`, () => {
      for (const frame of frames) {
        for (const { q, expect: want } of answerable) {
          const a = ask(frame.replace("{q}", q));
          expect(a.answered, `${frame} / ${q}: ${a.text}`).toBe(true);
          expect(a.text, `${frame} / ${q}`).toMatch(want);
        }
        for (const { q, noun } of outOfScope) {
          const a = ask(frame.replace("{q}", q));
          expect(a.answered, `${frame} / ${q}: ${a.text}`).toBe(false);
          expect(a.text, `${frame} / ${q}`).toContain(`"${noun}"`);
        }
      }
    });
  }

  it("property: any frame around any answerable question gives the bare question's entry; around an out-of-scope one, a decline", () => {
    const frames = RULES.flatMap((r) => r.frames);
    const answerable = [
      "siapa yang menandatangani kerja sama ini?",
      "di mana penandatanganan kerja sama dilakukan?",
      "sektor apa saja yang dicakup kerja sama?",
      "apa target Pemkot Madiun pada 2027?",
    ];
    const outOfScope = [
      "berapa gaji Wali Kota Kediri?",
      "berapa harga tiket bus ke Kediri?",
      "berapa anggaran kerja sama ini?",
      "jam berapa jadwal bus Madiun Kediri?",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...frames), fc.constantFrom(...answerable), (frame, q) => {
        const framed = ask(frame.replace("{q}", q));
        expect(framed.entryIds[0], `${frame} / ${q}: ${framed.text}`).toBe(ask(q).entryIds[0]);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...frames), fc.constantFrom(...outOfScope), (frame, q) => {
        const framed = ask(frame.replace("{q}", q));
        expect(framed.answered, `${frame} / ${q}: ${framed.text}`).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it("a word the thesaurus knows only as a conjunction, preposition or adverb is a closed-class word", () => {
    for (const w of ["bila", "tatkala", "sekiranya", "kendati"])
      expect(thesaurusFunctionWord(w), w).toBe(true);
    // A listed word keeps its own rule; a noun, verb or adjective is content.
    for (const w of ["tidak", "sejak", "rumah", "gaji", "anggaran", "jadwal"])
      expect(thesaurusFunctionWord(w), w).toBe(false);
    // It never declines; a word ordering two facts in time still does when alone ("berapa hari SETELAH ...").
    expect(ask("tatkala kerja sama diteken, di mana tempatnya?").answered).toBe(true);
    expect(ask("berapa hari setelah tanda tangan?").answered).toBe(false);
  });

  it("an adjective with -nya reads as the listed sentence adverb of its synonym, not any adjective", () => {
    expect(sentenceAdverb("pastinya")).toBe("persisnya");
    expect(wordClassOf("pastinya")).toBe("adverb");
    // Not a degree listed bare as well ("ramai"/"ramainya"), and not a noun with -nya.
    expect(sentenceAdverb("meriahnya")).toBeUndefined();
    expect(sentenceAdverb("gajinya")).toBeUndefined();
    expect(sentenceAdverb("rumahnya")).toBeUndefined();
  });

  it("the act asked after a courtesy word is frame; the noun after it is not", () => {
    expect([...requestedActs(["mohon", "dikoreksi", "bila", "saya", "keliru"])]).toEqual(["dikoreksi"]);
    expect([...requestedActs(["tolong", "jelaskan", "jadwal", "bus"])]).toEqual(["jelaskan"]);
    expect([...requestedActs(["mohon", "info", "jadwal", "bus"])]).toEqual([]);
    const p = positionsOf("bisakah anda sebutkan anggaran kerja sama ini");
    expect(p.get("sebutkan")).toBe("frame");
    expect(p.get("anggaran")).toBe("focus");
    const q = positionsOf("could you confirm the budget of the agreement");
    expect(q.get("budget")).toBe("focus");
  });

  it("a reference to the text is frame; what is asked before it is not", () => {
    const p = positionsOf("berapa anggaran kerja sama sebagaimana tercantum dalam berita");
    for (const w of ["sebagaimana", "tercantum", "dalam", "berita"]) expect(p.get(w), w).toBe("frame");
    expect(p.get("anggaran")).toBe("focus");
    const q = positionsOf("siapa pihak pertama dalam kerja sama yang diberitakan tersebut");
    expect(q.get("diberitakan")).toBe("frame");
    // Without the word that opens the reference, a verb with the news is the question ("ditulis di berita apa").
    expect(positionsOf("kerja sama ini ditulis di berita apa").get("ditulis")).toBe("focus");
  });

  it("a counted announcement and a verb of attitude are frame; the predicate and the nouns are not", () => {
    const p = positionsOf("saya ingin menanyakan dua hal siapa yang menandatangani");
    expect(p.get("dua")).toBe("frame");
    expect(p.get("menandatangani")).toBe("focus");
    // A number that is the question's own stays focus ("berapa sektor, dua hal?" is no announcement).
    expect(positionsOf("apakah ada dua sektor prioritas").get("dua")).not.toBe("frame");
    const q = positionsOf("mengapa kedua kota merasa perlu bekerja sama");
    expect(q.get("merasa")).toBe("frame");
    expect(q.get("kerjasama")).toBe("focus");
    expect(positionsOf("kenapa gaji wali kota perlu naik").get("gaji")).toBe("focus");
  });

  it("a noun of someone's view before a person of the knowledge asks what that person said", () => {
    expect(viewReading("pandangan")).toBe("kata");
    expect(viewReading("rumah")).toBeUndefined();
    expect(viewReading("gaji")).toBeUndefined();
    const a = ask("Bagaimana pandangan Wali Kota Madiun mengenai sektor yang paling diutamakan?");
    expect(a.text).toMatch(/ekonomi/);
    // A group's view is not a person's statement; a topic the knowledge lacks stays declined.
    expect(ask("bagaimana pandangan warga soal kerja sama ini?").answered).toBe(false);
    const b = ask("bagaimana pandangan Pak Maidi soal gaji PNS?");
    expect(b.answered).toBe(false);
    expect(b.text).toContain('"gaji"');
  });

  it("known words only in the frame are not searched ('karena saya PERLU menuliskannya')", () => {
    const f = frameWordsOf(
      "Mohon sebutkan nama lengkap Wali Kota Kediri sebagaimana tercantum dalam berita, karena saya perlu menuliskannya di undangan rapat RT.",
    );
    for (const w of ["perlu", "tercantum", "berita"]) expect(f.has(w), w).toBe(true);
    expect(f.has("walikota")).toBe(false);
  });
});
