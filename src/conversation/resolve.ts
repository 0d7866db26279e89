import { unitOf } from "../engine/date-question.js";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { typeMarkers } from "../language/lexicon.js";
import { castOf, peopleNamed } from "./people.js";
import { swapInto, swappedIn } from "./swap.js";
import type { ConversationState, Resolution, Turn } from "./types.js";
import {
  CONTINUE_MARKERS,
  DEMONSTRATIVES,
  first,
  isContent,
  isQuestionWord,
  OPENERS,
  PARTICLES,
  PERSON_PRONOUNS,
  possessed,
  readWords,
  SLOT_WORDS,
  tokensOf,
  type Word,
} from "./words.js";

/** Longest topic carried from one turn to the next, in words. */
const MAX_SUBJECT_WORDS = 14;

/** Pointing words that never mark a noun ("dari situ", "bilang gitu"); "gitu" can also be a mere filler. */
const ALWAYS_REFERRING = new Set(["gitu", "begitu", "situ", "sana", "tadi"]);
/** Words around "gitu" that make it a filler ("... pemerintahan gitu ya", "ya gitu"). */
const FILLER_NEIGHBOURS = new Set(["ya", "yah", "kan", "deh", "lho", "aja", "saja", "sih"]);
/** Words after which "itu"/"tersebut" stands for a whole topic ("sejak itu", "hal itu", "ngomong itu"). */
const POINTING_AFTER = new Set([
  "sejak",
  "dari",
  "soal",
  "tentang",
  "mengenai",
  "sampai",
  "hingga",
  "hal",
  "selain",
  "cuma",
  "hanya",
  "kecuali",
  "bab",
]);

/** Whether a pointing word at `i` points back to the previous topic (rather than marking a noun: "Maidi itu siapa?"). */
function refersBack(words: Word[], i: number): boolean {
  const t = first(words[i]);
  const before = words[i - 1];
  const after = words[i + 1];
  if (ALWAYS_REFERRING.has(t)) {
    const filler = [before, after].some((w) => w && FILLER_NEIGHBOURS.has(first(w)));
    return !((t === "gitu" || t === "begitu") && filler);
  }
  if (!DEMONSTRATIVES.has(t)) return false;
  // "itu target siapa?", "apa itu zero kabel?": "itu" introduces the noun after it.
  if (after?.std.some(isContent) && (!before || before.std.some(isQuestionWord))) return false;
  if (!before) return true;
  const b = first(before);
  // After a question word, a slot, a verb of saying, or a preposition ("hari apa itu?", "sejak itu",
  // "ngomong itu"), it stands for the topic; after a noun ("kerja sama itu") it only marks that noun.
  return (
    isQuestionWord(b) || SLOT_WORDS.has(b) || typeMarkers.has(b) || POINTING_AFTER.has(b) || OPENERS.has(b)
  );
}

/**
 * The topic of a question, for the next turn: its words without question words, particles, pointing
 * words and slots ("kerja sama madiun kediri diteken kapan ya?" -> kerja sama madiun kediri diteken).
 */
export function subjectOf(asked: string, unknown: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const w of readWords(asked)) {
    if (unknown.includes(w.raw) || w.std.some((t) => unknown.includes(t))) continue;
    const base = possessed(w.raw);
    if (base && SLOT_WORDS.has(base)) continue;
    const keep = w.std.some(
      (t) =>
        !isQuestionWord(t) &&
        !SLOT_WORDS.has(t) &&
        !PERSON_PRONOUNS.has(t) &&
        !DEMONSTRATIVES.has(t) &&
        !OPENERS.has(t) &&
        !CONTINUE_MARKERS.has(t) &&
        !PARTICLES.has(t),
    );
    if (keep && !out.includes(w.raw)) out.push(w.raw);
  }
  // Linking words at the edges carry nothing ("yang jadi prioritas" -> "jadi prioritas").
  while (out.length && EDGE_WORDS.has(out[0] as string)) out.shift();
  while (out.length && EDGE_WORDS.has(out[out.length - 1] as string)) out.pop();
  return out.slice(0, MAX_SUBJECT_WORDS);
}

/** Linking words that carry nothing at the edge of a topic. */
const EDGE_WORDS = new Set([
  "yang",
  "yg",
  "sing",
  "di",
  "ke",
  "dari",
  "dan",
  "karo",
  "pada",
  "untuk",
  "dalam",
  "dengan",
  "ini",
  "iki",
  "soal",
  "tentang",
]);

/** The newest turn that has a topic. */
function lastTopical(turns: readonly Turn[]): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]?.subject.length) return turns[i];
  return undefined;
}

/** The topic of an entry as the knowledge words it (its first sample question); memoised per entry. */
const entrySubjects = new WeakMap<Entry, string[]>();
function entrySubjectOf(entry: Entry): string[] {
  let subject = entrySubjects.get(entry);
  if (!subject) {
    subject = entry.questions[0] ? subjectOf(entry.questions[0]) : [];
    entrySubjects.set(entry, subject);
  }
  return subject;
}

