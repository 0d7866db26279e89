import { describe, expect, it } from "vitest";
import { type ConversationState, converse } from "../../src/conversation/index.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * "kapan dia bilang itu?" after a quote: the date of THAT quote (the one the previous answer gave), from its
 * own date; the article dates only Maidi's first quote (ekonomi, 14 January 2026), so for another one the
 * answer says it is not dated and gives the dated statement. Never the signing date (13 January).
 */
const engine = shippedEngine();
const now = at("2026-11-29");

/** Plays the turns of one conversation; returns each turn's answer. */
function play(...questions: string[]) {
  let state: ConversationState | undefined;
  return questions.map((q) => {
    const turn = converse(engine, state, q, { now });
    state = turn.state;
    return turn.answer;
  });
}
const last = <T>(xs: T[]): T => xs[xs.length - 1] as T;

describe("in a conversation: the quote the previous answer gave", () => {
  it("undated (zero kabel): says so and gives the dated statement", () => {
    for (const follow of ["kapan dia bilang itu?", "when did he say that?", "kapan ngomonge?"]) {
      const a = last(play("apa kata maidi soal zero kabel?", follow));
      expect(a.text, follow).toMatch(/^Berita tidak menyebutkan tanggal pernyataan Maidi ini\./);
      expect(a.text, follow).toContain("14 Januari 2026");
      expect(a.text, follow).not.toContain("13 Januari");
    }
  });

  it("undated (sinergi), asked in English: that quote, not the list", () => {
    const a = last(play("apa kata maidi soal sinergi?", "when did he say that?"));
    expect(a.entryIds).toEqual(["sinergi-antarkota"]);
    expect(a.text).toMatch(/^Berita tidak menyebutkan tanggal/);
  });

  it("dated (ekonomi): its day", () => {
    for (const follow of ["kapan kutipan itu disampaikan?", "when did he say that?"]) {
      const a = last(play("apa kata maidi soal ekonomi?", follow));
      expect(a.text, follow).toContain("Rabu, 14 Januari 2026");
      expect(a.text, follow).not.toContain("13 Januari");
    }
  });

  it("'say that' followed by what was said is no pointing back", () => {
    const a = last(play("apa kata maidi soal sinergi?", "when did he say that economy is the priority?"));
    expect(a.entryIds).toEqual(["prioritas-ekonomi"]);
    expect(a.text).toContain("14 Januari 2026");
  });
});
