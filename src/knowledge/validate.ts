import type { AnswerOptions, Engine } from "../engine/types.js";
import { boundedMemo } from "../language/memo.js";
import { normalizeWords, standardize } from "../language/normalize.js";
import { contentTerms } from "../language/pipeline.js";
import { daysInMonth, MONTHS } from "./calendar.js";
import { fileReferenceValues, referenceValues, unknownReferences, withFileReferences } from "./facts.js";
import { locate, type ParsedFile, type Position } from "./parse.js";
import { errorAt, type KnowledgeProblem, warningAt } from "./problem.js";
import { type Knowledge, targetOwners } from "./types.js";

/** Answers longer than this are hard to read on a phone; staff are warned, not stopped. */
export const LONG_ANSWER_CHARS = 600;

/**
 * Meaning checks over all files together (they are merged into one knowledge): duplicate ids, unknown
 * sources/parties, impossible dates, a question claimed by two entries (error) or a keyword claimed by
 * two entries (warning), over-long answers, dangling `related`. Pure: reads only the parsed files.
 */
export function validateKnowledge(
  files: readonly ParsedFile[],
  options: { othersUnread?: boolean } = {},
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const at = (pf: ParsedFile, path: (string | number)[]) => locate(pf.doc, pf.lines, path);
  const where = (pf: ParsedFile, p: Position) => `${pf.path}:${p.line}`;
  // Positions of first occurrences are computed only when a second occurrence needs to name them.
  const lazyWhere = (pf: ParsedFile, path: (string | number)[]) => () => where(pf, at(pf, path));

  const sources = new Map<string, string>();
  const parties = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const pf of files) {
    /** Registers a source id or party key; a second one with the same name is an error. */
    const register = (
      seen: Map<string, string>,
      name: string,
      path: (string | number)[],
      what: string,
      hint: string,
    ) => {
      const p = at(pf, path);
      const first = seen.get(name);
      if (first) {
        problems.push(
          errorAt(
            pf.path,
            p.line,
            p.column,
            `${what} "${name}" ditulis dua kali (pertama di ${first})`,
            hint,
          ),
        );
      } else seen.set(name, where(pf, p));
    };
    pf.data.sources.forEach((s, i) => {
      register(sources, s.id, ["sources", i, "id"], "sumber", "beri id lain atau hapus salah satunya");
      if (s.date) problems.push(...checkDate(pf, ["sources", i, "date"], s.date));
    });
    pf.data.parties.forEach((party, i) => {
      register(parties, party.key, ["parties", i, "key"], "pihak", "hapus salah satunya");
      party.aliases.forEach((alias, j) => {
        const norm = normalise(alias);
        const owner = aliases.get(norm);
        if (owner && owner !== party.key) {
          const ap = at(pf, ["parties", i, "aliases", j]);
          problems.push(
            errorAt(
              pf.path,
              ap.line,
              ap.column,
              `alias "${alias}" dipakai dua pihak: "${owner}" dan "${party.key}"`,
              "setiap alias hanya boleh milik satu pihak",
            ),
          );
        } else aliases.set(norm, party.key);
      });
    });
  }

  const entryIds = new Map<string, () => string>();
  const questions = new Map<string, { entry: string; where: () => string }>();
  const keywords = new Map<string, KeywordUse>();
  for (const pf of files) {
    // Only answers that write a {label} need the file's values (formatting every fact of a large file
    // for each of its entries made loading 10,000 entries quadratic).
    let fileValues: ReturnType<typeof fileReferenceValues> | undefined;
    const valuesOfFile = () => {
      fileValues ??= fileReferenceValues(pf.data.entries.map((e) => e.facts));
      return fileValues;
    };
    pf.data.entries.forEach((e, i) => {
      const first = entryIds.get(e.id);
      if (first) {
        const idPos = at(pf, ["entries", i, "id"]);
        problems.push(
          errorAt(
            pf.path,
            idPos.line,
            idPos.column,
            `id "${e.id}" sudah dipakai butir lain (${first()})`,
            "setiap butir perlu id yang berbeda; jangan ubah id butir lama, beri id baru pada butir ini",
          ),
        );
      } else entryIds.set(e.id, lazyWhere(pf, ["entries", i, "id"]));

      if (!sources.has(e.source)) {
        const p = at(pf, ["entries", i, "source"]);
        problems.push(
          errorAt(
            pf.path,
            p.line,
            p.column,
            `butir "${e.id}": sumber "${e.source}" tidak ada di daftar sources`,
            `tulis salah satu dari: ${[...sources.keys()].join(", ") || "(belum ada sumber; tambahkan di bagian sources:)"}`,
          ),
        );
      }
      if (e.answer.length > LONG_ANSWER_CHARS) {
        const p = at(pf, ["entries", i, "answer"]);
        problems.push(
          warningAt(
            pf.path,
            p.line,
            p.column,
            `butir "${e.id}": jawaban panjang (${e.answer.length} huruf, sebaiknya di bawah ${LONG_ANSWER_CHARS})`,
            "jawaban panjang sulit dibaca di ponsel: ringkas, atau pecah menjadi dua butir",
          ),
        );
      }
      const values = e.answer.includes("{")
        ? withFileReferences(referenceValues(e.facts), valuesOfFile())
        : new Map<string, unknown>();
      const unknownRefs = unknownReferences(e.answer, values);
      if (unknownRefs.length) {
        const p = at(pf, ["entries", i, "answer"]);
        const labels = [...values.keys()];
        problems.push(
          errorAt(
            pf.path,
            p.line,
            p.column,
            `butir "${e.id}": jawaban memakai ${unknownRefs.map((r) => `{${r}}`).join(", ")}, tetapi tidak ada tanggal atau angka berlabel itu di facts butir mana pun di berkas ini (atau dua butir memberinya nilai berbeda)`,
            labels.length
              ? `tulis salah satu label yang ada: ${labels.map((l) => `{${l}}`).join(", ")}; atau tambahkan label itu di facts (dates atau numbers) salah satu butir berkas ini`
              : "tambahkan di facts salah satu butir berkas ini, misalnya dates: [{label: pembukaan, date: 2026-12-04}], lalu tulis {pembukaan}; atau hapus tanda kurung kurawalnya",
          ),
        );
      }
      e.about.forEach((a, j) => {
        if (!parties.has(a)) problems.push(unknownParty(pf, ["entries", i, "about", j], e.id, a, parties));
      });
      e.facts?.people.forEach((person, j) => {
        if (person.party && !parties.has(person.party)) {
          problems.push(
            unknownParty(pf, ["entries", i, "facts", "people", j, "party"], e.id, person.party, parties),
          );
        }
      });
      e.facts?.targets.forEach((t, j) => {
        const owners = targetOwners(t);
        owners.forEach((o, k) => {
          const path = [
            "entries",
            i,
            "facts",
            "targets",
            j,
            "owner",
            ...(typeof t.owner === "string" ? [] : [k]),
          ];
          if (!parties.has(o)) problems.push(unknownParty(pf, path, e.id, o, parties));
        });
      });
      e.facts?.dates.forEach((d, j) => {
        problems.push(...checkDate(pf, ["entries", i, "facts", "dates", j, "date"], d.date, e.id));
      });
      e.quotes.forEach((q, j) => {
        if (q.date) problems.push(...checkDate(pf, ["entries", i, "quotes", j, "date"], q.date, e.id));
      });

      const ownQuestions = new Set<string>();
      e.questions.forEach((q, j) => {
        const norm = normalise(q);
        const path = ["entries", i, "questions", j];
        if (ownQuestions.has(norm)) {
          const p = at(pf, path);
          problems.push(
            warningAt(
              pf.path,
              p.line,
              p.column,
              `butir "${e.id}": pertanyaan "${q}" ditulis dua kali`,
              "hapus salah satunya",
            ),
          );
          return;
        }
        ownQuestions.add(norm);
        const other = questions.get(norm);
        if (other && other.entry !== e.id) {
          const p = at(pf, path);
          problems.push(
            errorAt(
              pf.path,
              p.line,
              p.column,
              `butir "${e.id}": pertanyaan "${q}" juga ada di butir "${other.entry}" (${other.where()})`,
              "satu pertanyaan hanya boleh milik satu butir: hapus dari butir yang tidak menjawabnya",
            ),
          );
        } else if (!other) questions.set(norm, { entry: e.id, where: lazyWhere(pf, path) });
      });

      const ownKeywords = new Set<string>();
      e.keywords.forEach((k, j) => {
        const norm = normalise(k);
        if (ownKeywords.has(norm)) return;
        ownKeywords.add(norm);
        const path = ["entries", i, "keywords", j];
        const other = keywords.get(norm);
        if (!other) {
          keywords.set(norm, { entry: e.id, where: lazyWhere(pf, path), more: 0 });
        } else if (other.entry === e.id) {
          // The same id twice is reported above.
        } else if (!other.second) {
          // One warning per keyword, at its second entry; later entries are only counted (a knowledge
          // of thousands of entries would otherwise list the same overlap thousands of times).
          const p = at(pf, path);
          other.second = { file: pf.path, line: p.line, column: p.column, entry: e.id, keyword: k };
        } else {
          other.more++;
        }
      });
    });
  }
  // Problems are sorted by place later, so the keyword warnings can come once all entries are counted.
  for (const use of keywords.values()) if (use.second) problems.push(keywordOverlap(use, use.second));

  for (const pf of files) {
    pf.data.entries.forEach((e, i) => {
      e.related.forEach((r, j) => {
        if (r === e.id || !entryIds.has(r)) {
          const p = at(pf, ["entries", i, "related", j]);
          problems.push(
            warningAt(
              pf.path,
              p.line,
              p.column,
              r === e.id
                ? `butir "${e.id}": related menyebut dirinya sendiri`
                : `butir "${e.id}": related menyebut id "${r}" yang tidak ada`,
              "perbaiki id atau hapus dari related",
            ),
          );
        }
      });
    });
  }

  // A question cannot be both an entry's example and a question that must be declined.
  for (const pf of files) {
    pf.data.tolak.forEach((q, i) => {
      const owner = questions.get(normalise(q));
      if (!owner) return;
      const p = at(pf, ["tolak", i]);
      problems.push(
        errorAt(
          pf.path,
          p.line,
          p.column,
          `pertanyaan tolak "${q}" juga contoh pertanyaan butir "${owner.entry}" (${owner.where()})`,
          `hapus dari tolak bila butir "${owner.entry}" memang menjawabnya, atau hapus dari questions butir itu`,
        ),
      );
    });
  }

  if (!options.othersUnread && files.length > 0 && files.every((pf) => pf.data.entries.length === 0)) {
    problems.push(
      errorAt(
        files[0]?.path ?? "knowledge",
        1,
        1,
        "tidak ada satu pun butir (entries) pengetahuan",
        "tambahkan bagian entries: dengan paling sedikit satu butir",
      ),
    );
  }
  return problems;
}

