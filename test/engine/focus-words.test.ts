import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/engine/analyse.js";
import { findFocus } from "../../src/engine/focus.js";
import { buildSearchIndex } from "../../src/engine/search-index.js";
import { nonContentWords } from "../../src/language/words.js";
import { at, shippedEngine } from "../support/engine.js";
import { expectSameEntryWithNoise } from "../support/properties.js";

/**
 * The focus decides (issue 9): a word explained by a general-language resource (the Javanese glossary
 * and its inflection rules, the English glossary, the thesaurus) never declines a question, a content
 * word in the focus that the knowledge lacks still does, and wrong premises are corrected.
 */
const engine = shippedEngine();
const now = at("2026-11-29");
const ask = (q: string) => engine.answer(q, { now });
const index = buildSearchIndex(engine.knowledge);
const focusOf = (q: string) => {
  const a = analyseQuestion(q, index.vocabulary, engine.knowledge);
  if (a.kind !== "question") throw new Error(a.kind);
  return findFocus(a.clauses[0] ?? a.whole, a.whole, engine.knowledge, now);
};

describe("words explained by general-language resources do not decline", () => {
  it.each([
    ["rek, kerjasama madiun karo kediri iku diteken kapan seh?", /13 Januari 2026/],
    ["maidi jabatane opo seh", /Wali Kota Madiun/],
    ["piro dino teko ttd sampek saiki?", /hari/],
    ["wis pirang sasi kerjasama madiun kediri iki mlaku?", /bulan/],
    ["kuliner dirembug gak nang kerjasama iki", /kuliner/],
    ["kerjasama iki ngomongke bidang opo ae? pemerintahan tok ta?", /pemerintahan/],
    ["Who is the mayor of Kediri mentioned in the news?", /Vinanda/],
    ["so who's the mayor of Kediri then?", /Vinanda/],
    ["what did Maidi say was the top priority?", /ekonomi/],
    ["bro, Madiun x Kediri collab itu signed kapan?", /13 Januari 2026/],
  ])("%s", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });

  it("a content word of the lexicon in the focus that the knowledge lacks still declines", () => {
    for (const q of [
      "berapa anggaran kerja sama",
      "jam berapa ttd",
      "cuaca saat ttd gimana",
      "gaji maidi berapa",
    ])
      expect(ask(q).kind, q).toBe("decline");
  });

  it("a later question about what the article lacks is declined on its own ('jam piro')", () => {
    const a = ask("ttd e tgl piro? trus jam piro?");
    expect(a.kind).toBe("answer");
    expect(a.text).toMatch(/13 Januari 2026/);
    expect(a.text).toMatch(/jam berapa.*belum ada/);
  });

  it("how long something lasts is no dated fact; time since the signing is", () => {
    expect(ask("kerjasama e sampek kapan? pirang taun?").kind).toBe("decline");
    expect(ask("wis piro dino seh sejak ttd kerjasama madiun kediri?").text).toMatch(/320 hari/);
  });

  it("a first question that is declined takes the parts depending on it along", () => {
    expect(ask("Siapa Wakil Wali Kota Kediri, dan apakah beliau hadir dalam acara tersebut?").kind).toBe(
      "decline",
    );
    expect(ask("kediri mau berbagi praktik terbaik apa ke madiun? contohnya opo").kind).toBe("decline");
  });

  it("a verb and its negation mid-sentence ask yes or no ('melu gak sih nang kerjasama')", () => {
    expect(ask("UMKM melu gak sih nang kerjasama madiun kediri?").text).toMatch(/^Ya, benar\..*UMKM/s);
  });

  it("who else came, or which other city took part, is declined", () => {
    for (const q of [
      "sopo ae sing teko pas ttd",
      "wakil walkot madiun melu teko gak?",
      "ada kota lain yg ikut gk slain madiun kediri",
    ])
      expect(ask(q).kind, q).toBe("decline");
  });
});

describe("wrong premises are corrected", () => {
  it("the wrong place", () => {
    expect(ask("kerja samanya diteken di surabaya ya").text).toMatch(/^Tidak\..*Balai Kota Kediri/s);
    expect(focusOf("kerja samanya diteken di surabaya ya").premises.places).toEqual(["surabaya"]);
  });
  it("the wrong outlet", () => {
    for (const q of ["beritane teko detik ta?", "Apakah berita ini berasal dari harian Kompas?"])
      expect(ask(q).text, q).toMatch(/^Bukan\. Sumbernya berita KETIK/);
    expect(ask("berita dari ketik ya?").text).not.toMatch(/^Bukan/);
  });
  it("the wrong owner and the wrong speaker, said without a question word", () => {
    expect(ask("target zero waste iku duweke kediri?").text).toMatch(/^Bukan\..*Madiun/s);
    expect(ask("vinanda sing ngomong ekonomi nomer siji?").text).toMatch(/^Bukan\..*Maidi/s);
  });
  it("the wrong day of a quote", () => {
    const a = ask("maidi ngomong ekonomi prioritas iku pas dino ttd, selasa kan?");
    expect(a.text).toMatch(/^Tidak\..*Rabu, 14 Januari 2026/s);
  });
});

