import { describe, expect, it } from "vitest";
import { asksQuote } from "../../src/language/question-type.js";
import { at, engineBesideShipped, shippedEngine } from "../support/engine.js";

/**
 * "Kutipan terakhir dalam berita" with no speaker named: with one quoted speaker it is that speaker's last
 * statement; with a second report quoting someone else, it is the last statement of each report, each
 * labelled with its report, never a decline. "menurut berita" names where the asker read something, not
 * words someone said.
 */
const second = `
sources:
  - id: warta-uji-pasar
    outlet: Warta Uji
    title: Pasar Bersama Dua Kota
entries:
  - id: pasar-pernyataan
    topic: Pernyataan kepala dinas tentang pasar bersama
    answer: Kepala Dinas Perdagangan Kota Madiun Sulistyo Handoko menyebut pasar bersama dibuka untuk pedagang kedua kota.
    source: warta-uji-pasar
    quotes:
      - speaker: Sulistyo Handoko
        office: Kepala Dinas Perdagangan Kota Madiun
        text: Pasar ini milik pedagang kedua kota.
      - speaker: Sulistyo Handoko
        office: Kepala Dinas Perdagangan Kota Madiun
        text: Kami buka setiap akhir pekan.
    questions:
      - Apa kata Sulistyo Handoko tentang pasar bersama?
`;

describe("the first or last statement when no speaker is named", () => {
  const now = at("2026-11-29");
  it("with one quoted speaker: that speaker's last statement", () => {
    const a = shippedEngine().answer("Siapa yang menyampaikan kutipan terakhir dalam berita?", { now });
    expect(a.answered).toBe(true);
    expect(a.text).toContain("zero waste");
    expect(a.text).not.toContain("Jika ekonomi kota tumbuh baik");
  });

  it("with two reports quoting different speakers: the last (or first) statement of each, labelled", () => {
    const engine = engineBesideShipped({ path: "pasar.yaml", content: second });
    const last = engine.answer("Siapakah yang menyampaikan kutipan terakhir dalam berita tersebut?", { now });
    expect(last.answered).toBe(true);
    expect(last.text).toContain("Kami buka setiap akhir pekan");
    expect(last.text).toContain("zero waste");
    expect(last.text).toContain('Warta Uji "Pasar Bersama Dua Kota"');
    expect(last.text).not.toContain("Pasar ini milik pedagang");
    const first = engine.answer("apa kutipan pertama dalam berita?", { now });
    expect(first.text).toContain("Pasar ini milik pedagang kedua kota");
    expect(first.text).toContain("Jika ekonomi kota tumbuh baik");
    expect(first.text).not.toContain("Kami buka setiap akhir pekan");
  });
});

describe("'menurut berita' is where the asker read it", () => {
  it("does not make a question ask for words said; 'menurut Maidi' still does", () => {
    expect(asksQuote(["apa", "manfaat", "kerja", "sama", "menurut", "berita"])).toBe(false);
    expect(asksQuote(["apa", "manfaat", "menurut", "artikel", "itu"])).toBe(false);
    expect(asksQuote(["apa", "manfaat", "menurut", "maidi"])).toBe(true);
    expect(asksQuote(["kutipan", "menurut", "berita"])).toBe(true);
  });

  it("a benefit asked 'menurut berita' beside a file of quotes gets the benefit, not a quote", () => {
    const engine = engineBesideShipped({ path: "pasar.yaml", content: second });
    const a = engine.answer(
      "Apa manfaat yang diharapkan bagi masyarakat dari kerja sama ini menurut berita?",
      { now: at("2026-11-29") },
    );
    expect(a.text).toContain("daya saing");
    expect(a.text).not.toContain("Sulistyo");
  });
});