interface KeywordUse {
  entry: string;
  where: () => string;
  /** Entries beyond the two named in the warning. */
  more: number;
  /** Where a second entry uses it: the warning's place. */
  second?: { file: string; line: number; column: number; entry: string; keyword: string };
}

/**
 * Whether the bot searches a keyword at all: one made only of question words, words naming the kind of
 * answer ("kapan", "tanggal", "kata") and stop words is never searched (the kind is read from `answers`).
 */
export function searchedKeyword(keyword: string): boolean {
  return contentTerms(keyword).some((t) => !/^\d+$/.test(t.word)) || /\d/.test(keyword);
}

/** The hint of a shared keyword the bot never searches: removing it changes no answer. */
export const unsearchedKeywordHint = (keyword: string): string =>
  `"${keyword}" adalah kata tanya atau kata jenis pertanyaan: bot tidak mencarinya sebagai kata kunci (jenis pertanyaan dibaca dari answers), jadi menghapusnya dari butir mana pun tidak mengubah jawaban`;

function keywordOverlap(use: KeywordUse, s: NonNullable<KeywordUse["second"]>): KnowledgeProblem {
  const others = use.more > 0 ? ` dan ${use.more} butir lain` : "";
  return {
    ...warningAt(
      s.file,
      s.line,
      s.column,
      `butir "${s.entry}": kata kunci "${s.keyword}" juga dipakai butir "${use.entry}" (${use.where()})${others}`,
      searchedKeyword(s.keyword)
        ? `kata kunci yang dipakai dua butir membuat bot ragu memilih: hapus "${s.keyword}" dari butir yang tidak khas memakainya`
        : unsearchedKeywordHint(s.keyword),
    ),
    code: "shared-keyword",
    entries: [s.entry, use.entry],
  };
}

