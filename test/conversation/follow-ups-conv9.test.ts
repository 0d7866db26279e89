import { describe, expect, it } from "vitest";
import { type ConversationState, converse } from "../../src/conversation/index.js";
import { standardTokens } from "../../src/conversation/words.js";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();

/** Plays the turns of one conversation at `day`; returns the last turn. */
function lastOf(day: string, ...questions: string[]) {
  const now = at(day);
  let state: ConversationState | undefined;
  let turn: ReturnType<typeof converse> | undefined;
  for (const q of questions) {
    turn = converse(engine, state, q, { now });
    state = turn.state;
  }
  return turn as ReturnType<typeof converse>;
}

describe("a count asked again in another unit", () => {
  it("'kalau harinya' after a count in months gives the days", () => {
    const turn = lastOf(
      "2026-04-13",
      "bot kerjasama madiun kediri itu udah berapa bulan sih sekarang",
      "kalau harinya",
    );
    expect(turn.answer.text).toContain("90 hari");
  });

  it("a unit said around fillers and 'jumlah' ('kalo hari berapa hari anu maksudnya jumlah harinya')", () => {
    const turn = lastOf(
      "2026-07-01",
      "terus itu udah berapa bulan ya dari tanda tangan sampe sekarang",
      "kalo hari berapa hari anu maksudnya jumlah harinya",
    );
    expect(turn.answer.text).toContain("169 hari");
  });

  it("control: the same shape in weeks, in Javanese", () => {
    const turn = lastOf("2026-11-29", "wis pirang dino seko ttd?", "kalo minggunya");
    expect(turn.answer.text).toContain("45 minggu");
  });

  it("'How many days is that exactly?' after a yes/no about a year since then counts the days since the signing", () => {
    const turn = lastOf(
      "2027-01-13",
      "When was the Madiun-Kediri agreement signed?",
      "Is today exactly one year since then?",
      "How many days is that exactly?",
    );
    expect(turn.answer.text).toContain("365 hari");
    expect(turn.answer.text).not.toContain("366");
  });

  it("control: 'kalau harinya?' after a date asks the weekday, not a count", () => {
    const turn = lastOf("2026-11-29", "kapan kerja sama madiun kediri ditandatangani?", "kalau harinya?");
    expect(turn.answer.text).toContain("Selasa");
    expect(turn.answer.text).not.toMatch(/\d+ hari sejak/);
  });

  it("out of scope: a unit after a count the knowledge lacks is still declined", () => {
    const turn = lastOf("2026-11-29", "berapa bulan lagi masa berlaku kerja sama habis?", "kalau harinya");
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("'dari tanggal itu' after a two-part question answered in one part", () => {
  const first =
    "halo mau nanya dong ini kan madiun kerja sama sama kediri ya itu kerja samanya di bidang apa aja sama kapan tanda tangannya";

  it("counts from the date the question asked for (the signing's)", () => {
    const turn = lastOf(
      "2026-11-29",
      first,
      "nah kalo dari tanggal itu sampe sekarang udah berapa minggu gitu",
    );
    expect(turn.answer.text).toContain("45 minggu");
  });

  it("out of scope: a span to something the knowledge does not date is declined", () => {
    const turn = lastOf("2026-11-29", first, "dari tanggal itu sampai peluncuran aplikasinya berapa minggu?");
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("the interval between a statement and the signing", () => {
  it("'pernyataan itu berselang berapa hari dari penandatanganan?' after the statement's date", () => {
    const turn = lastOf(
      "2026-11-29",
      "Siapa yang menyampaikan bahwa ekonomi adalah prioritas nomor satu?",
      "Kapan pernyataan itu disampaikan?",
      "Jadi pernyataan itu berselang berapa hari dari penandatanganan?",
    );
    expect(turn.answer.text).toContain("1 hari");
  });

  it("Javanese 'seko ... tekan ...' is a span from one dated thing to another", () => {
    const turn = lastOf(
      "2027-01-13",
      "lho saiki pas setaun kerjasama madiun kediri to?",
      "piro dino seko pas teken tekan pas Pak Maidi ngomong ekonomi prioritas?",
    );
    expect(turn.answer.text).toContain("1 hari");
    expect(standardTokens("seko pas teken tekan pas Maidi ngomong")).toContain("sampai");
    // Control: with no "from" before it, "tekan" before a clause end still reads as "come".
    expect(standardTokens("sopo sing tekan pas acara")).toContain("datang");
  });

  it("out of scope: a span to an event the knowledge does not date is declined", () => {
    const turn = lastOf(
      "2026-11-29",
      "kapan ttd?",
      "piro dino seko pas teken tekan pas peluncuran aplikasi?",
    );
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("a yes/no confirmation of the last answer opens with its verdict", () => {
  it("'eh satu lagi tempatnya di balai kota kediri kan' is a 'Ya' ('satu lagi' is no number offered)", () => {
    const turn = lastOf(
      "2026-11-29",
      "kapan tanda tangannya?",
      "eh satu lagi tempatnya di balai kota kediri kan",
    );
    expect(turn.answer.text).toMatch(/^Ya/);
  });

  it("control: the wrong town hall after 'satu lagi' is a 'Tidak'", () => {
    const turn = lastOf(
      "2026-11-29",
      "kapan tanda tangannya?",
      "satu lagi, tempatnya di balai kota madiun kan?",
    );
    expect(turn.answer.text).toMatch(/^Tidak/);
    expect(turn.answer.text).toContain("Balai Kota Kediri");
  });

  it("out of scope: 'satu lagi' before a question the knowledge does not answer is declined", () => {
    const turn = lastOf("2026-11-29", "kapan tanda tangannya?", "satu lagi dong: anggarannya berapa?");
    expect(turn.answer.kind).toBe("decline");
  });

  it("'mencakup bidang kuliner?' is confirmed from the entry that lists kuliner", () => {
    const turn = lastOf("2026-11-29", "Apakah kerja sama ini juga mencakup bidang kuliner?");
    expect(turn.answer.text).toMatch(/^Ya/);
    expect(turn.answer.text).toContain("kuliner");
    // Control: a sector of the main list, in the same words.
    const tourism = lastOf("2026-11-29", "Apakah kerja sama ini juga mencakup bidang pariwisata?");
    expect(tourism.answer.text).toMatch(/^Ya/);
  });

  it("out of scope: a sector no entry lists, alone or beside a listed one, is still declined", () => {
    expect(lastOf("2026-11-29", "Apakah kerja sama ini juga mencakup bidang kesehatan?").answer.kind).toBe(
      "decline",
    );
    expect(
      lastOf("2026-11-29", "apakah kerja sama ini mencakup bidang kuliner dan pertanian?").answer.kind,
    ).toBe("decline");
  });
});

describe("a weekday offered for the thing just dated", () => {
  const statement = ["What did the mayor of Madiun say about the economy?", "When did he say that?"];

  it("'Was it on a Tuesday?' after the statement's date is a 'No, Wednesday'", () => {
    const turn = lastOf("2026-11-29", ...statement, "Was it on a Tuesday?");
    expect(turn.answer.text).toMatch(/^Tidak/);
    expect(turn.answer.text).toContain("Rabu");
  });

  it("controls: the signing's own weekday confirmed, and denied when wrong", () => {
    expect(lastOf("2026-11-29", "kapan ttd?", "hari selasa kan?").answer.text).toMatch(/^Ya/);
    const wrong = lastOf("2026-11-29", "kapan ttd?", "itu hari rabu kan?");
    expect(wrong.answer.text).toMatch(/^Tidak/);
    expect(wrong.answer.text).toContain("Selasa");
  });

  it("out of scope: something else offered about the statement is not confirmed", () => {
    const turn = lastOf("2026-11-29", ...statement, "Was it raining?");
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("a message-opening 'Baik' acknowledges the last answer", () => {
  it("'Baik, kapan perjanjian itu genap berusia satu tahun?' is the agreement's anniversary, and its weekday next", () => {
    const turn = lastOf(
      "2026-11-29",
      "Berapa lama masa berlaku perjanjian tersebut?",
      "Baik, kapan perjanjian itu genap berusia satu tahun?",
    );
    expect(turn.answer.text).toContain("13 Januari 2027");
    const day = lastOf(
      "2026-11-29",
      "Baik, kapan perjanjian itu genap berusia satu tahun?",
      "Itu jatuh pada hari apa?",
    );
    expect(day.answer.text).toContain("Rabu");
  });

  it("controls: 'Baik, siapa yang tanda tangan?' is answered; 'tumbuh baik' keeps its adjective", () => {
    expect(lastOf("2026-11-29", "Baik, siapa yang tanda tangan?").answer.text).toContain("Maidi");
    expect(standardTokens("jika ekonomi tumbuh baik")).toContain("baik");
  });

  it("out of scope: 'Baik, berapa anggarannya?' is declined", () => {
    expect(lastOf("2026-11-29", "Baik, berapa anggaran kerja sama ini?").answer.kind).toBe("decline");
  });
});

describe("English and elliptic follow-ups", () => {
  it("synergy, 'besides' and 'environmental stuff' are read through the glossary", () => {
    const synergy = lastOf(
      "2026-11-29",
      "who's the mayor of Madiun in the article?",
      "what did he say about synergy between cities?",
    );
    expect(synergy.answer.text).toMatch(/saling mengisi|melengkapi/);
    const besides = lastOf(
      "2026-11-29",
      "What else is the cooperation going to focus on besides the economy?",
    );
    expect(besides.answer.text).toContain("kuliner");
    const stuff = lastOf(
      "2026-11-29",
      "who's the mayor of Madiun in the article?",
      "and the environmental stuff he mentioned?",
    );
    expect(stuff.answer.text).toMatch(/lingkungan|zero waste/);
  });

  it("out of scope: synergy with a city that is no party is declined", () => {
    const turn = lastOf(
      "2026-11-29",
      "who's the mayor of Madiun in the article?",
      "what did he say about synergy with Surabaya?",
    );
    expect(turn.answer.kind).toBe("decline");
  });

  it("'And what's his position? Bupati?' checks the office guessed", () => {
    const turn = lastOf("2026-11-29", "Who signed it for Madiun?", "And what's his position? Bupati?");
    expect(turn.answer.text).toMatch(/^Tidak/);
    expect(turn.answer.text).toContain("Wali Kota");
    // Control: another wrong office.
    const governor = lastOf("2026-11-29", "Who signed it for Madiun?", "And what's his position? Gubernur?");
    expect(governor.answer.text).toMatch(/^Tidak/);
  });

  it("out of scope: a guessed figure the knowledge lacks is declined", () => {
    const turn = lastOf("2026-11-29", "Who signed it for Madiun?", "And what's his salary? 10 juta?");
    expect(turn.answer.kind).toBe("decline");
  });

  it("'brarti udh lwt setaun ya?' is a 'Sudah' after the count", () => {
    const turn = lastOf(
      "2027-02-28",
      "kerjasama madiun-kediri tuh ttd tgl brp?",
      "brp hari yg lalu?",
      "brarti udh lwt setaun ya?",
    );
    expect(turn.answer.text).toMatch(/^Sudah/);
    // Control: before the anniversary it is not yet.
    const early = lastOf(
      "2026-11-29",
      "kerjasama madiun-kediri tuh ttd tgl brp?",
      "brarti udh lwt setaun ya?",
    );
    expect(early.answer.text).toMatch(/^Belum/);
  });

  it("out of scope: a conclusion about something the knowledge lacks is declined", () => {
    const turn = lastOf(
      "2027-02-28",
      "kerjasama madiun-kediri tuh ttd tgl brp?",
      "brarti udh ada evaluasinya ya?",
    );
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("'tanggal lengkapnya' asks the date", () => {
  const wrongYear =
    "Mohon konfirmasi, penandatanganan kerja sama Madiun-Kediri dilakukan pada tahun 2025, benar demikian?";

  it("'Jika begitu, tanggal lengkapnya kapan?' after a corrected year gives the full date", () => {
    const turn = lastOf("2026-11-29", wrongYear, "Jika begitu, tanggal lengkapnya kapan?");
    expect(turn.answer.text).toContain("13 Januari 2026");
  });

  it("control: the same words as a question of their own", () => {
    expect(lastOf("2026-11-29", "kapan tanggal lengkap penandatanganan?").answer.text).toContain(
      "13 Januari 2026",
    );
  });

  it("out of scope: the full date of an event the knowledge lacks is declined", () => {
    const turn = lastOf(
      "2026-11-29",
      wrongYear,
      "Jika begitu, tanggal lengkap peluncuran aplikasinya kapan?",
    );
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("a day offered for an anniversary just answered", () => {
  it("is never denied with the signing's own weekday", () => {
    const turn = lastOf("2026-11-29", "kapan genap setahun?", "hari rabu kan?");
    expect(turn.answer.text).not.toMatch(/^Tidak/);
    // Control: offered for the signing itself, the same day is denied with the signing's.
    const signing = lastOf("2026-11-29", "kapan ttd?", "hari rabu kan?");
    expect(signing.answer.text).toMatch(/^Tidak/);
  });
});
