import { describe, expect, it } from "vitest";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();
const now = at("2026-11-28");
const ask = (q: string, when = now) => engine.answer(q, { now: when });

describe("answers", () => {
  it("answers the signing date with the day name, the source and follow-ups", () => {
    const a = ask("kapan kerja sama madiun kediri ditandatangani?");
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("Selasa, 13 Januari 2026");
    // The article has no publication date: the source line names the outlet only.
    expect(a.text).toMatch(/Sumber: berita KETIK\.$/);
    expect(a.sources[0]?.outlet).toBe("KETIK");
    expect(a.followUps.length).toBeGreaterThanOrEqual(2);
    expect(a.followUps.length).toBeLessThanOrEqual(3);
    expect(a.related.map((r) => r.entryId)).not.toContain(a.entryIds[0]);
  });

  it("computes days since the signing from the given now, in Jakarta time", () => {
    expect(ask("sudah berapa hari sejak penandatanganan?").text).toContain("319 hari");
    expect(ask("wis pirang dino sejak diteken?", at("2026-03-01")).text).toContain("47 hari");
    // 2026-01-13 17:30 UTC is already 14 January in Jakarta: one day after the signing.
    expect(ask("berapa hari sejak ttd?", new Date("2026-01-13T17:30:00Z")).text).toContain("1 hari");
  });

  it("counts down to the 2027 target year", () => {
    expect(ask("berapa hari lagi menuju target 2027?", at("2026-12-30")).text).toContain("2 hari lagi");
  });

  it("quotes the mayor verbatim with speaker, office and date", () => {
    const a = ask("apa kata Maidi soal ekonomi?");
    expect(a.text).toContain(
      '"Jika ekonomi kota tumbuh baik, maka kota itu akan sehat. Karena itu ekonomi menjadi prioritas kami nomor satu," ujar Maidi (Wali Kota Madiun), Rabu, 14 Januari 2026.',
    );
  });

  it("answers each part of a compound question in one reply", () => {
    const a = ask("Kapan dan di mana kerja sama diteken, terus siapa yang tanda tangan?");
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("13 Januari 2026");
    expect(a.text).toContain("Balai Kota Kediri");
    expect(a.text).toContain("Maidi");
    expect(a.text).toContain("Vinanda Prameswati");
  });

  it("answers the known half of a compound question and names the unknown half", () => {
    const a = ask("siapa walikota madiun dan siapa bupati kediri?");
    expect(a.kind).toBe("answer");
    expect(a.partial).toBe(true);
    expect(a.text).toContain("Maidi");
    expect(a.text).toContain("bupati");
    expect(a.text).not.toContain("Vinanda");
  });

  it("says Tidak before the fact when a yes/no question has a wrong premise", () => {
    expect(ask("Apakah diteken di Madiun?").text).toMatch(/^Tidak\..*Balai Kota Kediri/);
    expect(ask("Apakah Vinanda wali kota Madiun?").text).toMatch(/^Tidak\..*Wali Kota Kediri/);
    expect(ask("Apakah pariwisata termasuk sektor kerja sama?").text).toMatch(/^Ya, benar\..*pariwisata/);
  });

  it("keeps the article's distinctions: the 2027 target is Madiun's", () => {
    const a = ask("target zero kabel itu punya kota mana?");
    expect(a.text).toContain("Pemkot Madiun");
    expect(a.text).not.toContain("Vinanda");
  });

  it("keeps answers short", () => {
    for (const q of [
      "apa saja sektornya?",
      "apa tujuannya?",
      "kenapa ekonomi prioritas?",
      "apa target madiun?",
    ]) {
      const a = ask(q);
      expect(a.kind).toBe("answer");
      expect(a.text.length).toBeLessThan(800);
    }
  });
});