function unknownParty(
  pf: ParsedFile,
  path: (string | number)[],
  entryId: string,
  key: string,
  parties: Map<string, string>,
): KnowledgeProblem {
  const p = locate(pf.doc, pf.lines, path);
  return errorAt(
    pf.path,
    p.line,
    p.column,
    `butir "${entryId}": pihak "${key}" tidak ada di parties`,
    `pilih dari: ${[...parties.keys()].join(", ") || "(belum ada pihak; tambahkan di bagian parties:)"}`,
  );
}

/** Problems for a TTTT-BB-HH date that is not on the calendar (e.g. 2026-02-31, 2026-13-01). */
function checkDate(
  pf: ParsedFile,
  path: (string | number)[],
  date: string,
  entryId?: string,
): KnowledgeProblem[] {
  const why = impossibleDate(date);
  if (!why) return [];
  const p = locate(pf.doc, pf.lines, path);
  const prefix = entryId ? `butir "${entryId}": ` : "";
  return [
    errorAt(
      pf.path,
      p.line,
      p.column,
      `${prefix}tanggal "${date}" tidak ada di kalender: ${why}`,
      "periksa tanggal di berita sumbernya; format TTTT-BB-HH, misalnya 2026-01-13",
    ),
  ];
}

/** Why an ISO-shaped date is impossible, or undefined when it exists. */
export function impossibleDate(date: string): string | undefined {
  return dateProblem(date);
}

