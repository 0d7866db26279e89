import { describe, expect, it } from "vitest";
import { converse } from "../../src/conversation/index.js";
import type { ConversationState } from "../../src/conversation/types.js";
import { at, shippedEngine } from "../support/engine.js";

/**
 * English and code-mixed questions (eighth round): irregular verbs and contractions read by rule, chat
 * around a question, a negated auxiliary offering a statement to confirm, "for" a length of time, English
 * question words inside a conversation, and requests to translate. Each shape has a control with other
 * words and an out-of-scope English twin that is still declined.
 */
const engine = shippedEngine();
const now = at("2026-11-29");
const ask = (q: string) => engine.answer(q, { now });

function play(...questions: string[]) {
  return playAt(now, ...questions);
}
function playAt(when: Date, ...questions: string[]) {
  let state: ConversationState | undefined;
  return questions.map((q) => {
    const turn = converse(engine, state, q, { now: when });
    state = turn.state;
    return turn;
  });
}
const lastOf = <T>(xs: T[]): T => xs[xs.length - 1] as T;

describe("irregular verbs and contractions", () => {
  it("reads 'gave', 'set' and 'led' through their base verbs", () => {
    expect(ask("who gave a statement about the economy?").text).toMatch(/Maidi/);
    expect(ask("who set that target?").text).toMatch(/zero waste/);
    // Control: the regular form reads the same.
    expect(ask("who stated that the economy is the priority?").text).toMatch(/Maidi/);
  });

  it("a negated auxiliary offers its statement to confirm: 'wasn't it at Madiun City Hall?' -> Tidak", () => {
    const a = ask("Wait, wasn't it at Madiun City Hall?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tidak/);
    expect(a.text).toMatch(/Balai Kota Kediri/);
    // Control: the right place is confirmed.
    expect(ask("isn't it signed at Kediri City Hall?").text).not.toMatch(/^Tidak/);
  });

  it("an English adverb the glossary lacks never declines: 'when was it officially signed?'", () => {
    expect(ask("when was the agreement officially signed?").text).toMatch(/13 Januari 2026/);
    expect(ask("what did Maidi reportedly say about the economy?").text).toMatch(/sehat/);
    // Out-of-scope twins with an adverb stay declined.
    expect(ask("who else officially attended?").answered).toBe(false);
    expect(ask("what's the budget, roughly?").answered).toBe(false);
  });

  it("a decline names the English word the citizen wrote, not a reading of it", () => {
    expect(ask("what's the budget?").text).toContain('"budget"');
  });

  it("out-of-scope twins stay declined", () => {
    for (const q of [
      "who else attended?",
      "what's the budget?",
      "when does it end?",
      "who built the city hall?",
    ])
      expect(ask(q).answered, q).toBe(false);
  });
});

describe("chat around an English question", () => {
  it("answers through acknowledgements and fillers", () => {
    expect(ask("hey, quick one: when was the Madiun-Kediri agreement signed?").text).toMatch(
      /13 Januari 2026/,
    );
    expect(ask("alright. who signed for each side?").text).toMatch(/Maidi[\s\S]*Vinanda/);
    expect(ask("noted. siapa yang tanda tangan?").text).toMatch(/Maidi/);
  });

  it("a filler never makes an out-of-scope question answered", () => {
    expect(ask("noted. berapa anggarannya?").answered).toBe(false);
    expect(ask("hey, quick one: what's the population of Kediri?").answered).toBe(false);
  });
});

describe("'for' a length of time is a duration premise", () => {
  it("declines a duration the knowledge does not hold", () => {
    expect(ask("Is it true they'll cooperate for five years?").answered).toBe(false);
    expect(ask("will the agreement be valid for 10 years?").answered).toBe(false);
  });
  it("control: 'for' a party or a year still reads as before", () => {
    expect(ask("who signed for Madiun?").text).toMatch(/Maidi/);
    expect(ask("what is the target for 2027?").text).toMatch(/zero waste/);
  });
});

describe("English inside a conversation", () => {
  it("an English question word asks: 'what's the main sector?' is no statement to confirm", () => {
    const turns = play("Can you summarize the Madiun-Kediri cooperation news?", "what's the main sector?");
    expect(lastOf(turns).answer.text).toMatch(/ekonomi/);
    expect(lastOf(turns).resolution.asked).not.toMatch(/^apakah/);
    // Out-of-scope twin in the same place.
    const twin = play("Can you summarize the Madiun-Kediri cooperation news?", "what's the budget?");
    expect(lastOf(twin).answer.answered).toBe(false);
  });

  it("answers a request to translate with the thing asked for and the Indonesian-only note", () => {
    const turns = play("who signed the MoU?", "translate the economy quote to English please");
    const a = lastOf(turns).answer;
    expect(a.text).toMatch(/Indonesian/);
    expect(a.text).toMatch(/sehat/);
    // "translate that into English" with nothing else asked repeats the last answer.
    const again = play("siapa wali kota kediri?", "translate that into English");
    expect(lastOf(again).answer.text).toMatch(/Vinanda/);
    expect(lastOf(again).answer.text).toMatch(/Indonesian/);
  });

  it("a translate request never answers an out-of-scope question", () => {
    const turns = play("who signed the MoU?", "translate the budget figures to English please");
    expect(lastOf(turns).answer.answered).toBe(false);
  });
});
