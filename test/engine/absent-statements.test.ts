import { describe, expect, it } from "vitest";
import { detectQuestionTypes } from "../../src/language/question-type.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * A topic the knowledge lacks is declined, not denied: words asked of someone it quotes nothing of (an office
 * nobody holds, a group, one of its people who is no speaker) are no premise to correct with who signed; and
 * the words around a question (a courtesy, a term of address, a time adverb after a tag) never decline it.
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });

describe("a statement asked of someone the knowledge quotes nothing of", () => {
  it("is declined, not answered 'Tidak' with the signing", () => {
    for (const q of [
      "apakah ada tanggapan dari DPRD soal kerja sama ini?",
      "apakah ada komentar dari gubernur soal kerja sama ini?",
      "apakah ada tanggapan dari Vinanda soal kerja sama ini?",
      "apa kata warga?",
    ]) {
      const a = ask(q);
      expect(a.kind, q).toBe("decline");
      expect(a.text, q).not.toMatch(/^Tidak\b/);
    }
  });

  it("controls: the speaker's own words are answered; a wrong signer or speaker is still corrected", () => {
    expect(ask("apakah ada tanggapan dari Maidi soal kerja sama ini?").kind).toBe("answer");
    const signer = ask("apakah kerja sama ditandatangani gubernur?").text;
    expect(signer).toMatch(/^Tidak\b/);
    expect(signer).toContain("Maidi");
    const speaker = ask("apakah kata Vinanda ekonomi jadi prioritas?").text;
    expect(speaker).toMatch(/^Bukan\b/);
    expect(speaker).toContain("Maidi");
  });
});

describe("words around the question never decline it", () => {
  it("a term of address ('..., Nak?') and a courtesy ('tidak mengapa') are read as such", () => {
    expect(ask("Mengapa Maidi menganggap sektor ekonomi yang paling penting, Nak?").text).toContain(
      "sejahtera",
    );
    const days = ask(
      "Baik, tidak mengapa. Sejak penandatanganan itu sampai hari ini sudah berapa hari, ya?",
      "2026-03-01",
    );
    expect(days.text).toContain("47 hari");
    // Controls: "mengapa" alone still asks why; the same courtesy before what the knowledge lacks declines.
    expect(detectQuestionTypes(["mengapa", "ekonomi", "prioritas"])).toContain("reason");
    expect(ask("Baik, tidak mengapa. Berapa anggarannya?").kind).toBe("decline");
    expect(ask("Berapa gaji wali kota, Nak?").kind).toBe("decline");
  });

  it("a tag 'nggak' followed by a time adverb still asks yes or no", () => {
    expect(detectQuestionTypes(["ada", "acara", "peringatannya", "tidak", "nanti"])).toContain("yesno");
    expect(ask("eee terus ada acara peringatannya nggak nanti").kind).not.toBe("answer");
    // Control: a count until a time is no yes/no question.
    expect(detectQuestionTypes(["berapa", "hari", "lagi", "sampai", "nanti"])).not.toContain("yesno");
  });
});
