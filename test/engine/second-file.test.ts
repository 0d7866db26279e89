import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { at } from "../support/engine.js";

/**
 * The shipped knowledge plus a second file written by a colleague playing staff (test/fixtures/festival,
 * written from the file's own instructions only). Its `examples` are answered by other entries or
 * declined; declining one of them asked for the examples again and overflowed the stack.
 */
describe("a second knowledge file beside the shipped one", () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-festival-"));
  cpSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama-madiun-kediri.yaml"));
  cpSync("test/fixtures/festival/festival-kuliner.yaml", join(dir, "festival-kuliner.yaml"));
  const loaded = loadKnowledgeDir(dir);

  it("loads and answers without overflowing while it works out its examples", () => {
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const engine = createEngine(loaded.knowledge);
    const declined = engine.answer("berapa harga tiket pesawat ke bali?", { now: at("2026-11-28") });
    expect(declined.kind).toBe("decline");
    expect(declined.choices.length).toBeGreaterThan(0);
    expect(engine.examples().length).toBeGreaterThan(0);
  });
});

describe("general rules a second file brings out (shipped knowledge + festival beside it)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-festival-rules-"));
  cpSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama-madiun-kediri.yaml"));
  cpSync("test/fixtures/festival/festival-kuliner.yaml", join(dir, "festival-kuliner.yaml"));
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error("fixture knowledge invalid");
  const engine = createEngine(loaded.knowledge);
  const now = at("2026-11-28");
  const ask = (q: string) => engine.answer(q, { now });

  it.each([
    ["Apa itu kerja sama Madiun Kediri?", "ringkasan"],
    ["kerjasama madiun kediri iku opo?", "ringkasan"],
    ["Ceritakan tentang kerja sama Madiun Kediri", "ringkasan"],
    ["info kerjasama madiun kediri dong", "ringkasan"],
    ["apa itu festival kuliner?", "festival-ringkasan"],
  ])("a question about what a topic is goes to the entry whose topic it names: %s", (q, id) => {
    expect(ask(q).entryIds[0]).toBe(id);
  });

  it("'kapan <thing>' takes the dated fact whose label names the thing, not a statement's date", () => {
    const a = ask("Kapan Festival Kuliner dan UMKM Madiun–Kediri dilaksanakan?");
    expect(a.entryIds).toEqual(["festival-jadwal"]);
    expect(a.text).toContain("4 Desember");
    // A question about what was said still gets the statement's date.
    expect(ask("Kapan Bu Ratna menyampaikan pernyataan soal festival?").text).toContain("25 November");
  });

  it("counts how long a dated thing lasts from its first-day and last-day facts", () => {
    expect(ask("Berapa hari festival kuliner berlangsung?").text).toMatch(/berlangsung 3 hari/i);
    expect(ask("berapa lama festivalnya?").text).toMatch(/berlangsung 3 hari/i);
    // "berapa hari lagi" still counts from today.
    expect(ask("Berapa hari lagi festival kuliner dimulai?").text).toMatch(/6 hari lagi/);
  });

  it("reads 'keberapa' as a question word (not a typo of 'berupa')", () => {
    expect(ask("Festival ini program keberapa dari kerja sama Madiun Kediri?").text).toMatch(/perdana/);
  });

  it("a file's subject named in the question must be held by the answering entry", () => {
    expect(ask("Apakah festival kuliner menerapkan zero waste?").kind).toBe("decline");
    expect(ask("Apa target Pemkot Madiun pada 2027?").entryIds).toEqual(["target-2027"]);
  });

  it("the parties' names do not make two statements an interval", () => {
    const a = ask(
      "Mohon informasi, berapa besar anggaran yang dialokasikan untuk pelaksanaan kerja sama antara Kota Madiun dan Kota Kediri?",
    );
    expect(a.kind).toBe("decline");
  });

  it("a named speaker's statement comes from that speaker's quotes", () => {
    const a = ask(
      "Sudah berapa hari sejak Bapak Maidi menyampaikan pernyataannya soal ekonomi pada 14 Januari 2026?",
    );
    expect(a.entryIds).toEqual(["prioritas-ekonomi"]);
  });

  it("'jam berapa' needs an answer with a time of day", () => {
    expect(ask("jam berapa penandatanganannya?").kind).toBe("decline");
    expect(ask("jam piro bukak e festival?").text).toContain("16.00");
  });

  it("the word naming a department must be the entry's own; 'jumlah X?' asks a count", () => {
    expect(ask("Dimana kantor Dinas Pariwisata Madiun?").kind).toBe("decline");
    expect(ask("sopo ae sing teko nang acara ttd iku?").kind).toBe("decline");
    expect(ask("Daftar stan di mana?").entryIds).toEqual(["festival-pendaftaran"]);
    expect(ask("jumlah peserta?").kind).toBe("decline");
  });

  it("anniversaries count from what has already happened; a listed sector is answered when a second file weighs its word down", () => {
    expect(ask("kpn genap setaun").entryIds).toEqual(["tanggal-penandatanganan"]);
    expect(ask("wes setaun durung?").entryIds).toEqual(["tanggal-penandatanganan"]);
    expect(ask("Apakah UMKM jadi bagian kerja sama?").entryIds).toEqual(["sektor"]);
  });

  it("a 'bagaimana cara' question goes to the entry that tells how; 'dinas apa' asks who; a listed sector decides only sector questions", () => {
    expect(ask("Bagaimana cara UMKM ikut festival?").entryIds).toEqual(["festival-pendaftaran"]);
    expect(ask("Dinas apa yang mengadakan festival?").entryIds).toEqual(["festival-penyelenggara"]);
    expect(ask("Apakah ada stan selain kuliner?").entryIds).toEqual(["festival-stan"]);
    expect(ask("Apakah kuliner termasuk sektor kerja sama?").entryIds).toEqual(["fokus-lanjutan"]);
  });

  it("an answer that states a price answers 'berapa harga'; a price of something the file never names is declined", () => {
    expect(ask("Berapa harga tiket masuk festival kuliner?").text).toContain("gratis");
    expect(ask("htm festival nya brp?").text).toContain("gratis");
    expect(ask("harga tiket wisata nang kediri piro?").kind).toBe("decline");
    expect(ask("Berapa harga seporsi pecel Madiun di festival?").kind).toBe("decline");
  });

  it("'htm' reads as harga tiket masuk (answered once the entry answers 'amount', as the check suggests)", () => {
    expect(ask("htm festival nya brp?").questionTypes).toContain("amount");
    const fixed = createEngine({
      ...loaded.knowledge,
      entries: loaded.knowledge.entries.map((e) =>
        e.id === "festival-tiket" ? { ...e, answers: [...e.answers, "amount" as const] } : e,
      ),
    });
    expect(fixed.answer("htm festival nya brp?", { now }).text).toContain("gratis");
    expect(fixed.answer("Berapa harga tiket masuk festival kuliner?", { now }).text).toContain("gratis");
  });
});

