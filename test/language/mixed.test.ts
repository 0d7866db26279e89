import { describe, expect, it } from "vitest";
import { isEnglishWord, readEnglish } from "../../src/language/english.js";
import { phrases, slang } from "../../src/language/lexicon.js";
import {
  droppedPrefixVowel,
  isDroppedVowels,
  javanesePassive,
  javanesePossessive,
  normalizeText,
  standardize,
} from "../../src/language/normalize.js";
import { analyze } from "../../src/language/pipeline.js";
import { isRealWord } from "../../src/language/words.js";

/** Reads a question the way the engine does, with a small knowledge vocabulary. */
const KNOWN = new Set(["mou", "madiun", "kediri", "kesepakatan", "diadakan", "dilaksanakan"]);
const read = (q: string) =>
  standardize(normalizeText(q).split(" ").filter(Boolean), (w) => KNOWN.has(w)).join(" ");
const nothing = () => false;

describe("English mixed into a question (data/english.txt)", () => {
  it.each([
    ["Who signed the MoU?", "siapa ditandatangani kesepakatan"],
    ["How many weeks have passed since the signing?", "berapa minggu berlalu sejak penandatanganan"],
    ["How many months have passed since the signing?", "berapa bulan berlalu sejak penandatanganan"],
    ["How many days have passed since the signing?", "berapa hari berlalu sejak penandatanganan"],
    [
      "Is it true that the agreement was signed on a Tuesday?",
      "apakah benar kesepakatan ditandatangani pada selasa",
    ],
    ["Was the agreement signed on a Friday?", "apakah kesepakatan ditandatangani pada jumat"],
    ["What sectors does the agreement cover?", "apa sektor kesepakatan mencakup"],
    ["Did Madiun Regency sign the agreement?", "apakah kabupaten madiun menandatangani kesepakatan"],
    ["Where was the agreement signed?", "dimana kesepakatan ditandatangani"],
    ["When was the MoU signed?", "kapan kesepakatan ditandatangani"],
    // Follow-up fillers ("so", "then") and contractions ("who's") of chat English.
    ["so who's the mayor of Kediri then?", "siapa walikota kediri"],
    ["what is the top priority?", "apa prioritas utama"],
  ])("%s -> %s", (q, expected) => {
    expect(read(q)).toBe(expected);
  });

  it("reads 'one of' as salah satu, never as the number one ('Is tourism one of them?' got 'Tidak' from the priority)", () => {
    expect(read("Is tourism one of the sectors?")).toContain("salahsatu");
    expect(read("which one is the top priority?")).not.toContain("salah");
  });

  it("reads an adjective-led noun phrase head first, as Indonesian does", () => {
    expect(read("I am a journalist from a local campus paper")).toBe("saya wartawan dari koran kampus lokal");
    expect(read("a student of public administration")).toBe("mahasiswa administrasi publik");
  });

  it("leaves Indonesian alone, even with one English word or Indonesian words that look English", () => {
    for (const q of [
      "kapan mou ditandatangani",
      "apa data sektor kerja sama",
      "siapa yang tanda tangan di balai kota",
      "kapan signed nya",
      "no 1 sektor apa",
    ]) {
      const words = normalizeText(q).split(" ");
      expect(readEnglish(words, nothing, (w) => isRealWord(w) && !isEnglishWord(w))).toEqual(words);
    }
  });

  it("keeps English words the glossary lacks as written (never guessed)", () => {
    expect(read("Who signed the quantum treaty")).toBe("siapa ditandatangani quantum treaty");
  });

  it("reads plural, past and -ing forms of every listed noun and verb", () => {
    for (const [base, inflected] of [
      ["week", "weeks"],
      ["month", "months"],
      ["sector", "sectors"],
      ["party", "parties"],
      ["sign", "signs"],
      ["cover", "covered"],
      ["agree", "agreed"],
      ["position", "positions"],
    ] as const) {
      expect(isEnglishWord(base), base).toBe(true);
      expect(isEnglishWord(inflected), inflected).toBe(true);
    }
  });

  it("never translates the knowledge's own words", () => {
    const words = ["who", "signed", "the", "agreement"];
    expect(readEnglish(words, (w) => w === "agreement", nothing)).toEqual([
      "siapa",
      "ditandatangani",
      "agreement",
    ]);
  });
});

