import { describe, expect, it } from "vitest";
import {
  describeWord,
  isRealWord,
  lemmaOf,
  lexicon,
  type NonContentClass,
  nonContentWords,
  partsOfSpeech,
  synonymsOf,
  wordClassOf,
} from "../../src/language/words.js";

describe("lemmas: derived, Javanese and Jakarta forms reach their roots", () => {
  const table: [string, string][] = [
    // standard Indonesian (lexicon affix rules)
    ["diselenggarakan", "selenggara"],
    ["penyelenggara", "selenggara"],
    ["dilaksanakan", "laksana"],
    ["pelaksanaan", "laksana"],
    ["penandatanganan", "tandatangan"],
    ["menandatangani", "tandatangan"],
    ["diteken", "teken"],
    ["kesepakatan", "sepakat"],
    // forms the dictionary's flags do not license: confix stripping over its roots
    ["keberlanjutan", "lanjut"],
    ["diprioritaskan", "prioritas"],
    // Jakarta -in, bare nasal prefixes, -ein for -aikan
    ["nyelenggarain", "selenggara"],
    ["dilaksanain", "laksana"],
    ["ngurusin", "urus"],
    ["disampein", "sampai"],
    ["ngomongin", "omong"],
    // Javanese -no/-kno/-ke/-ake, -ne/-e, dipun-, final g for k
    ["disepakatno", "sepakat"],
    ["ngomongke", "omong"],
    ["nyatakno", "nyata"],
    ["dirembug", "rembuk"],
    ["pengaruhe", "pengaruh"],
    ["wargane", "warga"],
    ["manfaate", "manfaat"],
    ["tujuane", "tuju"],
    ["dipuntandatangani", "tandatangan"],
    ["dilaksanakno", "laksana"],
    ["letake", "letak"],
    ["banggane", "bangga"],
  ];
  it.each(table)("%s -> %s", (form, root) => {
    expect(lemmaOf(form)).toBe(root);
    expect(isRealWord(form)).toBe(true);
  });

  it("leaves a root, a name and an unknown word as written", () => {
    for (const w of ["pengaruh", "sekitar", "abadi", "maidi", "qwerty"]) expect(lemmaOf(w)).toBe(w);
    expect(isRealWord("qwerty")).toBe(false);
    expect(isRealWord("maidi")).toBe(false);
  });

  // The rules work over any root, not only the ones seen in questions: every root of the dictionary
  // that takes di-...-kan (about 800), inflected the Javanese and Jakarta ways. A few dictionary roots are truly
  // ambiguous (acung / kacung after ng-), so the floor is below 100%.
  const roots = [...lexicon().allRoots()].filter(
    (r) =>
      /^[a-z]{4,}$/.test(r) &&
      lexicon()
        .derive(`di${r}kan`)
        .some((d) => d.root === r),
  );
  const nasal = (r: string): string => {
    const c = r[0] as string;
    if (c === "k") return `ng${r.slice(1)}`;
    if ("aiueo".includes(c)) return `ng${r}`;
    if (c === "s") return `ny${r.slice(1)}`;
    if (c === "t") return `n${r.slice(1)}`;
    if (c === "p") return `m${r.slice(1)}`;
    return `nge${r}`;
  };
  const patterns: [string, (r: string) => string, number][] = [
    ["di-...-no", (r) => `di${r}no`, 0.97],
    ["di-...-ke", (r) => `di${r}ke`, 0.97],
    ["di-...-ake", (r) => `di${r}ake`, 0.97],
    ["di-...-in (Jakarta)", (r) => `di${r}in`, 0.97],
    ["-ne / -e", (r) => (/[aiueo]$/.test(r) ? `${r}ne` : `${r}e`), 0.9],
    ["dipun-", (r) => `dipun${r}`, 0.85],
    ["nasal ...-in", (r) => `${nasal(r)}in`, 0.85],
    ["nasal ...-ke", (r) => `${nasal(r)}ke`, 0.85],
  ];
  it.each(patterns)("%s over sampled roots", (_name, inflect, floor) => {
    expect(roots.length).toBeGreaterThan(500);
    const reached = roots.filter((r) => lemmaOf(inflect(r)) === r).length;
    expect(reached / roots.length).toBeGreaterThanOrEqual(floor);
  });
});

describe("word classes", () => {
  const cases: [string, string][] = [
    ["halo", "greeting"],
    ["assalamualaikum", "greeting"],
    ["mohon", "courtesy"],
    ["makasih", "courtesy"],
    ["ngapunten", "courtesy"],
    ["rek", "particle"],
    ["lho", "particle"],
    ["dong", "particle"],
    ["eee", "filler"],
    ["anu", "filler"],
    ["gitu", "filler"],
    ["ndek", "function"],
    ["nang", "function"],
    ["karo", "function"],
    ["sing", "function"],
    ["iku", "function"],
    ["seko", "function"],
    ["mahasiswa", "intro"],
    ["wartawan", "intro"],
    ["ingin", "modality"],
    ["membaca", "modality"],
    ["memastikan", "modality"],
    ["bertanya", "modality"],
    ["sudah", "adverb"],
    ["sekilas", "adverb"],
    ["saja", "adverb"],
    ["sopo", "question"],
    ["piye", "question"],
    ["pirang", "question"],
    ["2027", "number"],
    ["sepuluh", "number"],
    ["ekonomi", "content"],
    ["penandatanganan", "content"],
    ["anggaran", "content"],
    ["bupati", "content"],
    ["wargane", "content"],
  ];
  it.each(cases)("%s is %s", (word, cls) => {
    expect(wordClassOf(word)).toBe(cls);
  });

  it("lists non-content words per class for property tests, without words that change a question", () => {
    const kinds: NonContentClass[] = ["greeting", "courtesy", "particle", "filler", "intro", "function"];
    for (const kind of kinds) {
      const words = nonContentWords(kind);
      expect(words.length).toBeGreaterThan(10);
      for (const w of words) expect(wordClassOf(w)).toBe(kind);
    }
    const all = kinds.flatMap((k) => nonContentWords(k));
    for (const meaningful of ["tidak", "bukan", "sejak", "sebelum", "belum", "semua", "warga", "kerja"]) {
      expect(all).not.toContain(meaningful);
    }
  });
});

describe("thesaurus", () => {
  it("gives synonyms, mutual ones first", () => {
    const syn = synonymsOf("menyatakan");
    expect(syn).toContain("mengatakan");
    expect(syn).toContain("menyampaikan");
    expect(synonymsOf("mengatakan")).toContain("menyatakan");
    expect(synonymsOf("sepakat")).toContain("setuju");
  });

  it("falls back to the lemma and knows parts of speech", () => {
    expect(synonymsOf("manfaatnya")).toContain("guna");
    expect(partsOfSpeech("sangat")).toContain("adv");
    expect(partsOfSpeech("ekonomi")).toContain("n");
    expect(synonymsOf("qwerty")).toEqual([]);
  });

  it("describeWord puts it together", () => {
    expect(describeWord("Menyatakan")).toMatchObject({
      word: "menyatakan",
      lemma: "nyata",
      inLexicon: true,
      wordClass: "content",
    });
    expect(describeWord("Menyatakan").synonyms).toContain("mengatakan");
  });
});
