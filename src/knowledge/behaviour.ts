import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseNow } from "../engine/dates.js";
import type { Answer, AnswerOptions, Engine } from "../engine/types.js";
import { explainMiss, type FixAttempt } from "./explain.js";
import { errorAt, type KnowledgeProblem, warningAt } from "./problem.js";
import type { Knowledge } from "./types.js";
import { normalise, type QuestionPositions } from "./validate.js";

/**
 * The behaviour check: before a knowledge change is served, a standing bank of questions is asked to
 * the engine of the old knowledge and of the new one, and what changes is reported. The bank holds
 * every entry's example questions, the file's `examples`, the must-decline questions (`tolak:`), and
 * the team's committed question sets. Errors (the change is refused):
 * - a question that an entry answered now gets another entry (unless that entry lists it in `izinkan:`);
 * - a must-decline question gets answered (unless the answering entry lists it in `izinkan:`).
 * Warnings: a question that was answered is now declined. Newly answered questions are listed.
 */

/** A set of questions the team committed (e.g. test/engine/*.tsv): its name and its questions. */
export interface QuestionSet {
  name: string;
  /**
   * `decline`: the set expects a decline (expect "-"), so it is a must-decline question. `expect` and
   * `forbid` are the set's checks of the answer text (";" = all of, "|" = any of), `now` its date.
   */
  questions: {
    question: string;
    line: number;
    decline?: boolean;
    expect?: string;
    forbid?: string;
    now?: Date;
  }[];
}

/** Where a bank question comes from; decides how a change of its answer is judged. */
export type BankOrigin =
  | { kind: "contoh"; entryId: string }
  | { kind: "examples" }
  | { kind: "tolak" }
  | { kind: "uji"; set: string };

export interface BankQuestion {
  question: string;
  origin: BankOrigin;
  /** For a team set's question: what its answer text must hold, and the date it is asked on. */
  expect?: string;
  forbid?: string;
  now?: Date;
  file: string;
  line: number;
  column: number;
}

/** What the engine did with a question, reduced to what the check compares. */
export interface Outcome {
  /** The first answering entry, or undefined when declined or asked back. */
  entryId?: string;
  kind: Answer["kind"];
}

export type ChangeKind = "pindah" | "ditolak" | "dijawab";

/** One question whose outcome differs between the old and the new knowledge. */
export interface BehaviourChange {
  item: BankQuestion;
  change: ChangeKind;
  before: Outcome;
  after: Outcome;
  /** Marked as intended by the answering entry's `izinkan:` list. */
  intended: boolean;
  severity: "error" | "warning" | "info";
  /** Why, in Indonesian (which words, which entry won and why). */
  why: string;
  /** A concrete fix, verified against the new knowledge when `verified`. */
  fix: string;
  verified: boolean;
  /** Where the answering entry starts (to tell staff where `izinkan:` goes). */
  answeredAt?: { file: string; line: number };
  /** The answering entry already has an `izinkan:` list (the question is added to it, not a second one). */
  hasAllow?: boolean;
  /** A change no edited entry takes part in: for the developers, not a staff warning. */
  forDevelopers?: boolean;
  /** Where the entry of the edited files that the advice is about starts. */
  actingAt?: { file: string; line: number };
  /** The start of what the bot now answers (for staff to judge whether it is right). */
  answerStart?: string;
  /** No change of staff's own helps: what the developers need to know (the advice gives staff a choice). */
  developerNote?: string;
}

export interface BehaviourReport {
  asked: number;
  /** How many of the asked questions must be declined. */
  mustDecline: number;
  changes: BehaviourChange[];
  /** Errors and warnings for staff, located at the question (or its set). */
  problems: KnowledgeProblem[];
  /** Intended moves and newly answered questions (informational lines, Indonesian). */
  notes: string[];
}

