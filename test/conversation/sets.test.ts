import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { converse } from "../../src/conversation/index.js";
import { at, shippedEngine } from "../support/engine.js";
import { judge, readConversations, scoreConversations } from "./score.js";

/**
 * Conversation sets played turn by turn through `converse` with the shipped engine, scored as
 * ../shared/eval/score-conv.mjs scores them.
 * - test/engine/fresh-conv.tsv: 37 conversations written independently from the article alone. First
 *   contact without conversation state: 48/82 follow-up turns right, 14/19 declines. Measured with
 *   src/conversation: 75/82 (91.5%) and 18/19; after the third round (corrections, premises, pointing at a
 *   kind of thing): 76/82 (92.7%) and 18/19. After conv7 (a definition of a target declined, "selain" after a
 *   sector list, unit swaps, "maneh" statements): 77/82 (93.9%) and 18/19. The floors sit a little under.
 * - test/conversation/conversations.tsv: the team's own checks of each mechanism (slots, swaps,
 *   pronouns, pointing words, full questions, unresolved follow-ups); every turn must be right.
 */
const MIN_FRESH_FOLLOW_UPS = 0.97;
const MIN_FRESH_DECLINES = 0.99;

describe("conversation sets", () => {
  it(`fresh-conv: >= ${MIN_FRESH_FOLLOW_UPS * 100}% of follow-up turns right, >= ${MIN_FRESH_DECLINES * 100}% of declines`, () => {
    const rows = readConversations(new URL("../engine/fresh-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh-conv: ${s.report}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(MIN_FRESH_FOLLOW_UPS);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(MIN_FRESH_DECLINES);
  });

  // fresh3-conv.tsv: 30 conversations of a third independent round. First contact on 5dcc2a6 (with
  // conversation state): 52/70 follow-up turns right (74.3%), 10/11 declines. After corrections
  // ("maksudku X"), corrected speakers, bare values to confirm, leading "itu", "kota itu" / "kutipan tadi",
  // unit swaps, opinions declined and chat English ("so who's ... then?"): 62/70 (88.6%), 11/11. The rest
  // wait on single-question understanding ("dulu", "ditulis", "Ya" for a confirmed premise, "kenapa ekonomi
  // penting menurut Maidi") and date arithmetic (anniversaries, "berapa hari setelah ...").
  // After conv7: 69/70 (98.6%), 11/11.
  it("fresh3-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh3-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh3-conv: ${s.report}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.98);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  // fresh5-conv.tsv: 33 conversations of a fifth independent round (154 turns). First contact on d890ff2
  // (score-conv.mjs, as written): 112/132 in-scope turns, 101/121 follow-ups, 20/22 declines. The two turns asking
  // whether an unnamed sector is one ("Pendidikan termasuk?", "Is health one of them?") are declines here,
  // as in dev-extra.tsv (the article's list is open, "antara lain", so the bot cannot say no): 103/121, 22/24.
  // After conv5 (readings that give way when the engine clarifies, bare slots after a decline asked of
  // the answered topics, both-party swaps, "omongan itu" on the quoting entry, "lainnya", a count from a
  // dated statement, English "will that be", confirmations naming their own slot, "jabatane", and the
  // single-question readings 'nomor satunya', 'suwe', 'selisihnya'/'bedane', 'awal 2027', 'kenapa' needing a
  // reason): 115/121 (95.0%), 23/24. Left: frame5's "pastinya", "ngasih keterangan", "dulu" (and V20.4,
  // which counts from that answer), premise5's "rumahnya Maidi", and "Kalau sama Kediri, ... soal apa?".
  // After conv7 ("Is health one of them?" gets the sector decline): 118/121 (97.5%), 24/24.
  it("fresh5-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh5-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh5-conv: ${s.report.split("\n")[0]}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.99);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  // fresh6-conv.tsv: 36 conversations of a sixth independent round (192 turns). First contact on 87365d9
  // (score-conv.mjs): 129/162 in-scope turns, 120/156 follow-ups (76.9%), 25/30 declines (sectors the
  // open list does not name are declines, as in dev-extra.tsv). After conv6 (steering openers, a person's
  // city, "with whom", anniversaries as topics, statements to confirm checked as yes/no, opinions and
  // "selain wali kota" declined): 145/162 in scope, 139/156 follow-ups (89.1%), 29/30 declines (96.7%).
  // After conv7 (units asked alone, English units, "selisih pirang dino", "ngendika opo maneh", an acara
  // peringatan declined): 152/156 follow-ups (97.4%), 30/30 declines.
  it("fresh6-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh6-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh6-conv: ${s.report.split("\n")[0]}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.99);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  // fresh7-conv.tsv: 32 conversations of a seventh independent round (172 turns). First contact on
  // c9b5da0 (score-conv.mjs): 110/137 in-scope turns, 118/140 follow-ups (84.3%), 34/35 declines; 125/140
  // on main at b5d972e. After conv7 ("in English please", "ngomong apa maneh", the partner of "bareng
  // sapa" as "dia", "Itu jatuh hari apa?", "and her title?", "selang pirang dina", a past job declined,
  // "yaudh"): 130/140 (92.9%), 35/35. After round 8: 138/140 (98.6%), 35/35; in-scope turns 133/137.
  it("fresh7-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh7-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh7-conv: ${s.report.split("\n")[0]}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.98);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  // fresh8-conv.tsv: 30 conversations of an eighth independent round (144 turns: English and code-mixing,
  // chat, Javanese, voice run-ons, long polite turns). First contact on 2bb323d (score-conv.mjs): 83/112
  // in-scope turns, 89/114 follow-ups (78.1%), 30/32 declines. After round 8 (conv8, eng8, convold8, single8
  // and the environment words of the 2027 target): 108/112 in-scope turns, 110/114 (96.5%), 32/32.
  it("fresh8-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh8-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh8-conv: ${s.report.split("\n")[0]}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.96);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  // fresh9-conv.tsv: 30 conversations of a ninth independent round (141 turns: every register, follow-ups
  // leaning on the previous answer, wrong premises about it, declines in the middle). First contact on
  // 3be4365 (score-conv.mjs): 82/106 in-scope turns, 93/111 follow-ups (83.8%), 35/35 declines. After round 9
  // (conv9, eng9, single9): 104/106 in-scope turns, 109/111 follow-ups (98.2%), 35/35.
  it("fresh9-conv: follow-up turns and declines stay at or above their floors", () => {
    const rows = readConversations(new URL("../engine/fresh9-conv.tsv", import.meta.url));
    expect(new Set(rows.map((r) => r.conv)).size).toBeGreaterThanOrEqual(30);
    const s = scoreConversations(rows);
    console.log(`fresh9-conv: ${s.report.split("\n")[0]}`);
    expect(s.followUpOk / s.followUpN, s.report).toBeGreaterThanOrEqual(0.98);
    expect(s.declineOk / s.declineN, s.report).toBeGreaterThanOrEqual(0.99);
  });

  it("own checks: every turn right", () => {
    const rows = readConversations(new URL("./conversations.tsv", import.meta.url));
    const s = scoreConversations(rows);
    expect(s.report.split("\n").slice(1).filter(Boolean), s.report).toEqual([]);
  });
});

describe("a full question is answered on its own, whatever came before", () => {
  it("every question of test/engine/questions.tsv the engine gets right alone stays right after any of several topics", () => {
    const rows = readFileSync(new URL("../engine/questions.tsv", import.meta.url), "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.split("\t"));
    const engine = shippedEngine();
    const topics = [
      "kapan kerja sama diteken?",
      "siapa wali kota kediri?",
      "Apa target Pemkot Madiun?",
      "apa kata maidi soal ekonomi?",
      "sektor apa saja?",
      "berapa anggarannya?",
    ];
    const states = topics.map((t) => converse(engine, undefined, t, { now: at("2026-11-28") }).state);
    const broken: string[] = [];
    for (const [id = "", now = "", question = "", expect = "", forbid = ""] of rows) {
      const row = { conv: id, turn: 2, now, question, expect, forbid };
      if (judge(row, engine.answer(question, { now: at(now) }))) continue;
      states.forEach((state, i) => {
        const turn = converse(engine, state, question, { now: at(now) });
        const why = judge(row, turn.answer);
        if (why) broken.push(`[${topics[i]}] ${question} -> ${turn.resolution.asked}: ${why}`);
      });
    }
    expect(broken).toEqual([]);
  });
});
