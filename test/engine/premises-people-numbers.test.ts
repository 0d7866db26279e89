import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { converse } from "../../src/conversation/index.js";
import { createEngine } from "../../src/engine/engine.js";
import { askedQuantities, numberVerdict } from "../../src/engine/quantities.js";
import type { Engine } from "../../src/engine/types.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { normalizeWords, standardize } from "../../src/language/normalize.js";
import { contentTerms } from "../../src/language/pipeline.js";
import { at, engineBesideShipped, shippedEngine } from "../support/engine.js";

/**
 * Two premises a question can name, checked by general rules (decide.ts personNotHeld, quantities.ts):
 * a person of the knowledge who does what is asked, and a number with its unit in a yes/no question.
 * Synthetic knowledge (test/fixtures/pasar-wisata: a market opened by a dinas head, a tourist train's
 * timetable, fares and a visitor target) and the bus staff file beside the shipped knowledge.
 */
function load(dir: string): Engine {
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return createEngine(loaded.knowledge);
}
const NOW = { now: at("2026-11-29") };
const pasar = load("test/fixtures/pasar-wisata");
const ask = (q: string) => pasar.answer(q, NOW);
const bus = engineBesideShipped({
  path: "bus-rukun-dua-kota.yaml",
  content: readFileSync("test/fixtures/bus-rukun/final.yaml", "utf8"),
});
const shipped = shippedEngine();

describe("a person who does what is asked", () => {
  it("is declined when no entry ties that person to it (the timetable does not answer the dinas head's own trip)", () => {
    for (const q of ["Pak Sutarno berangkat naik apa?", "pak maidi berangkat ke kediri naik apa?"]) {
      const a = (q.includes("maidi") ? bus : pasar).answer(q, NOW);
      expect(a.answered, `${q} -> ${a.text}`).toBe(false);
      // Honest: says what is not known, of whom.
      expect(a.text, q).toMatch(
        /^Maaf, berita tidak memuat informasi tentang (Sutarno Hadi|Maidi) dalam hal "berangkat"/,
      );
    }
    // An office held by the knowledge's people counts as the person ("Pak Wali Kota").
    const party = bus.answer("berapa lama Pak Wali Kota menempuh perjalanan ke Kediri?", NOW);
    expect(party.answered, party.text).toBe(false);
  });

  it("is a premise when another entry ties the person to the same thing ('Sutarno membuka pasar di mana?')", () => {
    expect(ask("Sutarno membuka pasar di mana?").text).toContain("Alun-Alun Sekarpura");
    expect(ask("Kapan Sutarno membuka pasar wisata?").text).toContain("2 Maret 2026");
    expect(shipped.answer("Maidi tanda tangan di mana?", NOW).text).toContain("Balai Kota Kediri");
    expect(bus.answer("Maidi tanda tangan di mana?", NOW).text).toContain("Balai Kota Kediri");
    expect(bus.answer("Apakah Maidi hadir saat peluncuran bus?", NOW).text).toContain("Maidi");
  });

  it("controls: no person named, or the person asked for, answer as before", () => {
    expect(ask("Kapan kereta wisata berangkat?").text).toContain("08.00");
    expect(ask("Siapa yang membuka pasar wisata?").text).toContain("Sutarno Hadi");
    expect(bus.answer("Jam berapa bus berangkat dari Madiun?", NOW).text).toContain("06.00");
    expect(bus.answer("Siapa yang melepas perjalanan perdana bus?", NOW).text).toContain("Maidi");
  });

  it("pronoun follow-ups that point at the person keep their answers", () => {
    let state: Parameters<typeof converse>[1];
    const turn = (engine: Engine, q: string) => {
      const t = converse(engine, state, q, NOW);
      state = t.state;
      return t.answer;
    };
    expect(turn(pasar, "Siapa yang membuka pasar wisata?").text).toContain("Sutarno");
    expect(turn(pasar, "di mana dia membukanya?").text).toContain("Alun-Alun Sekarpura");
    state = undefined;
    expect(turn(shipped, "siapa wali kota madiun?").text).toContain("Maidi");
    expect(turn(shipped, "dia tanda tangan di mana?").text).toContain("Balai Kota Kediri");
    expect(turn(shipped, "kapan dia tanda tangan?").text).toContain("13 Januari 2026");
  });

  it("a distance asked is answered only by a distance, never by a fare that mentions 'jarak'", () => {
    const a = bus.answer("Berapa jarak tempuh dari Kota Madiun ke Kota Kediri?", NOW);
    expect(a.answered, a.text).toBe(false);
    // (The fare itself is still answered.)
    expect(bus.answer("Berapa tarif Bus Rukun Dua Kota?", NOW).text).toContain("25.000");
  });
});

