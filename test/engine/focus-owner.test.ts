import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { timePhraseWords } from "../../src/engine/focus.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { normalizeWords, standardize } from "../../src/language/normalize.js";
import { cleanupDirs, knowledgeDir, shippedFiles } from "../knowledge/helpers.js";
import { at } from "../support/engine.js";

/**
 * Issue 9, "the focus decides", beside a small staff file (a registration, a fee and a daily target): what a
 * later clause asks with -nya ("apa saja SYARATNYA", "berapa BIAYANYA", "cara MENDAFTARNYA") belongs to the
 * thing the first clause named, so an entry holding only "syarat", "biaya" or "mendaftar" does not answer it
 * when the knowledge does not hold that thing; and the words of a time phrase ("PER HARI ini") name nothing.
 */
const STAFF = `sources:
  - id: warta-uji
    outlet: Warta Uji
    title: Katalog Pasar Dua Kota dan Kelas Membatik

entries:
  - id: katalog-pendaftaran
    topic: Pendaftaran ke katalog
    answer: >-
      Pelaku usaha dapat mendaftar ke katalog Pasar Dua Kota di dinas koperasi kotanya. Syaratnya,
      pelaku usaha sudah memiliki Nomor Induk Berusaha (NIB).
    source: warta-uji
    answers: [list, yesno, place]
    questions:
      - Bagaimana cara mendaftar ke katalog Pasar Dua Kota?
      - Apa syarat masuk katalog?
    keywords: [mendaftar, pendaftaran, syarat, persyaratan, nib, cara, katalog]

  - id: kelas-biaya
    topic: Biaya kelas membatik
    answer: >-
      Kelas membatik bersama ini gratis, tidak dipungut biaya.
    source: warta-uji
    answers: [amount, yesno]
    questions:
      - Berapa biaya kelas membatik?
      - Apakah kelas membatik berbayar?
    keywords: [gratis, biaya, bayar, berbayar, membatik]

  - id: bus-kota-target
    topic: Target penumpang bus kota
    answer: >-
      Bus kota bersama ditargetkan mengangkut 900 penumpang per hari.
    source: warta-uji
    answers: [amount, yesno]
    questions:
      - Berapa target penumpang bus kota?
    keywords: [target penumpang, penumpang, per hari, bus kota]
`;

afterAll(cleanupDirs);

const loaded = loadKnowledgeDir(knowledgeDir({ ...shippedFiles(), "katalog-uji.yaml": STAFF }));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const engine = createEngine(loaded.knowledge);
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });

describe("a later clause asking with -nya belongs to what the first clause named", () => {
  it("declines when that thing is not held, whatever entry holds the attribute or the act", () => {
    for (const q of [
      "Yth. Admin. Saya pensiunan staf kelurahan. KTP elektronik saya hilang; bagaimana prosedur mengurus KTP baru di Dispendukcapil dan apa saja syaratnya? Terima kasih.",
      "Apakah ada program beasiswa dari Pemkot Madiun untuk cucu saya yang akan masuk SMA, dan bagaimana cara mendaftarnya?",
      "Untuk program zero kabel itu, perusahaan kontraktor mana yang akan mengerjakan pemindahan kabel ke bawah tanah dan berapa biayanya?",
    ]) {
      const a = ask(q);
      expect(a.answered, `${q} -> ${a.text}`).toBe(false);
    }
  });
  it("out-of-scope twin: another unheld thing with its fee asked after it is declined too", () => {
    const q = "Kapan pasar malam alun-alun dibuka, dan berapa biayanya?";
    expect(ask(q).answered, ask(q).text).toBe(false);
  });
  it("controls: the entry's own thing, named alone or in the first clause, is still answered", () => {
    expect(ask("bagaimana cara mendaftar katalog Pasar Dua Kota?").text).toContain("NIB");
    expect(ask("Apa saja syarat masuk katalog Pasar Dua Kota?").text).toContain("NIB");
    expect(ask("Berapa biaya kelas membatik?").text).toContain("gratis");
    const both = ask("Apa itu katalog Pasar Dua Kota, dan bagaimana cara mendaftarnya?");
    expect(both.answered).toBe(true);
    expect(both.text).toContain("NIB");
  });
  it("control: a later part without a question word of its own ('tempat penandatanganannya saja') is no pointing back", () => {
    const a = ask(
      "Saya tidak memerlukan jamnya, tetapi mohon diberitahukan tanggal dan tempat penandatanganannya saja.",
    );
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain("Balai Kota");
  });
  it("control: a later clause that names its own thing (no -nya) is still answered beside a declined first", () => {
    const a = ask("Siapa gubernur Jawa Timur, dan berapa biaya kelas membatik?");
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain("gratis");
  });
});

describe("a time phrase sets the moment and names nothing to retrieve", () => {
  it("reads the preposition before a moment, and the time word of 'hari ini'", () => {
    expect([...timePhraseWords(["berapa", "lama", "ya", "per", "hari", "ini"])].sort()).toEqual([
      "hari",
      "per",
    ]);
    expect([...timePhraseWords(["berjalan", "berapa", "hari", "per", "1", "juli"])]).toEqual(["per"]);
    expect(timePhraseWords(["siapa", "yang", "menandatangani"]).size).toBe(0);
  });
  it("'per hari ini' does not match an entry's 'per hari': the agreement's age is counted", () => {
    const a = ask("Halo, kerja sama Madiun-Kediri sudah berjalan berapa lama ya per hari ini?", "2026-07-01");
    expect(a.entryIds).not.toContain("bus-kota-target");
    expect(a.text).toMatch(/169 hari/);
  });
  it("controls: a rate ('penumpang per hari') still finds its entry; an unheld count 'per hari ini' is declined", () => {
    expect(ask("berapa target penumpang bus kota per hari?").entryIds).toContain("bus-kota-target");
    const q = "Per hari ini, berapa jumlah kendaraan dinas Pemkot Madiun?";
    expect(ask(q).answered, ask(q).text).toBe(false);
  });
});

describe("a unit after the word asking how much asks that measure", () => {
  it("'brp km' / '120 km' keep km as the kilometre", () => {
    expect(standardize(normalizeWords("jarak madiun kediri brp km"))).toContain("km");
    expect(standardize(normalizeWords("jaraknya 120 km"))).toContain("km");
  });
  it("a distance asked in km is not answered by a fare that says 'berapa pun jarak'; the fare still is", () => {
    const dir = knowledgeDir({
      ...shippedFiles(),
      "bus.yaml": readFileSync("test/fixtures/bus-rukun/final.yaml", "utf8"),
    });
    const bus = loadKnowledgeDir(dir);
    if (!bus.ok) throw new Error(JSON.stringify(bus.problems));
    const e = createEngine(bus.knowledge);
    for (const q of ["jarak madiun kediri brp km?", "jarak madiun ke kediri berapa km"])
      expect(e.answer(q, { now: at("2026-11-29") }).answered, q).toBe(false);
    expect(e.answer("berapa tarif bus rukun dua kota?", { now: at("2026-11-29") }).text).toContain("25.000");
  });
});