describe("premises and small talk", () => {
  it("says the source only states a target when asked if it is reached (no invented Belum)", () => {
    const text = ask("Apakah zero waste sudah tercapai?").text;
    expect(text).not.toMatch(/^Belum/);
    expect(text).toMatch(/^Berita tidak menyebut capaiannya.*target zero waste.*2027/);
  });
  it("denies a wrong day of the month and a wrong year in confirmation questions", () => {
    expect(ask("Penandatanganan 14 Januari 2026 ya?").text).toMatch(/^Tidak\..*13 Januari 2026/);
    expect(ask("target zero waste tahun 2026 ya?").text).toMatch(/^Tidak\..*2027/);
  });
  it("denies a wrong weekday and date of the signing even though the quotes were said that day", () => {
    // The quotes date from Rabu, 14 Januari: the calendar words must not pull the question to them.
    expect(ask("Apakah kerja sama ditandatangani Rabu 14 Januari?").text).toMatch(
      /^Tidak\..*Selasa, 13 Januari 2026/,
    );
    expect(ask("Apakah kerja sama ditandatangani hari Rabu?").text).toMatch(
      /^Tidak\..*Selasa, 13 Januari 2026/,
    );
  });
  it("reads Javanese -kno verbs and 'antar kota' as the cooperation between the cities", () => {
    expect(ask("piye alasane pak maidi ngutamakno ekonomi").text).toMatch(/ekonomi/i);
    expect(ask("piye alasane pak maidi ngutamakno ekonomi").entryIds).toEqual(["prioritas-ekonomi"]);
    expect(ask("tujuan kerja sama antar kota ini apa ya kak").kind).toBe("answer");
  });
  it("answers when a signatory signed: the signing's date, not her profile", () => {
    const a = ask("Kapan Vinanda menandatangani?");
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("Selasa, 13 Januari 2026");
  });
  it("does not say Ya for a word that is in the text but not one of the entry's facts", () => {
    expect(ask("Apakah kerja sama ini tentang kesehatan?").text).not.toMatch(/^Ya\b/);
  });
  it("keeps a question word's meaning when the message ends with 'ya'", () => {
    const a = ask("kak mau tanya, yg tanda tangan siapa aja ya?");
    expect(a.text).not.toMatch(/^Ya\b/);
    expect(a.text).toContain("Vinanda Prameswati");
  });
  it("answers thanks and greetings politely, with examples", () => {
    const thanks = ask("terima kasih min");
    expect(thanks.text).toMatch(/^Sama-sama/);
    expect(thanks.choices.length).toBeGreaterThan(0);
    expect(ask("halo").text).toMatch(/^Halo!/);
  });
  it("ignores combining marks and zero-width characters", () => {
    expect(ask("k\u0307apan t\u200btd?").text).toContain("13 Januari 2026");
  });
});

describe("reasons", () => {
  it("answers 'why' only from an entry that gives a reason; why it was signed at Kediri is not in the source", () => {
    expect(ask("kenapa ekonomi jadi prioritas?").entryIds).toContain("prioritas-ekonomi");
    expect(ask("Mengapa Madiun dan Kediri menjalin kerja sama?").answered).toBe(true);
    expect(ask("kenapa ditandatangani di Kediri?").kind).toBe("decline");
    expect(ask("kenapa maidi yang tanda tangan?").kind).toBe("decline");
  });
});

describe("intervals", () => {
  it("reads a span word with a possessive ending or 'beda' as the days between two dated facts", () => {
    const q = (span: string) => ask(`${span} berapa hari antara ttd dan pernyataan maidi`).text;
    expect(q("selisihnya")).toContain("1 hari");
    expect(q("bedanya")).toContain("1 hari");
    expect(ask("bedane tanggal teken karo omongane maidi piro dino").text).toContain("1 hari");
  });
  it("counts to 'awal 2027' as to the year 2027, whatever counting verb frames it", () => {
    expect(ask("kalau dihitung sampai awal 2027 berapa hari?").text).toContain("1 Januari 2027");
  });
});

