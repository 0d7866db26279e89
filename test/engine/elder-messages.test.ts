import { describe, expect, it } from "vitest";
import { orderAskedAt } from "../../src/engine/date-question.js";
import { oldSpelling } from "../../src/language/normalize.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Long, very polite messages of older citizens (the seventh round's "elder" set): courtesy, old spelling
 * and introductions never decide a decline; quotes cited with a changed word or the wrong speaker, a wrong
 * level of government, an age asked of a person, "sudah ... ?", "sebelum atau sesudah ... ?" are each read
 * by a rule over any words. Each shape has a control (same shape, other words) and an out-of-scope twin
 * that must still be declined. Shown on the shipped knowledge (signed Tuesday 13 January 2026; Maidi's
 * words on the economy dated Wednesday 14 January, his other two undated).
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });
const intro =
  "Assalamualaikum Yth. Admin. Saya pensiunan guru dari Kelurahan Demangan. Mohon maaf mengganggu.";

describe("the spelling older citizens learned (before 1972) reads as today's", () => {
  it("tj, dj, nj, j, oe are respelled only when that makes a word", () => {
    const known = () => false;
    expect(oldSpelling("sebelumnja", known)).toBe("sebelumnya");
    expect(oldSpelling("tjutju", known)).toBe("cucu");
    expect(oldSpelling("kerdja", known)).toBe("kerja");
    expect(oldSpelling("rakjat", known)).toBe("rakyat");
    expect(oldSpelling("djam", known)).toBe("jam");
    expect(oldSpelling("soedah", known)).toBe("sudah");
    // Today's words and names stay as written.
    expect(oldSpelling("menjadi", known)).toBeUndefined();
    expect(oldSpelling("jakarta", known)).toBeUndefined();
    expect(oldSpelling("kediri", known)).toBeUndefined();
    // Chat forms of today keep their reading: Jakarta "dijadiin", the abbreviation "jatim" (not "yatim").
    expect(oldSpelling("dijadiin", known)).toBeUndefined();
    expect(oldSpelling("jatim", known)).toBeUndefined();
  });

  it("a closing courtesy in the old spelling never declines; an old-spelled topic the knowledge lacks still does", () => {
    const a = ask(`${intro} Bapak Maidi itu Wali Kota Madiun, betul begitu? Trima kasih sebelumnja.`);
    expect(a.text).toMatch(/^Ya, benar/);
    expect(ask("Djam berapa Balai Kota Kediri buka untuk pelayanan masyarakat? Terima kasih.").answered).toBe(
      false,
    );
  });
});

describe("courtesy after the question", () => {
  it("'..., betul begitu? Terima kasih sebelumnya.' is still a yes/no question: a wrong office is denied", () => {
    const t = ask(
      `${intro} Bapak Maidi itu Wakil Wali Kota Madiun, betul begitu? Trima kasih sebelumnja.`,
    ).text;
    expect(t).toMatch(/^Tidak/);
    expect(t).toMatch(/Wali Kota Madiun adalah Maidi/);
    // The same office asked with a wh-question is not in the knowledge.
    expect(ask("Siapa Wakil Wali Kota Madiun? Terima kasih sebelumnya.").answered).toBe(false);
  });

  it("'sekalian' (an adverb) names nothing", () => {
    const a = ask(
      `${intro} Mohon dijelaskan tanggal penandatanganan kerja sama itu, dan sekalian harinya apa.`,
    );
    expect(a.text).toMatch(/Selasa, 13 Januari 2026/);
    expect(ask("Mohon dijelaskan sekalian anggaran kerja sama itu berapa.").answered).toBe(false);
  });

  it("a question followed by a sentence that only sets the scene is answered by its asking sentence", () => {
    const t = ask(
      `${intro} Ibu Vinanda Prameswati yang disebut dalam berita itu jabatannya apa ya? Saya kurang mengikuti perkembangan pejabat di kota lain. Terima kasih.`,
    ).text;
    expect(t).toMatch(/Wali Kota Kediri/);
    // Not the asking sentence alone when it only points back at a claim before it, nor a topic it lacks.
    expect(
      ask("Saya dengar kerja sama ini ditandatangani di Surabaya. Apakah benar demikian? Terima kasih.").text,
    ).not.toMatch(/^Ya/);
    expect(
      ask(
        "Siapa nama suami Ibu Wali Kota Kediri? Saya kurang mengikuti perkembangan pejabat di kota lain. Terima kasih.",
      ).answered,
    ).toBe(false);
  });
});