/** The newest turn whose answer named a date. */
function lastDated(turns: readonly Turn[]): Turn | undefined {
  for (let i = turns.length - 1; i >= 0; i--)
    if (turns[i]?.dates.length && turns[i]?.subject.length) return turns[i];
  return undefined;
}

/** Words of a question about time since or until something ("sejak itu", "berapa hari yang lalu"). */
const TIME_WORDS = new Set([
  "sejak",
  "lalu",
  "lewat",
  "tanggal",
  "berapalama",
  "lama",
  "hari",
  "minggu",
  "bulan",
]);

/** The last person the conversation named unambiguously, newest turn first. */
export function lastPerson(turns: readonly Turn[]): string | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const people = turns[i]?.people ?? [];
    if (people.length === 1) return people[0];
  }
  return undefined;
}

/** The leading openers and follow-up markers of a message, and whether they make it a swap or a continuation. */
function opening(words: Word[]): { start: number; swap: boolean } {
  let i = 0;
  let swap = false;
  while (i < words.length) {
    const t = first(words[i]);
    const next = first(words[i + 1]);
    if (t === "kalau" || t === "lalu" || t === "trus") {
      swap = true;
      i++;
    } else if (
      (t === "bagaimana" || t === "gimana" || t === "what") &&
      ["dengan", "kalau", "soal", "untuk", "yang", "about"].includes(next)
    ) {
      // "bagaimana dengan Kediri?", "how about Kediri?" ("how" reads as "bagaimana").
      swap = true;
      i += 2;
    } else if ((t === "lha" || t === "lah" || t === "nah") && words.length > i + 1) {
      i++;
    } else if (OPENERS.has(t) && words.length > i + 1 && !isQuestionWord(next)) {
      // "ya sudah, kapan ...", "oh gitu, terus ...": an opener before the question proper.
      i++;
      if (t === "ya" && (next === "sudah" || next === "udah")) i++;
      else if (ACKNOWLEDGED.has(next) && words.length > i + 1) i++;
    } else break;
  }
  return { start: i, swap };
}

/** "gitu" after an opener only acknowledges the answer ("oh gitu", "ya begitu"). */
const ACKNOWLEDGED = new Set(["gitu", "begitu", "ngono", "itu"]);

/** A follow-up's words, as read against the conversation. */
interface Reading {
  rest: Word[];
  /** The words to write, as typed (a bare "kok" already read as "kenapa"). */
  out: string[];
  /** Indexes of pronouns (dia, beliau) and of words pointing back (itu, gitu, situ). */
  pronouns: number[];
  refs: number[];
  /** The last person named unambiguously, for the pronouns. */
  person: string | undefined;
}

/**
 * A bare slot asked of the topic: "dimana?" -> "dimana <topic>"; "jabatannya?" -> "jabatan <owner>"
 * (the suffix stood for the owner, who is now written out); pronouns become the person.
 */
function fillSlot(r: Reading, subject: string[], owner: string[]): string[] {
  const words: string[] = [];
  let placed = false;
  r.rest.forEach((w, i) => {
    if (r.pronouns.includes(i)) {
      if (r.person) words.push(r.person);
      return;
    }
    if (r.refs.includes(i) || (first(w) === "hal" && r.refs.includes(i + 1))) return;
    const base = placed || isContent(w.raw) ? undefined : possessed(w.raw);
    if (base) {
      words.push(base, ...owner);
      placed = true;
    } else words.push(r.out[i] as string);
  });
  // "de'e ngomong opo?" is complete once the person is written; anything else gets the topic.
  if (!placed && !(r.pronouns.length && r.person && !r.refs.length)) words.push(...subject);
  return words;
}

/** Pronouns become the person, the first pointing word the topic ("sejak itu" -> "sejak <topic>"). */
function fillReferences(r: Reading, subject: string[]): string[] {
  const words: string[] = [];
  r.rest.forEach((w, i) => {
    if (r.pronouns.includes(i)) {
      if (r.person) words.push(r.person);
      return;
    }
    if (first(w) === "hal" && r.refs.includes(i + 1)) return;
    if (r.refs.includes(i)) {
      if (i === r.refs[0]) words.push(...subject);
      return;
    }
    words.push(r.out[i] as string);
  });
  return words;
}

/**
 * Reads a question against the conversation so far. A full question is asked as written (context only
 * fills what is missing, never overrides what it says). A follow-up is rewritten into the full question
 * the engine must answer: a bare slot ("dimana?", "tempatnya?") asks it of the previous topic; "kalau X?"
 * swaps X into the previous question; pronouns (dia, beliau, de'e) become the last person named and
 * pointing words (itu, gitu, sejak itu, dari situ) the previous topic; "selain itu?" continues it.
 * Pure: the state is read, not changed.
 */
/** Words placing one dated thing before or after another ("berapa hari SETELAH tanda tangan?"). */
const ORDER_WORDS = new Set(["setelah", "sesudah", "sebelum", "sehabis"]);