/**
 * impossibleDate, remembered per date text: a reload validates every entry of the knowledge again (10,000
 * entries: 10,000 dates, a quarter of a second through the calendar), and the dates are mostly the same.
 */
const dateProblem = boundedMemo((date: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return "format harus TTTT-BB-HH";
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `bulan ${m[2]} tidak ada (bulan 01 sampai 12)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} hanya sampai tanggal ${days}`;
  return undefined;
}, 100_000);

/**
 * Lower-cases and drops punctuation, so "Kapan?" and "kapan" count as the same question. Remembered per
 * text: each reload normalises every question and keyword of the knowledge and the check's question bank
 * (10,000 entries: some 70,000 texts, most of them the same as at the last reload).
 */
export const normalise: (text: string) => string = boundedMemo(
  (text: string): string =>
    text
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  200_000,
);

/** One alternate question that did not retrieve its own entry. */
export interface RetrievalMiss {
  entryId: string;
  question: string;
  /** What answered instead: another entry's id, or the engine's decision when it did not answer. */
  got: string;
  file: string;
  line: number;
  column: number;
}

/** Result of asking every entry's own questions to the engine. */
export interface RetrievalReport {
  total: number;
  correct: number;
  /** correct / total, 1 when there is nothing to ask. */
  accuracy: number;
  misses: RetrievalMiss[];
  /** One warning per miss, located at the question. */
  problems: KnowledgeProblem[];
  /**
   * Example questions answered by their own entry without the fact they ask for: "Berapa hari
   * pelatihan berlangsung?" answered with days since it began while the entry states "3 hari".
   */
  wrongFacts: KnowledgeProblem[];
}

/** Words that count from or to a moment: "berapa hari sejak/lagi" asks a count of days, not a stated length. */
const MOMENT_WORDS = new Set([
  "sejak",
  "lalu",
  "lagi",
  "sudah",
  "udah",
  "wis",
  "telah",
  "berlalu",
  "menuju",
  "sampai",
]);

