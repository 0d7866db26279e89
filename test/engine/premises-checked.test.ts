import { describe, expect, it } from "vitest";
import { calendarFrameWords, relativeDays, weekdaysNamed } from "../../src/engine/dates.js";
import { officeBoundParties } from "../../src/engine/decide.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * A wrong confident answer is worse than a decline: every premise a yes/no question names (the parties'
 * level, a day relative to now, a year, a month, a weekday) is checked against the knowledge before "Ya";
 * a wh-question is answered only by an entry that holds the thing it asks about (its first noun, the kind
 * of answer a noun phrase opens with, the party of the office it names). Shown on the shipped knowledge
 * (signed Tuesday 13 January 2026; Maidi's words on the economy dated Wednesday 14 January).
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });
const text = (q: string, now?: string) => ask(q, now).text;

describe("a premise not checked never gets 'Ya'", () => {
  it("a wrong level of government joined to the right one is corrected ('pemkot X ama pemkab Y')", () => {
    for (const q of [
      "kerjasamanya pemkot madiun ama pemkab madiun ya?",
      "kerja sama pemkot kediri dan pemkab madiun kan?",
      "mou ini antara pemerintah kota madiun dengan pemerintah kabupaten kediri ya?",
      "kerjasamane pemkot madiun karo pemkab kediri to?",
    ]) {
      const t = text(q);
      expect(t, q).not.toMatch(/^Ya\b/);
      expect(t, q).toMatch(/^(Bukan|Tidak)\b/);
      expect(t, q).toMatch(/Kota Kediri/);
    }
    // A level and a place the knowledge lacks: declined or denied, never confirmed.
    expect(text("kerja sama pemkot madiun dengan pemprov jawa timur ya?")).not.toMatch(/^Ya\b/);
    // Offered as a choice, the right level is answered, not denied.
    expect(text("kerjasamamadiun kediri itu pemkot sama pemkot to? apa kabupaten?")).toMatch(/Pemkot Kediri/);
    expect(text("ini pemkot atau pemkab madiun yang kerja sama?")).not.toMatch(/^Bukan/);
  });

  it("a day named relative to now is checked against the entry's date", () => {
    // Signed Tuesday 13 January 2026.
    const right: [string, string][] = [
      ["ttd nya kemarin ya?", "2026-01-14"],
      ["ttdne wingi to?", "2026-01-14"],
      ["penandatanganan kemarin lusa ya?", "2026-01-15"],
      ["ttd nya hari ini ya?", "2026-01-13"],
      ["ditandatangani minggu lalu ya?", "2026-01-20"],
      ["mou diteken pekan lalu kan?", "2026-01-22"],
      ["ttd bulan lalu ya?", "2026-02-10"],
    ];
    for (const [q, now] of right) {
      const t = text(q, now);
      expect(t, `${q} @${now}`).toMatch(/^Ya, benar/);
      expect(t, `${q} @${now}`).toMatch(/13 Januari 2026/);
    }
    const wrong: [string, string][] = [
      ["ttd nya kemarin ya?", "2026-11-29"],
      ["ttdne wingi to?", "2026-03-02"],
      ["penandatanganan kemarin lusa ya?", "2026-01-14"],
      ["ttd nya hari ini ya?", "2026-01-20"],
      ["ditandatangani minggu lalu ya?", "2026-01-14"],
      ["ttd bulan lalu ya?", "2026-11-29"],
      ["mou ditandatangani bulan ini ya?", "2026-05-05"],
    ];
    for (const [q, now] of wrong) {
      const t = text(q, now);
      expect(t, `${q} @${now}`).toMatch(/^(Bukan|Tidak)\b/);
      expect(t, `${q} @${now}`).toMatch(/13 Januari 2026/);
    }
  });

  it("a weekday, month or year offered without a question word is checked ('desember 2025?', 'hari selasa?')", () => {
    for (const q of [
      "mou nya taun 2025 ya",
      "MoU nya ditandatangani desember 2025?",
      "kerjasama diteken februari 2026?",
      "ttd e tahun 2024 to",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^(Bukan|Tidak)\b/);
      expect(t, q).toMatch(/13 Januari 2026/);
    }
    // Maidi's words on the economy are dated Wednesday 14 January.
    for (const q of [
      "pak maidi ngomong soal ekonomi itu hari selasa?",
      "maidi bilang ekonomi prioritas hari senin?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^(Bukan|Tidak)\b/);
      expect(t, q).toMatch(/Rabu, 14 Januari 2026/);
    }
  });

  it("a confirmed premise says so: 'Ya, benar.'", () => {
    expect(text("Apakah pariwisata termasuk sektor kerja sama?")).toMatch(/^Ya, benar\./);
    expect(text("ttdne seminggu lalu ya", "2026-01-20")).toMatch(/^Ya, benar\. Sudah 1 minggu/);
    // Said once, not twice.
    expect(text("ttd nya 3 hari lalu ya?", "2026-01-16")).not.toMatch(/Ya, benar\..*Ya, benar\./s);
  });

  it("'salah satu' is 'one of', never the word 'salah' read as a sector", () => {
    for (const q of [
      "Apakah pengelolaan komunikasi dan informasi publik juga menjadi salah satu sektor kerja sama tersebut?",
      "salah satu sektornya pariwisata ya?",
      "apakah UMKM salah satu sektor kerja sama?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^Ya, benar\./);
      expect(t, q).not.toMatch(/salah sebagai sektor/);
    }
    expect(text("apakah pertanian salah satu sektor kerja sama?")).toMatch(/tidak menyebut pertanian/);
    expect(text("kuliner salah siji sektor e to?")).toMatch(/kuliner/);
    expect(text("kuliner salah siji sektor e to?")).not.toMatch(/salah sebagai/);
  });
});

describe("a wh-question is answered only by an entry holding what it asks about", () => {
  it("the office's own party decides whose holder is asked, not the parties named around it", () => {
    for (const [q, who, not] of [
      ["Wali Kota Madiun namanya siapa di berita kerja sama Madiun-Kediri?", "Maidi", "Vinanda"],
      ["walikota madiun sopo jenenge, sing kerjasama karo kediri?", "Maidi", "Vinanda"],
      ["Siapa nama Wali Kota Kediri yang bekerja sama dengan Madiun?", "Vinanda", "Maidi"],
      ["siapa walkot kediri dalam kerjasama madiun kediri?", "Vinanda", "Maidi"],
    ] as const) {
      const t = text(q);
      expect(t, q).toMatch(new RegExp(who));
      expect(t, q).not.toMatch(new RegExp(not));
    }
    const loaded = loadKnowledgeDir("knowledge");
    if (!loaded.ok) throw new Error("shipped knowledge is invalid");
    expect([
      ...officeBoundParties(["walikota", "madiun", "di", "kerjasama", "madiun", "kediri"], loaded.knowledge),
    ]).toEqual(["madiun"]);
  });

  it("a first noun the entry does not hold declines ('rumahnya Maidi', 'acara lanjutan', 'gaji')", () => {
    for (const q of [
      "rumahnya Maidi di mana?",
      "rumah pak maidi dimana ya",
      "kapannnn ada acara lanjutan mou madiun kediri? 🙏",
      "kapan rapat lanjutan kerja sama madiun kediri?",
      "kantor Vinanda di mana?",
    ]) {
      expect(ask(q).answered, q).toBe(false);
    }
    // What the entries hold is still answered.
    expect(text("kapan acara penandatanganan?")).toMatch(/13 Januari 2026/);
    expect(text("tempat acara penandatanganan di mana?")).toMatch(/Balai Kota Kediri/);
  });

  it("the noun asked about is the one at the question word, not a noun of the asker's frame", () => {
    const t = text(
      "Permisi, saya ASN di lingkungan Pemkot Madiun. Untuk keperluan laporan, mohon dikonfirmasi siapa pejabat yang menandatangani kesepakatan itu mewakili Kota Madiun dan apa jabatannya.",
    );
    expect(t).toMatch(/Maidi/);
  });

  it("days named relative to now in a wh-question must be the entry's days ('kemarin Maidi ngomong apa?')", () => {
    expect(ask("kemarin Maidi ngomong apa?", "2026-11-29").answered).toBe(false);
    expect(ask("bulan lalu ada kerja sama apa?", "2026-11-29").answered).toBe(false);
    expect(ask("siapa yang ttd kemarin?", "2026-11-29").answered).toBe(false);
    // On the day after, they are: Maidi's words are dated 14 January, the signing 13 January.
    expect(text("apa kata maidi kemarin?", "2026-01-15")).toMatch(/ekonomi/);
    expect(text("siapa yang ttd kemarin?", "2026-01-14")).toMatch(/Maidi.*Vinanda/s);
    // Where nothing the question reaches is dated, the answer claims no day: the parties are said.
    expect(text("itu kerja sama yg diberitain kemarin tuh antara kota mana aja sih?")).toMatch(/Kota Kediri/);
  });

  it("a noun phrase opened by a kind of answer asks for that kind ('TEMPAT wisata mana saja')", () => {
    for (const q of [
      "Tempat wisata mana saja di Madiun dan Kediri yang akan dikembangkan bersama melalui kerja sama ini?",
      "lokasi wisata apa saja yang dikembangkan?",
      "tempat kuliner mana yang dikembangkan kerja sama ini?",
    ]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(text("sektor apa saja yang dikembangkan?")).toMatch(/pariwisata/);
  });
});

describe("date premises: the words", () => {
  it("'Minggu' is Sunday only when it counts no weeks", () => {
    expect(weekdaysNamed(["ttd", "hari", "minggu"])).toEqual(["minggu"]);
    expect(weekdaysNamed(["ttd", "minggu", "lalu"])).toEqual([]);
    expect(weekdaysNamed(["dua", "minggu", "sejak"])).toEqual([]);
    expect(weekdaysNamed(["berapa", "minggu"])).toEqual([]);
  });

  it("days relative to now are calendar spans in Asia/Jakarta", () => {
    const now = at("2026-01-14");
    expect(relativeDays(["ttd", "kemarin"], now)).toMatchObject({ from: "2026-01-13", to: "2026-01-13" });
    expect(relativeDays(["kemarin", "lusa"], now)).toMatchObject({ from: "2026-01-12", to: "2026-01-12" });
    expect(relativeDays(["besok"], now)).toMatchObject({ from: "2026-01-15" });
    // Wednesday 14 January: last week is Monday 5 to Sunday 11.
    expect(relativeDays(["minggu", "lalu"], now)).toMatchObject({ from: "2026-01-05", to: "2026-01-11" });
    expect(relativeDays(["bulan", "lalu"], now)).toMatchObject({ from: "2025-12-01", to: "2025-12-31" });
    expect(relativeDays(["bulan", "depan"], now)).toMatchObject({ from: "2026-02-01", to: "2026-02-28" });
    // Counts are the date stage's: "dua minggu lalu", "sudah berapa hari sejak kemarin".
    expect(relativeDays(["dua", "minggu", "lalu"], now)).toBeUndefined();
    expect(relativeDays(["berapa", "hari", "sejak", "kemarin"], now)).toBeUndefined();
    // The asker's own time is no premise: "kemarin saya mendengar ...", "saya kemarin baca ...".
    expect(relativeDays(["kemarin", "saya", "mendengar"], now)).toBeUndefined();
    expect(relativeDays(["saya", "kemarin", "baca", "berita"], now)).toBeUndefined();
    expect([...calendarFrameWords(["ttd", "tahun", "2025", "kemarin"])].sort()).toEqual(["kemarin", "tahun"]);
  });
});

describe("chat forms of place and owner questions", () => {
  it("run-together words split into short pieces too ('ttd', 'nya', 'dan'), 'ndek' is 'di'", () => {
    const both = text("ttdnyadimanadankapan");
    expect(both).toMatch(/Balai Kota Kediri/);
    expect(both).toMatch(/13 Januari 2026/);
    for (const q of ["ttd e ndek endi cak", "ttdne ndek ngendi?"])
      expect(text(q), q).toMatch(/Balai Kota Kediri/);
  });

  it("'kota mana' after a target asks whose it is", () => {
    for (const q of ["zerowaste itu buat kota mana", "target zero kabel punya pemkot mana?"]) {
      const t = text(q);
      expect(t, q).toMatch(/Pemkot Madiun/);
      expect(t, q).not.toMatch(/tidak menyebut tempat/);
    }
  });

  it("the day a quote was said confirms a weekday premise ('hari Rabu, betul?')", () => {
    const t = text("Saya dengar Pak Maidi menyampaikan pernyataannya soal ekonomi pada hari Rabu, betul?");
    expect(t).toMatch(/^Ya, benar\./);
    expect(t).toMatch(/14 Januari 2026/);
  });
});
