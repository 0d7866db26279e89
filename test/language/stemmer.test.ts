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
});
