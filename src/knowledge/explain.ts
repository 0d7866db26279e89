import type { Answer, AnswerOptions, Engine } from "../engine/types.js";
import { agreementWords } from "../language/lexicon.js";
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
  /**
   * False when no entry of the edited files takes part in the miss: nothing in staff's files explains
   * it, and the advice says plainly that nothing is needed from them.
   */
  actionable?: boolean;
  /** The entry of the edited files the advice is about (where staff act). */
  entryId?: string;
  /**
   * Set when no change of staff's own makes the bot decline a must-decline question their entry answers:
   * what the developers need to know (the bot answers although the question's words are not the entry's).
   * The advice then offers staff the choice they control (the izinkan line, or keeping the old version).
   */
  developerNote?: string;
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
  /** The question is one of `expected`'s own example questions (not a team set's or the old answer's). */
  ownQuestion?: boolean;
  options: AnswerOptions;
  /** With a builder, candidate fixes are tried on a copy of the knowledge and only a working one is given. */
  build?: (knowledge: Knowledge) => Engine;
  /** The engine of `knowledge` (built when missing). */
  engine?: Engine;
  /**
   * Entries a fix may change (those of the files the edit touched). Staff are never told to edit an
   * entry of a file they did not touch (the shipped file) to make their own file pass. Default: all.
   */
  editable?: (entryId: string) => boolean;
  /**
   * Other questions the entries answer now (the standing bank's), by entry id: a fix that makes one of
   * them go elsewhere is not suggested (it would only trade this error for another).
   */
  answeredBy?: (entryId: string) => readonly string[];
}

const STRONG: QuestionType[] = ["date", "relative", "place", "person", "quote", "target", "amount"];

interface Field {
  name: string;
  /** Search form -> the word or phrase as staff wrote it in this field ("masyarakat" -> "warga"). */
  written: Map<string, string>;
}

/** Search forms of each word (and of each whole text, for phrases) mapped to the words as written. */
function writtenForms(texts: readonly string[], whole = false): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    const words = text
      .split(/\s+/)
      .map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
      .filter(Boolean);
    // A word written as the bot reads it wins over another word read into the same form.
    for (const word of words) out.set(word.toLowerCase(), word);
    for (const word of words) {
      for (const term of contentTerms(word)) for (const f of term.forms) if (!out.has(f)) out.set(f, word);
    }
    // Phrases read as one word ("kerja sama" -> kerjasama): the words that make it ("kerja samanya"), never
    // the whole text; keywords as a whole.
    for (const term of contentTerms(text)) {
      for (const f of term.forms) {
        if (whole) out.set(f, text);
        else if (!out.has(f)) out.set(f, phraseOf(words, f) ?? term.typed ?? term.word);
      }
    }
  }
  return out;
}

/** The two to four neighbouring words of a text read together as one form, as written. */
function phraseOf(words: readonly string[], form: string): string | undefined {
  for (let n = 2; n <= 4; n++)
    for (let i = 0; i + n <= words.length; i++) {
      const span = words.slice(i, i + n).join(" ");
      if (contentTerms(span).some((t) => t.forms.includes(form))) return span;
    }
  return undefined;
}

function stemsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const term of contentTerms(t)) for (const f of term.forms) out.add(f);
  return out;
}

const fieldCache = new WeakMap<Entry, Field[]>();

/** The entry's words by field, worked out once per entry object (a check explains many misses). */
function fieldsOf(e: Entry): Field[] {
  let f = fieldCache.get(e);
  if (!f) {
    f = computeFields(e);
    fieldCache.set(e, f);
  }
  return f;
}

function computeFields(e: Entry): Field[] {
  const people = e.facts.people.map((p) => `${p.name} ${p.office}`);
  const fields: Field[] = [
    { name: "kata kunci", written: writtenForms(e.keywords, true) },
    { name: "topic", written: writtenForms([e.topic]) },
    { name: "jawaban", written: writtenForms([e.answer]) },
    // A quote is the speaker's words verbatim: named apart, and never offered for rewording.
    { name: "kutipan", written: writtenForms(e.quotes.map((q) => q.text)) },
    {
      name: "facts",
      written: writtenForms([
        ...people,
        ...e.facts.places,
        ...e.facts.sectors,
        ...(e.facts.organisations ?? []),
        ...(e.facts.numbers ?? []).map((n) => `${n.label} ${n.value} ${n.unit ?? ""}`),
        ...e.facts.dates.map((d) => d.label),
        ...e.facts.targets.map((t) => `${t.what} ${t.year}`),
        ...e.quotes.map((q) => `${q.speaker} ${q.office}`),
      ]),
    },
    { name: "pertanyaan contoh", written: writtenForms(e.questions) },
  ];
  return fields;
}

