import { describe, expect, it } from "vitest";
import { sceneWords } from "../../src/engine/scene.js";
import { at, shippedEngine } from "../support/engine.js";

describe("sceneWords", () => {
  it("takes the sentences without a question, when another sentence asks", () => {
    const s = sceneWords("Saya sedang meneliti kerja sama di Jawa Timur. Siapa yang menandatangani?");
    expect([...s]).toEqual(expect.arrayContaining(["meneliti", "jawa", "timur"]));
    expect(s.has("menandatangani")).toBe(false);
  });
  it("takes the asker's role after saya / sebagai, not the question's words", () => {
    expect([...sceneWords("Sebagai jurnalis, saya ingin tahu sektor prioritasnya")]).toEqual(["jurnalis"]);
    // The introduction before the comma does not ask: all of it sets the scene.
    expect([...sceneWords("saya seorang mahasiswa, kapan diteken?")]).toContain("mahasiswa");
  });
  it("reads slang before deciding that a sentence asks ('contohnya opo' asks)", () => {
    expect(sceneWords("kediri mau berbagi praktik terbaik ke madiun? contohnya opo").size).toBe(0);
  });
  it("is empty for a single question", () => {
    expect(sceneWords("Siapa wali kota Surabaya?").size).toBe(0);
  });
});

describe("formal and code-mixed messages", () => {
  const engine = shippedEngine();
  const ask = (q: string) => engine.answer(q, { now: at("2026-11-28") });
  it("answers after a self-introduction, but still declines an unknown word in the question", () => {
    const a = ask(
      "Saya mahasiswa yang sedang meneliti kerja sama antardaerah di Jawa Timur. Siapa saja pejabat yang menandatangani kontrak kolaborasi tersebut?",
    );
    expect(a.kind).toBe("answer");
    expect(a.text).toMatch(/Maidi|Vinanda/);
    expect(ask("Saya warga Madiun. Siapa wali kota Surabaya?").kind).toBe("decline");
  });
  it("reads courtesy words and common English words", () => {
    expect(ask("Bisakah Anda menjelaskan sektor apa saja yang tercakup?").text).toMatch(/pariwisata/);
    expect(ask("who signed the agreement?").text).toMatch(/Maidi/);
    expect(ask("kapan MoU-nya signed?").text).toMatch(/13 Januari 2026/);
  });
});

describe("a question tag after a comma ('..., kan? Mohon dikoreksi ...')", () => {
  const engine = shippedEngine();
  const ask = (q: string) => engine.answer(q, { now: at("2026-11-28") });
  it("keeps the part the tag confirms as asked, so its premise is checked, not left as scene", () => {
    const q =
      "Kerja sama ini antara Kota Madiun dan Kabupaten Kediri, kan? Mohon dikoreksi bila saya keliru.";
    expect(sceneWords(q).has("kabupaten")).toBe(false);
    expect(sceneWords(q).has("dikoreksi")).toBe(true);
    const a = ask(q);
    expect(a.text).not.toMatch(/^Ya/);
    expect(a.text).toContain("Pemerintah Kota Madiun dan Pemerintah Kota Kediri");
  });
  it("controls: other tags and other wrong levels are corrected; the right sides are confirmed", () => {
    expect(ask("Kerja sama ini antara Pemkab Madiun dan Kota Kediri, ya? Mohon dijelaskan.").text).toMatch(
      /^Bukan\. .*Pemerintah Kota Madiun dan Pemerintah Kota Kediri/,
    );
    expect(
      ask("Kerja sama ini antara Kota Madiun dan Kota Kediri, kan? Mohon dikoreksi bila saya keliru.").text,
    ).toMatch(/^Ya, benar\./);
  });
  it("out of scope: a wrong partner stays denied; a part before a comma without a tag still sets the scene", () => {
    expect(
      ask("Kerja sama ini antara Kota Madiun dan Kota Blitar, kan? Mohon dikoreksi bila saya keliru.").text,
    ).toMatch(/^Tidak\. .*Blitar/);
    expect([...sceneWords("saya seorang mahasiswa, kapan diteken?")]).toContain("mahasiswa");
  });
});