describe("a third staff file (test/fixtures/bank-sampah/final.yaml) beside the shipped one", () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-bank-sampah-"));
  cpSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama-madiun-kediri.yaml"));
  cpSync("test/fixtures/bank-sampah/final.yaml", join(dir, "bank-sampah.yaml"));
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error("fixture knowledge invalid");
  const engine = createEngine(loaded.knowledge);
  const ask = (q: string) => engine.answer(q, { now: at("2026-11-29") });

  it("'pirang dino' asks how long; 'sejak ... selesai' counts from the last day", () => {
    expect(ask("pelatihane pirang dino?").text).toMatch(/berlangsung 3 hari/i);
    expect(ask("Sudah berapa hari sejak pelatihan bank sampah selesai?").text).toMatch(
      /10 hari sejak pelatihan selesai/,
    );
    expect(ask("Sudah berapa hari sejak pelatihan dimulai?").text).toMatch(/12 hari sejak pelatihan dimulai/);
  });

  it("a count asked of a person alone, or days counted since something, is no number fact", () => {
    expect(ask("maidi umur e piro saiki?").kind).toBe("decline");
    expect(ask("udah lewat seratus hari belum sejak ttd? brp hari tepatnya").entryIds).toEqual([
      "tanggal-penandatanganan",
    ]);
  });

  it("a count about one party is not answered for the other; 'SMA' is a school, not a typo of 'sama'", () => {
    expect(ask("Berapa jumlah bank sampah aktif di Kota Kediri?").kind).toBe("decline");
    expect(ask("Berapa jumlah bank sampah aktif di Kota Madiun?").text).toContain("62");
    expect(ask("Apakah ada pelatihan bank sampah untuk pelajar SMA?").kind).toBe("decline");
  });

  it("'lokasi' finds an entry that says 'tempat'", () => {
    expect(ask("lokasi pelatihan bank sampah dmn min?").entryIds).toEqual(["tempat-pelatihan"]);
  });
});

describe("topics named in a decline", () => {
  it("keep names and titles as written and lower-case a plain first word", async () => {
    const { inSentence, midSentenceCapitals } = await import("../../src/engine/engine.js");
    const answers = midSentenceCapitals([
      "Kesepakatan ditandatangani oleh Wali Kota Madiun Maidi.",
      "Target: zero waste.",
    ]);
    expect(inSentence("Wali Kota Madiun", answers)).toBe("Wali Kota Madiun");
    expect(inSentence("Target Pemkot Madiun 2027", answers)).toBe("target Pemkot Madiun 2027");
    expect(inSentence("Tanggal penandatanganan", answers)).toBe("tanggal penandatanganan");
    expect(inSentence("UMKM dan ekonomi", answers)).toBe("UMKM dan ekonomi");
  });
});
