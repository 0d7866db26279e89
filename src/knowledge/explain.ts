import type { Answer, AnswerOptions, Engine } from "../engine/types.js";
import { contentTerms, type Term } from "../language/pipeline.js";
import type { Entry, Knowledge, QuestionType } from "./types.js";

/**
 * Why a question got the wrong outcome, in Indonesian, and a fix that is tried on a copy of the
 * knowledge before it is suggested: which words the bot did not understand, which entry won and on
 * which shared words (keyword, answer, example question), whether the entry answers the question's type.
 */

/** The reason and the suggested fix; `verified` when the fix was tried and worked. */
export interface FixAttempt {
  why: string;
  fix: string;
  verified: boolean;
}

export interface MissInput {
  question: string;
  /** What the new knowledge's engine answered. */
  answer: Answer;
  knowledge: Knowledge;
  /** The entry that should answer (an example question's own entry, or the one that answered before). */
  expected?: string;
  /** The question must be declined. */
  mustDecline: boolean;
  options: AnswerOptions;
  /** With a builder, candidate fixes are tried on a copy of the knowledge and only a working one is given. */
  build?: (knowledge: Knowledge) => Engine;
  /** The engine of `knowledge` (built when missing). */
  engine?: Engine;
}

const STRONG: QuestionType[] = ["date", "relative", "place", "person", "quote", "target", "amount"];

interface Field {
  name: string;
  stems: Set<string>;
}

function stemsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const term of contentTerms(t)) for (const f of term.forms) out.add(f);
  return out;
}

function fieldsOf(e: Entry): Field[] {
  const people = e.facts.people.map((p) => `${p.name} ${p.office}`);
  return [
    { name: "kata kunci", stems: stemsOf([...e.keywords, e.topic]) },
    {
      name: "jawaban/facts",
      stems: stemsOf([
        e.answer,
        ...people,
        ...e.facts.places,
        ...e.facts.sectors,
        ...(e.facts.organisations ?? []),
        ...(e.facts.numbers ?? []).map((n) => n.label),
      ]),
    },
    { name: "pertanyaan contoh", stems: stemsOf(e.questions) },
  ];
}

function has(fields: Field[], term: Term): Field | undefined {
  return fields.find((f) => term.forms.some((x) => f.stems.has(x)));
}

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(", ");

/** The question's content words (as the bot reads them), without repeats. */
function questionTerms(question: string): Term[] {
  const seen = new Set<string>();
  return contentTerms(question).filter(
    (t) => t.status !== "generic" && !seen.has(t.stem) && seen.add(t.stem),
  );
}

function withEntry(k: Knowledge, id: string, change: (e: Entry) => Entry): Knowledge {
  return { ...k, entries: k.entries.map((e) => (e.id === id ? change(e) : e)) };
}

/** Explains one miss and finds a fix (see FixAttempt). Never throws. */
export function explainMiss(input: MissInput): FixAttempt {
  try {
    return explain(input);
  } catch (e) {
    return { why: "", fix: `(penjelasan gagal dibuat: ${(e as Error).message})`, verified: false };
  }
}