/** Reads team question sets from TSV files with a `question` column (missing files are skipped). */
export function readQuestionSets(paths: readonly string[]): QuestionSet[] {
  const sets: QuestionSet[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      continue;
    }
    const rows = text.split("\n");
    const head = (rows[0] ?? "").split("\t");
    const col = head.indexOf("question");
    const expectCol = head.indexOf("expect");
    const forbidCol = head.indexOf("forbid");
    const nowCol = head.indexOf("now");
    // In a conversation set only first turns stand alone ("jam berapa?" as a follow-up means nothing alone).
    const turnCol = head.indexOf("turn");
    if (col < 0) continue;
    const questions: QuestionSet["questions"] = [];
    rows.slice(1).forEach((row, i) => {
      const cells = row.split("\t");
      const q = cells[col]?.trim();
      if (!q || (turnCol >= 0 && cells[turnCol]?.trim() !== "1")) return;
      const expect = expectCol >= 0 ? cells[expectCol]?.trim() : undefined;
      const forbid = forbidCol >= 0 ? cells[forbidCol]?.trim() : undefined;
      const now = nowCol >= 0 ? parseNow(cells[nowCol]?.trim() ?? "") : undefined;
      questions.push({
        question: q,
        line: i + 2,
        ...(expect === "-" ? { decline: true } : expect ? { expect } : {}),
        ...(forbid && forbid !== "-" ? { forbid } : {}),
        ...(now ? { now } : {}),
      });
    });
    sets.push({ name: relative(process.cwd(), path) || path, questions });
  }
  return sets;
}

const PRIORITY: Record<BankOrigin["kind"], number> = { tolak: 0, contoh: 1, examples: 2, uji: 3 };

/** The standing question bank for a knowledge: one item per distinct question (most binding origin). */
export function questionBank(
  knowledge: Knowledge,
  positions: QuestionPositions | undefined,
  sets: readonly QuestionSet[] = [],
): BankQuestion[] {
  const byText = new Map<string, BankQuestion>();
  const put = (item: BankQuestion) => {
    const key = normalise(item.question);
    if (!key) return;
    const had = byText.get(key);
    if (!had || PRIORITY[item.origin.kind] < PRIORITY[had.origin.kind]) byText.set(key, item);
  };
  for (const d of knowledge.mustDecline ?? []) {
    put({ question: d.question, origin: { kind: "tolak" }, file: d.file, line: d.line, column: 5 });
  }
  for (const e of knowledge.entries) {
    const pos = positions?.get(e.id);
    e.questions.forEach((question, i) => {
      const at = pos?.question(i);
      put({
        question,
        origin: { kind: "contoh", entryId: e.id },
        file: pos?.file ?? e.location.file,
        line: at?.line ?? e.location.line,
        column: at?.column ?? 1,
      });
    });
  }
  for (const question of knowledge.examples) {
    put({
      question,
      origin: { kind: "examples" },
      file: knowledge.files[0] ?? "knowledge",
      line: 1,
      column: 1,
    });
  }
  for (const set of sets) {
    for (const q of set.questions) {
      put({
        question: q.question,
        // A set's question expected to be declined must stay declined.
        origin: q.decline ? { kind: "tolak" } : { kind: "uji", set: set.name },
        file: set.name,
        line: q.line,
        column: 1,
        ...(q.expect ? { expect: q.expect } : {}),
        ...(q.forbid ? { forbid: q.forbid } : {}),
        ...(q.now ? { now: q.now } : {}),
      });
    }
  }
  return [...byText.values()];
}

/**
 * What the check reads of an engine's answer on the old side: its kind, its entries and its choices. The
 * serving engine's answers to the whole bank are remembered in this form (live.ts), not whole (text,
 * parts, sources, follow-ups: ~1 KB each, kept for every bank question while the bot runs).
 */
export type AnswerOutline = Pick<Answer, "kind" | "entryIds" | "choices">;

/** An answer's outline (its arrays shared, not copied). */
export function outlineOf(a: AnswerOutline): AnswerOutline {
  return { kind: a.kind, entryIds: a.entryIds, choices: a.choices };
}

/** An engine on the old side of the check: only the outline of its answers is read. */
export interface OutlineSource {
  answer(question: string, options: AnswerOptions): AnswerOutline;
}

function outcomeOf(a: AnswerOutline): Outcome {
  return a.kind === "answer" ? { kind: a.kind, entryId: a.entryIds[0] } : { kind: a.kind };
}

