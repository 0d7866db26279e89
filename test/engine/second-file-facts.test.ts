import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import type { Engine } from "../../src/engine/types.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { normalizeWords, standardize } from "../../src/language/normalize.js";
import { detectQuestionTypes } from "../../src/language/question-type.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * The shipped knowledge plus the bank-sampah file a colleague playing staff wrote (test/fixtures/bank-sampah,
 * first version, unchanged). Each case is a general rule its questions showed missing; the shipped
 * knowledge alone keeps its answers (checked by the question sets and the dev evaluation).
 */
function engineWithBankSampah(version = "first-version.yaml"): Engine {
  const dir = mkdtempSync(join(tmpdir(), "kb-bank-sampah-"));
  cpSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama-madiun-kediri.yaml"));
  cpSync("knowledge/tolak.yaml", join(dir, "tolak.yaml"));
  cpSync(`test/fixtures/bank-sampah/${version}`, join(dir, "bank-sampah.yaml"));
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return createEngine(loaded.knowledge);
}

const engine = engineWithBankSampah();
const NOW = { now: at("2026-11-29") };
const ask = (q: string) => engine.answer(q, NOW);

describe("dates of an event with a start and an end", () => {
  it("'berapa hari berlangsung' / 'pirang dino' is how long it lasts, not the days since it began", () => {
    for (const q of ["Berapa hari pelatihan bank sampah berlangsung?", "pelatihane pirang dino?"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Berlangsung 3 hari/);
      expect(a.text, q).not.toMatch(/sejak/);
    }
  });
  it("'sejak pelatihan selesai' counts from the dated fact whose label the question names", () => {
    expect(ask("Sudah berapa hari sejak pelatihan bank sampah selesai?").text).toMatch(
      /^Sudah 10 hari sejak pelatihan selesai/,
    );
    expect(ask("Sudah berapa hari sejak pelatihan bank sampah mulai?").text).toMatch(
      /^Sudah 12 hari sejak pelatihan mulai/,
    );
  });
  it("'hari apa aja' asks the days", () => {
    expect(detectQuestionTypes(["pelatihan", "hari", "apasaja"])).toContain("date");
    expect(ask("pelatihan bank sampah hari apa aja?").text).toMatch(/Selasa/);
  });
});

describe("places and parties", () => {
  it("'di jalan apa' asks a place, and 'jalan' is a word of its own (a filler base does not swallow it)", () => {
    expect(detectQuestionTypes(["di", "jalan", "apa"])).toContain("place");
    expect(standardize(normalizeWords("jalan hayam wuruk"))).toEqual(["jalan", "hayam", "wuruk"]);
    expect(ask("Pelatihan bank sampah diadakan di jalan apa?").text).toContain("Hayam Wuruk");
  });
  it("a count that belongs to one party is not given for the other ('bank sampah aktif di Kota Kediri')", () => {
    expect(ask("Berapa jumlah bank sampah aktif di Kota Kediri?").answered).toBe(false);
    expect(ask("Berapa jumlah bank sampah aktif di Kota Madiun?").text).toContain("62");
  });
  it("'diadakan di Kediri?' about an event in Madiun says where it is", () => {
    expect(ask("Apakah pelatihan bank sampah diadakan di Kediri?").text).toMatch(/^Tidak, di .*Madiun/);
  });
  it("a word of a listed item ('sampah' of 'pemilahan sampah') does not make every yes/no question a list question", () => {
    expect(ask("Apakah pelatihan bank sampah diadakan di Kediri?").entryIds[0]).toBe("tempat-pelatihan");
    expect(ask("Apakah pembuatan kompos termasuk materi pelatihan?").text).toMatch(/^Ya, benar\./);
  });
});

describe("the entry that answers holds what is asked, not only the context words", () => {
  it("two dated statements are not 'named' by the parties' names: no interval for 'anggaran ... antara Madiun dan Kediri'", () => {
    for (const q of [
      "Mohon informasi, berapa besar anggaran yang dialokasikan untuk pelaksanaan kerja sama antara Kota Madiun dan Kota Kediri?",
      "Berapa nomor dokumen perjanjian kerja sama antara Madiun dan Kediri tersebut?",
    ]) {
      expect(ask(q).answered, q).toBe(false);
    }
  });
  it("a question naming a speaker is not answered from another speaker's quote", () => {
    const a = ask(
      "Sudah berapa hari sejak Bapak Maidi menyampaikan pernyataannya soal ekonomi pada 14 Januari 2026?",
    );
    expect(a.entryIds).toEqual(["prioritas-ekonomi"]);
    expect(ask("hari apa pak maidi menyampaikan pernyataannya soal ekonomi").entryIds).toEqual([
      "prioritas-ekonomi",
    ]);
  });
  it("'pernyataannya' marks a quote whatever stem the knowledge holds ('langkah nyata')", () => {
    expect(standardize(["pernyataannya"], (w) => w === "pernyataannya" || w === "nyata")).toEqual(["kata"]);
  });
  it("a count must be of something the entry holds ('umur Maidi berapa' is no bank-sampah count)", () => {
    expect(ask("umur pak maidi berapa sekarang").answered).toBe(false);
  });
  it("a number counting days is a premise, not a thing ('lewat seratus hari sejak ttd')", () => {
    expect(ask("udah lewat seratus hari belum sejak ttd? brp hari tepatnya").entryIds).toEqual([
      "tanggal-penandatanganan",
    ]);
  });
  it("a question about the agreement goes to the entry about it, not to one that mentions it", () => {
    for (const q of [
      "Apa itu kerja sama Madiun Kediri?",
      "info kerjasama madiun kediri dong",
      "kerjasama madiun kediri iku opo?",
    ]) {
      expect(ask(q).entryIds, q).toEqual(["ringkasan"]);
    }
  });
  it("a question naming nothing or only a kind of answer is about the agreement", () => {
    for (const [q, id] of [
      ["kapan?", "tanggal-penandatanganan"],
      ["wes setaun durung?", "tanggal-penandatanganan"],
      ["lokasi?", "tempat-penandatanganan"],
      ["tujuannya?", "tujuan"],
    ] as const) {
      expect(ask(q).entryIds, q).toEqual([id]);
      expect(shippedEngine().answer(q, NOW).entryIds, q).toEqual([id]);
    }
  });
  it("a verb sharing a stem with a place name ('berjalan', 'Jalan Hayam Wuruk') names no place", () => {
    expect(ask("Kerja sama antarkota diperlukan agar pembangunan berjalan seperti apa?").entryIds).toEqual([
      "sinergi-antarkota",
    ]);
  });
});

describe("a consonant-only chat abbreviation beside a second file", () => {
  // The staff's final bank-sampah file writes "kader" often enough to win a tie on frequency.
  const final = engineWithBankSampah("final.yaml");
  it("'kdr' is Kediri (the knowledge's name), not the bank-sampah file's 'kader', which stays a word of its own", () => {
    expect(final.answer("walkot kdr sp", NOW).text).toContain("Vinanda");
    expect(final.answer("wali kota kdr siapa?", NOW).text).toContain("Vinanda");
    // (Written in full, the file's own word is still read as written.)
    expect(final.answer("Berapa kader bank sampah yang ikut pelatihan?", NOW).text).toMatch(/kader/);
  });
});