function has(fields: Field[], term: Term): Field | undefined {
  return fields.find((f) => term.forms.some((x) => f.written.has(x)));
}

/** Where an entry holds a question word, as staff wrote it: `kata kunci "jabatan"`. */
function heldAs(field: Field, term: Term): string {
  const written = term.forms.map((x) => field.written.get(x)).find((w) => w !== undefined);
  return written ? `${field.name} "${written}"` : field.name;
}

/**
 * When the question's word and the entry's word differ as written ("UMKM" / topic "Usaha", "mlebu" /
 * "memasukkan"), the reading they share, so that no synonym of the bot stays hidden from staff.
 */
function readAlike(field: Field, term: Term, asked: string): string {
  const form = term.forms.find((x) => field.written.has(x));
  const written = form ? field.written.get(form) : undefined;
  if (!form || !written || written.toLowerCase() === asked.toLowerCase()) return "";
  return `; bot membaca keduanya sebagai "${form}"`;
}

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(", ");

/** The question's content words (as the bot reads them), without repeats. */
function questionTerms(question: string): Term[] {
  const seen = new Set<string>();
  return contentTerms(question).filter(
    (t) => t.status !== "generic" && !seen.has(t.stem) && seen.add(t.stem),
  );
}

/** Why the bot declined, in staff's words, from the engine's decline reason (undefined: no reason known). */
function declineReasonText(
  reason: Answer["declineReason"],
  near: string | undefined,
  types: readonly QuestionType[],
): string | undefined {
  const nearest = near ? ` (butir terdekat: "${near}")` : "";
  switch (reason) {
    case "focus-not-held":
      return `bot menilai hal yang ditanyakan tidak dimuat butir yang cocok${nearest}: ada kata pertanyaan yang hanya dipakai berkas lain, atau butir itu tidak memuat semua yang ditanyakan`;
    case "low-coverage":
    case "no-match":
      return `tidak ada butir yang memuat cukup banyak kata pertanyaan ini${nearest}`;
    case "type-mismatch":
      return `butir yang memuat kata-katanya${nearest} tidak menjawab jenis pertanyaan ini (${quoted(types)}): isi answers butir itu atau fakta yang sesuai`;
    case "year":
      return `tahun yang disebut pertanyaan tidak ada di fakta butir mana pun${nearest}`;
    case "party":
      return "pertanyaan ini menanyakan ucapan orang atau kelompok yang tidak dikutip di pengetahuan";
    default:
      return undefined;
  }
}

