import type { Answer, AnswerOptions, Engine } from "../engine/types.js";
import type { Knowledge } from "../knowledge/types.js";
import { asksOpinion } from "../language/question-type.js";
import { lastPerson } from "./history.js";
import { castOf, partiesNamed, peopleNamed } from "./people.js";
import { resolveQuestion, subjectOf, withWhom } from "./resolve.js";
import { conversationStrings as S } from "./strings.js";
import { type ConversationState, MAX_TURNS, type Resolution, type Turn } from "./types.js";
import { standardTokens } from "./words.js";

/** A conversation with nothing said yet. */
export function emptyConversation(): ConversationState {
  return { turns: [], updatedAt: 0 };
}

/** Whether the state has been quiet longer than `quietMs` at `now` (then it is forgotten). */
export function isExpired(state: ConversationState, now: Date, quietMs: number): boolean {
  return now.getTime() - state.updatedAt > quietMs;
}

/** People a turn named or was answered with: named ones first; an answer's people filtered by the parties asked about. */
function peopleOf(asked: string, answer: Answer, knowledge: Knowledge): string[] {
  const cast = castOf(knowledge);
  const tokens = standardTokens(asked);
  const named = peopleNamed(tokens, cast).map((p) => p.name);
  const answered = new Map<string, string | undefined>();
  for (const id of answer.entryIds) {
    const entry = knowledge.entries.find((e) => e.id === id);
    if (!entry) continue;
    for (const p of entry.facts?.people ?? []) answered.set(p.name, p.party);
    for (const q of entry.quotes ?? []) {
      const known = cast.people.find((p) => p.name === q.speaker);
      if (!answered.has(q.speaker)) answered.set(q.speaker, known?.party);
    }
  }
  // "Yang bilang ... itu Vinanda kan?" answered "Bukan, Maidi": the one the answer is about is the
  // person of the turn, not the one the question wrongly named.
  const corrected =
    answer.kind === "answer" &&
    answer.questionTypes.includes("yesno") &&
    named.length === 1 &&
    answered.size === 1 &&
    !answered.has(named[0] as string);
  if (corrected) return [...answered.keys()];
  if (named.length === 1) return named;
  const parties = partiesNamed(tokens, cast);
  let people = [...answered.keys()];
  const ofParties = people.filter((n) => {
    const party = answered.get(n) ?? cast.people.find((p) => p.name === n)?.party;
    return party !== undefined && parties.includes(party);
  });
  if (parties.length && ofParties.length) people = ofParties;
  if (named.length) return [...new Set([...named, ...people])];
  return people;
}

/**
 * "dia ttd bareng sapa?" answered "Maidi bersama Vinanda": the person of the turn is the partner the answer
 * gives, not the one asked about (so "dia walkot mana?" next asks about the partner). Undefined unless the
 * question asked with whom and the answer names exactly one other person.
 */
function partnerOf(
  asked: string,
  answer: Answer,
  turns: readonly Turn[],
  knowledge: Knowledge,
): string[] | undefined {
  if (answer.kind !== "answer" || !withWhom(standardTokens(asked))) return undefined;
  const asker = lastPerson(turns);
  if (!asker) return undefined;
  const text = answer.text;
  const cast = castOf(knowledge)
    .people.map((p) => p.name)
    .filter((n) => n !== asker && text.includes(n));
  return cast.length === 1 ? cast : undefined;
}

/** Dates an answer named: its entries' dated facts, and a statement's date when the question asked when. */
function datesOf(answer: Answer, knowledge: Knowledge): string[] {
  if (answer.kind !== "answer") return [];
  const asksWhen = answer.questionTypes.includes("date") || answer.questionTypes.includes("relative");
  const dates = answer.entryIds.flatMap((id) => {
    const entry = knowledge.entries.find((e) => e.id === id);
    if (!entry) return [];
    const facts = (entry.facts?.dates ?? []).map((d) => d.date);
    const said = asksWhen ? (entry.quotes ?? []).flatMap((q) => (q.date ? [q.date] : [])) : [];
    return [...facts, ...said];
  });
  return [...new Set(dates)];
}

