import { describe, expect, it } from "vitest";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Premise slots and predicates around the focus (issue 9): an alternative after "atau", a verb the
 * knowledge does not use, an outlet after "oleh", a question for the whole of a document, and frame words
 * in chat spelling.
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });

describe("an alternative offered after 'atau'", () => {
  it("is corrected when the entry confirms what comes before it", () => {
    const a = ask("ini kerja sama antar pemerintah daerah ya atau sama swasta/investor?");
    expect(a.kind).toBe("answer");
    expect(a.text).toMatch(/^Berita tidak menyebut swasta atau investor\..*Pemerintah Kota Madiun/s);
  });
  it("declines, naming it, when what comes before it is not held", () => {
    const a = ask("kerja sama ini dengan kota blitar atau ponorogo?");
    expect(a.kind).toBe("decline");
  });
});

describe("a verb the knowledge does not use is not confirmed", () => {
  it("a yes/no question gets the facts that hold the rest of its focus, without 'Ya'", () => {
    const loan = ask("apakah UMKM memperoleh pinjaman dalam kerja sama ini?");
    expect(loan.text).not.toMatch(/^Ya\b/);
    const discussed = ask("kuliner dirembug gak nang kerjasama iki");
    expect(discussed.text).toMatch(/kuliner/);
    expect(discussed.text).not.toMatch(/^Ya\b/);
    // A verb the knowledge uses is confirmed.
    expect(ask("UMKM melu gak sih nang kerjasama madiun kediri?").text).toMatch(/^Ya, benar\..*UMKM/s);
  });
});

describe("the whole of a document is not in the knowledge; a quote and a name are", () => {
  it.each([
    "isi lengkap perjanjiane opo?",
    "Dengan hormat, bisakah saya mendapatkan naskah lengkap perjanjian kerja sama Madiun dan Kediri tersebut?",
  ])("declines %s", (q) => expect(ask(q).kind).toBe("decline"));
  it("answers a full quote and a full name", () => {
    expect(
      ask(
        "Dengan hormat, saya ingin mengetahui kutipan lengkap pernyataan Bapak Maidi mengenai ekonomi sebagai prioritas.",
      ).text,
    ).toMatch(/nomor satu/);
    expect(ask("WALI KOTA KEDIRI YANG IKUT TANDA TANGAN ITU NAMA LENGKAPNYA SIAPA?").text).toMatch(
      /Vinanda Prameswati/,
    );
  });
});

describe("premise slots and frame words in other spellings", () => {
  it("an outlet named after 'oleh', with courtesy after the question", () => {
    const a = ask(
      "Apakah berita kerja sama Madiun dan Kediri ini dimuat oleh harian Kompas? Mohon maaf kalau saya salah.",
    );
    expect(a.text).toMatch(/^Bukan\. Sumbernya berita KETIK/);
  });
  it("a consonant-only abbreviation of a word of saying ('ngmg')", () => {
    expect(ask("kpn maidi ngmg soal ekonomi prioritas nomer satu?").text).toMatch(/14 Januari 2026/);
  });
  it("'piro taun kepungkur' counts years ago", () => {
    expect(ask("ttd iku wes piro taun kepungkur?", "2028-02-01").text).toMatch(/2 tahun/);
  });
  it("an English word with an Indonesian possessive ('ceremony-nya')", () => {
    const a = ask("Yth. Admin, saya jurnalis lepas. Kapan the signing ceremony-nya, dan di kota mana?");
    expect(a.text).toMatch(/13 Januari 2026/);
  });
});

describe("an interval question still has a focus", () => {
  it("words the knowledge lacks beside the span words decline it ('jarak dan waktu tempuh ... naik mobil')", () => {
    expect(ask("Min, berapa jarak dan waktu tempuh dari Madiun ke Kediri naik mobil?").kind).toBe("decline");
    expect(
      ask("selang berapa hari antara penandatanganan dan pernyataan pak maidi soal ekonomi").text,
    ).toMatch(/berselang 1 hari/);
  });
});
