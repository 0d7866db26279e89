import { describe, expect, it } from "vitest";
import { offeredAnswers } from "../../src/engine/analyse.js";
import { splitClauses } from "../../src/engine/clauses.js";
import { enumerations } from "../../src/engine/facts.js";
import { askedDay, asksBetweenWhom, asksMeaningOfText, formatWords } from "../../src/engine/focus.js";
import type { Entry } from "../../src/knowledge/types.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Premises corrected rather than declined, requests read by their shape (a summary, a count of a list, the
 * meaning of a text, what happened on a day, the last statement), and compound questions split where a
 * second question starts. Every case is a rule over any words, shown on the shipped knowledge.
 */
const engine = shippedEngine();
const now = at("2026-11-29");
const ask = (q: string) => engine.answer(q, { now });
const text = (q: string) => ask(q).text;

describe("wrong premises are corrected", () => {
  it("a guess offered after the question ('? dua ribu dua lima ya?') is a yes/no question about it", () => {
    expect(offeredAnswers("tahun berapa ya, tahun 2026 kan?")).toEqual(["2026"]);
    expect(offeredAnswers("sudah berapa hari sejak 13 januari ya?")).toEqual([]);
    expect(text("taun brp kerjasamanya diteken? dua ribu dua lima ya?")).toMatch(/^Tidak\..*2026/s);
    expect(text("target zero kabel tahun berapa ya, tahun 2026 kan?")).toMatch(/^Tidak\..*2027/s);
    // The right year offered is no wrong premise.
    const right = text("eee target zero kabel itu tahun berapa ya tahun dua ribu dua puluh tujuh atau bukan");
    expect(right).toMatch(/2027/);
    expect(right).not.toMatch(/^Tidak/);
  });

  it("an unknown thing put where an entry holds ONE sector (the priority) is denied with the fact", () => {
    expect(text("sektor pertanian dadi prioritas utama kan?")).toMatch(/^Bukan pertanian\..*ekonomi/s);
    expect(text("apakah pendidikan jadi prioritas?")).toMatch(/^Bukan pendidikan\..*ekonomi/s);
    // Membership in the open ("antara lain") list of sectors stays unanswered either way.
    expect(ask("PERTANIAN MASUK SEKTOR KAN").answered).toBe(false);
    expect(ask("Apakah sektor pertanian termasuk dalam sektor yang disepakati?").answered).toBe(false);
    expect(ask("Ada kerja sama bidang kesehatan rumah sakit gak?").answered).toBe(false);
  });

  it("a known sector named as the priority in a statement to confirm ('..., betul begitu?') is denied", () => {
    expect(
      text("menurut Pak Maidi prioritas utama kerja sama ini adalah sektor pariwisata, betul begitu?"),
    ).toMatch(/^Tidak\..*ekonomi/s);
    expect(text("ekonomi prioritas utama bener?")).toMatch(/^Ya, benar\./);
  });

  it("a person's yes/no question is confirmed by what the entry states of that person", () => {
    expect(text("Bu Vinanda ikut ttd gak?")).toMatch(/^Ya, benar\..*Vinanda/s);
    expect(text("Apakah Maidi menandatangani kerja sama di Surabaya?")).toMatch(/^Tidak/);
  });

  it("a day of the month written 'tgl 13' is checked against a quote's day too", () => {
    expect(text("maidi ngomong soal ekonomi pas hari ttd tgl 13 ya?")).toMatch(/^Tidak\..*14 Januari/s);
    expect(text("maidi ngomong soal ekonomi tgl 14 ya?")).not.toMatch(/^Tidak/);
  });

  it("a level of government is denied when the right one is negated, not when it is offered", () => {
    expect(text("Kerja samanya dengan Pemerintah Kabupaten Kediri ya, bukan kota? Mohon koreksi.")).toMatch(
      /^Bukan\..*Pemerintah Kota Kediri/s,
    );
    expect(text("kerjasamamadiun kediri itu pemkot sama pemkot to? apa kabupaten?")).toMatch(/Pemkot Kediri/);
  });

  it("a city named as a party's partner is corrected; one more party or another agreement is declined", () => {
    const a = text("Benarkah Kota Madiun menjalin kerja sama tersebut dengan Kota Surabaya? Terima kasih.");
    expect(a).toMatch(/^Tidak\. Berita tidak menyebut Surabaya; .*Kediri/s);
    expect(ask("Apakah Kota Madiun juga menjalin kerja sama dengan Kota Blitar?").answered).toBe(false);
    expect(ask("Apakah ada kerja sama serupa antara Kota Kediri dan Kota Malang?").answered).toBe(false);
    expect(ask("KOTA BLITAR IKUT TEKEN GAK?").answered).toBe(false);
  });

  it("a quote attributed to another party's office names the real speaker", () => {
    expect(text("quote ttg sinergi antarkota itu dr walkot kediri kan")).toMatch(/^Bukan\..*Maidi/s);
  });

  it("an office nobody holds is denied by the entry that names the signatories", () => {
    const a = text(
      "Apakah Gubernur Jawa Timur ikut menandatangani kontrak kolaborasi antara Madiun dan Kediri?",
    );
    expect(a).toMatch(/^Tidak\..*Maidi.*Vinanda/s);
  });
});

