import type { Entry, Knowledge, QuestionType } from "../knowledge/types.js";
import { editDistance } from "../language/fuzzy.js";
import { agreementWords } from "../language/lexicon.js";
import { mapPacked } from "../language/packed.js";
import { type Analysis, termsOfTokens } from "../language/pipeline.js";
import { asksOpinion } from "../language/question-type.js";
import { lemmaOf, synonymsOf, wordClassOf } from "../language/words.js";
import { analyseQuestion, WH_TYPES } from "./analyse.js";
import {
  composeDay,
  composeInterval,
  composePart,
  composeStatements,
  factStrings,
  quoteLine,
  sourceLine,
  statementsOfOtherParty,
  statesDuration,
} from "./compose.js";
import {
  asksLaterAgreement,
  composeDateAnswer,
  type DatedFact,
  laterOccurrence,
  resolveDatedFact,
} from "./date-answer.js";
import { asksDuration, readDateQuestion } from "./date-question.js";
import { type ClauseDecision, type DeclineReason, decide } from "./decide.js";
import { dictationQuestion } from "./dictation.js";
import { entryAnswers, partyLookups } from "./facts.js";
import {
  type Focus,
  findFocus,
  focusWith,
  HONORIFICS,
  officesHeld,
  placeForms,
  timePhraseWords,
} from "./focus.js";
import { sameQuestionOtherSources, sourcesInOrder } from "./other-sources.js";
import { retrieve } from "./retrieve.js";
import { askingPart } from "./scene.js";
import {
  buildSearchIndexSteps,
  carryReadings,
  type SearchIndex,
  searchOncePerQuestion,
} from "./search-index.js";
import { correctedMessage } from "./self-correction.js";
import { runInSlices, runSteps, type Steps } from "./steps.js";
import { engineStrings as S } from "./strings.js";
import type { Answer, AnswerOptions, AnswerPart, Engine, Suggestion } from "./types.js";

/** Whether two entries answer the same of the question's types (neither fits it better). */
function sameFit(a: Entry, b: Entry, types: QuestionType[]): boolean {
  const fa = entryAnswers(a);
  const fb = entryAnswers(b);
  return types.every((t) => fa.has(t) === fb.has(t));
}

/** Question types that ask for more than a count of time (a person, a place, a reason ...). */
const OTHER_THAN_TIME: ReadonlySet<QuestionType> = new Set([
  "person",
  "place",
  "list",
  "reason",
  "quote",
  "purpose",
  "benefit",
  "definition",
]);

/** Words a question sets its focus at ("... di BALAI KOTA itu") that name a place of the knowledge's facts. */
function atKnownPlace(focus: Focus, knowledge: Knowledge): Set<string> {
  const located = focus.premises.located;
  if (!located.size) return located;
  const places = placeForms(knowledge);
  return new Set([...located].filter((w) => places.has(w)));
}

/** Pronouns that point back at the person a first clause named ("... dan apakah BELIAU hadir?"). */
const POINTING_BACK = new Set(["beliau", "dia", "ia", "dheweke", "piyambakipun"]);

/**
 * Nouns of an event's attributes: with -nya in a later clause they point back at what the first clause
 * asked about ("ada festival kuliner nggak tanggal berapa terus LOKASINYA di mana").
 */
const ATTRIBUTES_POINTING_BACK = new Set([
  "tempat",
  "lokasi",
  "tanggal",
  "waktu",
  "jam",
  "alamat",
  "jadwal",
  "harga",
  "biaya",
]);
/** Whether a token is an attribute noun with -nya (see ATTRIBUTES_POINTING_BACK). */
const attributeOfBefore = (t: string): boolean =>
  t.endsWith("nya") && ATTRIBUTES_POINTING_BACK.has(t.slice(0, -3));

/** Words of a text for comparing quotes: lower case letters and digits only. */
const quoteWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A quoted span this long (in words) is matched against the knowledge's quotes. */
const MIN_QUOTED_WORDS = 4;
/** Share of a quoted span's words that a knowledge quote must contain to be the one asked about. */
const QUOTE_MATCH = 0.8;

/**
 * The entry whose quote the message cites by its text ('...', "...", “...”), if one quote holds nearly
 * all of a quoted span's words.
 */