describe("a quote found by its text", () => {
  it("answers who said it", () => {
    const a = ask(
      "Dengan hormat, kalimat 'Jika ekonomi kota tumbuh baik, maka kota itu akan sehat' itu diucapkan oleh siapa?",
    );
    expect(a.text).toMatch(/Maidi/);
  });
  it("a made-up sentence in quotes is not a quote of the knowledge", () => {
    expect(ask("siapa yang bilang 'harga cabai di pasar akan turun bulan depan'?").kind).toBe("decline");
  });
});

describe("properties", () => {
  const answerable = [
    "kapan kerja sama ditandatangani?",
    "siapa wali kota kediri?",
    "apa prioritas utama kerja sama?",
    "di mana penandatanganan dilakukan?",
    "apa target pemkot madiun pada 2027?",
  ];
  const words = [
    ...nonContentWords("particle"),
    ...nonContentWords("greeting"),
    ...nonContentWords("filler"),
    "seh",
    "tok",
    "rek",
    // (Conjunctions that open a new clause before a question word, "terus kapan", are no noise here.)
  ].filter((w) => w.length > 1 && !["dan", "serta", "lalu", "terus", "trus", "kemudian", "jadi"].includes(w));
  it("an answerable question plus any non-content words before or after it keeps its entry", () => {
    expectSameEntryWithNoise(ask, answerable, words, { before: 2, after: 3, numRuns: 200 });
  });
});

describe("a word that introduces an asker is asked about when said of someone else", () => {
  it.each([
    "apakah Maidi seorang guru?",
    "Kuwi mbiyen tau dadi guru po?",
    "apakah Vinanda dulu jadi wartawan?",
  ])("%s is declined (a person's past job is not in the knowledge)", (q) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("decline");
  });
  it.each([
    ["saya guru, mau tanya kapan kerja sama diteken?", /13 Januari 2026/],
    ["sebagai guru, kapan kerja sama diteken?", /13 Januari 2026/],
    ["aku dadi guru, sopo sing neken?", /Maidi/],
    ["apakah Maidi seorang wali kota?", /Maidi/],
  ])("%s: the asker's own frame, or an office the knowledge holds, still answers", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });
});

describe("a commemoration with no year or ordinal is an event, not the anniversary's date", () => {
  it.each(["Apakah akan diadakan acara peringatan?", "apakah ada peringatan?"])(
    "%s is not answered with a count of days",
    (q) => {
      const a = ask(q);
      expect(a.answered, a.text).toBe(false);
    },
  );
  it.each([
    ["kapan peringatan satu tahun kerja sama?", /13 Januari 2027/],
    ["peringatan setahunnya tanggal berapa?", /13 Januari 2027/],
  ])("%s still asks the anniversary", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });
});

describe("what a target means is not in the knowledge that names it", () => {
  it.each(["apa itu zero kabel? jelasin dong", "zero waste itu apa?", "apa itu zero waste?"])(
    "%s is declined, naming the target",
    (q) => {
      const a = ask(q);
      expect(a.kind, a.text).toBe("decline");
      expect(a.text).toMatch(/zero (kabel|waste) sebagai target/);
    },
  );
  it.each([
    ["tahun brp target zero waste?", /2027/],
    ["zero waste punya siapa?", /Madiun/],
    ["apa target 2027?", /zero kabel/],
  ])("%s is still answered", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });
});

describe("asking whether one thing is included asks about the sectors", () => {
  it.each([
    "kesehatan termasuk?",
    "Is health one of them?",
    "is health included?",
    "kesehatan masuk sektor kerja sama?",
  ])("%s gets the sector decline naming kesehatan (not the sentence 'kesehatan sebuah kota')", (q) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("decline");
    expect(a.text).toContain("tidak menyebut kesehatan sebagai sektor");
  });
  it.each([
    ["ekonomi termasuk?", /ekonomi/],
    ["kuliner termasuk?", /kuliner/],
    ["UMKM masuk?", /UMKM/],
    ["wisata masuk sektor kerjasama kan?", /pariwisata/],
  ])("%s: a sector the article names (or its root) is answered", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });
});