describe("requests read by their shape", () => {
  it("a summary request, with a length instruction, is the summary entry", () => {
    expect(formatWords(["dalam", "satu", "atau", "dua", "kalimat"])).toEqual(
      new Set(["satu", "atau", "dua", "kalimat"]),
    );
    // A sentence about a sentence is no length instruction.
    expect(formatWords(["kalimat", "itu", "diucapkan", "siapa"]).size).toBe(0);
    const a = ask(
      "Saya wartawan magang di sebuah media daring. Bisakah Anda merangkum inti berita ini dalam satu atau dua kalimat?",
    );
    expect(a.entryIds).toEqual(["ringkasan"]);
    // The full text is no summary: still not in the knowledge.
    expect(ask("rangkum isi lengkap perjanjian").answered).toBe(false);
  });

  it("'ada berapa X' counts the list the answer enumerates after X, saying when it is open", () => {
    const entry = {
      answer:
        "Mencakup sejumlah sektor strategis, antara lain: A satu, B dua, C tiga, serta D. Di Balai Kota Kediri, Selasa, 13 Januari 2026.",
    } as Entry;
    expect(enumerations(entry)).toEqual([
      { nouns: ["sektor", "strategis"], items: ["A satu", "B dua", "C tiga", "D"], open: true },
    ]);
    expect(text("Ada berapa sektor strategis yang disebutkan?")).toMatch(/4 sektor strategis.*antara lain/s);
    expect(text("berapa bidang kerja samanya?")).toMatch(/3 bidang/);
    expect(ask("berapa jumlah UMKM yang ikut?").answered).toBe(false);
    // What the list does NOT hold is not counted by it.
    expect(ask("berapa sektor yang belum disepakati?").answered).toBe(false);
  });

  it("'apa maksud dari tulisan ...' asks the meaning of a text (the dateline), not an intention", () => {
    expect(asksMeaningOfText(["apa", "maksud", "dari", "tulisan", "tersebut"])).toBe(true);
    expect(asksMeaningOfText(["apa", "maksud", "kolaborasi", "ini"])).toBe(false);
    expect(text("Di bagian awal berita tertulis 'KETIK, MADIUN'. Apa maksud dari tulisan tersebut?")).toMatch(
      /KETIK.*Madiun/s,
    );
    expect(ask("Apa maksud kolaborasi kedua pemkot?").entryIds).toEqual(["tujuan"]);
  });

  it("where the news was written is its dateline; who wrote it stays unknown", () => {
    expect(text("beritane ditulis teko kota endi? dateline e lho")).toMatch(/ditulis dari Madiun/);
    expect(ask("Sumber beritanya apa?").entryIds).toEqual(["sumber-berita"]);
    expect(text("berita ditulis dr kota mn")).toMatch(/Madiun/);
    expect(ask("siapa wartawan yg nulis beritanya?").answered).toBe(false);
  });

  it("what happened on a calendar day: the facts and statements dated that day, or none", () => {
    expect(askedDay(["tanggal", "14", "januari", "2026"])).toEqual({ day: 14, month: "januari", year: 2026 });
    expect(text("tgl 14 januari 2026 iku ono opo rek?")).toMatch(/14 Januari 2026.*Maidi/s);
    expect(text("ada apa tanggal 13 januari?")).toMatch(/penandatanganan/);
    const none = ask("tanggal 20 januari 2026 ada kejadian apa?");
    expect(none.answered).toBe(false);
    expect(none.text).toMatch(/20 Januari 2026/);
  });

  it("the first or last statement of a speaker, by its place in the source", () => {
    expect(text("Apa pesan penutup Maidi di berita ini?")).toMatch(/terakhir.*zero waste/s);
    const first = ask("apa pernyataan pertama maidi?");
    expect(first.entryIds).toEqual(["prioritas-ekonomi"]);
    expect(first.text).toMatch(/nomor satu/);
  });

  it("'X yang seperti apa' is answered by the entry that describes X with a relative clause", () => {
    expect(text("pembangunan kota yg kayak gmn yg dituju?")).toMatch(
      /pembangunan kota yang (ramah|berkelanjutan)/,
    );
  });

  it("'antara siapa dan siapa' asks between whom: the parties", () => {
    expect(asksBetweenWhom(["kontrak", "antara", "siapa", "dengan", "siapa"])).toBe(true);
    expect(asksBetweenWhom(["antara", "madiun", "dan", "kediri"])).toBe(false);
    expect(ask("kontrak kolaborasi iku antara sopo karo sopo").entryIds).toEqual(["para-pihak"]);
    expect(ask("MoU antara siapa dan siapa?").entryIds).toEqual(["para-pihak"]);
  });

  it("a 'who' question whose only noun is generic asks about that noun", () => {
    expect(ask("SOPO AE PIHAK E?").entryIds).toEqual(["para-pihak"]);
    expect(ask("siapa orangnya?").answered).toBe(false);
  });

  it("'harinya?' alone asks the day; 'pemkot endi' asks which government; '-kah' asks like its base", () => {
    expect(text("harinya?")).toMatch(/Selasa/);
    expect(text("sing pengen zero kabel iku pemkot endi?")).toMatch(/Pemkot Madiun/);
    expect(
      text(
        "Dengan segala hormat, saya hendak menanyakan sektor manakah yang dijadikan prioritas utama oleh orang nomor satu di Kota Madiun?",
      ),
    ).toMatch(/ekonomi/);
  });

  it("an anniversary not yet reached also says how long it has been", () => {
    expect(text("ttdnya udh setaun lalu blm?")).toMatch(/^Belum genap 1 tahun: baru 10 bulan \(320 hari\)/);
  });
});