/**
 * The number fact a question asks for by its unit ("berapa HARI" with a fact "3 hari"), when the answer
 * does not state its value; undefined when the answer holds it or the question asks no such number.
 */
export function missingAskedNumber(
  entry: Knowledge["entries"][number],
  question: string,
  answerText: string,
): { label: string; shown: string } | undefined {
  // As the bot reads it: "pirang dino" is "berapa hari".
  const words = standardize(normalizeWords(question));
  if (words.some((w) => MOMENT_WORDS.has(w))) return undefined;
  const asksCount = words.some((w) => ["berapa", "brp", "piro", "pirang", "berapakah"].includes(w));
  if (!asksCount) return undefined;
  for (const n of entry.facts.numbers ?? []) {
    const unit = n.unit?.toLowerCase().trim();
    if (!unit?.split(/\s+/).every((u) => words.includes(u))) continue;
    const value = typeof n.value === "number" ? n.value.toLocaleString("id-ID") : n.value;
    if (!answerText.includes(value)) return { label: n.label, shown: `${value} ${n.unit}` };
  }
  return undefined;
}

/** Where an entry's questions are written, keyed by entry id (from the loader; computed on demand). */
export type QuestionPositions = ReadonlyMap<string, { file: string; question(index: number): Position }>;

/**
 * Each entry's alternate questions double as a regression test: asks every one to the engine and
 * reports those whose first answering entry is not the entry itself. Pure apart from the engine call.
 */
export function checkRetrieval(
  knowledge: Knowledge,
  engine: Pick<Engine, "answer">,
  options: AnswerOptions,
  positions?: QuestionPositions,
): RetrievalReport {
  let total = 0;
  let correct = 0;
  const misses: RetrievalMiss[] = [];
  const wrongFacts: KnowledgeProblem[] = [];
  for (const entry of knowledge.entries) {
    const pos = positions?.get(entry.id);
    entry.questions.forEach((question, i) => {
      total++;
      const answer = engine.answer(question, options);
      const first = answer.entryIds[0];
      if (answer.kind === "answer" && first === entry.id) {
        correct++;
        const missing = missingAskedNumber(entry, question, answer.text);
        if (missing) {
          const where = pos?.question(i);
          wrongFacts.push(
            warningAt(
              pos?.file ?? entry.location.file,
              where?.line ?? entry.location.line,
              where?.column ?? 1,
              `butir "${entry.id}": pertanyaan "${question}" dijawab butir ini, tetapi jawabannya tidak menyebut fakta "${missing.label}" (${missing.shown}) yang ditanyakan: "${answer.text.split("\n")[0]}"`,
              `pastikan answer butir ini menyebut fakta itu (tulis {${missing.label}} di answer), atau hapus pertanyaan ini bila yang ditanyakan memang bukan fakta itu`,
            ),
          );
        }
        return;
      }
      const got =
        answer.kind === "decline"
          ? "ditolak (bot menjawab tidak tahu)"
          : answer.kind === "clarify"
            ? `bot bertanya balik (${answer.choices.map((c) => c.entryId).join(" / ")})`
            : `dijawab butir "${first ?? "?"}"`;
      const where = pos?.question(i);
      misses.push({
        entryId: entry.id,
        question,
        got,
        file: pos?.file ?? entry.location.file,
        line: where?.line ?? entry.location.line,
        column: where?.column ?? 1,
      });
    });
  }
  const problems = misses.map((m) =>
    warningAt(
      m.file,
      m.line,
      m.column,
      `butir "${m.entryId}": pertanyaan "${m.question}" tidak dijawab oleh butir ini sendiri, melainkan ${m.got}`,
      "tambahkan kata kunci khas butir ini, ubah kalimat pertanyaannya, atau pindahkan pertanyaan ke butir yang memang menjawabnya",
    ),
  );
  return { total, correct, accuracy: total ? correct / total : 1, misses, problems, wrongFacts };
}