function explain(input: MissInput): FixAttempt {
  const { question, answer, knowledge } = input;
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  const winner = answer.kind === "answer" ? byId.get(answer.entryIds[0] ?? "") : undefined;
  const expected = input.expected ? byId.get(input.expected) : undefined;
  const terms = questionTerms(question);
  const types = answer.questionTypes;
  const reasons: string[] = [];
  if (answer.unknownTerms.length) {
    reasons.push(`kata yang tidak dikenal bot: ${quoted(answer.unknownTerms)}`);
  }
  let shared: Term[] = [];
  if (winner) {
    const wf = fieldsOf(winner);
    const parts = terms.flatMap((t) => {
      const f = has(wf, t);
      return f ? [`"${t.word}" (${f.name})`] : [];
    });
    shared = terms.filter((t) => has(wf, t));
    const typeFit = types.filter((t) => winner.answers.includes(t));
    reasons.push(
      `butir "${winner.id}" menang karena sama-sama memuat ${parts.join(", ") || "kata umum"}` +
        (typeFit.length ? ` dan menjawab jenis pertanyaan ${quoted(typeFit)}` : ""),
    );
  }
  let missingWords: Term[] = [];
  let missingTypes: QuestionType[] = [];
  if (expected) {
    const ef = fieldsOf(expected);
    missingWords = terms.filter((t) => !has(ef, t));
    const strong = types.filter((t) => STRONG.includes(t));
    if (strong.length && !strong.some((t) => expected.answers.includes(t))) missingTypes = strong;
    if (missingTypes.length) {
      reasons.push(
        `pertanyaan ini berjenis ${quoted(missingTypes)}, tetapi butir "${expected.id}" hanya menjawab ${quoted(expected.answers)}`,
      );
    }
    if (missingWords.length) {
      reasons.push(
        `kata ${quoted(missingWords.map((t) => t.typed ?? t.word))} tidak ada di butir "${expected.id}"`,
      );
    }
  }
  const why = `Sebab: ${reasons.join("; ") || "pertanyaan terlalu umum untuk dipastikan"}.`;

  const candidates: { text: string; knowledge: Knowledge; entry: string }[] = [];
  if (expected && !input.mustDecline) {
    const words = missingWords.map((t) => t.typed ?? t.word);
    const addWords = (e: Entry): Entry => ({ ...e, keywords: [...e.keywords, ...words] });
    const addTypes = (e: Entry): Entry => ({ ...e, answers: [...new Set([...e.answers, ...missingTypes])] });
    const typesText = `tambahkan ${quoted(missingTypes)} ke answers butir "${expected.id}"`;
    const wordsText = `tambahkan kata kunci ${quoted(words)} ke butir "${expected.id}"`;
    if (missingTypes.length) {
      candidates.push({
        text: typesText,
        knowledge: withEntry(knowledge, expected.id, addTypes),
        entry: expected.id,
      });
    }
    if (words.length) {
      candidates.push({
        text: wordsText,
        knowledge: withEntry(knowledge, expected.id, addWords),
        entry: expected.id,
      });
    }
    if (missingTypes.length && words.length) {
      candidates.push({
        text: `${typesText}, dan ${wordsText}`,
        knowledge: withEntry(knowledge, expected.id, (e) => addTypes(addWords(e))),
        entry: expected.id,
      });
    }
  }
  if (winner) {
    const norm = (s: string) => s.toLowerCase();
    const ownShared = winner.keywords.filter((k) => {
      const ks = stemsOf([k]);
      return shared.some((t) => t.forms.some((f) => ks.has(f)));
    });
    for (const k of ownShared) {
      candidates.push({
        text: `hapus kata kunci "${k}" dari butir "${winner.id}"`,
        knowledge: withEntry(knowledge, winner.id, (e) => ({
          ...e,
          keywords: e.keywords.filter((x) => norm(x) !== norm(k)),
        })),
        entry: expected?.id ?? "",
      });
    }
    if (ownShared.length > 1) {
      candidates.push({
        text: `hapus kata kunci ${quoted(ownShared)} dari butir "${winner.id}"`,
        knowledge: withEntry(knowledge, winner.id, (e) => ({
          ...e,
          keywords: e.keywords.filter((x) => !ownShared.some((k) => norm(k) === norm(x))),
        })),
        entry: expected?.id ?? "",
      });
    }
  }
  if (candidates.length === 0) {
    return { why, fix: fallback(input, winner), verified: false };
  }
  if (!input.build) return { why, fix: `coba: ${candidates[0]?.text}`, verified: false };
  const current = input.engine ?? input.build(knowledge);
  for (const c of candidates) {
    const engine = input.build(c.knowledge);
    const a = engine.answer(question, input.options);
    const ok = input.mustDecline || !expected ? a.kind !== "answer" : a.entryIds[0] === expected.id;
    if (!ok) continue;
    // A fix must not cost the entries it touches the example questions they answered.
    if (costsExamples([winner, expected], input.options, current, engine)) continue;
    return {
      why,
      fix: `${c.text} (sudah dicoba: setelah itu pertanyaan ini ${ok && expected && !input.mustDecline ? `dijawab butir "${expected.id}"` : "ditolak"})`,
      verified: true,
    };
  }
  return { why, fix: fallback(input, winner), verified: false };
}

function fallback(input: MissInput, winner: Entry | undefined): string {
  if (input.mustDecline && winner) {
    return `tidak ada perbaikan kata kunci yang berhasil saat dicoba; tulis di answer/keywords butir "${winner.id}" nama tempat atau lembaga yang khas untuknya, supaya pertanyaan tentang hal lain tidak cocok`;
  }
  if (input.expected) {
    return `tulis pertanyaan ini (atau kata-kata khasnya) di questions/keywords butir "${input.expected}"; bila perlu, hapus kata yang sama dari butir lain`;
  }
  return "periksa kata kunci butir yang menjawab";
}

function costsExamples(
  entries: (Entry | undefined)[],
  options: AnswerOptions,
  before: Engine,
  after: Engine,
): boolean {
  for (const e of entries) {
    if (!e) continue;
    for (const q of e.questions) {
      if (before.answer(q, options).entryIds[0] === e.id && after.answer(q, options).entryIds[0] !== e.id)
        return true;
    }
  }
  return false;
}
