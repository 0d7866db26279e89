import { describe, expect, it } from "vitest";
import { Hunspell } from "../../src/language/hunspell.js";
import { lexicon } from "../../src/language/words.js";

/** A small dictionary in the real file's style: long flags, circumfix, needaffix, twofold suffixes. */
const AFF = `SET UTF-8
FLAG long
CIRCUMFIX A1
NEEDAFFIX A2

PFX D0 Y 1
PFX D0 0 di .

PFX M0 Y 3
PFX M0 0 mem [bfv]
PFX M0 p mem p[^lr]
PFX M0 t men t[^r]

PFX P1 Y 2
PFX P1 0 pe/A1 [lmnryw]
PFX P1 t pen/A1 t[^r]

SFX Pa Y 1
SFX Pa 0 an/P1o0A1 .

SFX k0 Y 1
SFX k0 0 kan .

SFX o0 Y 2
SFX o0 0 nya .
SFX o0 0 ku .
`;
const DIC = `4
laksana/D0PaM0k0
pakai/M0
tandatangan/A2M0P1Pa
Jakarta
`;

describe("Hunspell reader (affix rules in reverse)", () => {
  const h = new Hunspell(AFF, DIC);

  it("finds roots through prefixes with their sound changes", () => {
    expect(h.derive("memakai").map((d) => d.root)).toEqual(["pakai"]);
    expect(h.derive("dilaksana").map((d) => d.root)).toEqual(["laksana"]);
  });

  it("needs both halves of a circumfix, and licenses the outer suffix by the inner one", () => {
    expect(h.derive("pelaksanaan")).toEqual([{ root: "laksana", prefix: "pe", suffixes: ["an"] }]);
    expect(h.derive("pelaksanaannya")).toEqual([{ root: "laksana", prefix: "pe", suffixes: ["an", "nya"] }]);
    expect(h.derive("pelaksana")).toEqual([]); // pe- without -an
    expect(h.derive("laksanaan")).toEqual([]); // -an without pe-
  });

  it("follows the root's flags only", () => {
    expect(h.derive("pakaikan")).toEqual([]); // pakai has no k0
    expect(h.derive("laksanakan").map((d) => d.root)).toEqual(["laksana"]);
    expect(h.derive("laksanaku")).toEqual([]); // o0 comes only after -an
  });

  it("keeps a bound root (NEEDAFFIX) out of the free words but derives from it", () => {
    expect(h.isRoot("tandatangan")).toBe(false);
    expect(h.hasEntry("tandatangan")).toBe(true);
    expect(h.derive("penandatanganan").map((d) => d.root)).toEqual(["tandatangan"]);
  });

  it("skips capitalised entries (names)", () => {
    expect(h.hasEntry("jakarta")).toBe(false);
    expect(h.size).toBe(3);
  });
});

describe("the vendored Indonesian dictionary", () => {
  const lex = lexicon();

  it("holds the LibreOffice roots", () => {
    expect(lex.size).toBeGreaterThan(30_000);
  });

  // Derived forms of many different roots and affix patterns reach the root by the dictionary's own rules.
  const table: [string, string][] = [
    ["diselenggarakan", "selenggara"],
    ["penyelenggara", "selenggara"],
    ["penyelenggaraan", "selenggara"],
    ["dilaksanakan", "laksana"],
    ["pelaksanaan", "laksana"],
    ["pelaksanaannya", "laksana"],
    ["melaksanakan", "laksana"],
    ["penandatanganan", "tandatangan"],
    ["menandatangani", "tandatangan"],
    ["ditandatangani", "tandatangan"],
    ["diteken", "teken"],
    ["meneken", "teken"],
    ["kesepakatan", "sepakat"],
    ["disepakati", "sepakat"],
    ["menyepakati", "sepakat"],
    ["pernyataan", "nyata"],
    ["menyatakan", "nyata"],
    ["dinyatakan", "nyata"],
    ["mengatakan", "kata"],
    ["menyampaikan", "sampai"],
    ["disampaikan", "sampai"],
    ["perekonomian", "ekonomi"],
    ["peningkatan", "tingkat"],
    ["ditingkatkan", "tingkat"],
    ["meningkatkan", "tingkat"],
    ["pengembangan", "kembang"],
    ["mengembangkan", "kembang"],
    ["pembangunan", "bangun"],
    ["membangun", "bangun"],
    ["pemerintah", "perintah"],
    ["kesehatan", "sehat"],
    ["perjanjian", "janji"],
    ["pedagang", "dagang"],
    ["pertanian", "tani"],
    ["pekerja", "kerja"],
    ["pemimpin", "pimpin"],
    ["memakai", "pakai"],
    ["manfaatnya", "manfaat"],
    ["berakhir", "akhir"],
    ["kerjanya", "kerja"],
  ];
  it.each(table)("%s -> %s", (form, root) => {
    expect(lex.derive(form).map((d) => d.root)).toContain(root);
  });

  it("does not invent roots for words it does not hold", () => {
    for (const w of ["qwerty", "kerjsama", "madiun", "walkot"]) expect(lex.derive(w)).toEqual([]);
  });
});