describe("quotes asked to confirm", () => {
  it("a quote with a changed word is denied with its real wording", () => {
    const t = ask(
      `${intro} Betulkah Pak Maidi berkata "Jika ekonomi kota tumbuh baik, maka kota itu akan kaya"? Saya ragu kata terakhirnya.`,
    ).text;
    expect(t).toMatch(/^Tidak/);
    expect(t).toMatch(/"kaya"/);
    expect(t).toMatch(/maka kota itu akan sehat/);
    // The real wording is not denied; a typo in it is no other word.
    for (const wording of ["maka kota itu akan sehat", "maka kota itu akan sehta"])
      expect(ask(`Betulkah Pak Maidi berkata "Jika ekonomi kota tumbuh baik, ${wording}"?`).text).not.toMatch(
        /^Tidak/,
      );
    // Words the knowledge never quotes are no quote of it.
    expect(
      ask('Betulkah Pak Maidi berkata "Harga sembako akan turun tahun depan"? Terima kasih.').answered,
    ).toBe(false);
  });

  it("a quote given to the wrong speaker is denied, also with courtesy after 'betul?'", () => {
    const t = ask(
      `${intro} Kalimat "ekonomi menjadi prioritas kami nomor satu" itu diucapkan oleh Ibu Vinanda, betul? Terima kasih.`,
    ).text;
    expect(t).toMatch(/^Bukan/);
    expect(t).toMatch(/Maidi/);
  });

  it("who said a quote and whether the article dates it: the speaker, and that no date is given", () => {
    const t = ask(
      `${intro} Dalam berita itu ada kalimat "Sinergi antarkota itu diperlukan sehingga nantinya potensi masing-masing daerah akan saling melengkapi satu sama lain." Siapakah yang mengucapkan kalimat itu, dan apakah berita tersebut menyebutkan tanggal kapan kalimat itu diucapkan?`,
    ).text;
    expect(t).toMatch(/Maidi/);
    expect(t).toMatch(/tidak menyebutkan tanggal/);
  });

  it("'bunyi lengkap ucapan ...' asks the quote verbatim; the full text of the contract is not held", () => {
    const t = ask(
      `${intro} Bolehkah saya mengetahui bunyi lengkap ucapan Bapak Maidi mengenai ekonomi kota, dan pada hari serta tanggal berapa beliau mengucapkannya?`,
    ).text;
    expect(t).toMatch(/akan sehat/);
    expect(t).toMatch(/14 Januari 2026/);
    expect(
      ask("Bolehkah saya membaca bunyi lengkap pasal-pasal dalam naskah kontrak kolaborasi itu?").answered,
    ).toBe(false);
  });

  it("a claim that the speaker said NOT what his words state is denied", () => {
    const t = ask(
      `${intro} Benarkah Pak Maidi mengatakan bahwa sinergi antarkota itu sebenarnya tidak terlalu diperlukan?`,
    ).text;
    expect(t).toMatch(/^Tidak/);
    expect(t).toMatch(/saling melengkapi/);
    // Said as he said it, it is not denied; a closing "benar tidak?" negates nothing.
    expect(ask("Benarkah Pak Maidi mengatakan bahwa sinergi antarkota itu diperlukan?").text).not.toMatch(
      /^Tidak/,
    );
    expect(ask("Apakah Maidi bilang sinergi antarkota diperlukan, benar tidak?").text).not.toMatch(/^Tidak/);
    expect(ask("Benarkah Pak Maidi mengatakan bahwa pertanian tidak diperlukan?").answered).toBe(false);
  });

  it("a claim that the speaker named another sector priority number one is corrected", () => {
    const t = ask(
      `${intro} Apakah benar Pak Maidi mengatakan bahwa pendidikan adalah prioritas nomor satu dalam kerja sama ini?`,
    ).text;
    expect(t).toMatch(/^Bukan/);
    expect(t).toMatch(/ekonomi/);
    // Whether he named it a sector at all is the open list: declined, never confirmed.
    expect(ask("Apakah Pak Maidi mengatakan bahwa pendidikan termasuk sektor kerja sama?").answered).toBe(
      false,
    );
  });
});

describe("targets asked to confirm", () => {
  it("a target of the knowledge's kind with other words ('zero plastik') is denied with the real targets", () => {
    for (const q of [
      `${intro} Katanya Pemkot Madiun menargetkan zero waste dan zero plastik pada 2027, betulkah begitu?`,
      "Apakah yang ditargetkan Pemkot Madiun pada 2027 adalah zero emisi karbon?",
    ]) {
      const t = ask(q).text;
      expect(t, q).toMatch(/^Tidak/);
      expect(t, q).toMatch(/zero waste dan zero kabel/);
    }
    // The real target is confirmed; a wh-question about one the knowledge lacks is declined.
    expect(ask("Apakah Pemkot Madiun menargetkan zero waste pada 2027?").text).toMatch(/^Ya/);
    expect(ask("kapan target zero emisi karbon?").answered).toBe(false);
    expect(ask("berapa anggaran zero plastik?").answered).toBe(false);
  });
});

