import { describe, expect, it } from "vitest";
import { statedEndDay } from "../../src/engine/dates.js";
import { readDictation } from "../../src/engine/dictation.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * Dictated and English-mixed questions (fresh6-voice leftovers): a day the question states as its "now", an
 * English comparative claim on the time passed, the people and place of the event inside a count, a later
 * sentence asking about another entry, an office nobody holds naming a party, the agreement named with a
 * possessive, the partner of a named party, verbs of saying with a stress of their own, and the asker's own
 * time before the news. Each rule has a control of the same shape and an out-of-scope twin that must stay
 * declined.
 */
const ask = (q: string, now = "2026-11-29") => shippedEngine().answer(q, { now: at(now) });

describe("a day the question states is the day counted to", () => {
  it("reads the day after sampai / hari ini / today, numbers in words and English ordinals", () => {
    expect(statedEndDay(["sampai", "hari", "ini", "awal", "juli", "tanggal", "satu", "juli"])?.day).toEqual({
      day: 1,
      month: 7,
    });
    expect(statedEndDay(["hari", "ini", "pertama", "maret", "2027", "benar"])?.day).toEqual({
      day: 1,
      month: 3,
      year: 2027,
    });
    // A month alone is no day to count to; a count without a stated day has none.
    expect(statedEndDay(["sampai", "hari", "ini", "awal", "juli"])).toBeUndefined();
    expect(statedEndDay(["sudah", "berapa", "hari", "sejak", "ttd"])).toBeUndefined();
  });

  it("counts to the stated day, not the clock, and says so", () => {
    const a = ask(
      "eee kerja samanya itu udah berapa hari sih sejak ditandatangani sampai hari ini awal juli eh tanggal satu juli maksudnya soalnya saya mau nulis di buletin masjid",
    );
    expect(a.text).toMatch(/169 hari/);
    expect(a.text).toMatch(/Dihitung sampai Rabu, 1 Juli 2026/);
    expect(ask("berapa hari sejak ditandatangani sampai 1 juli 2026").text).toMatch(/169 hari/);
    // (The stated year is the asker's "now", not a premise that the fact is of 2027.)
    expect(
      ask(
        "ok so today is the first of march two thousand twenty seven right how many days have passed since the signing of the agreement between madiun and kediri exactly",
      ).text,
    ).toMatch(/412 hari/);
  });

  it("control: without a stated day the clock is the end", () => {
    expect(ask("sudah berapa hari sejak ttd sampai hari ini").text).toMatch(/320 hari/);
  });

  it("out of scope: a count from something the knowledge lacks stays declined", () => {
    expect(ask("berapa hari sejak festival kuliner dibuka sampai 1 juli 2026").answered).toBe(false);
  });
});

describe("an English comparative claims the time passed", () => {
  it("denies or confirms it with the real figure", () => {
    const more = ask(
      "btw the signing was more than two years ago right kayaknya udah lama banget gitu deh dari zaman covid atau apa",
      "2027-03-01",
    );
    expect(more.text).toMatch(/^Tidak\./);
    expect(more.text).toMatch(/412 hari/);
    expect(ask("the signing was less than two years ago right", "2027-03-01").text).toMatch(/^Ya/);
  });

  it("the English tag closes its clause in a run-on; 'right now' is no tag", () => {
    const asked = readDictation(
      "the signing was more than two years ago right kayaknya udah lama banget gitu deh",
    )
      .filter((s) => s.asks)
      .map((s) => s.words.join(" "));
    expect(asked).toEqual(["the signing was more than two years ago right"]);
    expect(readDictation("what is happening right now in madiun and kediri").length).toBe(1);
  });

  it("out of scope: a comparative on what the knowledge lacks stays declined", () => {
    expect(
      ask("btw the budget was more than two billion right kayaknya gede banget gitu deh", "2027-03-01")
        .answered,
    ).toBe(false);
  });
});

describe("the event's people and place inside a count", () => {
  it("an office its people hold and a place of the knowledge name the event", () => {
    const a = ask(
      "hi i'm writing a short explainer how many weeks has it been since the mou was signed by the two mayors di balai kota itu",
      "2026-05-05",
    );
    expect(a.text).toMatch(/16 minggu/);
  });

  it("control: an office nobody holds is not counted past", () => {
    const a = ask("berapa minggu sejak kesepakatan ditandatangani oleh dua bupati", "2026-05-05");
    expect(a.text).not.toMatch(/16 minggu/);
  });

  it("out of scope: a place the knowledge lacks stays declined", () => {
    expect(ask("berapa minggu sejak kesepakatan ditandatangani di pendopo", "2026-05-05").answered).toBe(
      false,
    );
  });
});