describe("phrases written without vowels", () => {
  it("joins every two-word phrase whose words are written as consonants", () => {
    const skeleton = (w: string) => w[0] + w.slice(1).replace(/[aeiou]/g, "");
    let checked = 0;
    for (const p of phrases) {
      if (p.words.length !== 2 || !p.words.every((w) => /^[a-z]{4,}$/.test(w))) continue;
      const written = p.words.map(skeleton);
      if (written.some((w, k) => w === p.words[k] || slang.has(w) || isRealWord(w))) continue;
      // "tnd tngn" is tanda tangan or tanda tangani: either phrase with these consonants
      const alike = phrases.filter(
        (q) => q.words.length === 2 && q.words.map(skeleton).join() === written.join(),
      );
      expect(
        alike.map((q) => q.token),
        written.join(" "),
      ).toContain(standardize(written, nothing).join(" "));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("also when only one of the words lost its vowels", () => {
    expect(standardize(["tnda", "tangan"], nothing)).toEqual(["tandatangan"]);
    expect(standardize(["krj", "sama"], nothing)).toEqual(["kerjasama"]);
  });

  it("is a dropped-vowel spelling only with the same first letter, consonants in order, and not a word", () => {
    expect(isDroppedVowels("tngn", "tangan")).toBe(true);
    expect(isDroppedVowels("ngan", "tangan")).toBe(false);
    expect(isDroppedVowels("tgnn", "tangan")).toBe(false);
    expect(isDroppedVowels("bali", "balai")).toBe(false); // a real word
  });
});

describe("Javanese -ne/-e on any noun of the lexicon", () => {
  it.each([
    ["efeke", "efek"],
    ["tambahane", "tambahan"],
    ["kulinere", "kuliner"],
    ["programe", "program"],
    ["hasile", "hasil"],
    ["dampake", "dampak"],
    ["rencanane", "rencana"],
    ["pembangunane", "pembangunan"],
    ["wilayahe", "wilayah"],
    ["potensine", "potensi"],
  ])("%s -> %s", (w, base) => {
    expect(javanesePossessive(w)).toBe(base);
  });

  it("leaves real words ending in -e alone", () => {
    for (const w of ["sate", "kafe", "tempe", "karate", "gede"])
      expect(javanesePossessive(w)).toBeUndefined();
  });
});

describe("Javanese words and tags", () => {
  it("reads everyday ngoko verbs and the pora / po ora tags", () => {
    expect(read("UMKM mlebu gak")).toBe("umkm masuk tidak");
    expect(read("kulinere melu pora")).toBe("kuliner ikut tidak");
    expect(read("kulinere melu po ora")).toBe("kuliner ikut tidak");
  });

  it("reads Javanese di-...-(k)ke forms of a Javanese root through the slang map", () => {
    expect(read("festivale dianakke tanggal piro")).toBe("festival diadakan tanggal berapa");
  });

  it("reads chat spellings of function words", () => {
    expect(read("berita ditulis dr kota mn")).toBe("berita ditulis dari kota mana");
    expect(read("bwt opo")).toBe("untukapa");
    expect(read("kerjasama dr sopo bwat sopo")).toBe("kerjasama dari siapa untuk siapa");
  });
});

describe("prefixes written without their e", () => {
  it.each([
    ["brguna", "berguna"],
    ["brsama", "bersama"],
    ["trjadi", "terjadi"],
    ["prtama", "pertama"],
    ["mnjadi", "menjadi"],
    ["mmbangun", "membangun"],
    ["pmbangunan", "pembangunan"],
    ["pnandatanganan", "penandatanganan"],
    ["knapa", undefined],
    ["bersama", undefined],
  ])("%s -> %s", (w, full) => {
    expect(droppedPrefixVowel(w)).toBe(full);
  });
});

describe("a detached Javanese possessive", () => {
  it("'X ne' reads like X, for any noun", () => {
    for (const noun of ["kerjasama", "sektor", "target", "festival", "acara", "pernyataan"]) {
      const words = (q: string) => analyze(q).terms.map((t) => t.word);
      expect(words(`${noun} ne opo`), noun).toEqual(words(`${noun} opo`));
    }
  });
});

describe("Javanese inflection over the glossary's roots and English question words (issue 9)", () => {
  it("reads di- passives and -ke possessives of glossary roots", () => {
    expect(javanesePassive("dirembug")).toBe("dibahas");
    expect(javanesePassive("dirembugno")).toBe("dibahaskan");
    expect(javanesePassive("dibahas")).toBeUndefined();
    expect(read("target iku duweke kediri")).toBe("target itu punya kediri");
  });
  it("reads 'teko' as come at a clause end and as from before what it starts from", () => {
    expect(read("sopo sing teko")).toContain("datang");
    expect(read("wakil walkot melu teko gak")).toContain("datang");
    expect(read("teko madiun")).not.toContain("datang");
  });
  it("reads 'ngapain aja' / 'ngopo wae' as what someone does, item by item, and 'ngapain' alone as why", () => {
    expect(read("mahasiswa ngapain aja di kampung")).toBe("mahasiswa melakukan apasaja di kampung");
    expect(read("mahasiswa ngopo wae neng kampung")).toBe("mahasiswa melakukan apasaja di kampung");
    expect(read("ngapain ke kediri")).toBe("kenapa ke kediri");
    expect(analyze("Mahasiswa nanti ngapain aja di kampung?").types).toEqual(["list"]);
    expect(analyze("ngapain ke kediri?").types).toEqual(["reason"]);
  });
  it("reads the glossary's particles and adverbs (seh, tok) as noise", () => {
    expect(read("diteken kapan seh")).toBe("ditandatangani kapan");
    expect(read("pemerintahan tok ta")).toBe("pemerintahan saja");
  });
  it("counts English function and question words although the pipeline knows them as stop words", () => {
    const stop = (w: string) => ["who", "is", "the", "of", "in"].includes(w);
    expect(readEnglish("who is the mayor of kediri mentioned in the news".split(" "), stop, nothing)).toEqual(
      "siapa wali kota kediri disebut di berita".split(" "),
    );
    expect(readEnglish(["mou", "signed"], (w) => w === "mou", nothing)).toEqual(["mou", "signed"]);
  });
});
