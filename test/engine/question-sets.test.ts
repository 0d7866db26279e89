import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedEngine } from "../support/engine.js";
import { type QuestionRow, readQuestionSet, scoreSet } from "../support/question-sets.js";

/**
 * Every committed question set (test/engine/*.tsv, each written from the article alone), scored like
 * ../shared/eval/score.mjs, with a floor per set a little under its measured figure: a regression on any
 * set fails the build. A conversation set contributes its first turns (later turns need conversation
 * state, which the engine alone does not keep).
 */
const FLOORS: Record<string, { inScope: number; outOfScope: number }> = {
  "questions.tsv": { inScope: 0.98, outOfScope: 0.98 },
  "heldout.tsv": { inScope: 0.97, outOfScope: 0.97 },
  "heldout-chat.tsv": { inScope: 0.97, outOfScope: 0.97 },
  "heldout-formal.tsv": { inScope: 0.97, outOfScope: 0.97 },
  "fresh-conv.tsv": { inScope: 0.9, outOfScope: 0.9 },
  "fresh-chat.tsv": { inScope: 0.96, outOfScope: 0.97 },
  "fresh-formal.tsv": { inScope: 0.95, outOfScope: 0.97 },
  // Third round, first contact on 5dcc2a6: mixed 68/76 and 37/39; jowo 64/91 and 35/36; conv first turns.
  // After the focus and general-language work of issue 9 (engine3): mixed 71/76 and 38/39; jowo 77/91
  // and 36/36; conv first turns 27/29 and 1/1. With dates3 merged too: mixed 76/76 and 39/39; jowo 83/91
  // and 36/36.
  "fresh3-mixed.tsv": { inScope: 0.97, outOfScope: 0.97 },
  // After misses4 (premises, requests read by shape, run-together words): jowo 89/91 and 36/36.
  "fresh3-jowo.tsv": { inScope: 0.97, outOfScope: 0.97 },
  "fresh3-conv.tsv": { inScope: 0.9, outOfScope: 0.9 },
  // Fourth round, first contact on 6f72d5b: formal 58/74 and 34/35; chat 70/80 and 37/38. After misses4:
  // formal 66/74 and 34/35; chat 76/80 and 37/38. With focus4 (focus and frame positions): formal 73/74
  // and 35/35; chat 79/80 and 38/38 (on 80d2b52, as every floor above was re-measured: jowo 91/91).
  "fresh4-formal.tsv": { inScope: 0.96, outOfScope: 0.97 },
  "fresh4-chat.tsv": { inScope: 0.96, outOfScope: 0.97 },
  // Fifth round, first contact on d890ff2: formal 61/84 (72.6%) and 40/41; chat 73/83 (88.0%) and 37/38;
  // conv (all turns, with conversation state) 112/132 in scope, 20/22 declines, 101/121 follow-ups.
  // With frame5 (words about the asking or the text: "mohon dikoreksi bila saya keliru", "could you
  // confirm", "sebagaimana tercantum dalam berita", "pastinya", "per hari ini"): formal 73/84 (86.9%)
  // and 40/41; chat 73/83 and 37/38; conv 113/130 in scope, 22/24 declines, 104/121 follow-ups.
  // premise5 alone (premises checked before "Ya", wh-questions need the thing asked about): formal 66/84
  // and 41/41; chat 81/83 and 38/38. Both merged (c1da233): formal 79/84 (94.0%) and 41/41; chat 81/83
  // (97.6%) and 38/38.
  // fresh5-formal after elder7 (inclusion framed by "cakupan", the asking sentence read alone): 80/84
  // (95.2%) and 41/41.
  "fresh5-formal.tsv": { inScope: 0.97, outOfScope: 0.99 },
  "fresh5-chat.tsv": { inScope: 0.95, outOfScope: 0.97 },
  "fresh5-conv.tsv": { inScope: 0.8, outOfScope: 0.9 },
  // Sixth round, first contact on 87365d9 (score.mjs): voice dictation and English mixing 39/77 (50.6%)
  // and 44/45; Javanese registers and chat 80/102 (78.4%) and 43/44. Sectors the article's open list
  // does not name ("pendidikan termasuk?") are declines, as in dev-extra.tsv.
  // voice6 (dictation segmentation: reasons, fillers, self-corrections, hearsay and holiday frames): voice
  // 64/77 (83.1%) and 45/45 (100%).
  // voice7 (a stated day counted to, English comparatives, the event's people and place in a count, later
  // sentences, office holders, possessive agreement names, partners, verbs of saying, the asker's time
  // before the news): voice 74/77 (96.1%) and 45/45 (100%).
  "fresh6-voice.tsv": { inScope: 0.96, outOfScope: 0.99 },
  // fresh6-jowo after the Javanese word map and its rules (jowo6): 102/102 (100%) and 44/44.
  "fresh6-jowo.tsv": { inScope: 0.99, outOfScope: 0.97 },
  // fresh6-conv first turns: 34/36 at first contact; 35/36 after conv6 (a wrong place premise is denied
  // when both parties are named too: "... madiun kediri ditandatangani di balai kota madiun kan?").
  "fresh6-conv.tsv": { inScope: 0.94, outOfScope: 0.9 },
  // Seventh round, first contact on c9b5da0 (score.mjs), written from the article alone: short phone
  // messages (abbreviations, caps, typos, Javanese, English) 66/89 (74.2%) and 37/39; long polite
  // messages of older citizens 61/81 (75.3%) and 36/37; conversation first turns 25/31 and 1/1. Sectors
  // the open list does not name are declines (K064, E075, Y21.1-2 relabelled), as in dev-extra.tsv.
  // fresh7-short after short7 (chat abbreviations, bare statements to confirm, loans, ranks, the news'
  // origin, kinds of a listed item, intervals between two facts): 89/89 (100%) and 39/39 (100%).
  // "nomor berapa" as a rank was taken back (it is also a telephone number: import article t06), so K037
  // "ekonomi prioritas no brp?" is declined again; K094 "sp aj yg hadir?" relabelled (answered with the
  // two mayors, as C22 and fresh-conv V27.2): 89/90 (98.9%) and 38/38.
  "fresh7-short.tsv": { inScope: 0.99, outOfScope: 0.99 },
  // fresh7-elder after elder7 (old spelling, courtesy after the question, quotes and targets to confirm,
  // a person's age, sudah/belum, order of two dated facts): 79/81 (97.5%) and 37/37.
  "fresh7-elder.tsv": { inScope: 0.98, outOfScope: 0.99 },
  // fresh7-conv first turns after conv7: 25/31 (80.6%) and 1/1 (its misses are single questions).
  "fresh7-conv.tsv": { inScope: 0.93, outOfScope: 0.9 },
  // Eighth round, first contact on 2bb323d (score.mjs), written from the article alone: English and
  // code-mixed questions, two questions in one, caps and emoji, voice dictation, two-word questions
  // 76/82 (92.7%) and 37/37; conversation first turns 22/29 and 1/1. Sectors the open list does not name
  // are declines (B045, Z13.2, Z20.1 relabelled), as in dev-extra.tsv. After round 8: fresh8-mix 82/82 and
  // 37/37.
  "fresh8-mix.tsv": { inScope: 0.99, outOfScope: 0.99 },
  "fresh8-conv.tsv": { inScope: 0.96, outOfScope: 0.9 },
  // Ninth round, first contact on 3be4365 (score.mjs), written from the article alone: long formal and
  // English messages (fresh9-formal 52/68, 36/36), chat, Javanese, typos and dictation (fresh9-chat 82/85,
  // 39/39); conversation first turns 23/29 and 1/1. Sectors the open list does not name are declines
  // (L056, L057, D059, D066, X07.3, X24.3 relabelled), as in dev-extra.tsv. After eng9: fresh9-formal 65/68
  // and 36/36, fresh9-chat 85/85 and 39/39, conversation first turns 29/29 and 1/1.
  "fresh9-formal.tsv": { inScope: 0.95, outOfScope: 0.99 },
  "fresh9-chat.tsv": { inScope: 0.98, outOfScope: 0.99 },
  "fresh9-conv.tsv": { inScope: 0.96, outOfScope: 0.9 },
};

const dir = new URL("./", import.meta.url);
const sets = readdirSync(dir).filter((f) => f.endsWith(".tsv"));

/** A conversation set's rows have a conv and a turn column: its first turns read as single questions. */
function rowsOf(name: string): QuestionRow[] {
  const url = new URL(name, dir);
  if (!name.includes("conv")) return readQuestionSet(url);
  return readQuestionSet(url, { conversation: true });
}

describe("committed question sets", () => {
  it("every set has a floor", () => {
    expect(sets.filter((s) => !FLOORS[s])).toEqual([]);
  });

  it.each(sets)("%s stays at or above its floor", (name) => {
    const floor = FLOORS[name];
    if (!floor) return;
    const r = scoreSet(shippedEngine(), rowsOf(name));
    const report = `${name}: in-scope ${r.inOk}/${r.inN}, out-of-scope ${r.outOk}/${r.outN}\n${r.failures.join("\n")}`;
    console.log(report);
    expect(r.inN).toBeGreaterThan(0);
    expect(r.inOk / r.inN, report).toBeGreaterThanOrEqual(floor.inScope);
    if (r.outN) expect(r.outOk / r.outN, report).toBeGreaterThanOrEqual(floor.outOfScope);
  });
});
