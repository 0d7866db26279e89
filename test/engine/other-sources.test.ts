import { describe, expect, it } from "vitest";
import { at, engineBesideShipped } from "../support/engine.js";

/**
 * A second signing in its own file and source, beside the shipped knowledge: a question that names
 * nothing telling them apart gets each source's answer, named; a question naming one of them gets its own.
 */
const second = `
sources:
  - id: warta-banyuarum
    outlet: Warta Uji
parties:
  - key: banyuarum
    name: Pemerintah Kota Banyuarum
    aliases: [banyuarum, kota banyuarum, pemkot banyuarum]
  - key: sidomulyo
    name: Pemerintah Kota Sidomulyo
    aliases: [sidomulyo, kota sidomulyo, pemkot sidomulyo]
entries:
  - id: banyuarum-tempat
    topic: "Waktu dan tempat: penandatanganan kesepakatan pengelolaan pasar"
    answer: Penandatanganan kesepakatan pengelolaan pasar dilakukan di Gedung Sasana Uji Banyuarum, Jumat, 6 Maret 2026.
    source: warta-banyuarum
    answers: [date, place]
    facts:
      dates:
        - label: penandatanganan
          date: 2026-03-06
      places: [Gedung Sasana Uji Banyuarum]
    questions:
      - Di mana kesepakatan pengelolaan pasar Banyuarum diteken?
    keywords: [pasar, pengelolaan]
`;

describe("the same question answered by two sources", () => {
  const engine = engineBesideShipped({ path: "banyuarum.yaml", content: second });
  const now = at("2026-11-28");

  it("gives each source's place for a question that names neither signing", () => {
    const a = engine.answer("Penandatanganannya di mana?", { now });
    expect(a.kind).toBe("answer");
    expect(a.text).toContain("Menurut berita KETIK: ");
    expect(a.text).toContain("Balai Kota Kediri");
    expect(a.text).toContain("Menurut berita Warta Uji: ");
    expect(a.text).toContain("Gedung Sasana Uji Banyuarum");
    expect(a.sources.map((s) => s.id).sort()).toEqual(["ketik-madiun-kediri", "warta-banyuarum"]);
  });

  it("answers from one source when the question names what sets it apart", () => {
    const pasar = engine.answer("Kesepakatan pengelolaan pasar diteken di mana?", { now });
    expect(pasar.text).toContain("Gedung Sasana Uji Banyuarum");
    expect(pasar.text).not.toContain("Balai Kota Kediri");
    const madiun = engine.answer("Kerja sama Madiun dan Kediri diteken di mana?", { now });
    expect(madiun.text).toContain("Balai Kota Kediri");
    expect(madiun.text).not.toContain("Banyuarum");
  });
});

/** The same second signing with its facts marked as its parties' own (about:), as the importer drafts it. */
const secondAbout = `
sources:
  - id: warta-banyuarum
    outlet: Warta Uji
parties:
  - key: banyuarum
    name: Pemerintah Kota Banyuarum
    aliases: [banyuarum, kota banyuarum, pemkot banyuarum]
  - key: sidomulyo
    name: Pemerintah Kota Sidomulyo
    aliases: [sidomulyo, kota sidomulyo, pemkot sidomulyo]
entries:
  - id: banyuarum-tanggal
    about: [banyuarum, sidomulyo]
    topic: "Waktu dan tempat: Pemerintah Kota Banyuarum dan Pemerintah Kota Sidomulyo"
    answer: Nota kesepakatan diteken di Gedung Sasana Uji Banyuarum, Jumat, 6 Maret 2026.
    source: warta-banyuarum
    answers: [date, place]
    facts:
      dates:
        - label: penandatanganan
          date: 2026-03-06
      places: [Gedung Sasana Uji Banyuarum]
    questions:
      - Kapan nota kesepakatan diteken di Gedung Sasana Uji Banyuarum?
    keywords: [kesepakatan, diteken, nota]
  - id: banyuarum-bidang
    about: [banyuarum, sidomulyo]
    topic: Bidang kerja sama antarkota
    answer: "Bidang kerja sama antarkota: pengelolaan pasar; angkutan kota."
    source: warta-banyuarum
    answers: [list]
    facts:
      sectors: [pengelolaan pasar, angkutan kota]
    questions:
      - Apa saja bidang kerja sama antarkota?
      - bidang kerja sama antarkota apa aja?
    keywords: [bidang, antarkota]
`;