/** Each one-word party alias (lower case) with the pattern finding it as a word; built once per knowledge. */
const cityPatternsOf = new WeakMap<Knowledge, { a: string; pattern: RegExp }[]>();
function cityPatterns(knowledge: Knowledge): { a: string; pattern: RegExp }[] {
  let patterns = cityPatternsOf.get(knowledge);
  if (!patterns) {
    patterns = knowledge.parties
      .flatMap((p) => p.aliases.filter((a) => !a.includes(" ")).map((a) => a.toLowerCase()))
      .map((a) => ({ a, pattern: new RegExp(`\\b${a.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "u") }));
    cityPatternsOf.set(knowledge, patterns);
  }
  return patterns;
}

/** Places a "where" answer named: its entries' places, then the cities its text names, in order. */
function placesOf(answer: Answer, knowledge: Knowledge): string[] {
  if (answer.kind !== "answer" || !answer.questionTypes.includes("place")) return [];
  const facts = answer.entryIds.flatMap(
    (id) => knowledge.entries.find((e) => e.id === id)?.facts?.places ?? [],
  );
  const text = answer.text.toLowerCase();
  const cities = cityPatterns(knowledge)
    .map(({ a, pattern }) => ({ a, at: text.search(pattern) }))
    .filter((c) => c.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((c) => c.a);
  return [...new Set([...facts, ...cities])];
}

/**
 * The state after a turn: the turn remembered (oldest dropped beyond MAX_TURNS). A turn with no topic and
 * no answer ("oke", "makasih") leaves the topic as it was.
 */
export function remember(
  state: ConversationState | undefined,
  question: string,
  asked: string,
  answer: Answer,
  knowledge: Knowledge,
  now: Date,
  topic?: string[],
): ConversationState {
  const turns = state?.turns ?? [];
  const subject = topic?.length
    ? topic
    : subjectOf(asked, answer.kind === "decline" ? answer.unknownTerms : []);
  // A question asking the bot's own view, declined, has no topic to carry ("menurutmu bakal sukses?" ->
  // "tempatnya?" still asks about what was asked before it).
  const opinion = answer.kind === "decline" && asksOpinion(standardTokens(asked), false);
  if ((subject.length === 0 && answer.entryIds.length === 0) || opinion)
    return { turns, updatedAt: now.getTime() };
  const turn: Turn = {
    question,
    asked,
    subject,
    kind: answer.kind,
    entryIds: answer.entryIds.filter(Boolean),
    types: answer.questionTypes,
    people: partnerOf(asked, answer, turns, knowledge) ?? peopleOf(asked, answer, knowledge),
    dates: datesOf(answer, knowledge),
    places: placesOf(answer, knowledge),
  };
  return { turns: [...turns, turn].slice(-MAX_TURNS), updatedAt: now.getTime() };
}

/** One turn's outcome: the answer (to the question as written), how it was read, and the new state. */
export interface ConversationTurn {
  answer: Answer;
  resolution: Resolution;
  state: ConversationState;
}

/**
 * Answers a question within a conversation: resolves it against the state, asks the engine, and returns
 * the new state. Pure apart from the engine call; the caller keeps the state (and forgets it on expiry).
 */
export function converse(
  engine: Engine,
  state: ConversationState | undefined,
  question: string,
  options: AnswerOptions,
): ConversationTurn {
  let resolution: Resolution;
  try {
    resolution = resolveQuestion(question, state, engine.knowledge);
  } catch {
    // Reading the context is an extra: if it fails, the question is answered on its own.
    resolution = { asked: question, kind: "own" };
  }
  let answered = engine.answer(resolution.asked, options);
  // A reading the engine declines, or is unsure about ("Maksud Anda ...?" between entries), gives way to
  // the next reading of the same follow-up ("jabatannya apa?" after "siapa yg ttd?" clarifies as "jabatan
  // ttd", and answers as "jabatan penanda tangan kesepakatan"). A clarification only gives way to an answer.
  for (const alternative of resolution.alternatives ?? []) {
    if (answered.kind === "answer") break;
    const second = engine.answer(alternative, options);
    if (second.kind === "answer" || (answered.kind === "decline" && second.kind !== "decline")) {
      resolution = { asked: alternative, kind: resolution.kind, topic: resolution.topic };
      answered = second;
    }
  }
  // A statement offered to confirm that the engine answered with no verdict is asked as a yes/no question:
  // its verdict ("Tidak. ... Balai Kota Kediri"), or its decline when the yes/no reading finds what is
  // offered missing ("health sector juga?": no health sector), stands instead.
  const verdictless = answered.kind !== "answer" || !hasVerdict(answered);
  if (resolution.yesNo && verdictless) {
    const checked = engine.answer(resolution.yesNo, options);
    if (
      (checked.kind === "answer" && hasVerdict(checked)) ||
      (checked.kind === "decline" && answered.kind === "answer") ||
      (checked.kind === "answer" && answered.kind !== "answer")
    ) {
      resolution = { ...resolution, asked: resolution.yesNo };
      answered = checked;
    }
  }
  // "kuliner melu to?" after the sectors: the topic written in may weigh down what is offered, so the entry
  // is shown with no verdict; the citizen's own words, answered from that same entry with one, stand instead.
  if (resolution.offered && answered.kind === "answer" && !hasVerdict(answered)) {
    const own = engine.answer(question, options);
    if (own.kind === "answer" && hasVerdict(own) && own.entryIds[0] === answered.entryIds[0]) {
      resolution = { ...resolution, asked: question };
      answered = own;
    }
  }
  answered = keepOwnUnknown(engine, question, resolution, answered, options);
  let explained = explainSwap(resolution, answered, engine.knowledge);
  if (resolution.inLanguage) explained = { ...explained, text: `${S.onlyIndonesian}\n${explained.text}` };
  const answer =
    resolution.asked === question && explained === answered ? answered : { ...explained, question };
  let next: ConversationState;
  try {
    next = remember(
      state,
      question,
      resolution.asked,
      answer,
      engine.knowledge,
      options.now,
      resolution.topic,
    );
  } catch {
    next = { turns: [], updatedAt: options.now.getTime() };
  }
  return { answer, resolution, state: next };
}

/** Whether an answer opens with a verdict on a yes/no question ("Ya, benar.", "Tidak.", "Bukan ..."). */
function hasVerdict(answer: Answer): boolean {
  return /^(?:ya|tidak|bukan|belum|sudah|iya)\b/i.test(answer.text.trim());
}

/**
 * "nanti bakal diperpanjang gak?" after the signing: the follow-up offers something ("diperpanjang") that the
 * knowledge does not know; the topic written in around it must not let the engine answer the topic instead.
 * When the citizen's own words are declined for unknown content words that the rewrite still holds, the
 * decline stands.
 */
function keepOwnUnknown(
  engine: Engine,
  question: string,
  resolution: Resolution,
  answered: Answer,
  options: AnswerOptions,
): Answer {
  // Only for a statement offered to confirm against the topic ("... diperpanjang gak?"), whose one word of
  // content is what it asks: elsewhere a word the engine declines alone may be one the rewrite gives a
  // use ("sehari setelah ttd" once "itu" is the dated statement; "wali kota atau wakil wali kota?").
  if (resolution.kind === "own" || !resolution.topic || answered.kind !== "answer") return answered;
  const own = engine.answer(question, options);
  if (own.kind !== "decline" || own.declineReason !== "unknown-terms" || !own.unknownTerms.length)
    return answered;
  const asked = new Set(standardTokens(resolution.asked));
  const kept = own.unknownTerms.every((t) => standardTokens(t).every((x) => asked.has(x)));
  return kept ? { ...own, question: resolution.asked } : answered;
}

/**
 * "kalau Kediri?" after Madiun's target, declined: says why (the previous answer belongs to another
 * party, or the quotes to another speaker), unless the engine's own text already names the one asked about.
 */
function explainSwap(resolution: Resolution, answer: Answer, knowledge: Knowledge): Answer {
  const swapped = resolution.swapped;
  if (answer.kind !== "decline" || !swapped) return answer;
  const entries = swapped.fromEntries.flatMap((id) => knowledge.entries.filter((e) => e.id === id));
  const cast = castOf(knowledge);
  let note: string | undefined;
  if (swapped.person) {
    const person = cast.people.find((p) => p.name === swapped.person);
    const speakers = [...new Set(entries.flatMap((e) => (e.quotes ?? []).map((q) => q.speaker)))].filter(
      (n) => n !== swapped.person,
    );
    const label = person?.office ? `${person.name} (${person.office})` : (swapped.person as string);
    if (speakers.length) note = S.notSaidBy(label, S.names(speakers));
  } else if (swapped.party) {
    const name = (key: string) => knowledge.parties.find((p) => p.key === key)?.name ?? key;
    const owners = [...new Set(entries.flatMap((e) => e.about ?? []))].filter((k) => k !== swapped.party);
    if (owners.length) note = S.notFor(name(swapped.party), S.names(owners.map(name)));
  }
  if (!note) return answer;
  const named = swapped.person ?? knowledge.parties.find((p) => p.key === swapped.party)?.name ?? "";
  if (named && answer.text.includes(named)) return answer;
  return { ...answer, text: `${note}\n${answer.text}` };
}

/**
 * The state after an answer the citizen chose rather than typed (a follow-up button, a "Maksud Anda"
 * choice, a topic command): the entry's first question stands for what was asked.
 */
export function rememberChosen(
  engine: Engine,
  state: ConversationState | undefined,
  answer: Answer,
  now: Date,
): ConversationState {
  try {
    return remember(state, answer.question, answer.question, answer, engine.knowledge, now);
  } catch {
    return { turns: [], updatedAt: now.getTime() };
  }
}