describe("a number stated in a yes/no question", () => {
  const tokens = (q: string) => standardize(normalizeWords(q));

  it("is read with its unit, in digits, with a thousands dot, in words and in chat shorthand", () => {
    const read = (q: string) => askedQuantities(tokens(q)).map((x) => [x.value, x.unit.kind]);
    expect(read("tarifnya Rp50.000?")).toEqual([[50000, "rp"]]);
    expect(read("tarifnya Rp 50 ribu?")).toEqual([[50000, "rp"]]);
    expect(read("tarifnya 50rb?")).toEqual([[50000, "rp"]]);
    expect(read("tarifnya lima puluh ribu?")).toEqual([[50000, "none"]]);
    expect(read("diskon 50 persen?")).toEqual([[50, "persen"]]);
    expect(read("diskon 50%?")).toEqual([[50, "persen"]]);
    expect(read("targetnya 2.000 penumpang per hari?")).toEqual([[2000, "noun"]]);
    expect(read("seratus dua puluh stan?")).toEqual([[120, "noun"]]);
    // Years, days of the month and clock times are other premises.
    expect(read("target tahun 2027?")).toEqual([]);
    expect(read("ditandatangani 13 Januari 2026?")).toEqual([]);
    expect(read("berangkat jam 8?")).toEqual([]);
  });

  it("gets 'Tidak' with the entry's number when it contradicts it, and 'Ya' when it is the same", () => {
    const no: [string, string][] = [
      ["Apakah tarif masuk pasar Rp20.000?", "Rp10.000"],
      ["Apakah tarif anak 10rb?", "Rp5.000"],
      ["Apakah targetnya 5.000 pengunjung per hari?", "3.000 pengunjung"],
      ["Apakah diskon lansia 30%?", "50 persen"],
      ["Apakah tarif Bus Rukun Dua Kota Rp50.000?", "25.000"],
      ["Apakah targetnya 2.000 penumpang per hari?", "1.200"],
      ["Apakah diskon pelajar 50 persen?", "40"],
      ["apakah tarif bus rukun dua kota lima puluh ribu?", "25.000"],
    ];
    for (const [q, right] of no) {
      const text = (/bus|penumpang|pelajar/i.test(q) ? bus : pasar).answer(q, NOW).text;
      expect(text, q).toMatch(/^Tidak, bukan /);
      expect(text.split("\n")[0], q).toContain(right);
    }
    const yes = [
      "Apakah tarifnya sepuluh ribu?",
      "Apakah tarif anak Rp 5 ribu?",
      "Apakah targetnya 3.000 pengunjung per hari?",
      "Apakah diskon lansia 50%?",
    ];
    for (const q of yes) expect(ask(q).text, q).toMatch(/^Ya, benar\./);
    for (const q of [
      "Apakah tarif Bus Rukun Dua Kota Rp25.000?",
      "tarif bus 25rb kan?",
      "Apakah diskon pelajar 40 persen?",
    ])
      expect(bus.answer(q, NOW).text, q).toMatch(/^Ya, benar\./);
  });

  it("controls: a number of nothing the entry counts is neither confirmed nor denied, and names no unknown topic", () => {
    // "Rp5.000" is the children's fare, but the general fare is asked: no "Ya".
    const general = ask("Apakah tarif masuknya Rp5.000?").text;
    expect(general).not.toMatch(/^Ya/);
    // Parking is not in the knowledge: the number does not make it known.
    expect(ask("Apakah parkirnya Rp5.000?").answered).toBe(false);
    // A year is checked as a year, not as a number.
    expect(ask("Apakah target pengunjung itu untuk 2028?").text).not.toMatch(/bukan 2\.028/);
    // A wh-question's numbers are no premise.
    expect(ask("Berapa tarif masuk pasar?").text).toContain("Rp10.000");
  });

  it("numberVerdict: the number labelled as the general case decides when nothing else tells them apart", () => {
    const loaded = loadKnowledgeDir("test/fixtures/pasar-wisata");
    if (!loaded.ok) throw new Error("fixture");
    const fares = loaded.knowledge.entries.find((e) => e.id === "pasar-tarif");
    if (!fares) throw new Error("fixture");
    const verdict = (q: string) => numberVerdict(askedQuantities(tokens(q)), contentTerms(q), fares).status;
    expect(verdict("tarif Rp10.000")).toBe("confirmed");
    expect(verdict("tarif Rp5.000")).toBe("unchecked");
    expect(verdict("tarif anak Rp5.000")).toBe("confirmed");
    expect(verdict("tarif Rp7.500")).toBe("contradicted");
  });
});