/** Options of diffBehaviour. */
export interface DiffOptions extends AnswerOptions {
  /** Builds an engine (to verify suggested fixes on a copy of the new knowledge). */
  build?: (knowledge: Knowledge) => Engine;
  /** At most this many changes get a verified fix (each costs an engine build); default 12. */
  verifyLimit?: number;
  /** Entries a fix may change (those of the files this edit touched); default every entry. */
  editable?: (entryId: string) => boolean;
}

/**
 * Asks every bank question to both engines and reports what changed. Pure apart from the engines.
 * `bank` is normally `questionBank(newKnowledge, ...)`.
 */
export function diffBehaviour(
  before: OutlineSource,
  after: Engine,
  bank: readonly BankQuestion[],
  options: DiffOptions,
): BehaviourReport {
  const changes: BehaviourChange[] = [];
  const allowed = new Map<string, Set<string>>();
  for (const e of after.knowledge.entries) allowed.set(e.id, new Set((e.allow ?? []).map(normalise)));
  let verifyLeft = options.verifyLimit ?? 12;
  // Every question asked to both first: a suggested fix is checked against the other questions the
  // entries it touches answer now.
  const asked = bank.map((item) => {
    const at = item.now ? { ...options, now: item.now } : options;
    return {
      item,
      at,
      oldAnswer: before.answer(item.question, at),
      newAnswer: after.answer(item.question, at),
    };
  });
  const answered = new Map<string, string[]>();
  for (const a of asked) {
    const id = a.newAnswer.kind === "answer" ? a.newAnswer.entryIds[0] : undefined;
    if (id && a.oldAnswer.kind === "answer" && a.oldAnswer.entryIds[0] === id)
      answered.set(id, [...(answered.get(id) ?? []), a.item.question]);
  }
  const answeredBy = (id: string) => answered.get(id) ?? [];
  for (const { item, oldAnswer, newAnswer } of asked) {
    const was = outcomeOf(oldAnswer);
    const now = outcomeOf(newAnswer);
    const mustDecline = item.origin.kind === "tolak";
    let change: ChangeKind | undefined;
    if (was.entryId && now.entryId && was.entryId !== now.entryId) change = "pindah";
    else if (was.entryId && !now.entryId) change = "ditolak";
    else if (!was.entryId && now.entryId) change = "dijawab";
    if (!change) continue;
    const intended =
      now.entryId !== undefined && (allowed.get(now.entryId)?.has(normalise(item.question)) ?? false);
    // An example question that moved to the entry it belongs to is a repair, not a regression.
    const ownEntry = item.origin.kind === "contoh" ? item.origin.entryId : undefined;
    const repaired = ownEntry !== undefined && now.entryId === ownEntry;
    // A team question whose new answer still holds what the set expects moved without harm.
    const stillRight = item.expect !== undefined && meetsExpectation(newAnswer, item.expect, item.forbid);
    let severity: BehaviourChange["severity"];
    if (intended || repaired || stillRight) severity = "info";
    else if (change === "pindah") severity = "error";
    else if (change === "dijawab") severity = mustDecline ? "error" : "info";
    else severity = "warning";
    let explained: FixAttempt = { why: "", fix: "", verified: false };
    if (severity !== "info") {
      const verify = verifyLeft > 0 && options.build !== undefined;
      if (verify) verifyLeft--;
      explained = explainMiss({
        question: item.question,
        answer: newAnswer,
        knowledge: after.knowledge,
        expected: mustDecline ? undefined : (ownEntry ?? was.entryId),
        ownQuestion: ownEntry !== undefined,
        mustDecline,
        options,
        build: verify ? options.build : undefined,
        engine: after,
        answeredBy,
        ...(options.editable ? { editable: options.editable } : {}),
      });
      // Nothing in the edited files takes part: staff cannot act, so it must not block their edit.
      if (explained.actionable === false && severity === "error") severity = "warning";
    }
    // A warning no entry of the edited files takes part in (an old question of an untouched file now
    // declined or asked back between two untouched entries): staff cannot act on it; it is listed for the
    // developers instead of among the staff's warnings.
    const editable = options.editable;
    const involved = [
      was.entryId,
      now.entryId,
      ...(newAnswer.kind === "clarify" ? newAnswer.choices.map((c) => c.entryId) : []),
    ].filter((id): id is string => id !== undefined);
    const forDevelopers =
      severity === "warning" && editable !== undefined && !involved.some((id) => editable(id));
    if (forDevelopers) severity = "info";
    const answering = now.entryId ? after.knowledge.entries.find((e) => e.id === now.entryId) : undefined;
    const acting = explained.entryId
      ? after.knowledge.entries.find((e) => e.id === explained.entryId)
      : undefined;
    changes.push({
      item,
      change,
      before: was,
      after: now,
      intended,
      severity,
      ...explained,
      ...(forDevelopers ? { forDevelopers } : {}),
      ...(answering
        ? {
            answeredAt: answering.location,
            hasAllow: (answering.allow ?? []).length > 0,
            answerStart: answerStart(newAnswer.text),
          }
        : {}),
      ...(acting ? { actingAt: acting.location } : {}),
    });
  }
  return {
    asked: bank.length,
    mustDecline: bank.filter((b) => b.origin.kind === "tolak").length,
    changes,
    problems: changes.flatMap(toProblem),
    notes: changes.flatMap(toNote),
  };
}

