import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseDoubles, normalizeText, splitJoined, standardize } from "../../src/language/normalize.js";

describe("normalizeText", () => {
  it("lowercases, strips punctuation and collapses spaces", () => {
    expect(normalizeText("  KAPAN   Kerja-Sama  DITEKEN?!! ")).toBe("kapan kerja sama diteken");
  });
  it("shortens letters stretched three times or more", () => {
    expect(normalizeText("kapaaan ttd nyaaa")).toBe("kapan ttd nya");
  });
  it("reduces reduplication and keeps -nya attached", () => {
    expect(normalizeText("masing-masing daerah, kota-kotanya, sektor-nya")).toBe(
      "masing daerah kotanya sektornya",
    );
  });
  it("splits other hyphenated words and turns & into dan", () => {
    expect(normalizeText("Madiun-Kediri & lokasi")).toBe("madiun kediri dan lokasi");
  });
  it("drops HTML-like tags and URLs", () => {
    expect(normalizeText("<b>kapan</b> <script>x</script> https://contoh.id/a?b=1 ttd")).toBe("kapan x ttd");
  });
  it("returns an empty string for emoji and punctuation only", () => {
    expect(normalizeText("😀🎉 ?!... ---")).toBe("");
  });
  it("collapses doubled letters on request", () => {
    expect(collapseDoubles("kerjaasamaa")).toBe("kerjasama");
  });
});

describe("standardize", () => {
  it("maps slang and abbreviations", () => {
    expect(standardize(["kpn", "walkot", "ttd", "yg", "brp"])).toEqual([
      "kapan",
      "walikota",
      "tandatangan",
      "yang",
      "berapa",
    ]);
  });
  it("maps Javanese words and drops particles", () => {
    expect(standardize(["sopo", "sing", "neken", "kerjasama", "iku", "to"])).toEqual([
      "siapa",
      "yang",
      "menandatangani",
      "kerjasama",
      "itu",
    ]);
  });
  it("joins multi-word expressions into one token", () => {
    expect(standardize(["wali", "kota", "kediri"])).toEqual(["walikota", "kediri"]);
    expect(standardize(["tanda", "tangan", "kerja", "sama"])).toEqual(["tandatangan", "kerjasama"]);
    expect(standardize(["wakil", "wali", "kota"])).toEqual(["wakilwalikota"]);
    expect(standardize(["di", "mana"])).toEqual(["dimana"]);
  });
  it("joins a phrase whose last word carries a possessive ending ('nomor satunya', 'ulang tahune')", () => {
    expect(standardize(["prioritas", "nomor", "satunya"])).toEqual(["prioritas", "nomorsatu"]);
    expect(standardize(["ulang", "tahune"])).toEqual(["harijadi"]);
    expect(standardize(["nomor", "satupun"])).not.toContain("nomorsatu");
  });
  it("reads 'awal <year>' as the year (the day a count to that year counts to), not 'akhir <year>'", () => {
    expect(standardize(["sampai", "awal", "2027"])).toEqual(["sampai", "2027"]);
    expect(standardize(["awal", "tahun", "2027"])).toEqual(["tahun", "2027"]);
    expect(standardize(["akhir", "2027"])).toContain("akhir");
    expect(standardize(["awal", "berita"])).toContain("awal");
  });
  it("reads Javanese 'suwe' (long) as 'lama': 'piro suwene' asks how long", () => {
    expect(standardize(["piro", "suwene"])).toEqual(["berapalama"]);
  });
  it("strips Javanese -ne/-e from a known word only", () => {
    const known = (w: string) => ["sektor", "jadwal"].includes(w);
    expect(standardize(["sektore", "jadwale", "kotane"], known)).toEqual(["sektor", "jadwal", "kota"]);
    expect(standardize(["sepele"], known)).toEqual(["sepele"]);
  });
});

describe("normalizeText fast path for plain words", () => {
  it("reads a plain word exactly as the full rules do (a leading space forces the full rules)", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}[.,;:!?]?$/);
    fc.assert(
      fc.property(word, (w) => {
        expect(normalizeText(w)).toBe(normalizeText(` ${w}`));
      }),
      { numRuns: 2000 },
    );
    for (const w of ["Kapaaan", "KOTA.", "sektor?", "Aaargh", "kota2"]) {
      expect(normalizeText(w)).toBe(normalizeText(` ${w}`));
    }
  });
});

describe("thesaurus readings of words the knowledge does not use", () => {
  const isKnown = (w: string) => ["kerjasama", "ekonomi"].includes(w);
  it("reads a synonym that only marks the question type", () => {
    expect(standardize(["siapa", "yang", "menyatakan"], isKnown)).toEqual(["siapa", "yang", "mengatakan"]);
  });
  it("never rewrites content words or out-of-scope words into known ones", () => {
    expect(standardize(["kapan", "berakhir"], isKnown)).toEqual(["kapan", "berakhir"]);
    expect(standardize(["kapan", "lahir"], isKnown)).toEqual(["kapan", "lahir"]);
    expect(standardize(["kesehatan"], isKnown)).toEqual(["kesehatan"]);
  });
});

describe("words typed together and question particles", () => {
  const known = (w: string) => ["madiun", "kediri", "kerjasama", "walikota", "tandatangan"].includes(w);
  it("segments a run-together word into the fewest known pieces, only when every piece is known", () => {
    expect(splitJoined("sopowalkotmadiun", known)).toEqual(["siapa", "walikota", "madiun"]);
    expect(splitJoined("kerjasamamadiun", known)).toEqual(["kerjasama", "madiun"]);
    // A name no resource explains is never cut into syllables, nor is a real word.
    expect(splitJoined("ponorogo", known)).toBeUndefined();
    expect(splitJoined("madiunponorogo", known)).toBeUndefined();
    expect(splitJoined("pertanian", known)).toBeUndefined();
  });
  it("reads '-kah' on any question word as the question word", () => {
    expect(standardize(["sektor", "manakah"], () => false)).toEqual(["sektor", "mana"]);
    expect(standardize(["kapankah"], () => false)).toEqual(["kapan"]);
  });
});