/** A question word as the question writes it ("wargane", not the bot's reading "masyarakat"). */
function askedAs(question: string): (t: Term) => string {
  const written = writtenForms([question]);
  return (t) => t.forms.map((f) => written.get(f)).find((w) => w !== undefined) ?? t.typed ?? t.word;
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const subjectCache = new WeakMap<Knowledge, Map<string, Set<string>>>();

/**
 * Search forms of what the entry's file is about, words staff cannot reword away: those in the topics,
 * or in the texts, of at least half its entries ("festival", "bank sampah", "UMKM").
 */
function fileSubject(knowledge: Knowledge, entry: Entry): Set<string> {
  let byFile = subjectCache.get(knowledge);
  if (!byFile) {
    byFile = new Map();
    subjectCache.set(knowledge, byFile);
  }
  const file = entry.location.file;
  const known = byFile.get(file);
  if (known) return known;
  const mates = knowledge.entries.filter((e) => e.location.file === file);
  const counts = new Map<string, number>();
  for (const e of mates)
    for (const f of stemsOf([e.topic, e.answer])) counts.set(f, (counts.get(f) ?? 0) + 1);
  const out = new Set([...counts].filter(([, n]) => n >= Math.max(2, mates.length / 2)).map(([f]) => f));
  byFile.set(file, out);
  return out;
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
  const expected = input.expected ? byId.get(input.expected) : undefined;
  // The entry that took the question, or (asked back) the other entry the bot hesitated over.
  const rivalId =
    answer.kind === "answer"
      ? answer.entryIds[0]
      : answer.kind === "clarify"
        ? answer.choices.map((c) => c.entryId).find((id) => id !== expected?.id)
        : undefined;
  const rival = rivalId ? byId.get(rivalId) : undefined;
  const terms = questionTerms(question);
  const asked = askedAs(question);
  const editable = input.editable ?? (() => true);
  const types = answer.questionTypes;
  const reasons: string[] = [];
  if (answer.unknownTerms.length) {
    reasons.push(
      `kata yang tidak dikenal bot: ${quoted(answer.unknownTerms)} (kata dikenal bila ada di keywords, facts atau answer sebuah butir)`,
    );
  }
  let shared: Term[] = [];
  if (rival) {
    const wf = fieldsOf(rival);
    const parts = terms.flatMap((t) => {
      const f = has(wf, t);
      return f ? [`"${asked(t)}" (${heldAs(f, t)}${readAlike(f, t, asked(t))})`] : [];
    });
    shared = terms.filter((t) => has(wf, t));
    const typeFit = types.filter((t) => rival.answers.includes(t));
    const verb =
      answer.kind === "clarify"
        ? `bot ragu antara butir "${expected?.id ?? "?"}" dan butir "${rival.id}", yang`
        : `butir "${rival.id}" menang karena`;
    reasons.push(
      `${verb} sama-sama memuat ${parts.join(", ") || "kata umum saja"}` +
        (typeFit.length ? ` dan menjawab jenis pertanyaan ${quoted(typeFit)}` : ""),
    );
    // A written word read as two ("Pemkot": pemerintah kota) is not said to be both held and missing.
    const sharedAsked = new Set(shared.map(asked));
    const absent = terms.filter(
      (t) => !has(wf, t) && !answer.unknownTerms.includes(t.word) && !sharedAsked.has(asked(t)),
    );
    if (absent.length && input.mustDecline) {
      reasons.push(`kata ${quoted([...new Set(absent.map(asked))])} tidak ada di butir "${rival.id}"`);
    }
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
      reasons.push(`kata ${quoted(missingWords.map(asked))} tidak ada di butir "${expected.id}"`);
    }
  }
  // "kpn dan dmn": only question words. Once several entries answer that kind of question, none can be
  // chosen: say which ones.
  if (reasons.length === 0 && terms.length === 0) {
    const strong = types.filter((t) => STRONG.includes(t));
    const able = knowledge.entries.filter((e) => strong.some((t) => e.answers.includes(t))).map((e) => e.id);
    if (strong.length && able.length > 1) {
      reasons.push(
        `pertanyaan ini hanya berisi kata tanya (${quoted(strong)}), dan ${able.length} butir menjawab jenis itu (${quoted(able.slice(0, 4))}${able.length > 4 ? ", ..." : ""}), jadi bot tidak bisa memilih satu`,
      );
    }
  }
  // A decline no word explains: the engine's own reason, in words staff can check against their file.
  if (reasons.length === 0 && answer.kind === "decline") {
    const near = answer.choices[0]?.entryId;
    const reason = declineReasonText(answer.declineReason, near, types);
    if (reason) reasons.push(reason);
  }
  const why = `Sebab: ${reasons.join("; ") || "pertanyaan terlalu umum untuk dipastikan"}.`;

  // `recheck`: a keyword removal reminds staff to re-check their own questions using it (said after the
  // tried result, unless the result already says the word becomes unknown).
  const candidates: { text: string; knowledge: Knowledge; recheck?: string }[] = [];
  if (expected && !input.mustDecline && editable(expected.id)) {
    // Words the bot does not know at all: making them the entry's keywords is the first thing to try.
    const unknown = answer.unknownTerms.filter((w) => !missingWords.some((t) => t.word === w));
    if (unknown.length) {
      candidates.push({
        text: `tambahkan kata kunci ${quoted(unknown)} ke butir "${expected.id}"`,
        knowledge: withEntry(knowledge, expected.id, (e) => ({
          ...e,
          keywords: [...e.keywords, ...unknown],
        })),
      });
    }
    const words = missingWords.map(asked);
    const addWords = (e: Entry): Entry => ({ ...e, keywords: [...e.keywords, ...words] });
    const addTypes = (e: Entry): Entry => ({ ...e, answers: [...new Set([...e.answers, ...missingTypes])] });
    const typesText = `tambahkan ${quoted(missingTypes)} ke answers butir "${expected.id}"`;
    const wordsText = `tambahkan kata kunci ${quoted(words)} ke butir "${expected.id}"`;
    if (missingTypes.length)
      candidates.push({ text: typesText, knowledge: withEntry(knowledge, expected.id, addTypes) });
    // One telling word is a better keyword than every word of the question: single words are tried first.
    if (words.length > 1) {
      for (const w of words.slice(0, 6)) {
        candidates.push({
          text: `tambahkan kata kunci "${w}" ke butir "${expected.id}"`,
          knowledge: withEntry(knowledge, expected.id, (e) => ({ ...e, keywords: [...e.keywords, w] })),
        });
      }
    }
    if (words.length)
      candidates.push({ text: wordsText, knowledge: withEntry(knowledge, expected.id, addWords) });
    if (missingTypes.length && words.length) {
      candidates.push({
        text: `${typesText}, dan ${wordsText}`,
        knowledge: withEntry(knowledge, expected.id, (e) => addTypes(addWords(e))),
      });
    }
  }
  if (rival && editable(rival.id)) {
    const norm = (x: string) => x.toLowerCase();
    // Keywords that are the rival's only hold on the question come first: removing a word its answer or
    // example questions also hold changes nothing.
    const others = fieldsOf(rival).slice(1);
    const elsewhere = (k: string) => [...stemsOf([k])].every((f) => others.some((o) => o.written.has(f)));
    const ownShared = rival.keywords
      .filter((k) => {
        const ks = stemsOf([k]);
        return shared.some((t) => t.forms.some((f) => ks.has(f)));
      })
      .sort((a, b) => Number(elsewhere(a)) - Number(elsewhere(b)));
    const dropKeywords = (drop: string[]) =>
      withEntry(knowledge, rival.id, (e) => ({
        ...e,
        keywords: e.keywords.filter((x) => !drop.some((k) => norm(k) === norm(x))),
      }));
    for (const k of ownShared) {
      candidates.push({
        text: `hapus kata kunci "${k}" dari butir "${rival.id}"`,
        knowledge: dropKeywords([k]),
        recheck: ` (lalu periksa lagi pertanyaan warga Anda yang memakai kata "${k}")`,
      });
    }
    if (ownShared.length > 1) {
      candidates.push({
        text: `hapus kata kunci ${quoted(ownShared)} dari butir "${rival.id}"`,
        knowledge: dropKeywords(ownShared),
      });
    }
    // An example question of the rival that reads like this one pulls it over.
    // Party names ("madiun", "kediri") are in most questions and make nothing alike.
    const partyWords = new Set(knowledge.parties.flatMap((p) => p.aliases.flatMap((a) => a.split(" "))));
    const telling = terms.filter((t) => !partyWords.has(t.word));
    const alike = rival.questions.filter((q) => {
      const qs = stemsOf([q]);
      return telling.filter((t) => t.forms.some((f) => qs.has(f))).length >= 2;
    });
    for (const q of alike.slice(0, 4)) {
      candidates.push({
        text: `hapus (atau ubah) pertanyaan contoh "${q}" di butir "${rival.id}"`,
        knowledge: withEntry(knowledge, rival.id, (e) => ({
          ...e,
          questions: e.questions.filter((x) => x !== q),
        })),
      });
    }
    if (alike.length > 1 && alike.length <= 2 && ownShared.length) {
      candidates.push({
        text: `hapus pertanyaan contoh ${quoted(alike)} dan kata kunci ${quoted(ownShared)} di butir "${rival.id}"`,
        recheck: " (lalu periksa lagi pertanyaan warga Anda yang memakai kata itu)",
        knowledge: withEntry(knowledge, rival.id, (e) => ({
          ...e,
          questions: e.questions.filter((x) => !alike.includes(x)),
          keywords: e.keywords.filter((x) => !ownShared.some((k) => norm(k) === norm(x))),
        })),
      });
    }
    // A word the rival holds only in its topic or only in its answer text (a verb such as "dicanangkan",
    // not a party's name nor the file's subject): rewording it is a staff-level fix, tried by leaving it out.
    const subject = fileSubject(knowledge, rival);
    const lowerParty = new Set([...partyWords].map((w) => w.toLowerCase()));
    const rewordable = shared.filter(
      (t) =>
        !partyWords.has(t.word) &&
        !lowerParty.has(t.word) &&
        !t.forms.some((f) => subject.has(f)) &&
        !/^\d+$/.test(t.word),
    );
    const fields = fieldsOf(rival);
    const onlyIn = (t: Term) =>
      fields.filter((f) => t.forms.some((x) => f.written.has(x))).map((f) => f.name);
    for (const t of rewordable.slice(0, 4)) {
      const where = onlyIn(t);
      if (where.length !== 1 || (where[0] !== "jawaban" && where[0] !== "topic")) continue;
      const field = fields.find((f) => f.name === where[0]) as Field;
      const written = t.forms.map((x) => field.written.get(x)).find((w) => w !== undefined);
      if (!written || /\s/.test(written)) continue;
      const drop = (text: string) =>
        text.replace(new RegExp(`(^|[^\\p{L}])${escapeRegExp(written)}(?=$|[^\\p{L}])`, "giu"), "$1");
      candidates.push(
        where[0] === "topic"
          ? {
              text: `hapus kata "${written}" dari topic butir "${rival.id}"`,
              knowledge: withEntry(knowledge, rival.id, (e) => ({ ...e, topic: drop(e.topic) })),
            }
          : {
              text: `ganti kata "${written}" di jawaban butir "${rival.id}" dengan kata lain (atau susun kalimatnya tanpa kata itu)`,
              knowledge: withEntry(knowledge, rival.id, (e) => ({
                ...e,
                answer: drop(e.answer),
                quotes: e.quotes.map((q) => ({ ...q, text: drop(q.text) })),
              })),
            },
      );
    }
  }
  const tried = candidates.map((c) => c.text);
  const about =
    rival && editable(rival.id) ? rival.id : expected && editable(expected.id) ? expected.id : undefined;
  const actionable = about !== undefined;
  const done = (advice: string | { text: string; developerNote: string }, verified: boolean): FixAttempt => ({
    why,
    fix: typeof advice === "string" ? advice : advice.text,
    verified,
    actionable,
    ...(about ? { entryId: about } : {}),
    ...(typeof advice === "string" ? {} : { developerNote: advice.developerNote }),
  });
  if (candidates.length === 0) return done(fallback(input, rival, terms, shared, tried), false);
  if (!input.build) return done(`coba: ${candidates[0]?.text}`, false);
  const current = input.engine ?? input.build(knowledge);
  // A fix that leaves no word unknown to the bot comes first; one that does says what it costs.
  let costly: { text: string; lost: string[]; result: string } | undefined;
  for (const c of candidates) {
    const engine = input.build(c.knowledge);
    const a = engine.answer(question, input.options);
    const ok =
      input.mustDecline || !expected
        ? a.kind !== "answer"
        : a.kind === "answer" && a.entryIds[0] === expected.id;
    if (!ok) continue;
    // A fix must not cost the entries it touches the example questions they answered.
    const touched = c.knowledge.entries.filter((e) => e.id === rival?.id || e.id === expected?.id);
    if (costsExamples(touched, input.options, current, engine, input.answeredBy)) continue;
    const result = input.mustDecline || !expected ? "ditolak" : `dijawab butir "${expected.id}"`;
    // A removal that leaves a word in no entry makes the bot decline every question with that word.
    const lost = lostWords(knowledge, c.knowledge);
    if (lost.length) {
      costly ??= { text: c.text, lost, result };
      continue;
    }
    return done(`${c.text} (sudah dicoba: setelah itu pertanyaan ini ${result})${c.recheck ?? ""}`, true);
  }
  if (costly) {
    return done(
      `${costly.text} (sudah dicoba: setelah itu pertanyaan ini ${costly.result}; akibatnya kata ${quoted(costly.lost)} tidak dikenal bot lagi, jadi pertanyaan warga yang memakainya juga ditolak)`,
      true,
    );
  }
  return done(fallback(input, rival, terms, shared, tried), false);
}