describe("adjectives held through their thesaurus kin", () => {
  it("'ekonomi itu PENTING karena apa' reaches the entry saying the economy is the priority ('utama')", () => {
    const a = ask("jare maidi ekonomi iku penting krn opo?");
    expect(a.entryIds).toEqual(["prioritas-ekonomi"]);
    expect(a.text).toMatch(/sehat/);
  });
});

describe("compound questions", () => {
  it("a second wh-question after 'terus/lalu' is its own clause; 'antara siapa dan siapa' is one", () => {
    const tokens = "yang tandatangan dari madiun siapa lalu tandatangan dimana".split(" ");
    expect(splitClauses(tokens)).toEqual([
      ["yang", "tandatangan", "dari", "madiun", "siapa"],
      ["tandatangan", "dimana"],
    ]);
    expect(splitClauses("kesepakatan antara siapa dan siapa".split(" "))).toHaveLength(1);
    const a = text("yg tanda tangan dr madiun sapa trs tanda tangannya dimana?");
    expect(a).toMatch(/Maidi/);
    expect(a).toMatch(/Balai Kota Kediri/);
  });

  it("an ordinal opens a clause before 'tanggal' too", () => {
    const a = text(
      "saya mau tanya eee dua hal ya pertama siapa wali kota kediri yang tanda tangan kedua tanggal berapa penandatanganannya",
    );
    expect(a).toMatch(/Vinanda/);
    expect(a).toMatch(/13 Januari 2026/);
  });

  it("a letter's address and closing set the scene", () => {
    const a = text(
      "Kepada Yth. pengelola layanan informasi, saya ingin bertanya: penandatanganan kontrak kerja sama tersebut dilakukan oleh siapa saja, dan bertempat di mana? Demikian pertanyaan saya, atas perhatiannya disampaikan terima kasih.",
    );
    expect(a).toMatch(/Maidi.*Vinanda/s);
    expect(a).toMatch(/Balai Kota Kediri/);
  });

  it("'secara umum' frames the question", () => {
    const a = ask(
      "Saya ASN di bagian kerja sama daerah. Mohon informasi, di bidang apa saja secara umum kontrak kolaborasi tersebut ditandatangani?",
    );
    expect(a.entryIds).toEqual(["sektor"]);
  });
});