describe("which one, and which level", () => {
  it("'sektor apakah yang ...' asks which sector", () => {
    const t = ask(
      `${intro} Menurut Bapak Wali Kota Madiun, sektor apakah yang menjadi prioritas utama dalam kerja sama dengan Kota Kediri itu? Terima kasih, semoga Admin sehat selalu.`,
    ).text;
    expect(t).toMatch(/ekonomi/);
    expect(t).not.toMatch(/^(Ya|Tidak|Bukan)/);
    expect(ask("sektor apakah yang diutamakan di bidang pertanian?").answered).toBe(false);
  });

  it("a level of government in the asker's introduction offers no choice: the wrong level asked is denied", () => {
    const t = ask(
      "Yth. Admin, dengan hormat. Saya pensiunan pegawai Pemkab dari Kelurahan Taman. Mohon maaf mengganggu. Apakah kerja sama itu dijalin antara Pemkot Madiun dengan Pemerintah Kabupaten Kediri? Terima kasih.",
    ).text;
    expect(t).toMatch(/^Bukan/);
    expect(t).toMatch(/Kota Kediri/);
    // Offered side by side, the choice is answered.
    expect(ask("ini pemkot atau pemkab madiun yang kerja sama?").text).not.toMatch(/^Bukan/);
  });
});

describe("time", () => {
  it("a person's age is not in the knowledge; the agreement's age is counted", () => {
    for (const q of [
      `${intro} Bapak Wali Kota Maidi itu sekarang usianya berapa tahun ya? Saya kira seangkatan dengan saya.`,
      "usia pak maidi berapa?",
      "Maidi berusia berapa tahun sekarang?",
      "Vinanda umur e piro saiki?",
    ])
      expect(ask(q).answered, q).toBe(false);
    expect(ask("kerja sama madiun kediri usianya sudah berapa bulan?").text).toMatch(/10 bulan/);
  });

  it("'sudah ... ?' about time passed is answered 'Belum' or 'Ya, sudah'", () => {
    const q = `${intro} Apakah kerja sama antara Pemkot Madiun dan Pemkot Kediri itu sudah berjalan satu tahun?`;
    expect(ask(q).text).toMatch(/^Belum\./);
    expect(ask(q, "2027-03-01").text).toMatch(/^Ya, sudah\./);
    expect(ask("Apakah sudah lebih dari 300 hari sejak ttd?").text).toMatch(/^Ya, sudah\./);
    // A tag asking to confirm is confirmed ("..., ya?": "Ya, benar").
    expect(ask("sudah lebih dari 300 hari ya sejak ttd?").text).toMatch(/^Ya, benar\./);
    // Without "sudah" the claim is confirmed or denied as before.
    expect(ask("pas 3 bulan ya sejak ttd?").text).toMatch(/^Tidak\./);
  });

  it("'sebelum atau sesudah ...?' asks the order of two dated facts", () => {
    expect(orderAskedAt(["disampaikan", "sebelum", "atau", "sesudah", "penandatanganan"])).toBe(1);
    expect(orderAskedAt(["berapa", "hari", "setelah", "penandatanganan"])).toBe(-1);
    expect(
      ask(
        `${intro} Pernyataan Pak Maidi bahwa ekonomi prioritas nomor satu itu disampaikan sebelum atau sesudah penandatanganan kerja sama?`,
      ).text,
    ).toMatch(/^Sesudah\..*14 Januari 2026/);
    expect(ask("penandatanganan itu sebelum atau sesudah pernyataan Maidi soal ekonomi?").text).toMatch(
      /^Sebelum\./,
    );
    // A statement the knowledge does not have has no date to order.
    expect(ask("Pernyataan Vinanda disampaikan sebelum atau sesudah penandatanganan?").answered).toBe(false);
  });

  it("'berapa bulan lamanya sejak ...' counts months; how long something lasts is not held", () => {
    expect(
      ask(
        "Sudah berapa bulan lamanya sejak kesepakatan kerja sama kedua kota itu ditandatangani?",
        "2026-10-05",
      ).text,
    ).toMatch(/8 bulan/);
    expect(ask("berapa tahun lamanya kontrak itu berlaku?").answered).toBe(false);
  });
});

describe("a count since a statement never runs to a target year still to come", () => {
  it("'sejak pernyataan Maidi' with no topic: the undated statement is said undated, and the count runs from his dated words", () => {
    for (const q of [
      "sudah berapa hari sejak pernyataan Maidi?",
      "brp hari sejak maidi ngomong?",
      "berapa hari sejak pernyataan wali kota madiun?",
    ]) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/1 Januari 2027|lagi,/);
      expect(a.text, q).toMatch(/Sudah 319 hari sejak pernyataan Maidi/);
    }
  });

  it("controls: a countdown to the target year and a count since the dated words stay as they were", () => {
    expect(ask("berapa hari lagi menuju target zero waste?").text).toMatch(/33 hari lagi/);
    expect(ask("sudah berapa hari sejak Maidi menyatakan ekonomi prioritas?").text).toMatch(
      /^Sudah 319 hari sejak pernyataan Maidi pada Rabu, 14 Januari 2026/,
    );
  });

  it("twin: a since question about something the knowledge does not date is still declined", () => {
    expect(ask("sudah berapa hari sejak peresmian kantor baru Maidi?").answered).toBe(false);
  });
});
