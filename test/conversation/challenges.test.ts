import { describe, expect, it } from "vitest";
import { type ConversationState, converse } from "../../src/conversation/index.js";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();

/** Plays the turns of one conversation at `day`; returns the last turn. */
function lastOf(day: string, ...questions: string[]) {
  const now = at(day);
  let state: ConversationState | undefined;
  let turn: ReturnType<typeof converse> | undefined;
  for (const q of questions) {
    turn = converse(engine, state, q, { now });
    state = turn.state;
  }
  return turn as ReturnType<typeof converse>;
}

const QUOTE =
  "kutipan 'Jika ekonomi kota tumbuh baik, maka kota itu akan sehat' itu yang ngomong Vinanda kan?";

describe("a challenge of the last answer ('bukannya ...?') checks the premise it challenges", () => {
  it("challenges the date of the thing last dated, not of another dated thing it names", () => {
    const turn = lastOf(
      "2026-11-29",
      QUOTE,
      "kapan kutipan itu disampaikan?",
      "bukannya pas hari tanda tangan, tanggal 13?",
    );
    expect(turn.answer.text).toMatch(/^Tidak/);
    expect(turn.answer.text).toContain("14 Januari 2026");
    // The same challenge with no day: the other dated thing's date is the one offered.
    const bare = lastOf(
      "2026-11-29",
      QUOTE,
      "kapan kutipan itu disampaikan?",
      "bukannya pas hari tanda tangan?",
    );
    expect(bare.answer.text).toMatch(/^Tidak/);
    expect(bare.answer.text).toContain("14 Januari 2026");
  });

  it("controls: the signing's own date challenged, and the right date confirmed", () => {
    const signing = lastOf("2026-11-29", "kapan ttd?", "bukannya tanggal 14?");
    expect(signing.answer.text).toMatch(/^Tidak/);
    expect(signing.answer.text).toContain("13 Januari 2026");
    const right = lastOf("2026-11-29", QUOTE, "kapan kutipan itu disampaikan?", "bukannya tanggal 14?");
    expect(right.answer.text).toMatch(/^Ya/);
  });

  it("out of scope: a challenge naming something the knowledge does not date is still declined", () => {
    const turn = lastOf(
      "2026-11-29",
      QUOTE,
      "kapan kutipan itu disampaikan?",
      "bukannya pas hari peluncuran?",
    );
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("a question followed by a guess ('sapa? pemkot kediri kan?') checks the guess", () => {
  it("corrects a wrong guess with the owner the knowledge gives", () => {
    const turn = lastOf("2026-11-29", "target zero waste tu kpn y?", "yg nargetin sapa? pemkot kediri kan?");
    expect(turn.answer.text).toMatch(/^Bukan/);
    expect(turn.answer.text).toContain("Madiun");
  });

  it("control: a right guess is confirmed", () => {
    const turn = lastOf("2026-11-29", "target zero waste tu kpn y?", "yg nargetin sapa? pemkot madiun kan?");
    expect(turn.answer.text).toMatch(/^Ya/);
  });

  it("out of scope: a guess naming a city the knowledge lacks is declined", () => {
    const turn = lastOf(
      "2026-11-29",
      "target zero waste tu kpn y?",
      "yg nargetin sapa? pemkot surabaya kan?",
    );
    expect(turn.answer.kind).toBe("decline");
  });
});

describe("a name set aside ('..., bukan vinanda?') and a doubt with a figure ('yakin? bukan 50an?')", () => {
  it("reads 'dia' as the last person when another is set aside after 'bukan'", () => {
    const turn = lastOf(
      "2026-11-29",
      "walkot madiun ngomong apa aja soal kerja sama ini?",
      "yg soal sinergi antarkota dia bilang apa?",
      "bener dia yg ngomong, bukan vinanda?",
    );
    expect(turn.answer.kind).toBe("answer");
    expect(turn.answer.text).toContain("Maidi");
    expect(turn.answer.text).not.toMatch(/Wali Kota Kediri adalah Vinanda/);
  });

  it("repeats the last count when it is doubted with another figure; a doubted decline stays declined", () => {
    const count = lastOf(
      "2026-11-29",
      "brp minggu udh lewat sjk ttd kerjasama madiun kediri?",
      "yakin? bukan 50an?",
    );
    expect(count.answer.text).toContain("45 minggu");
    const declined = lastOf("2026-11-29", "berapa anggarannya?", "yakin? bukan 50 miliar?");
    expect(declined.answer.kind).toBe("decline");
  });
});

describe("fillers, openers and tags around a follow-up", () => {
  it("swaps a unit said twice with a closing 'gitu' ('kalau minggu berapa minggu gitu')", () => {
    const turn = lastOf(
      "2026-11-29",
      "anu terus kalau dari tiga belas januari sampai sekarang itu udah berapa hari ya",
      "kalau minggu berapa minggu gitu",
    );
    expect(turn.answer.text).toContain("45 minggu");
    // Out of scope: the same shape about what the knowledge lacks.
    const budget = lastOf("2026-11-29", "sudah berapa hari sejak ttd?", "kalau anggaran berapa gitu");
    expect(budget.answer.kind).toBe("decline");
  });

  it("reads a closing 'gitu' after a question word as a filler, not the last topic", () => {
    const turn = lastOf(
      "2026-11-29",
      "terus anu beliau itu bilang apa soal ekonomi gitu",
      "oh gak ada ya terus zero waste itu targetnya tahun berapa gitu",
    );
    expect(turn.answer.text).toContain("2027");
  });

  it("counts to the anniversary after a concluding 'berarti'; a tag question about an event stays unanswered", () => {
    const count = lastOf(
      "2026-11-29",
      "terus anu ulang tahun pertamanya itu kapan gitu",
      "berarti berapa hari lagi dari sekarang gitu",
    );
    expect(count.answer.text).toContain("45 hari");
    const event = lastOf(
      "2026-11-29",
      "terus anu ulang tahun pertamanya itu kapan gitu",
      "berarti berapa hari lagi dari sekarang gitu",
      "eee terus ada acara peringatannya nggak nanti",
    );
    expect(event.answer.kind).not.toBe("answer");
  });

  it("swaps into the clause that asked of a two-clause question; an unknown city stays declined", () => {
    const first = "Piye kabare kerja sama Madiun Kediri, sopo wali kota Kediri sing melu?";
    expect(lastOf("2026-11-29", first, "lha nek Madiun?").answer.text).toContain("Maidi");
    expect(lastOf("2026-11-29", first, "lha nek Surabaya?").answer.kind).toBe("decline");
  });
});
