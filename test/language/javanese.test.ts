import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { javanese, slang } from "../../src/language/lexicon.js";
import {
  kramaAffixes,
  normalizeText,
  ordinalOne,
  retroflexSpelling,
  standardize,
} from "../../src/language/normalize.js";
import { closedClassWords, isRealWord, lexicon } from "../../src/language/words.js";

/**
 * The Javanese -> Indonesian word map (data/javanese.txt) and the rules that read Javanese over any root:
 * krama affixes (dipun-, -aken/-kaken, -ipun/-nipun), dh/th spelling, and words read by their neighbours.
 */
const KNOWN = new Set(["madiun", "kediri", "kesepakatan", "ditandatangani", "dilaksanakan", "dikembangkan"]);
const read = (q: string) =>
  standardize(normalizeText(q).split(" ").filter(Boolean), (w) => KNOWN.has(w)).join(" ");

/** The map's own lines, as written (slang.txt's entries are laid over them in the slang map). */
const ownLines = readFileSync(new URL("../../src/language/data/javanese.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter(Boolean)
  .map((l) => l.split(/\s+/));

/** The chat map's lines (data/slang.txt). */
const chatLines = readFileSync(new URL("../../src/language/data/slang.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter(Boolean)
  .map((l) => l.split(/\s+/));

describe("the Javanese word map", () => {
  it("documents its source in its header", () => {
    const text = readFileSync(new URL("../../src/language/data/javanese.txt", import.meta.url), "utf8");
    expect(text).toMatch(/^# Javanese -> Indonesian word map/);
    expect(text).toMatch(/# Source: written by the team from general knowledge of Javanese/);
  });

  it("lists each word once, and never disagrees with the chat map (slang.txt) laid over it", () => {
    const keys = ownLines.map(([k]) => k as string);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [k, ...v] of chatLines) {
      const own = javanese.get(k as string);
      if (own) expect(own.join(" ") || "-", k).toBe(v.join(" "));
    }
  });

  it("reads every word into real Indonesian words (the lexicon's, a closed class or the chat map's)", () => {
    const closed = new Set(closedClassWords());
    // (The chat map's own readings: slang.txt's lines, not the merged map that holds this file too.)
    const chatReadings = new Set(chatLines.flatMap(([, ...v]) => v));
    for (const [k, ...v] of ownLines) {
      if (v[0] === "-") continue;
      for (const w of v) {
        const real =
          lexicon().hasEntry(w) || isRealWord(w) || closed.has(w) || slang.has(w) || chatReadings.has(w);
        expect(real, `${k} -> ${w}`).toBe(true);
      }
    }
  });

  it("covers the closed classes of ngoko and krama, and the common words of both registers", () => {
    expect(read("sektor menapa kemawon")).toBe("sektor apasaja");
    expect(read("sing tanda tangan saka madiun sopo")).toBe("yang tandatangan dari madiun siapa");
    expect(read("kurang piro dino menyang 2027")).toBe("kurang berapa hari ke 2027");
    expect(read("sampun pinten wulan wiwit tapak asma")).toBe("sudah berapa bulan sejak tandatangan");
    expect(read("pendidikan klebu sektor")).toBe("pendidikan termasuk sektor");
    expect(read("ingkang dados prioritas")).toBe("yang jadi prioritas");
    expect(read("ultah pertama wis liwat durung")).toBe("harijadi pertama sudah melalui belum");
    expect(read("wong loro sing ttd")).toBe("kedua yang tandatangan");
    expect(read("sing dadi prioritas ki opo")).toBe("yang jadi prioritas apa");
    // Numbers in ngoko and krama reach the number reader.
    expect(read("telung sasi")).toBe("tiga bulan");
    expect(read("rolas dino")).toBe("12 hari");
    expect(read("setunggal")).toBe("satu");
  });
});

describe("krama affixes over any root", () => {
  it.each([
    ["dipunkerjasamakaken", "dikerjasamakan"],
    ["dipuntandatangani", "ditandatangani"],
    ["dipunlaksanakaken", "dilaksanakan"],
    ["tanggalipun", "tanggalnya"],
    ["asmanipun", "asmanya"],
    ["ngembangaken", "ngembangkan"],
  ])("%s -> %s", (w, standard) => expect(kramaAffixes(w)).toBe(standard));

  it("leaves Indonesian words alone", () => {
    for (const w of ["dipukul", "dipun", "akan", "kapan", "pipun", "tandatangan"])
      expect(kramaAffixes(w)).toBeUndefined();
  });

  it("reads dipun written apart from its verb, and krama forms of any verb the knowledge knows", () => {
    expect(read("dipun laksanakaken")).toBe("dilaksanakan");
    expect(read("dipun tandatangani")).toBe("ditandatangani");
    // (-kaken after a vowel, -aken after a consonant.)
    for (const [root, suffix] of [
      ["laksana", "kaken"],
      ["kembang", "aken"],
    ])
      expect(read(`dipun${root}${suffix}`)).toBe(`di${root}kan`);
  });
});

describe("Javanese spelling dh/th for d/t", () => {
  it("reads the plain spelling when the pipeline knows it", () => {
    expect(retroflexSpelling("madhiun", (w) => KNOWN.has(w))).toBe("madiun");
    expect(read("dhuwite")).toBe("uang");
  });
  it("never reads an English word or a word already known", () => {
    for (const w of ["thank", "with", "month", "the", "madiun"])
      expect(retroflexSpelling(w, (x) => KNOWN.has(x) || x === "tank" || x === "wit")).toBeUndefined();
  });
});

describe("words read by their neighbours", () => {
  it("yo: 'juga' inside a clause, a particle as a tag or after a question word", () => {
    expect(read("madiun yo kerjasama karo surabaya ta")).toBe("madiun juga kerjasama dengan surabaya");
    expect(read("kerja sama madiun karo surabaya yo")).toBe("kerjasama madiun dengan surabaya");
    expect(read("piye yo carane")).not.toContain("juga");
    expect(read("kapan yo ttd e")).toBe("kapan tandatangan");
  });
  it("ngarep: 'depan' after a time noun, 'berharap' elsewhere", () => {
    expect(read("taun ngarep")).toBe("tahun depan");
    expect(read("maidi ngarep opo")).toBe("maidi berharap apa");
  });
  it("pas: 'tepat' before a number, 'saat' elsewhere", () => {
    expect(read("pas 3 sasi saiki")).toBe("tepat 3 bulan sekarang");
    expect(read("pas telung sasi")).toBe("tepat tiga bulan");
    expect(read("pas natal")).toBe("saat natal");
  });
  it("habis / entek / telas closing a clause or before 'kapan' is the end of something; 'habis tanda tangan' is not", () => {
    expect(read("kontrak e entek kpn")).toBe("kontrak berakhir kapan");
    expect(read("kontrakipun telas kapan")).toBe("kontraknya berakhir kapan");
    expect(read("kontraknya habis")).toBe("kontraknya berakhir");
    expect(read("habis tanda tangan")).toBe("habis tandatangan");
  });
  it("'satu' right after a noun is the ordinal 'nomor satu'; a quantity before its noun is not", () => {
    expect(ordinalOne(["prioritas", "satu", "apa"])).toEqual(["prioritas", "nomorsatu", "apa"]);
    expect(ordinalOne(["satu", "sektor", "apa"])).toEqual(["satu", "sektor", "apa"]);
    expect(ordinalOne(["sektor", "satu", "lagi"])).toEqual(["sektor", "satu", "lagi"]);
    expect(ordinalOne(["hari", "satu"])).toEqual(["hari", "satu"]);
  });
});