describe("a later sentence about another entry after a count", () => {
  it("is answered after the count", () => {
    const a = ask(
      "udah berapa tahun sih sejak tanda tangan kerja sama itu terus tahun target zero waste udah kelewat belum eh maksudnya udah masuk tahunnya belum",
      "2027-03-01",
    );
    expect(a.text).toMatch(/1 tahun/);
    expect(a.text).toMatch(/2027/);
  });

  it("control: two sentences about the same dated fact are one count", () => {
    const a = ask("kapan genap setahun? berapa hari lagi?", "2026-11-29");
    expect(a.parts.length).toBe(1);
  });

  it("out of scope: a later sentence the knowledge lacks is not answered from the count", () => {
    const a = ask(
      "udah berapa tahun sih sejak tanda tangan kerja sama itu terus anggarannya udah cair belum",
      "2027-03-01",
    );
    expect(a.text).not.toMatch(/cair.*sudah|sudah cair/i);
    expect(a.answered && !a.partial && /anggaran/.test(a.text)).toBe(false);
  });
});

describe("an office nobody holds, naming a party", () => {
  it("is denied with that party's person", () => {
    const a = ask(
      "bener nggak sih yang tanda tangan itu bupati kediri eh maksudnya bupati madiun sama wali kota kediri gitu kata temen saya",
    );
    expect(a.text).toMatch(/^Tidak/);
    expect(a.text).toMatch(/Wali Kota Madiun Maidi/);
  });

  it("control: an office naming no party is only denied", () => {
    const a = ask("apakah yang tanda tangan gubernur?");
    expect(a.text).toMatch(/^Tidak/);
  });
});

describe("the agreement named with a possessive", () => {
  it("'kontraknya' names the agreement as 'kontrak' does", () => {
    const a = ask("mau nanya dong yang neken kontraknya itu siapa aja ya");
    expect(a.text).toMatch(/Maidi/);
    expect(a.text).toMatch(/Vinanda/);
  });

  it("control (heldout H017): a day premise beside it is checked, not required of the entry", () => {
    expect(ask("tanggal berapa sih teken kontraknya? tgl 14 bukan?", "2026-11-28").text).toMatch(
      /13 Januari/,
    );
  });

  it("out of scope: what the contract is worth stays declined", () => {
    expect(ask("nilai kontraknya berapa miliar?").answered).toBe(false);
  });
});

describe("the partner of a named party", () => {
  it("'sama pemkot mana' asks for the other party", () => {
    expect(
      ask(
        "apa namanya kerja sama ini tuh antara dua pemkot kan nah pemkot madiun sama pemkot mana ya satunya",
      ).text,
    ).toMatch(/Kediri/);
    expect(ask("pemkot madiun sama pemkot mana").entryIds).toEqual(["para-pihak"]);
  });

  it("control: 'dengan kota mana' as before", () => {
    expect(ask("madiun kerja sama dengan kota mana?").text).toMatch(/Kediri/);
  });

  it("out of scope: a partner in something the knowledge lacks stays declined", () => {
    expect(ask("pemkot madiun sama pemkot mana yang bikin festival bareng").answered).toBe(false);
  });
});

describe("verbs of saying with a stress of their own", () => {
  it("ask who said it", () => {
    expect(
      ask("tourism masuk nggak sih dalam kerja samanya terus who emphasized tourism development").text,
    ).toMatch(/Maidi/);
    expect(ask("siapa yang menekankan ekonomi jadi prioritas").text).toMatch(/Maidi/);
  });

  it("out of scope: stressing what the knowledge lacks stays declined", () => {
    expect(ask("siapa yang menekankan pentingnya anggaran").answered).toBe(false);
  });
});

describe("the asker's own time before the news", () => {
  it("'kemarin ada berita ...' sets the scene; the wrong partner is corrected", () => {
    const a = ask(
      "anu kemarin ada berita kerja sama antar daerah itu kerja samanya antara kota madiun sama kota blitar kan eh atau sama siapa ya saya cuma baca judulnya sekilas di hp waktu nunggu angkot",
    );
    expect(a.text).toMatch(/^Tidak/);
    expect(a.text).toMatch(/Kediri/);
  });

  it("control: 'kemarin' as a premise about the signing is still denied", () => {
    expect(ask("kerja sama ditandatangani kemarin ya?", "2026-11-28").text).toMatch(/^Bukan kemarin/);
  });

  it("out of scope: what the news scene leads into stays declined when the knowledge lacks it", () => {
    expect(ask("kemarin ada berita kerja sama madiun sama blitar, anggarannya berapa?").answered).toBe(false);
  });
});