describe("declines", () => {
  it.each([
    "Siapa wali kota Surabaya?",
    "Apa target Persik Kediri?",
    "Kapan Hari Jadi Kota Madiun?",
    "Apa kata Vinanda tentang ekonomi?",
    "target Kediri 2027 apa?",
    "Berapa anggaran kerja sama ini?",
    "Jam berapa acara penandatanganan dimulai?",
    "Siapa wakil wali kota Madiun?",
    "Apa target Madiun tahun 2030?",
    "Apakah pendidikan termasuk sektor kerja sama?",
    "Siapa wakil Maidi?",
    "Apa tanggapan warga Kediri?",
    "Kediri juga target zero waste 2027 ya?",
  ])("declines %s", (q) => {
    const a = ask(q);
    expect(a.kind).toBe("decline");
    expect(a.answered).toBe(false);
  });

  it("says what it can answer and suggests 2-3 answerable questions", () => {
    const a = ask("Siapa gubernur Jawa Timur?");
    expect(a.text).toContain("Saya bisa menjawab");
    expect(a.choices.length).toBeGreaterThanOrEqual(2);
    expect(a.choices.length).toBeLessThanOrEqual(3);
    for (const c of a.choices) expect(ask(c.question).kind).toBe("answer");
    expect(a.unknownTerms.join(" ")).toContain("gubernur");
  });

  it("asks for words when the message has none", () => {
    for (const q of ["", "   ", "😀😀😀", "?!?!", "<b></b>"]) {
      const a = ask(q);
      expect(a.kind).toBe("decline");
      expect(a.text).toContain("Silakan tulis pertanyaan");
    }
  });
});

describe("clarify", () => {
  it("asks back with the candidates when a short question fits two entries equally", () => {
    const a = ask("walikota?");
    expect(a.kind).toBe("clarify");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Maksud Anda");
    expect(a.choices.map((c) => c.entryId).sort()).toEqual(["wali-kota-kediri", "wali-kota-madiun"]);
  });
});

describe("direct answers", () => {
  it("answers an entry by id and returns undefined for an unknown id", () => {
    expect(engine.answerEntry("sektor", { now })?.text).toContain("pariwisata");
    expect(engine.answerEntry("tidak-ada", { now })).toBeUndefined();
  });
  it("lists every quote, attributed", () => {
    const a = engine.answerQuotes({ now });
    // The article dates only the first statement; "imbuhnya" and "pungkasnya" carry no date.
    expect(a.text.match(/ujar Maidi \(Wali Kota Madiun\), Rabu, 14 Januari 2026/g)?.length).toBe(1);
    expect(a.text.match(/ujar Maidi \(Wali Kota Madiun\)\./g)?.length).toBe(2);
  });
  it("lists the sources", () => {
    expect(engine.answerSources({ now }).text).toContain("KETIK");
  });
  it("offers examples that it can answer", () => {
    const ex = engine.examples();
    expect(ex.length).toBeGreaterThanOrEqual(2);
    for (const e of ex) expect(ask(e.question).entryIds).toContain(e.entryId);
  });
});

describe("opinions", () => {
  it("declines a question asking the bot's own view or prediction, saying it only reports the source", () => {
    for (const q of [
      "menurutmu kerja sama ini bakal berhasil gak?",
      "Menurut Anda, apakah kerja sama ini akan berhasil?",
      "pendapatmu soal kerja sama ini gimana?",
    ]) {
      const a = ask(q);
      expect(a.kind, q).toBe("decline");
      expect(a.text, q).toContain("bukan pendapat");
    }
  });

  it("still answers a fact asked casually or politely through 'menurut'", () => {
    expect(ask("menurut kamu kapan diteken?").text).toContain("13 Januari 2026");
    expect(ask("Menurut Anda, apakah ditandatangani di Kediri?").text).toContain("Balai Kota Kediri");
    expect(ask("menurut Maidi kenapa kerja sama antarkota penting?").text).toContain("melengkapi");
  });
});

describe("sector notes", () => {
  it("tells which sectors the source names only when asked whether something is one", () => {
    expect(ask("Apakah pertanian termasuk sektor?").text).toContain(
      "tidak menyebut pertanian sebagai sektor",
    );
    const amount = ask("anggaran sektor itu berapa?");
    expect(amount.kind).toBe("decline");
    expect(amount.text).not.toContain("sebagai sektor");
  });
});

describe("questions expecting yes", () => {
  it("reads 'bukankah ...?' and 'bukannya ...?' as yes/no questions and denies a wrong premise", () => {
    for (const q of ["bukannya di Madiun?", "Bukankah ditandatangani di Madiun?"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Tidak/);
      expect(a.text, q).toContain("Balai Kota Kediri");
    }
  });
});

describe("English question words", () => {
  it("does not read 'was' after 'when' as a yes/no question, even when the knowledge's own questions use 'when'", () => {
    const a = ask("When was the agreement signed?");
    expect(a.questionTypes).not.toContain("yesno");
    expect(a.text).not.toMatch(/^Ya/);
    expect(a.text).toContain("13 Januari 2026");
  });
});