/** Said of a question from the team's sets: staff need not (and cannot) open those files. */
const TEAM_SET_NOTE =
  "dari daftar uji pengembang; berkas itu tidak perlu dibuka, perbaikannya di berkas Anda";

function originText(item: BankQuestion): string {
  const fromSet =
    !/\.ya?ml$/i.test(item.file) && item.origin.kind !== "contoh" && item.origin.kind !== "examples";
  if (fromSet)
    return item.origin.kind === "tolak"
      ? `pertanyaan yang harus ditolak (${TEAM_SET_NOTE})`
      : `pertanyaan uji tim (${TEAM_SET_NOTE})`;
  switch (item.origin.kind) {
    case "contoh":
      return `pertanyaan contoh butir "${item.origin.entryId}"`;
    case "tolak":
      return /\.tsv$/i.test(item.file)
        ? "pertanyaan warga dari daftar uji yang harus ditolak"
        : "pertanyaan yang harus ditolak (tolak)";
    case "examples":
      return "contoh pertanyaan (examples)";
    default:
      return "pertanyaan warga dari daftar uji (jawabannya tidak boleh berubah)";
  }
}

function outcomeText(o: Outcome): string {
  if (o.entryId) return `dijawab butir "${o.entryId}"`;
  return o.kind === "clarify" ? "bot bertanya balik" : "ditolak";
}