describe("a second source whose facts are its own parties' (about:)", () => {
  const engine = engineBesideShipped({ path: "banyuarum.yaml", content: secondAbout });
  const now = at("2026-11-28");

  it("answers a question naming no party with the general source first, then its own", () => {
    for (const q of [
      "kapan MoU nya diteken?",
      "Kapan kesepakatan diteken?",
      "bidang opo wae sing dikerjasamakan?",
    ]) {
      const a = engine.answer(q, { now });
      expect(a.kind, q).toBe("answer");
      expect(a.sources[0]?.id, q).toBe("ketik-madiun-kediri");
      expect(a.text, q).toContain("Menurut berita Warta Uji: ");
      expect(a.text.indexOf("Menurut berita KETIK: "), q).toBeLessThan(
        a.text.indexOf("Menurut berita Warta Uji: "),
      );
    }
  });

  it("answers from its own entry when the question names its parties", () => {
    const a = engine.answer("Kapan Banyuarum dan Sidomulyo meneken kesepakatan?", { now });
    expect(a.entryIds[0]).toBe("banyuarum-tanggal");
    expect(a.text).not.toContain("Balai Kota Kediri");
  });
});

/** A second signing whose entry scores within a hair of the live one for short questions. */
const closeSecond = `
sources:
  - id: suara-lembah
    outlet: Suara Lembah
parties:
  - key: sekarpura
    name: Pemerintah Kota Sekarpura
    aliases: [pemerintah kota sekarpura, kota sekarpura, pemkot sekarpura, sekarpura]
  - key: politeknik-negeri-sekarpura
    name: Politeknik Negeri Sekarpura
    aliases: [politeknik negeri sekarpura]
entries:
  - id: sekarpura-penandatanganan
    about: [sekarpura, politeknik-negeri-sekarpura]
    topic: "Waktu dan tempat: penandatanganan nota kesepahaman pengembangan kampung digital"
    answer: Pemerintah Kota Sekarpura dan Politeknik Negeri Sekarpura menandatangani nota kesepahaman pengembangan
      kampung digital di Pendapa Rumah Dinas Wali Kota Sekarpura, Senin malam (2/2). (Senin, 2 Februari 2026)
    source: suara-lembah
    answers: [date, relative, yesno, place]
    facts:
      dates:
        - label: penandatanganan
          date: 2026-02-02
      places: [Pendapa Rumah Dinas Wali Kota Sekarpura, Kota Sekarpura]
    questions:
      - Kapan penandatanganan nota kesepahaman pengembangan kampung digital?
      - Di mana penandatanganan nota kesepahaman pengembangan kampung digital berlangsung?
      - Hari apa penandatanganan nota kesepahaman pengembangan kampung digital?
      - tgl brp penandatanganan nota kesepahaman pengembangan kampung?
    keywords: [penandatanganan, diteken, tanda tangan, kapan, tanggal, tempat, lokasi, senin]
`;

describe("two sources' signings almost tied for a short question", () => {
  const engine = engineBesideShipped({ path: "sekarpura.yaml", content: closeSecond });

  it("are each given, named, instead of asking back which one", () => {
    for (const q of ["Hari apa penandatanganan dilakukan?", "Penandatanganan berlangsung di mana?"]) {
      const a = engine.answer(q, { now: at("2026-11-28") });
      expect(a.kind, q).toBe("answer");
      expect(a.text, q).toContain("Menurut berita KETIK: ");
      expect(a.text, q).toContain("Menurut berita Suara Lembah: ");
      expect(a.entryIds[0], q).not.toBe("sekarpura-penandatanganan");
    }
  });
});
