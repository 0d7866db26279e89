import { blankAnswer } from "../../src/engine/engine.js";
import type { Answer, Engine, Suggestion } from "../../src/engine/types.js";
import type { Entry, Knowledge } from "../../src/knowledge/types.js";

/**
 * A small hand-written Engine for fast handler tests (the real engine is used in test/e2e).
 * "kapan" -> answers tanggal-penandatanganan; "wali kota" -> clarify between the two mayors;
 * "boom" -> throws (to test error handling); anything else -> decline with examples.
 */
const ids = [
  "ringkasan",
  "tanggal-penandatanganan",
  "tempat-penandatanganan",
  "penandatangan",
  "sektor",
  "tujuan",
  "manfaat",
  "target-2027",
  "wali-kota-madiun",
  "wali-kota-kediri",
];

const examples: Suggestion[] = [
  { entryId: "tanggal-penandatanganan", question: "Kapan kerja sama ditandatangani?" },
  { entryId: "sektor", question: "Apa saja sektor kerja samanya?" },
  { entryId: "target-2027", question: "Apa target Pemkot Madiun pada 2027?" },
];

function make(kind: Answer["kind"], text: string, extra: Partial<Answer> = {}): Answer {
  return {
    ...blankAnswer(""),
    kind,
    answered: kind === "answer",
    text,
    confidence: kind === "answer" ? 0.9 : 0.2,
    ...extra,
  };
}

function entryAnswer(id: string): Answer {
  const related = examples.filter((e) => e.entryId !== id);
  return make("answer", `Jawaban untuk ${id} <b>&</b>.\nSumber: KETIK, 14 Januari 2026`, {
    entryIds: [id],
    related,
    followUps: related.map((r) => r.question),
  });
}

export const fakeEngine: Engine = {
  knowledge: {
    entries: ids.map((id) => ({ id }) as Entry),
    parties: [],
    sources: [],
    examples: [],
    version: "fake",
    files: [],
  } as Knowledge,
  answer(question) {
    const q = question.toLowerCase();
    if (q.includes("boom")) throw new Error("engine exploded");
    if (q.includes("kapan")) return { ...entryAnswer("tanggal-penandatanganan"), question };
    if (q.includes("wali kota")) {
      return make("clarify", "Maksud Anda yang mana?", {
        question,
        choices: [
          { entryId: "wali-kota-madiun", question: "Siapa Wali Kota Madiun?" },
          { entryId: "wali-kota-kediri", question: "Siapa Wali Kota Kediri?" },
        ],
      });
    }
    return make("decline", "Maaf, saya belum punya informasi tentang itu.", { question, choices: examples });
  },
  answerEntry(entryId) {
    return ids.includes(entryId) ? entryAnswer(entryId) : undefined;
  },
  answerQuotes() {
    return make("answer", 'Kutipan: "Kerja sama ini penting" — Maidi', { entryIds: [] });
  },
  answerSources() {
    return make("answer", "Sumber: KETIK", { entryIds: [] });
  },
  examples: () => examples,
};
