import { describe, expect, it } from "vitest";
import { dictationQuestion, readDictation } from "../../src/engine/dictation.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Dictated messages (issue 9, sixth question sets): no punctuation, fillers, self-corrections, reasons and
 * scene run into the question. Each rule is paired with run-ons that ask for what the knowledge lacks
 * (the budget, the end date, who else attended, a salary, a bus fare), wrapped in the same reasons and
 * fillers, that must stay declined: the segmentation never explains away the noun that is asked about.
 */
const now = at("2026-11-29");
const ask = (q: string, when = now) => shippedEngine().answer(q, { now: when });
const asking = (q: string) =>
  readDictation(q)
    .filter((s) => s.asks)
    .map((s) => s.words.join(" "));

const RULES: {
  rule: string;
  answerable: { q: string; expect: RegExp; now?: string }[];
  outOfScope: { q: string; noun: RegExp }[];
}[] = [
  {
    rule: "a reason after 'soalnya' / 'karena' and a clause about the asker are not asked",
    answerable: [
      {
        q: "kapan sih tanggal persisnya kerja sama madiun kediri itu diteken eee tanggal berapa bulan apa tahun berapa gitu saya mau catat buat laporan kampus",
        expect: /13 Januari 2026/,
      },
      {
        q: "jabatan maidi itu apa ya terus vinanda jabatannya apa juga soalnya saya nggak terlalu ngikutin politik lokal",
        expect: /Wali Kota Madiun.*Wali Kota Kediri/s,
      },
    ],
    outOfScope: [
      {
        q: "eee mau nanya dong berapa anggaran kerja sama madiun kediri itu soalnya saya cuma denger dari tetangga katanya gede banget gitu",
        noun: /anggaran/,
      },
      {
        q: "kapan sih kerja sama madiun kediri itu berakhir eee tanggal berapa gitu saya mau catat buat laporan kampus",
        noun: /berakhir/,
      },
    ],
  },
  {
    rule: "'btw', 'nah', a purpose after 'biar' / 'buat', and an English lead-in are frame",
    answerable: [
      {
        q: "what sectors are covered by the agreement btw aku lagi nulis artikel buat pers mahasiswa jadi butuh list lengkapnya",
        expect: /pariwisata/,
      },
      {
        q: "hey quick question for my data journalism class how many days since the signing of the madiun kediri agreement as of today please give the exact number ya jangan dibulatin",
        expect: /320 hari/,
      },
    ],
    outOfScope: [
      {
        q: "siapa aja yang hadir selain dua wali kota itu btw aku lagi nulis artikel buat pers mahasiswa jadi butuh list lengkapnya",
        noun: /.*/,
      },
      {
        q: "so madiun and kediri signed the mou right how much is the budget btw im writing for my campus paper",
        noun: /budget/,
      },
    ],
  },
  {
    rule: "a self-correction keeps the corrected part",
    answerable: [
      {
        q: "bener nggak sih yang tanda tangan itu bupati kediri eh maksudnya bupati madiun sama wali kota kediri gitu kata temen saya",
        expect: /^Tidak\b.*bupati madiun/is,
      },
      {
        q: "eee halo min saya mau nanya nih soalnya lagi rame di grup rt kapan deadline zero waste-nya pemkot madiun itu eh maksudnya targetnya tahun berapa gitu biar warga bisa siap siap milah sampah dari sekarang ya kan",
        expect: /2027/,
      },
    ],
    outOfScope: [
      {
        q: "anu berapa gaji wali kota madiun eh maksudnya gaji wali kota kediri soalnya lagi rame di grup rt",
        noun: /gaji/,
      },
    ],
  },
  {
    rule: "who a hearsay is from is frame; the premise it reports is checked",
    answerable: [
      {
        q: "saya ketua bank sampah di kelurahan nah kata pengurus lain target zero waste pemkot madiun itu tahun dua ribu tiga puluh kan ya jadi masih lama gitu bener nggak sih itu",
        expect: /^Tidak\b.*2027/s,
      },
    ],
    outOfScope: [
      {
        q: "kata pengurus lain jadwal bus madiun kediri itu jam tujuh kan ya jadi masih lama gitu bener nggak sih itu",
        noun: /jadwal|bus/,
      },
      { q: "bener nggak sih anggarannya dua miliar gitu kata temen saya", noun: /anggaran/ },
    ],
  },
  {
    rule: "a holiday said to be now only sets the time",
    answerable: [
      {
        q: "tujuh belas agustusan ini kerja sama madiun kediri udah jalan berapa hari ya kalau dihitung dari tanda tangan",
        expect: /216 hari/,
        now: "2026-08-17",
      },
      {
        q: "pas natal ini udah berapa hari sejak tanda tangan terus berapa hari lagi ke dua ribu dua puluh tujuh",
        expect: /346 hari.*7 hari/s,
        now: "2026-12-25",
      },
    ],
    outOfScope: [
      {
        q: "pas natal ini berapa harga tiket bus dari madiun ke kediri soalnya saya mau mudik",
        noun: /harga|tiket|bus/,
      },
      {
        q: "tujuh belas agustusan ini ada lomba apa aja di balai kota kediri ya soalnya anak saya mau ikut",
        noun: /lomba/,
      },
    ],
  },
];

