import { describe, expect, it } from "vitest";
import { Stemmer, stemmer } from "../../src/language/stemmer.js";

describe("Stemmer (Nazief-Adriani / ECS)", () => {
  const pairs: [string, string][] = [
    ["penandatanganan", "tandatangan"],
    ["menandatangani", "tandatangan"],
    ["ditandatangani", "tandatangan"],
    ["pemerintahan", "perintah"],
    ["pembangunan", "bangun"],
    ["pengembangan", "kembang"],
    ["kesejahteraan", "sejahtera"],
    ["pelayanan", "layan"],
    ["mengoptimalkan", "optimal"],
    ["berkelanjutan", "lanjut"],
    ["diprioritaskan", "prioritas"],
    ["menyampaikan", "sampai"],
    ["menargetkan", "target"],
    ["penerapan", "terap"],
    ["memakan", "makan"],
    ["meneken", "teken"],
    ["dikerjasamakan", "kerjasama"],
    ["kerjasamanya", "kerjasama"],
    ["bertujuan", "tuju"],
    ["tujuannya", "tuju"],
    ["disepakati", "sepakat"],
    ["kesepakatan", "sepakat"],
    ["pelantikan", "lantik"],
    ["memimpin", "pimpin"],
    ["pemimpin", "pimpin"],
  ];
  it.each(pairs)("%s -> %s", (word, root) => {
    expect(stemmer.stem(word)).toBe(root);
  });

  it("leaves words without a dictionary root unchanged", () => {
    expect(stemmer.stem("prameswati")).toBe("prameswati");
    expect(stemmer.stem("qwerty")).toBe("qwerty");
  });

  it("uses only the dictionary it is given", () => {
    const s = new Stemmer(new Set(["ajar"]));
    expect(s.stem("pelajaran")).toBe("ajar");
    expect(s.stem("pembangunan")).toBe("pembangunan");
  });

  it("stemOnce reads a word as stem does, without remembering a word it had not seen", () => {
    const lookups: string[] = [];
    const dictionary = {
      has: (w: string) => {
        lookups.push(w);
        return w === "ajar" || w === "bangun";
      },
    };
    const s = new Stemmer(dictionary);
    // A one-off look-up (a typo's edit candidate) is worked out each time: nothing was kept.
    expect(s.stemOnce("pelajaran")).toBe("ajar");
    const once = lookups.length;
    expect(s.stemOnce("pelajaran")).toBe("ajar");
    expect(lookups.length).toBe(2 * once);
    // A remembered word is read from memory by both.
    expect(s.stem("pembangunan")).toBe("bangun");
    lookups.length = 0;
    expect(s.stemOnce("pembangunan")).toBe("bangun");
    expect(s.stem("pembangunan")).toBe("bangun");
    expect(lookups).toEqual([]);
    // The same readings as stem for the words of the list above.
    for (const [word] of pairs) expect(stemmer.stemOnce(word)).toBe(stemmer.stem(word));
  });
});
