import { describe, expect, it } from "vitest";
import { partyRoles } from "../../src/engine/facts.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { agreementWords } from "../../src/language/lexicon.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * First turns of round 8 (fresh8-mix, fresh8-conv, fresh7-conv): the mechanisms behind them, each with the
 * failing shape, controls (same shape, other words) and an out-of-scope twin that is still declined.
 * Shipped knowledge: signed Tuesday 13 January 2026 at Balai Kota Kediri by Maidi (Madiun) and Vinanda
 * Prameswati (Kediri); every quote is Maidi's.
 */
const engine = shippedEngine();
const ask = (q: string, now = "2026-11-29") => engine.answer(q, { now: at(now) });
const text = (q: string, now?: string) => ask(q, now).text;
const declined = (q: string, now?: string) => expect(ask(q, now).answered, q).toBe(false);

describe("the party a question asks about, beside a partner or the agreement's name", () => {
  const loaded = loadKnowledgeDir("knowledge");
  if (!loaded.ok) throw new Error("shipped knowledge does not load");
  const k = loaded.knowledge;
  const roles = (s: string) => partyRoles(s.split(" "), k, agreementWords);

  it("reads a party after 'dengan/bersama/sama' as a partner, one inside the agreement's name as no role", () => {
    expect(
      roles("siapa yang mewakili pemerintah kota kediri dalam penandatanganan kerjasama dengan kota madiun"),
    ).toEqual({ subjects: new Set(["kediri"]), partnersOnly: false });
    expect(roles("bagaimana kabar kerjasama madiun kediri siapa walikota kediri yang ikut")).toEqual({
      subjects: new Set(["kediri"]),
      partnersOnly: false,
    });
    expect(roles("siapa yang tanda tangan bersama maidi")).toEqual({
      subjects: new Set(),
      partnersOnly: true,
    });
    // Nothing to tell: both in the agreement's name, or one party only, or both asked about.
    expect(roles("kerjasama madiun dengan kediri ditandatangani siapa")).toBeUndefined();
    expect(roles("siapa walikota kediri")).toBeUndefined();
    expect(roles("siapa walikota madiun dan walikota kediri")).toBeUndefined();
  });

  it("answers who signed for the party asked, not for its partner", () => {
    const q =
      "Assalamualaikum. Saya ingin menanyakan dengan hormat, siapakah yang mewakili Pemerintah Kota Kediri dalam penandatanganan kerja sama dengan Kota Madiun?";
    expect(text(q)).toMatch(/Vinanda/);
    expect(
      text(
        "siapakah yang mewakili Pemerintah Kota Madiun dalam penandatanganan kerja sama dengan Kota Kediri?",
      ),
    ).toMatch(/Maidi/);
    // Asked by the partner only: the entry naming both signatories, not the partner's own.
    expect(text("siapa yang tanda tangan bersama Maidi?")).toMatch(/Vinanda/);
    declined(
      "siapakah yang mewakili Pemerintah Kota Surabaya dalam penandatanganan kerja sama dengan Kota Madiun?",
    );
    declined("siapa bupati kediri dalam kerja sama dengan madiun?");
  });
});

describe("all of a speaker's words about the agreement itself", () => {
  it("lists every statement when the topic named is only the agreement", () => {
    for (const q of [
      "walkot madiun ngomong apa aja soal kerja sama ini?",
      "maidi bilang apa aja soal kesepakatan ini?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/ekonomi/);
      expect(t, q).toMatch(/[Ss]inergi/);
      expect(t, q).toMatch(/zero waste/);
    }
    declined("walkot kediri ngomong apa aja soal kerja sama ini?");
    declined("maidi ngomong apa aja soal pertanian?");
  });
});

describe("a second question after a comma", () => {
  it("answers a question word that opens after a comma", () => {
    expect(text("Piye kabare kerja sama Madiun Kediri, sopo wali kota Kediri sing melu?")).toMatch(/Vinanda/);
    // A comma before no question word parts nothing.
    expect(text("siapa, ya, yang tanda tangan?")).toMatch(/Maidi.*Vinanda/s);
    const twin = ask("Piye kabare kerja sama Madiun Kediri, sopo bupati Kediri sing melu?");
    expect(twin.text).toMatch(/bupati kediri.*belum ada/i);
  });
});

describe("'kerja sama apa' between the parties named", () => {
  it("asks what the agreement is: its summary", () => {
    for (const q of ["pemkot madiun ama pemkot kedri kerjasam apa sih", "madiun kediri kerjasama apa"])
      expect(text(q), q).toMatch(/pemerintahan/);
    declined("pemkot madiun ama pemkot blitar kerjasama apa sih");
  });
});

describe("a building named in a party's city is a place premise", () => {
  it("corrects the place of the signing", () => {
    for (const q of [
      "pak itu penandatanganan kerja sama madiun kediri di pendopo kabupaten kediri ya",
      "ttd nya di pendopo kediri ya?",
    ]) {
      const t = text(q);
      expect(t, q).toMatch(/^(Tidak|Bukan)\b/);
      expect(t, q).toMatch(/Balai Kota Kediri/);
    }
    declined("apakah ada festival di pendopo kediri?");
  });
});