/** Words some entry held before a change and no entry holds after it (they become unknown to the bot). */
function lostWords(before: Knowledge, after: Knowledge): string[] {
  const words = (k: Knowledge) => {
    const changed = k.entries.filter((e) => !before.entries.includes(e) || !after.entries.includes(e));
    return changed.flatMap((e) => [
      ...fieldsOf(e)
        .slice(0, 5)
        .flatMap((f) => [...f.written.keys()]),
    ]);
  };
  const had = new Set(words(before));
  if (!had.size) return [];
  const all = new Set(
    after.entries.flatMap((e) =>
      fieldsOf(e)
        .slice(0, 5)
        .flatMap((f) => [...f.written.keys()]),
    ),
  );
  return [...had].filter((w) => !all.has(w) && !/\s/.test(w));
}

/**
 * Advice when no simple fix worked, always about the entry of the edited file that took the question:
 * what it shares with the question, that the removals were tried, and the choice staff have (izinkan,
 * which toProblem adds, or rewording that entry). Only a change no edited entry explains goes to the
 * developers.
 */
function fallback(
  input: MissInput,
  rival: Entry | undefined,
  terms: Term[],
  shared: Term[],
  tried: string[],
): string | { text: string; developerNote: string } {
  const editable = input.editable ?? (() => true);
  const triedText = tried.length ? ` (sudah dicoba tanpa hasil: ${tried.slice(0, 3).join("; ")})` : "";
  if (rival && editable(rival.id)) {
    const fields = fieldsOf(rival);
    const held = shared.flatMap((t) => {
      const f = has(fields, t);
      return f ? [heldAs(f, t)] : [];
    });
    const where = [...new Set(held)].join(", ");
    // A must-decline question that an entry of staff's file answers: either the answer is right (the
    // decline list was written before this file existed: toProblem asks that first and says how to allow
    // it) or, when it is wrong, what the entry holds of the question and what staff can change.
    if (input.mustDecline) {
      const partyWords = new Set(
        input.knowledge.parties.flatMap((p) => [
          p.key,
          ...p.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)),
        ]),
      );
      // The parties' names ("Pemkot", "Kediri") set the scene; they are not what the entry lacks.
      const lacking = terms
        .filter((t) => !shared.includes(t) && !partyWords.has(t.word) && !agreementWords.has(t.word))
        .map(askedAs(input.question));
      // Every change of staff's own that could make the bot decline was tried above (removing the shared
      // keywords, rewording a word of the answer or topic); none is suggested again untried, and nothing
      // is asked that contradicts it ("removing did not help: change them").
      const triedNote = tried.length ? ` (sudah dicoba: ${tried.slice(0, 3).join("; ")})` : "";
      const why = lacking.length
        ? `bot menjawab walau kata ${quoted(lacking)} tidak ada di butir itu`
        : "kata-kata pertanyaan ini memang pokok berkas Anda";
      const holds = where
        ? `memuat ${lacking.length ? "" : "semua kata pertanyaan ini: "}${where}`
        : "hanya memuat kata umum pertanyaan ini";
      return {
        text: `butir "${rival.id}" di berkas Anda ${holds}; tidak ada perubahan kata di berkas Anda yang membuat bot menolaknya${triedNote}`,
        developerNote: why,
      };
    }
    // Keywords whose removal was tried and did not help are not suggested again; the parties' names and
    // the answer's own text are no words to remove.
    const untried = [...new Set(held)].filter(
      (h) => h.startsWith("kata kunci ") && !tried.some((t) => t.includes(h.replace(/^kata kunci /, ""))),
    );
    const change = untried.length
      ? `Ubah atau hapus ${untried.join(", ")} di butir "${rival.id}", atau bila`
      : "Bila";
    return `bot memilih butir "${rival.id}" di berkas Anda karena ${where || "jenis pertanyaannya"}${triedText}. ${change} butir "${rival.id}" memang benar menjawab pertanyaan ini, izinkan (lihat di bawah)`;
  }
  if (input.expected && editable(input.expected) && input.ownQuestion !== false) {
    return `tambahkan ke questions butir "${input.expected}" pertanyaan lain yang mirip, atau hapus pertanyaan ini dari questions butir "${input.expected}" bila butir itu memang tidak menjawabnya`;
  }
  return "tidak ada yang perlu Anda ubah: tidak ada butir di berkas Anda yang menjawab pertanyaan ini (kata-kata baru di berkas Anda hanya mengubah cara bot membaca pertanyaan ini); perubahan ini dicatat sebagai peringatan, bukan galat";
}
function costsExamples(
  entries: (Entry | undefined)[],
  options: AnswerOptions,
  before: Engine,
  after: Engine,
  answeredBy?: (entryId: string) => readonly string[],
): boolean {
  for (const e of entries) {
    if (!e) continue;
    // Its own example questions, and (at most 40) other questions of the standing bank it answers now.
    const others = (answeredBy?.(e.id) ?? []).slice(0, 40);
    for (const q of new Set([...e.questions, ...others])) {
      if (before.answer(q, options).entryIds[0] === e.id && after.answer(q, options).entryIds[0] !== e.id)
        return true;
    }
  }
  return false;
}
