import { describe, expect, it } from "vitest";
import { converse, subjectOf } from "../../src/conversation/index.js";
import { castOf, isPartyWord, partiesNamed, peopleNamed } from "../../src/conversation/people.js";
import { readWords, standardTokens } from "../../src/conversation/words.js";
import { at, shippedEngine } from "../support/engine.js";

const engine = shippedEngine();
const now = at("2026-11-28");

/**
 * A follow-up reads each text once: words, standard tokens, a rewrite's topic and who a token string
 * names are remembered per text. The callers (and the conversation state) get their own arrays, so a
 * caller changing what it got never changes what the next turn reads.
 */
describe("remembered readings of a turn", () => {
  it("gives each caller its own topic, tokens and words", () => {
    const q = "kapan kerja sama madiun kediri diteken?";
    const topic = subjectOf(q);
    expect(topic).toEqual(["kerja", "sama", "madiun", "kediri", "diteken"]);
    topic.push("rusak");
    topic.shift();
    expect(subjectOf(q)).toEqual(["kerja", "sama", "madiun", "kediri", "diteken"]);
    // With unknown words left out, the same text gives its own topic, not the remembered one.
    expect(subjectOf(q, ["diteken"])).toEqual(["kerja", "sama", "madiun", "kediri"]);
    expect(subjectOf(q)).toEqual(["kerja", "sama", "madiun", "kediri", "diteken"]);

    const tokens = standardTokens("siapa wali kota madiun");
    expect(tokens).toContain("walikota");
    tokens.length = 0;
    expect(standardTokens("siapa wali kota madiun")).toContain("walikota");

    const words = readWords("sopo sing teken?");
    const length = words.length;
    words.pop();
    expect(readWords("sopo sing teken?")).toHaveLength(length);
  });

  it("names the same people and parties however often it is asked, each caller with its own list", () => {
    const cast = castOf(engine.knowledge);
    const tokens = standardTokens("wali kota kediri vinanda dari pemkot madiun");
    const people = peopleNamed(tokens, cast);
    const parties = partiesNamed(tokens, cast);
    expect(people.map((p) => p.name)).toContain("Vinanda Prameswati");
    expect(parties.sort()).toEqual(["kediri", "madiun"].sort());
    people.length = 0;
    parties.length = 0;
    expect(peopleNamed(tokens, cast).map((p) => p.name)).toContain("Vinanda Prameswati");
    expect(partiesNamed(tokens, cast)).toHaveLength(2);
    // Control: words naming nobody.
    expect(peopleNamed(standardTokens("kapan ditandatangani"), cast)).toEqual([]);
    expect(partiesNamed(standardTokens("kapan ditandatangani"), cast)).toEqual([]);
  });

  it("reads a party word as any word of a party's aliases, or a generic one", () => {
    const cast = castOf(engine.knowledge);
    const aliasWords = [...cast.partyAliases.values()].flatMap((aliases) =>
      aliases.flatMap((a) => a.split(" ")),
    );
    expect(aliasWords.length).toBeGreaterThan(0);
    for (const w of aliasWords) expect(isPartyWord(w, cast)).toBe(true);
    for (const w of ["pemkot", "pemerintah", "kota", "walikota"]) expect(isPartyWord(w, cast)).toBe(true);
    for (const w of ["surabaya", "ekonomi", "maidi", ""]) expect(isPartyWord(w, cast)).toBe(false);
  });

  it("answers a conversation the same when it is played again (nothing carried between turns leaks)", () => {
    const play = () => {
      let state: Parameters<typeof converse>[1];
      return ["Apa target Pemkot Madiun?", "tahun berapa?", "kalau Kediri?", "dimana?"].map((q) => {
        const turn = converse(engine, state, q, { now });
        state = turn.state;
        return { asked: turn.resolution.asked, text: turn.answer.text, state: turn.state };
      });
    };
    const first = play();
    first[0]?.state.turns[0]?.subject.push("rusak");
    const again = play();
    expect(again.map((t) => t.asked)).toEqual(first.map((t) => t.asked));
    expect(again.map((t) => t.text)).toEqual(first.map((t) => t.text));
    expect(again[0]?.state.turns[0]?.subject).not.toContain("rusak");
  });
});