describe("dictated run-ons (voice6)", () => {
  for (const { rule, answerable, outOfScope } of RULES) {
    it(`${rule}: answers what is answerable, declines what the knowledge lacks`, () => {
      for (const { q, expect: want, now: when } of answerable) {
        const a = ask(q, when ? at(when) : now);
        expect(a.answered, `${q}: ${a.text}`).toBe(true);
        expect(a.text, q).toMatch(want);
        expect(a.question).toBe(q);
      }
      for (const { q, noun } of outOfScope) {
        const a = ask(q);
        expect(a.answered, `${q}: ${a.text}`).toBe(false);
        expect(a.text, q).toMatch(noun);
      }
    });
  }

  it("cuts a run-on at fillers, reasons and connectives, and keeps the segments that ask", () => {
    expect(
      asking(
        "anu penandatanganannya itu di mana ya tempatnya emm di kantor apa gitu terus hari apa juga ya soalnya saya cuma denger dari tetangga katanya awal tahun",
      ),
    ).toEqual([
      "penandatanganannya itu di mana ya tempatnya",
      "di kantor apa gitu",
      "terus hari apa juga ya",
    ]);
    // A statement right before a clause asking with a question word is its topic; an English lead-in about
    // the asker ("our campus paper wants ...") is not.
    expect(
      asking(
        "emm kata pak maidi kalau ekonomi kota tumbuh baik terus apa ya kelanjutannya gitu kota itu akan apa saya lupa kalimatnya",
      )[0],
    ).toBe("kata pak maidi kalau ekonomi kota tumbuh baik");
    expect(
      asking(
        "our campus paper wants to publish a feature on the anniversary so how many days until the first anniversary",
      ),
    ).toEqual(["how many days until the first anniversary"]);
    // A self-correction replaces from the word the correction starts with.
    expect(
      asking("yang tanda tangan itu bupati kediri eh maksudnya bupati madiun sama wali kota kediri kan"),
    ).toEqual(["yang tanda tangan itu bupati madiun sama wali kota kediri kan"]);
    // "apa namanya" is a filler; "terus terang" is no connective.
    expect(asking("saya lupa terus terang apa namanya soalnya jarang baca berita")).toEqual([]);
  });

  it("a clause that only confirms asks about the clause before it", () => {
    expect(
      asking(
        "saya agak bingung yang nargetin zero waste itu pemkot kediri ya eh bener nggak sih soalnya kan tanda tangannya di kediri",
      ),
    ).toEqual(["saya agak bingung yang nargetin zero waste itu pemkot kediri ya", "bener nggak sih"]);
  });

  it("a purpose right after the action it completes stays in the question; after a clause end it is the asker's", () => {
    expect(asking("kerja sama antarkota diperlukan agar pembangunan berjalan seperti apa")).toEqual([
      "kerja sama antarkota diperlukan agar pembangunan berjalan seperti apa",
    ]);
    // ("mendaftar agar ikut program ...": what the registration is for is part of what is asked.)
    expect(
      asking("bagaimana cara umkm di madiun mendaftar agar ikut program kerja sama dengan kediri"),
    ).toEqual(["bagaimana cara umkm di madiun mendaftar agar ikut program kerja sama dengan kediri"]);
    expect(asking("targetnya tahun berapa gitu biar warga bisa siap siap milah sampah")).toEqual([
      "targetnya tahun berapa gitu",
    ]);
  });

  it("reads punctuated and short messages as written", () => {
    expect(
      dictationQuestion("Kapan kerja sama diteken? Saya mau catat buat laporan kampus."),
    ).toBeUndefined();
    expect(dictationQuestion("kapan diteken soalnya lupa")).toBeUndefined();
    // ("... itu untuk tahun 2030?": after a demonstrative a purpose word belongs to the clause.)
    expect(
      dictationQuestion("Benarkah target zero waste Pemkot Madiun itu untuk tahun 2030?"),
    ).toBeUndefined();
  });

  it("a premise before a declined question declines the message instead of half answering it", () => {
    const a = ask(
      "so madiun targets zero kabel right how much will the zero kabel program cost and who pays for it pemkot atau pln gitu",
    );
    expect(a.answered, a.text).toBe(false);
    const b = ask(
      "katanya kan fokusnya juga kuliner nah bakal ada festival kuliner bareng madiun kediri nggak tanggal berapa terus lokasinya di mana gitu biar saya bisa buka stand",
    );
    expect(b.answered, b.text).toBe(false);
  });

  it("a later agreement is not the one the knowledge holds, whatever partner it names", () => {
    for (const q of [
      "nanti ada kerja sama lanjutan sama kota blitar atau kabupaten madiun nggak",
      "apakah ada kerja sama lanjutan dengan Kota Blitar?",
      "kapan kerja sama berikutnya diteken?",
    ]) {
      const a = ask(q);
      expect(a.answered, `${q}: ${a.text}`).toBe(false);
    }
    // The agreement that is held still answers.
    expect(ask("kerja samanya antara kota madiun sama kota blitar kan").text).toMatch(/^Tidak\b.*Kediri/s);
  });

  it("a noun with a possessive ending is no predicate, though its root is a verb", () => {
    expect(ask("apakah anggarannya dua miliar?").answered).toBe(false);
  });
});