function toProblem(c: BehaviourChange): KnowledgeProblem[] {
  if (c.severity === "info") return [];
  const { item } = c;
  const head = `${originText(item)} "${item.question}"`;
  let message: string;
  if (c.change === "pindah") {
    message = `${head} kini dijawab butir "${c.after.entryId}" (sebelumnya butir "${c.before.entryId}")`;
  } else if (c.change === "dijawab") {
    message = `${head} kini dijawab butir "${c.after.entryId}" padahal harus ditolak`;
  } else {
    message = `${head} dulu ${outcomeText(c.before)}, kini ${outcomeText(c.after)}`;
  }
  // What the bot now says, so that staff can judge it before they allow it.
  const said = c.answerStart && c.change !== "ditolak" ? ` Jawaban bot kini: "${c.answerStart}"` : "";
  const why = c.why ? `. ${c.why}${said}` : said ? `.${said}` : "";
  // The fix first; then, for staff who judge the new answer right, exactly where and how to say so.
  const where = c.answeredAt ? ` (${c.answeredAt.file}:${c.answeredAt.line})` : "";
  const allow = c.hasAllow
    ? `tambahkan ${JSON.stringify(item.question)} ke daftar izinkan: yang sudah ada di butir itu${where}`
    : `tambahkan di butir itu${where} baris: izinkan: [${JSON.stringify(item.question)}] (bila butir itu sudah punya izinkan, tambahkan pertanyaan ini ke daftarnya, dipisah koma)`;
  const intendedHow =
    c.after.entryId && c.change !== "ditolak"
      ? `; izinkan: bila jawaban butir "${c.after.entryId}" memang benar untuk pertanyaan ini, ${allow}`
      : "";
  // A must-decline question answered by staff's entry: the list was written before their file existed,
  // so whether the new answer is right comes first, then what to do when it is not.
  // When no word of staff's file can make the bot decline it, the way forward is still theirs: keep their
  // file served with the izinkan line (the bot answers this one question as it does now, and the check
  // records it as accepted), or keep the old version until the bot is fixed. The developers' part comes last.
  const stuck =
    c.developerNote && c.after.entryId
      ? ` Jalan keluar yang bisa Anda pilih sendiri: (1) bila berkas Anda lebih penting daripada jawaban untuk satu pertanyaan ini, ${allow}; bot lalu menjawab pertanyaan ini dengan butir "${c.after.entryId}" seperti sekarang, dan pemeriksaan mencatatnya sebagai disengaja; atau (2) jangan simpan perubahan ini, dan bot tetap memakai versi lama. Catatan untuk pengembang (bukan tugas Anda): ${c.developerNote}; kirim pertanyaan ini ke pengembang agar bot diperbaiki, lalu baris izinkan itu boleh dihapus`
      : "";
  const hint =
    c.change === "dijawab" && c.after.entryId && c.actingAt
      ? `periksa jawaban butir "${c.after.entryId}" untuk pertanyaan ini (daftar tolak ditulis sebelum berkas Anda ada). Bila BENAR: ${allow}. Bila SALAH: ${c.fix}.${stuck}`
      : `${c.fix}${intendedHow}${stuck}`.trim();
  const make = c.severity === "error" ? errorAt : warningAt;
  // A team set's question (test/engine/*.tsv) is no file of staff's: the problem is shown at the entry of
  // their file that it is about, or (nothing of theirs involved) without a place to edit.
  if (/\.tsv$/i.test(item.file)) {
    const at = c.actingAt ?? (c.severity === "error" ? c.answeredAt : undefined);
    if (at) return [make(at.file, at.line, 1, `${message}${why}`, hint || undefined)];
  }
  return [make(item.file, item.line, item.column, `${message}${why}`, hint || undefined)];
}

function toNote(c: BehaviourChange): string[] {
  if (c.severity !== "info") return [];
  const q = `"${c.item.question}"`;
  if (c.forDevelopers)
    return [
      `untuk pengembang (tidak perlu tindakan staf): ${q} dulu ${outcomeText(c.before)}, kini ${outcomeText(c.after)}`,
    ];
  if (c.intended) return [`disengaja (izinkan): ${q} kini dijawab butir "${c.after.entryId}"`];
  if (c.item.expect !== undefined && c.after.entryId && c.change !== "dijawab") {
    return [
      `tetap benar: ${q} kini dijawab butir "${c.after.entryId}" (jawabannya masih memuat yang diharapkan)`,
    ];
  }
  if (c.change === "dijawab") return [`baru terjawab: ${q} oleh butir "${c.after.entryId}"`];
  return [`diperbaiki: ${q} kini dijawab butirnya sendiri "${c.after.entryId}"`];
}

const squash = (t: string) => t.toLowerCase().replace(/\s+/g, " ");

/** The first sentence (at most ~180 characters: enough to judge it) of an answer's text, on one line. */
function answerStart(text: string): string {
  const line = (text.split("\n")[0] ?? "").trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  return sentence.length > 180 ? `${sentence.slice(0, 180).replace(/\s+\S*$/, "")} …` : sentence;
}

/**
 * Whether an answer passes a question set's check: answered, every ";"-group of `expect` has one of its
 * "|"-alternatives in the text, and no ";"-part of `forbid` is in it (the evaluation's rule).
 */
export function meetsExpectation(answer: Answer, expect: string, forbid?: string): boolean {
  if (answer.kind !== "answer") return false;
  const text = squash(answer.text);
  const holds = expect.split(";").every((g) => g.split("|").some((alt) => text.includes(squash(alt))));
  const clean = !(forbid ?? "").split(";").some((g) => g && text.includes(squash(g)));
  return holds && clean;
}