export function resolveQuestion(
  question: string,
  state: ConversationState | undefined,
  knowledge: Knowledge,
): Resolution {
  const own: Resolution = { asked: question, kind: "own" };
  const turns = state?.turns ?? [];
  const topical = lastTopical(turns);
  if (!topical) return own;
  const cast = castOf(knowledge);
  const words = readWords(question);
  const { start, swap } = opening(words);
  const rest = words.slice(start);
  if (rest.length === 0) return own;
  const tokens = tokensOf(rest);
  const hasQuestionWord = tokens.some(isQuestionWord);
  const content = rest.filter((w) => isContent(w.raw) && w.std.some(isContent));
  // A question that names a person itself ("Who is Vinanda? I read her name...") points within itself.
  const namesPerson = peopleNamed(tokens, cast).length > 0;
  const pronouns = namesPerson
    ? []
    : rest.flatMap((w, i) => (w.std.some((t) => PERSON_PRONOUNS.has(t)) ? [i] : []));
  const refs = rest.flatMap((_, i) => (refersBack(rest, i) ? [i] : []));

  // "terus yg tanda tangan dari kediri?" asks about the one who did something: a question of its own.
  const relative = ["yang", "yg", "sing"].includes(rest[0]?.raw ?? "") && rest.length > 2;
  // "wis pirang dino?" ... "nek minggu?": the same count in another unit of time.
  const unitSwap =
    swap &&
    rest.length === 1 &&
    unitOf(first(rest[0])) !== undefined &&
    readWords(topical.asked).some((w) => w.std.some((t) => unitOf(t)));
  if (unitSwap) return { ...swapInto(topical, rest, cast), kind: "swap" };
  if (swap && !relative && !hasQuestionWord && content.length && !pronouns.length && !refs.length) {
    return { ...swapInto(topical, rest, cast), kind: "swap" };
  }
  // "terus Kediri targetnya apa?": a full question, but still read as a swap when it is declined.
  const swapped = swap ? swappedIn(topical, rest, cast) : undefined;
  const ownAfterSwap: Resolution = swapped && (swapped.person || swapped.party) ? { ...own, swapped } : own;
  // "lha kok ngono?": a bare "kok" asks why.
  const out = rest.map((w) => w.raw);
  if (!hasQuestionWord) {
    const kok = rest.findIndex((w) => first(w) === "kok");
    if (kok >= 0) out[kok] = "kenapa";
  }
  const reading: Reading = { rest, out, pronouns, refs, person: lastPerson(turns) };
  // "sejak itu", "dari situ", "tanggal tersebut": a pointing word in a question about time points at the
  // last turn that named a date, even if something else was asked since.
  const aboutTime = refs.length > 0 && tokens.some((t) => TIME_WORDS.has(t));
  const dated = aboutTime ? lastDated(turns) : undefined;
  const topic = dated ?? topical;
  const continues = CONTINUE_MARKERS.has(first(rest[0]));
  // The topic in the citizen's words, then as the knowledge words it (the answered entry's first question).
  const entry = knowledge.entries.find((e) => e.id === topic.entryIds[0]);
  const entrySubject = entry ? entrySubjectOf(entry) : [];
  const subjects = [topic.subject, entrySubject].filter(
    (s, i, all) => s.length && all.findIndex((x) => x.join(" ") === s.join(" ")) === i,
  );
  // Topic words the question already has are not added again ("kapan dia ngomong itu?" + "ngomong ...").
  const written = new Set(rest.flatMap((w) => [w.raw, ...w.std]));
  const build = (kind: Resolution["kind"], make: (subject: string[]) => string[]): Resolution => {
    const [asked, ...alternatives] = subjects.map((s) => make(s.filter((w) => !written.has(w))).join(" "));
    return { asked: asked ?? question, kind, ...(alternatives.length ? { alternatives } : {}) };
  };
  if (content.length === 0 || (continues && !hasQuestionWord)) {
    // The owner of "-nya" is the person just answered ("siapa wali kota kediri?" -> "jabatannya?").
    const last = turns[turns.length - 1];
    const personAsked =
      last?.people.length === 1 && (last.types.includes("person") || last.types.includes("definition"));
    const owner = personAsked && reading.person ? [reading.person] : undefined;
    return build(continues ? "continue" : "slot", (subject) => fillSlot(reading, subject, owner ?? subject));
  }
  if (refs.length) return build("reference", (subject) => fillReferences(reading, subject));
  if (pronouns.length) return { asked: fillReferences(reading, []).join(" "), kind: "reference" };
  // "berapa hari setelah tanda tangan?" after a dated answer: the other end of the span is the topic just
  // asked about. Tried only when the question alone is declined.
  if (tokens.some((t) => ORDER_WORDS.has(t)) && topic.subject.length)
    return { ...ownAfterSwap, alternatives: [`${question} ${topic.subject.join(" ")}`] };
  return ownAfterSwap;
}
