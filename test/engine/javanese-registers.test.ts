import { describe, expect, it } from "vitest";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Javanese in three registers (ngoko, krama, krama inggil) and Suroboyoan chat, read through the
 * Javanese word map and the rules over any root (data/javanese.txt, normalize.ts), and the premises they
 * state: each mechanism answers what the knowledge holds and still declines, in the same words, what it
 * does not (budget, end date, attendees, weather).
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });

describe("Javanese words of the closed classes and common vocabulary", () => {
  it.each([
    ["Sektor menapa kemawon ingkang dipun kerjasamakaken kaliyan Kediri?", /pariwisata/],
    ["Sinten ingkang tapak asta saking Kota Madiun?", /Maidi/],
    ["Papan penandatanganan wonten pundi, nggih?", /Balai Kota Kediri/],
    ["prioritas sing nomer siji ki opo to?", /ekonomi/],
    ["ttd ne wulan opo rek?", /Januari/],
    ["piye ukarane pak maidi bab ekonomi?", /ekonomi/],
    ["pak maidi ngarep kerja sama iki dadi bagian soko opo?", /berkelanjutan/],
  ])("answers %s", (q, expected) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("answer");
    expect(a.text).toMatch(expected);
  });

  it("reads 'ukara' (sentence) as words said, and the article quotes only Maidi", () => {
    expect(ask("piye ukarane bu vinanda?").kind).toBe("decline");
  });

  it.each([
    "Pinten anggaranipun kerja sama menika?",
    "kontrakipun telas kapan?",
    "kerja samane entek kapan rek?",
    "kontraknya habis kapan?",
    "Sinten kemawon ingkang rawuh wonten ing penandatanganan?",
    "sesuk udan ora ndek madiun?",
    "Dinten menika jawah boten wonten Kediri?",
    "taun ngarep kerja sama dievaluasi ora?",
    "Sektor pendidikan klebu kerja sama menika nggih?",
  ])("still declines %s", (q) => expect(ask(q).kind, ask(q).text).toBe("decline"));

  it("never answers when the contract ends with the signing date", () => {
    for (const q of ["kontrak e entek kpn?", "kontrake habis kapan?"]) {
      const a = ask(q);
      expect(a.kind).toBe("decline");
      expect(a.text).not.toMatch(/13 Januari 2026/);
    }
  });
});

describe("a span of time stated in a yes/no question is checked against the dated fact", () => {
  it("confirms or denies it with the real count", () => {
    const more = ask("ttd ne wis luwih 300 dino ta?");
    expect(more.text).toMatch(/^Ya, benar\. Sudah 320 hari/);
    const exact = ask("ttdne wis 300 dino yo?");
    expect(exact.text).toMatch(/^Tidak\. Sudah 320 hari/);
    const less = ask("sudah kurang dari 300 hari ya sejak tanda tangan?");
    expect(less.text).toMatch(/^Tidak\. Sudah 320 hari/);
    expect(ask("pas 3 sasi saiki yo?", "2026-04-13").text).toMatch(/^Ya, benar\. Sudah 3 bulan/);
    expect(ask("pas 3 sasi saiki yo?", "2026-04-20").text).toMatch(/^Tidak\. Sudah 3 bulan/);
  });
  it("is never confirmed by an entry without a date", () => {
    const a = ask("ttd nya sudah 300 hari ya?");
    expect(a.text).not.toMatch(/^Ya/);
    expect(a.text).toMatch(/320 hari/);
  });
  it("does not turn a question about another event into a count", () => {
    expect(ask("wis luwih 300 dino ta pak maidi dilantik?").kind).toBe("decline");
  });
});

describe("wrong premises about the parties are corrected", () => {
  it("a partner named right after 'karo' / 'dengan'", () => {
    const a = ask("kerja sama madiun karo surabaya yo?");
    expect(a.text).toMatch(/^Tidak\. Berita tidak menyebut Surabaya.*Kediri/s);
  });
  it("a level of government with its name ('pemprov jatim')", () => {
    const a = ask("kerjasama iki antara pemprov jatim karo pemkot kediri to?");
    expect(a.text).toMatch(/^Bukan\..*Pemerintah Kota Madiun/s);
  });
  it.each([
    "surabaya kerja sama karo kota ngendi wae?",
    // East Javanese "yo" inside the clause is "juga": one more agreement, not the parties of this one.
    "kediri yo kerjasama karo blitar ta?",
    "kerja sama karo surabaya kapan diteken?",
    "Gubernur Jatim sinten?",
  ])("but a question about the other party itself is declined: %s", (q) =>
    expect(ask(q).kind).toBe("decline"),
  );
});

describe("which parties, and parties beyond them", () => {
  it("'pemkot sp wae sing melu' lists the parties, not an entry about one of them", () => {
    const a = ask("pemkot sp wae sing melu?");
    expect(a.text).toMatch(/Madiun/);
    expect(a.text).toMatch(/Kediri/);
    // A party asked for what only one of them does still gets that one.
    expect(ask("pemkot mana yang menargetkan zero waste?").text).toMatch(/Pemkot Madiun/);
  });
  it("a party other than all the ones named is none the knowledge holds", () => {
    expect(ask("Kejawi Kediri, Kutha Madiun kerja sama kaliyan kutha pundi malih?").kind).toBe("decline");
    expect(ask("Selain Kediri, Kota Madiun kerja sama dengan kota mana lagi?").kind).toBe("decline");
  });
});

describe("'the two of them' and 'priority one'", () => {
  it("'wong loro sing ttd' asks about both signatories", () => {
    const a = ask("wong loro sing ttd jabatane opo?");
    expect(a.text).toMatch(/Wali Kota Madiun Maidi/);
    expect(a.text).toMatch(/Wali Kota Kediri Vinanda/);
  });
  it("'prioritas setunggal' is the first priority; an unknown ranking stays unknown", () => {
    expect(ask("Ingkang dados prioritas setunggal menika menapa, nggih?").text).toMatch(/ekonomi/);
    expect(ask("juara siji lomba opo?").kind).toBe("decline");
  });
});

describe("a message that corrects itself", () => {
  it("is answered as corrected: the words after 'maksude' replace the word that plays their part", () => {
    expect(ask("ttd jam? eh maksude tgl").text).toMatch(/13 Januari 2026/);
    expect(ask("sing ttd teko kediri sopo? eh maksudku madiun").text).toMatch(/Maidi/);
    expect(ask("kapan ttd? eh maksud saya dimana").text).toMatch(/Balai Kota Kediri/);
  });
  it("still declines what the corrected question asks and the knowledge lacks", () => {
    expect(ask("ttd tgl? eh maksude jam").kind).toBe("decline");
    expect(ask("sopo sing teken? eh maksudku anggarane piro").kind).toBe("decline");
  });
  it("leaves 'maksudnya' alone when it asks what something means", () => {
    expect(ask("zero kabel itu maksudnya apa?").text).toMatch(/zero kabel/);
  });
});

describe("krama tags", () => {
  it("'nggih' offers a statement for confirmation: a wrong year is corrected", () => {
    const a = ask("Target zero waste menika taun 2030 nggih?");
    expect(a.text).toMatch(/^Tidak\..*2027/s);
  });
  it("a closing 'menapa' / 'apa' before the tag asks what, and confirms nothing", () => {
    for (const q of ["Tujuanipun kerja sama menika menapa nggih?", "Tujuan kerja sama ini apa ya?"]) {
      const a = ask(q);
      expect(a.kind).toBe("answer");
      expect(a.text).not.toMatch(/^Ya\b/);
    }
  });
});