export function quotedEntry(message: string, knowledge: Knowledge): Entry | undefined {
  // (Most messages quote nothing: no quotation mark, no span to read.)
  if (!/['"\u201C\u2018]/.test(message)) return undefined;
  const spans = mapPacked(
    [...message.matchAll(/['"\u201C\u2018]([^'"\u201D\u2019]{10,})['"\u201D\u2019]/gu)],
    (m) => quoteWords(m[1] as string),
  );
  for (const span of spans) {
    if (span.length < MIN_QUOTED_WORDS) continue;
    for (const e of knowledge.entries)
      for (const q of e.quotes) {
        const words = new Set(quoteWords(q.text));
        if (span.filter((w) => words.has(w)).length >= span.length * QUOTE_MATCH) return e;
      }
  }
  return undefined;
}

/**
 * A quote cited with its wording changed ("... maka kota itu akan KAYA"): the knowledge's quote whose words
 * the quoted span nearly holds, and the span's words that the quote does not hold (a typo of one of its
 * words aside). Undefined when nothing is quoted or the wording is the quote's own.
 */
export function twistedQuote(
  message: string,
  knowledge: Knowledge,
): { entry: Entry; quote: Entry["quotes"][number]; words: string[] } | undefined {
  if (!/['"\u201C\u2018]/.test(message)) return undefined;
  for (const m of message.matchAll(/['"\u201C\u2018]([^'"\u201D\u2019]{10,})['"\u201D\u2019]/gu)) {
    const span = quoteWords(m[1] as string);
    if (span.length < MIN_QUOTED_WORDS) continue;
    for (const e of knowledge.entries)
      for (const q of e.quotes) {
        const own = quoteWords(q.text);
        const words = new Set(own);
        const other = span.filter((w) => !words.has(w));
        if (span.length - other.length < span.length * QUOTE_MATCH) continue;
        // ("sehta" for sehat is the same word mistyped, not another one.)
        // (A synonym of a word of the quote says the same: "kalau" for its "jika".)
        const changed = other.filter(
          (w) =>
            /^\p{L}{3,}$/u.test(w) &&
            !own.some((o) => editDistance(w, o, 1) <= 1) &&
            !synonymsOf(w).some((x) => words.has(x)),
        );
        if (changed.length) return { entry: e, quote: q, words: changed };
      }
  }
  return undefined;
}

/** Verbs of saying that a reported clause follows ("Maidi BILANG kalau ..."), as written in chat or formally. */
const SAYING_VERBS: ReadonlySet<string> = new Set([
  "bilang",
  "ngomong",
  "mengatakan",
  "berkata",
  "menyatakan",
  "menyampaikan",
  "ujar",
  "kata",
  "jare",
  "said",
]);
/** Words opening the reported clause ("bilang KALAU ...", "mengatakan BAHWA ..."). */
const THAT_WORDS: ReadonlySet<string> = new Set(["kalau", "kalo", "klo", "bahwa", "that"]);
/** Word classes that end a reported clause ("... gitu YA", "..., KAN?", "..., MAKASIH"). */
const AFTER_REPORT = new Set(["particle", "courtesy", "greeting"]);

/**
 * "Pak Maidi bilang kalau ekonomi kota tumbuh baik kota itu jadi KAYA gitu ya?": a quote reported without
 * quotation marks, after a verb of saying and "kalau"/"bahwa", with a word changed. The clause runs to the
 * first particle (fillers in it aside); it must hold most of one quote's words (a word of the same root, a synonym or
 * a typo of one counts), and the words it adds are the changed ones. Undefined otherwise.
 */
export function twistedReport(
  message: string,
  knowledge: Knowledge,
): { entry: Entry; quote: Entry["quotes"][number]; words: string[] } | undefined {
  // (A quote between quotation marks is twistedQuote's, read from the marks.)
  if (/['"\u201C\u2018]/.test(message)) return undefined;
  const words = quoteWords(message);
  const at = words.findIndex((w, i) => SAYING_VERBS.has(w) && THAT_WORDS.has(words[i + 1] ?? ""));
  if (at < 0) return undefined;
  const span: string[] = [];
  for (const w of words.slice(at + 2)) {
    const kind = wordClassOf(w);
    if (AFTER_REPORT.has(kind)) break;
    // (A filler carries nothing: "jadi", "gitu".)
    if (kind !== "filler") span.push(w);
  }
  if (span.length < MIN_QUOTED_WORDS) return undefined;
  // ("VINANDA bilang kalau ...", "... itu VINANDA kan?": the words of someone else are a wrong speaker,
  // corrected the usual way.)
  const before = new Set(words);
  const people = knowledge.entries.flatMap((e) => [
    ...mapPacked(e.facts.people, (p) => p.name),
    ...mapPacked(e.quotes, (q) => q.speaker),
  ]);
  for (const e of knowledge.entries)
    for (const q of e.quotes) {
      const speaker = quoteWords(q.speaker);
      if (people.some((p) => quoteWords(p).some((w) => before.has(w) && !speaker.includes(w)))) continue;
      const own = quoteWords(q.text);
      const roots = new Set(mapPacked(own, lemmaOf));
      const held = (w: string) =>
        own.includes(w) ||
        roots.has(lemmaOf(w)) ||
        own.some((o) => o.length > 3 && editDistance(w, o, 1) <= 1) ||
        synonymsOf(w).some((x) => own.includes(x));
      const changed = span.filter((w) => !held(w));
      if (span.length - changed.length < span.length * QUOTE_MATCH) continue;
      const content = changed.filter((w) => /^\p{L}{3,}$/u.test(w));
      if (content.length) return { entry: e, quote: q, words: content };
    }
  return undefined;
}

/** Answers longer than this are cut at a sentence boundary (the source line is always kept). */
const MAX_ANSWER_CHARS = 1000;
/** A decline names at most this many of the knowledge's topics (a large knowledge has thousands). */
const MAX_SCOPE_TOPICS = 16;
/** When the runner-up scores at least this share of the best, the engine asks back instead of guessing. */
const CLARIFY_RATIO = 0.97;

/** An answer to `question` with every list empty and no confidence: what each kind of answer fills in. */
export function blankAnswer(question: string): Omit<Answer, "kind" | "answered" | "text"> {
  return {
    question,
    parts: [],
    entryIds: [],
    sources: [],
    followUps: [],
    related: [],
    choices: [],
    confidence: 0,
    questionTypes: [],
    unknownTerms: [],
    partial: false,
  };
}

/** What an answer fills in besides its question, kind and text; the rest is as in `blankAnswer`. */
interface AnswerFields {
  parts?: AnswerPart[];
  entryIds?: string[];
  sources?: Answer["sources"];
  related?: Suggestion[];
  choices?: Suggestion[];
  confidence?: number;
  questionTypes?: Answer["questionTypes"];
  unknownTerms?: string[];
  partial?: boolean;
  declineReason?: DeclineReason;
}

/**
 * An answer with its follow-ups taken from `related`, its keys in the order of `blankAnswer` followed by
 * kind, answered, text (and a decline's reason). One object literal: building every answer by spreading
 * a blank one into another cost a few per cent of answering.
 */
function makeAnswer(question: string, kind: Answer["kind"], text: string, f: AnswerFields): Answer {
  const related = f.related ?? [];
  const answer: Answer = {
    question,
    parts: f.parts ?? [],
    entryIds: f.entryIds ?? [],
    sources: f.sources ?? [],
    followUps: mapPacked(related, (r) => r.question),
    related,
    choices: f.choices ?? [],
    confidence: f.confidence ?? 0,
    questionTypes: f.questionTypes ?? [],
    unknownTerms: f.unknownTerms ?? [],
    partial: f.partial ?? false,
    kind,
    answered: kind === "answer",
    text,
  };
  if (f.declineReason) answer.declineReason = f.declineReason;
  return answer;
}

/** Words the answers write capitalised in mid-sentence (titles and names: "oleh Wali Kota Madiun"). */
export function midSentenceCapitals(answers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of answers)
    for (const m of t.matchAll(/[\p{Ll},] (\p{Lu}[\p{L}\p{N}]*)/gu)) out.add(m[1] as string);
  return out;
}

/**
 * A topic as it reads inside a sentence: its first letter lower-cased, unless its first word is an
 * acronym or a word the knowledge's answers capitalise in mid-sentence (`capitals`).
 */
export function inSentence(topic: string, capitals: ReadonlySet<string>): string {
  const first = topic.split(/\s+/)[0] ?? "";
  if (/^\p{Lu}{2,}/u.test(first) || capitals.has(first)) return topic;
  return topic.charAt(0).toLowerCase() + topic.slice(1);
}

/** Each engine's index (carryWordReadings reads the vocabulary of two versions). */
const indexOfEngine = new WeakMap<Engine, SearchIndex>();

/**
 * Gives `to` (an engine of a new knowledge version, before it answers) the remembered word readings of
 * `from` (the engine serving) that the edit provably leaves alone (search-index.ts carryReadings), so the
 * reload's behaviour check does not read every word again. Answers are the same with or without it.
 * Returns how many readings were carried (0 for engines not made here).
 */
export function carryWordReadings(from: Engine, to: Engine): number {
  const a = indexOfEngine.get(from);
  const b = indexOfEngine.get(to);
  return a && b && a !== b ? carryReadings(a, b) : 0;
}

/**
 * Builds the answer engine for one knowledge version: index, vocabulary and answer composition.
 * The result is immutable; a new knowledge version means a new engine (swapped by the caller).
 *
 * A question goes through named stages with plain data between them, each testable alone:
 * analyse (analyse.ts: words, types, clauses, scene) -> focus and premises (focus.ts) -> retrieve
 * (retrieve.ts: ranked entries) -> decide (decide.ts: the entry, the contradicted premises, or why
 * not) -> compose (compose.ts: the Indonesian text). This function only wires them and shapes the
 * Answer (several clauses, asking back, declines naming the knowledge's own topics).
 */
export function createEngine(knowledge: Knowledge): Engine {
  return runSteps(createEngineSteps(knowledge));
}

/**
 * `createEngine` in time slices (see steps.ts): the same engine, built while the event loop keeps
 * answering questions (a live reload of a large knowledge builds for a good part of a second).
 */
export function createEngineInSlices(knowledge: Knowledge, sliceMs?: number): Promise<Engine> {
  return runInSlices(createEngineSteps(knowledge), sliceMs);
}

function* createEngineSteps(knowledge: Knowledge): Steps<Engine> {
  const index = yield* buildSearchIndexSteps(knowledge);
  const byId = new Map(mapPacked(knowledge.entries, (e) => [e.id, e]));
  const vocabulary = index.vocabulary;
  yield;

  const capitals = midSentenceCapitals(mapPacked(knowledge.entries, (e) => e.answer));
  yield;
  /** What the bot can answer, from the knowledge's own entry topics (not text fixed in code). */
  const topics = [...new Set(mapPacked(knowledge.entries, (e) => inSentence(e.topic, capitals)))];
  const scope = S.scope(topics.slice(0, MAX_SCOPE_TOPICS), topics.length - MAX_SCOPE_TOPICS);

  const suggestionFor = (e: Entry): Suggestion => ({ entryId: e.id, question: e.questions[0] ?? e.topic });

  // Set while the examples are being worked out: a declined example must not ask for the examples
  // again (with two knowledge files, one file's examples can be declined and the recursion never ended).
  let computingExamples = false;
  const examples = (): Suggestion[] => {
    const out: Suggestion[] = [];
    computingExamples = true;
    try {
      for (const q of knowledge.examples) {
        const a = answerText(q, new Date());
        const id = a.entryIds[0];
        if (a.kind === "answer" && id) out.push({ entryId: id, question: q });
      }
    } finally {
      computingExamples = false;
    }
    if (out.length === 0) out.push(...mapPacked(knowledge.entries.slice(0, 3), suggestionFor));
    return out.slice(0, 3);
  };
  let cachedExamples: Suggestion[] | undefined;
  const getExamples = (): Suggestion[] => {
    if (computingExamples) return mapPacked(knowledge.entries.slice(0, 3), suggestionFor);
    cachedExamples ??= examples();
    return cachedExamples;
  };

  const relatedFor = (entries: Entry[]): Suggestion[] => {
    const answered = new Set(mapPacked(entries, (e) => e.id));
    const out: Suggestion[] = [];
    for (const e of entries) {
      for (const r of e.related) {
        const target = byId.get(r);
        if (target && !answered.has(r) && !out.some((s) => s.entryId === r)) out.push(suggestionFor(target));
      }
    }
    return out.slice(0, 3);
  };

  const fromEntries = (
    question: string,
    parts: AnswerPart[],
    entries: Entry[],
    extra: Pick<AnswerFields, "confidence" | "questionTypes" | "unknownTerms" | "partial"> = {},
  ): Answer => {
    const sources = [...new Map(mapPacked(entries, (e) => [e.source.id, e.source])).values()];
    let body = mapPacked(parts, (p) => p.text).join("\n\n");
    if (body.length > MAX_ANSWER_CHARS) body = `${body.slice(0, MAX_ANSWER_CHARS).replace(/[^.!?]*$/, "")}`;
    const related = relatedFor(entries);
    return makeAnswer(question, "answer", `${body}\n\n${sourceLine(sources)}`, {
      parts,
      entryIds: mapPacked(entries, (e) => e.id),
      sources,
      related,
      confidence: extra.confidence,
      questionTypes: extra.questionTypes,
      unknownTerms: extra.unknownTerms,
      partial: extra.partial,
    });
  };

  const decline = (
    question: string,
    unknown: string[],
    types: Answer["questionTypes"],
    near: Entry[],
    empty = false,
    reason?: string,
    declineReason?: DeclineReason,
  ): Answer => {
    const choices = near.length ? mapPacked(near.slice(0, 3), suggestionFor) : getExamples();
    const opening = reason
      ? reason
      : empty
        ? S.declineEmpty
        : unknown.length
          ? S.declineUnknown(mapPacked(unknown.slice(0, 3), (w) => `"${w}"`).join(", "))
          : S.decline;
    const text = [opening, scope, S.tryAsking, ...mapPacked(choices, (c) => `- ${c.question}`)].join("\n");
    return makeAnswer(question, "decline", text, {
      choices,
      questionTypes: types,
      unknownTerms: unknown,
      ...(declineReason ? { declineReason } : {}),
    });
  };

  /** Thanks and greetings get a friendly reply with example questions; nothing is declined. */
  const smallTalk = (question: string, text: string): Answer => {
    const choices = getExamples();
    return makeAnswer(
      question,
      "decline",
      [text, S.tryAsking, ...mapPacked(choices, (c) => `- ${c.question}`)].join("\n"),
      {
        choices,
      },
    );
  };

  /** One clause through focus -> retrieve -> decide. */
  const clauseDecision = (focus: Focus, search: SearchIndex, now: Date): ClauseDecision => {
    const partyWords = partyLookups(knowledge).partyWords;
    const ranked = focus.terms.length ? retrieve(focus, search, partyWords) : [];
    const decision = decide(focus, ranked, knowledge, search, partyWords, now);
    // "kapan Maidi tanda tangan LANGSUNG?": an adverb the knowledge happens to use ("ditandatangani langsung
    // oleh ...") may pull the question to an entry that cannot answer its kind; the adverb only modifies, so
    // the question is decided again without it. (Only after such a decline: no cost otherwise.)
    if (decision.status !== "decline" || decision.reason !== "type-mismatch") return decision;
    const lean = focus.terms.filter((t) => wordClassOf(t.word) !== "adverb");
    if (!lean.length || lean.length === focus.terms.length) return decision;
    const without = focusWith(focus, { terms: lean });
    const second = decide(without, retrieve(without, search, partyWords), knowledge, search, partyWords, now);
    return second.status === "answer" ? second : decision;
  };

  /**
   * A clause that asks for a count of time or an anniversary of a dated fact of the knowledge: its answer
   * counted with date-fns in WIB (date-question.ts reads the shape, date-answer.ts the fact and the text).
   */
  const dateAnswer = (
    clause: Analysis,
    focus: Focus,
    now: Date,
  ): { text: string; fact: DatedFact } | undefined => {
    // "Siapa yang tanda tangan dan sudah berapa bulan?": a clause asking more than time is not only counted.
    if (clause.types.some((t) => OTHER_THAN_TIME.has(t))) return undefined;
    // "Pak Maidi usianya berapa tahun?": a person's age is no span since a dated fact.
    if (focus.personAttribute) return undefined;
    const q = readDateQuestion(clause.tokens, clause.types);
    if (!q) return undefined;
    // "Sejak ditandatangani oleh dua BUPATI": an office nobody of the knowledge holds is a premise for the
    // ordinary stages to correct or decline, not to count past.
    if (focus.premises.offices.length) return undefined;
    // (The year of a day the question counts to is the asker's "now", no premise: "today is ... 2027".)
    const years = [...new Set(focus.premises.years)].filter((y) => y !== q.to?.year);
    // ("... sudah berapa lama PER HARI INI?": the time phrase sets the moment, it names no fact.)
    const moment = timePhraseWords(clause.tokens);
    const terms = moment.size
      ? clause.terms.filter((t) => !moment.has(t.word) && !moment.has(t.typed ?? t.word))
      : clause.terms;
    const found = resolveDatedFact(
      q,
      terms,
      focus.unknown,
      years,
      knowledge,
      HONORIFICS,
      officesHeld(knowledge),
      atKnownPlace(focus, knowledge),
    );
    if ("none" in found) return undefined;
    return { text: composeDateAnswer(q, found.fact, now), fact: found.fact };
  };

  /**
   * A message whose clauses all count time ("kapan genap setahun, dan berapa hari lagi?") is one date
   * question. Its figures are read in the sentences that ask: "sudah berusia 70 tahun" in an introduction
   * is the asker's age, not an anniversary.
   */
  const wholeDateAnswer = (
    question: string,
    clauses: Analysis[],
    whole: Analysis,
    wholeFocus: Focus,
    now: Date,
  ): { text: string; fact: DatedFact } | undefined => {
    const asking = askingPart(question);
    if (asking) {
      const part = analyseQuestion(asking, vocabulary, knowledge);
      if (part.kind !== "question") return undefined;
      const focus = findFocus(
        part.clauses.length === 1 ? (part.clauses[0] as Analysis) : part.whole,
        part.whole,
        knowledge,
        now,
      );
      return wholeDateAnswer(asking, part.clauses, part.whole, focus, now);
    }
    if (clauses.some((c) => c.types.some((t) => OTHER_THAN_TIME.has(t)))) return undefined;
    return dateAnswer(clauses.length === 1 ? (clauses[0] as Analysis) : whole, wholeFocus, now);
  };

  /**
   * "udah berapa tahun sejak ttd? terus tahun target zero waste udah masuk belum": a message read as one date
   * question may hold a later sentence, asking without a question word, about another entry. When the first
   * sentence alone is that date question and every later one is answered on its own from other entries,
   * their answers follow the count; else undefined (the count answers the message).
   */
  function laterSentencesAnswered(
    question: string,
    dated: { text: string; fact: DatedFact },
    now: Date,
  ): { parts: AnswerPart[]; entries: Entry[] } | undefined {
    const sentences = question.split(/\?+\s+(?=\S)/);
    if (sentences.length < 2) return undefined;
    const first = answerText(sentences[0] as string, now);
    if (first.parts.length !== 1 || first.parts[0]?.text !== dated.text) return undefined;
    const parts: AnswerPart[] = [];
    const entries: Entry[] = [];
    for (const sentence of sentences.slice(1)) {
      const a = answerText(sentence, now);
      if (a.kind !== "answer" || a.partial || a.entryIds.includes(dated.fact.entry.id)) return undefined;
      parts.push(...a.parts);
      for (const id of a.entryIds) {
        const e = byId.get(id);
        if (e && !entries.includes(e)) entries.push(e);
      }
    }
    return { parts, entries };
  }

  function answerText(question: string, now: Date): Answer {
    // "ttd jam? eh maksude tgl": a message that corrects itself is answered as corrected.
    const corrected = correctedMessage(question, (w) => partyLookups(knowledge).partyWords.has(w));
    if (corrected !== undefined) return { ...answerText(corrected, now), question };
    const analysis = analyseQuestion(question, vocabulary, knowledge);
    if (analysis.kind === "thanks") return smallTalk(question, S.thanks);
    if (analysis.kind === "greeting") return smallTalk(question, `${S.greeting} ${scope}`);
    if (analysis.kind === "empty") return decline(question, [], [], [], true);
    const { whole, clauses } = analysis;
    // "Menurutmu bakal berhasil?": the bot reports the source; it has no view of its own to give.
    if (
      asksOpinion(
        whole.tokens,
        whole.types.some((t) => WH_TYPES.has(t) && t !== "quote"),
      )
    )
      return decline(question, [], whole.types, [], false, S.declineOpinion);
    const wholeFocus = findFocus(
      clauses.length === 1 ? (clauses[0] as Analysis) : whole,
      whole,
      knowledge,
      now,
    );
    // "Sudah berapa bulan sejak ttd?", "kapan genap setahun?": counted from a dated fact of the knowledge.
    const dated = wholeDateAnswer(question, clauses, whole, wholeFocus, now);
    if (dated) {
      const datedPart = { entryId: dated.fact.entry.id, question, text: dated.text };
      const later = laterSentencesAnswered(question, dated, now);
      return fromEntries(
        question,
        [datedPart, ...(later?.parts ?? [])],
        [dated.fact.entry, ...(later?.entries ?? [])],
        {
          confidence: 1,
          questionTypes: whole.types,
        },
      );
    }
    // Answers made of several facts: every statement of a speaker, the days between two dated facts.
    if (wholeFocus.intent === "statements") {
      const other = statementsOfOtherParty(wholeFocus, knowledge);
      if (other) return decline(question, [], whole.types, [], false, other);
      const text = composeStatements(wholeFocus, knowledge);
      if (text)
        return fromEntries(question, [{ entryId: "", question, text: text.text }], text.entries, {
          confidence: 1,
          questionTypes: whole.types,
        });
    }
    // "Tgl 14 Januari 2026 ono opo?": the dated facts and statements of that day, or that there are none.
    if (wholeFocus.intent === "day") {
      const day = composeDay(wholeFocus, knowledge);
      if (!day.text) return decline(question, [], whole.types, [], false, S.nothingOnDay(day.day));
      return fromEntries(question, [{ entryId: "", question, text: day.text }], day.entries, {
        confidence: 1,
        questionTypes: whole.types,
      });
    }
    if (wholeFocus.intent === "interval") {
      const text = composeInterval(wholeFocus, knowledge);
      if (text)
        return fromEntries(question, [{ entryId: "", question, text: text.text }], text.entries, {
          confidence: 1,
          questionTypes: whole.types,
        });
    }
    // "Betulkah Pak Maidi berkata '... maka kota itu akan kaya'?": a quote asked to confirm with its wording
    // changed is denied with its real wording.
    const twisted = whole.types.includes("yesno")
      ? (twistedQuote(question, knowledge) ?? twistedReport(question, knowledge))
      : undefined;
    if (twisted) {
      const text = `${S.quoteWording(mapPacked(twisted.words, (w) => `"${w}"`).join(", "))} ${quoteLine(twisted.quote)}`;
      return fromEntries(question, [{ entryId: twisted.entry.id, question, text }], [twisted.entry], {
        confidence: 1,
        questionTypes: whole.types,
      });
    }
    // "Kalimat 'Jika ekonomi kota tumbuh baik ...' itu diucapkan siapa?": a quote asked about by its text.
    // (A yes/no question about a quote goes the usual way: its premises, such as the speaker, are checked;
    // one that also asks who or when ("siapa yang mengucapkan, dan apakah berita menyebut tanggalnya?")
    // is asked about the quote.)
    const quoted =
      whole.types.includes("yesno") && !whole.types.some((t) => WH_TYPES.has(t) && t !== "quote")
        ? undefined
        : quotedEntry(question, knowledge);
    if (quoted) {
      const text = composePart(
        quoted,
        {
          types: [...new Set([...whole.types, "quote" as const])],
          tokens: whole.tokens,
          terms: [],
          mentioned: new Set(),
          conflicts: { owner: false, year: false },
          intent: "entry",
          coverage: 1,
          now,
        },
        knowledge,
      );
      return fromEntries(question, [{ entryId: quoted.id, question, text }], [quoted], {
        confidence: 1,
        questionTypes: whole.types,
      });
    }
    const search = clauses.length > 1 ? searchOncePerQuestion(index) : index;
    const results: { clause: Analysis; focus: Focus; result: ClauseDecision; dated?: string }[] = mapPacked(
      clauses,
      (clause) => {
        const focus = clauses.length === 1 ? wholeFocus : findFocus(clause, whole, knowledge, now);
        // "Di mana diteken, dan kapan genap setahun?": each clause that counts time gets its own count.
        const own = clauses.length > 1 ? dateAnswer(clause, focus, now) : undefined;
        if (own) {
          const result: ClauseDecision = {
            status: "answer",
            entry: own.fact.entry,
            ranked: [],
            coverage: 1,
            conflicts: { owner: false, year: false },
          };
          return { clause, focus, result, dated: own.text };
        }
        const result = clauseDecision(focus, search, now);
        if (result.status !== "answer") return { clause, focus, result };
        const declined = (note?: string): ClauseDecision => ({
          status: "decline",
          reason: "focus-not-held",
          unknown: [],
          ranked: result.ranked,
          ...(note ? { note } : {}),
        });
        // "Sampai kapan? pirang taun?": how long something lasts, which no dated fact states.
        if (asksDuration(focus.tokens, whole.tokens) && !statesDuration(result.entry))
          return { clause, focus, result: declined() };
        // "Kapan kerja sama BERIKUTNYA?": the knowledge dates only a past one, not the one asked about.
        const later = focus.types.includes("date")
          ? laterOccurrence(focus.tokens, result.entry, now)
          : undefined;
        if (later) return { clause, focus, result: declined(later) };
        // "Nanti ada kerja sama LANJUTAN sama kota Blitar nggak?": a later agreement, not the one held.
        if (asksLaterAgreement(focus.tokens, knowledge.entries, now))
          return { clause, focus, result: declined() };
        return { clause, focus, result };
      },
    );
    const answered = results.filter((r) => r.result.status === "answer");
    const unknown = [
      ...new Set(results.flatMap((r) => (r.result.status === "decline" ? r.result.unknown : []))),
    ];
    // A message whose first question is declined is declined as a whole: what follows elaborates on it
    // ("Siapa wakil wali kota Kediri, dan apakah beliau hadir?", "alamat balai kota? jalan apa").
    // Only parts that depend on the first: a later sentence, a clause pointing back at a person, or one
    // asking an attribute or an act of what came before with -nya ("KTP baru ... dan apa saja SYARATNYA?",
    // "program beasiswa ... dan bagaimana cara MENDAFTARNYA?": the owner asked about is the first
    // clause's thing, which the knowledge does not hold, whatever entry holds "syarat" or "mendaftar").
    const dependent = (i: number): boolean =>
      Boolean(analysis.laterSentence?.[i]) ||
      Boolean(analysis.pointsBack?.[i]) ||
      (results[i]?.clause.tokens ?? []).some((t) => POINTING_BACK.has(t) || attributeOfBefore(t));
    const firstDeclined =
      results.length > 1 &&
      results[0]?.result.status === "decline" &&
      results.every((r, i) => i === 0 || r.result.status === "decline" || dependent(i));
    if (answered.length === 0 || firstDeclined) {
      const near = results.flatMap((r) => mapPacked(r.result.ranked.slice(0, 3), (x) => x.entry));
      const note = mapPacked(results, (r) =>
        r.result.status === "decline" ? r.result.note : undefined,
      ).find(Boolean);
      const first = results.find((r) => r.result.status === "decline")?.result;
      return decline(
        question,
        unknown,
        whole.types,
        [...new Map(mapPacked(near, (e) => [e.id, e])).values()],
        false,
        note,
        first?.status === "decline" ? first.reason : undefined,
      );
    }
    // A short question ("siapa wali kota?") with two entries almost tied that fit its question type
    // equally well: ask back, don't guess.
    const contentWords = whole.terms.filter((t) => t.status === "known").length;
    // (Not when a premise is to be corrected: "diteken di Surabaya?" has one answer, the place.)
    if (
      results.length === 1 &&
      answered[0]?.result.status === "answer" &&
      !answered[0].result.conflicts.place &&
      contentWords <= 2
    ) {
      const [first, second] = answered[0].result.ranked;
      // (Nor when the two are the same question's answer from two sources: each source's answer is given.)
      const bySource =
        first &&
        second &&
        first.entry.source.id !== second.entry.source.id &&
        sameQuestionOtherSources(answered[0].focus, answered[0].result).includes(second.entry);
      if (
        first &&
        second &&
        !bySource &&
        second.score >= first.score * CLARIFY_RATIO &&
        sameFit(first.entry, second.entry, whole.types) &&
        second.coverage >= first.coverage
      ) {
        const choices = [suggestionFor(first.entry), suggestionFor(second.entry)];
        return makeAnswer(
          question,
          "clarify",
          [S.clarify, ...mapPacked(choices, (c) => `- ${c.question}`)].join("\n"),
          {
            choices,
            confidence: 0.5,
            questionTypes: whole.types,
          },
        );
      }
    }
    const parts: AnswerPart[] = [];
    const entries: Entry[] = [];
    let confidence = 1;
    for (const { clause, focus, result, dated: datedText } of results) {
      const clauseText = clause.tokens.join(" ");
      if (result.status !== "answer") {
        parts.push({ entryId: "", question: clauseText, text: S.partialMissing(clauseText) });
        continue;
      }
      confidence = Math.min(confidence, result.coverage);
      if (datedText) {
        if (!entries.includes(result.entry)) entries.push(result.entry);
        parts.push({ entryId: result.entry.id, question: clauseText, text: datedText });
        continue;
      }
      if (entries.includes(result.entry)) continue;
      // "Kapan dan di mana": when an earlier part already states this entry's facts, don't repeat them.
      const said = mapPacked(parts, (p) => p.text).join(" ");
      const keyFacts = factStrings(result.entry);
      if (parts.length && keyFacts.length && keyFacts.every((f) => said.includes(f))) continue;
      entries.push(result.entry);
      const context = {
        types: focus.types.length ? focus.types : whole.types,
        tokens: whole.tokens,
        terms: clause.terms.filter((t) => t.status === "known"),
        mentioned: focus.premises.parties,
        conflicts: result.conflicts,
        intent: focus.intent,
        coverage: result.coverage,
        now,
        predicates: focus.predicates,
        premises: focus.premises,
      };
      const text = composePart(result.entry, context, knowledge);
      // The same question answered as fully from another source's entry: each source's answer, named.
      const others = results.length === 1 ? sameQuestionOtherSources(focus, result) : [];
      if (!others.length) {
        parts.push({ entryId: result.entry.id, question: clauseText, text });
        continue;
      }
      // Each source's answer, named, in sourcesInOrder's order (the chosen entry need not be first).
      entries.splice(entries.indexOf(result.entry), 1);
      for (const e of sourcesInOrder(result.entry, others)) {
        entries.push(e);
        const eText =
          e === result.entry
            ? text
            : composePart(e, { ...context, conflicts: { owner: false, year: false } }, knowledge);
        parts.push({ entryId: e.id, question: clauseText, text: S.perSource(e.source.outlet, eText) });
      }
    }
    const partial = answered.length < results.length;
    return fromEntries(question, parts, entries, {
      confidence,
      questionTypes: whole.types,
      unknownTerms: unknown,
      partial,
    });
  }

  /**
   * "... jabatannya apa ya? Saya kurang mengikuti perkembangan pejabat di kota lain. Terima kasih.": a
   * message declined as a whole is read once more by the sentences that ask alone, when the others only
   * set the scene: words around the question never decline it. Only when the asking sentences name
   * something of their own (a content word beyond the parties and the agreement): "Saya dengar X. Apakah
   * benar demikian?" asks about the sentence before it.
   */
  const orAskingPart = (message: string, whole: Answer, now: Date): Answer => {
    if (whole.kind !== "decline" || whole.text.startsWith(S.declineOpinion)) return whole;
    // ("ttd tgl? eh maksude jam": a sentence after the question that corrects it is what is asked.)
    if (correctedMessage(message, (w) => partyLookups(knowledge).partyWords.has(w)) !== undefined)
      return whole;
    const asking = askingPart(message);
    if (!asking) return whole;
    const part = analyseQuestion(asking, vocabulary, knowledge);
    if (part.kind !== "question") return whole;
    const { partyWords } = partyLookups(knowledge);
    const own = part.whole.terms.some(
      (t) => t.status === "known" && !partyWords.has(t.word) && !agreementWords.has(t.word),
    );
    if (!own) return whole;
    const read = answerText(asking, now);
    return read.kind === "answer" ? { ...read, question: message } : whole;
  };

  const engine: Engine = {
    knowledge,
    answer(question, options: AnswerOptions) {
      try {
        const text = typeof question === "string" ? question : String(question ?? "");
        // A dictated run-on is read by the segments that ask (dictation.ts); the answer keeps the message.
        const reading = dictationQuestion(text);
        if (reading === undefined) return orAskingPart(text, answerText(text, options.now), options.now);
        const read = answerText(reading.text, options.now);
        // A premise offered before the question only leads into it ("so madiun targets zero kabel right how
        // much will it cost"): when the premise is answered and the question after it is not, the message is
        // declined, not half answered.
        const missing = (p: AnswerPart) => p.text === S.partialMissing(p.question);
        if (reading.question !== undefined && read.partial && read.parts[0] && !missing(read.parts[0]))
          return decline(text, read.unknownTerms, read.questionTypes, []);
        return { ...read, question: text };
      } catch (e) {
        // The engine must never take down its caller; a failure reads as a decline and is reported.
        return { ...decline(String(question ?? "").slice(0, 200), [], [], []), internalError: String(e) };
      }
    },
    answerEntry(entryId, options) {
      const entry = byId.get(entryId);
      if (!entry) return undefined;
      const text = composePart(
        entry,
        {
          types: [],
          tokens: [],
          terms: [],
          mentioned: new Set(),
          conflicts: { owner: false, year: false },
          intent: "entry",
          coverage: 1,
          now: options.now,
        },
        knowledge,
      );
      return fromEntries(
        entry.questions[0] ?? entry.topic,
        [{ entryId, question: entry.topic, text }],
        [entry],
        {
          confidence: 1,
        },
      );
    },
    answerQuotes() {
      const withQuotes = knowledge.entries.filter((e) => e.quotes.length);
      const text = [
        S.quotesTitle,
        ...withQuotes.flatMap((e) => mapPacked(e.quotes, (q) => `- ${quoteLine(q)}`)),
      ].join("\n");
      return fromEntries("kutipan", [{ entryId: "", question: "kutipan", text }], withQuotes, {
        confidence: 1,
      });
    },
    answerSources() {
      const lines = mapPacked(
        knowledge.sources,
        (s) =>
          `- ${s.outlet}${s.title ? `: ${s.title}` : ""}${s.url ? ` (${s.url})` : ""}${s.note ? `. ${s.note}` : ""}`,
      );
      const entries = knowledge.entries.filter(
        (e, i, all) => all.findIndex((x) => x.source.id === e.source.id) === i,
      );
      const answer = fromEntries(
        "sumber",
        [{ entryId: "", question: "sumber", text: [S.sourcesTitle, ...lines].join("\n") }],
        entries,
        {
          confidence: 1,
        },
      );
      return { ...answer, related: [], followUps: [] };
    },
    examples: getExamples,
    entryCount: (form) => index.entryCount(form),
    wordForms(word) {
      const term = termsOfTokens([word], vocabulary)[0];
      return term ? { forms: term.forms, status: term.status } : undefined;
    },
  };
  indexOfEngine.set(engine, index);
  return engine;
}
