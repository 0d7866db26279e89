import { isCountingWord, readDateQuestion } from "../engine/date-question.js";
import { ANNIVERSARY_WORDS, ORDINAL_WORDS, TIME_WORDS as TIME_GRAMMAR, WEEKDAYS } from "../engine/dates.js";
import { isOfficeTitle } from "../engine/focus.js";
import type { Entry, Knowledge } from "../knowledge/types.js";
import { englishWord, isEnglishWord } from "../language/english.js";
import { typeMarkers } from "../language/lexicon.js";
import { boundedMemo } from "../language/memo.js";
import { acknowledges, MONTH_NAMES } from "../language/normalize.js";
import { contentTerms } from "../language/pipeline.js";
import { asksOpinion } from "../language/question-type.js";
import { wordClassOf } from "../language/words.js";
import {
  answeredTurns,
  lastAnswered,
  lastDated,
  lastPerson,
  lastQuoted,
  lastTopical,
  nthQuoted,
  pointedPlace,
} from "./history.js";
import {
  CITY_NOUNS,
  CONFIRMING_ENDS,
  doubtsAnswer,
  isValue,
  isValueWord,
  languageRequest,
  opening,
  PLACE_NOUNS,
  QUOTE_NOUNS,
  UNITS,
  unitAsked,
  unitOf,
  unitSwap,
} from "./markers.js";
import { type Cast, castOf, isPartyWord, partiesNamed, peopleNamed } from "./people.js";
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
  standardTokens,
  tokensOf,
  topicWordTokens,
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
  "semua",
  // English auxiliaries: "what day will that be?", "when was that?".
  "is",
  "was",
  "will",
  "would",
  "be",
]);

/**
 * Whether a pointing word at `i` points back to the previous topic (rather than marking a noun: "Maidi itu
 * siapa?"). `confirming`: the message asks for a yes or no (no question word), so a leading "itu" is
 * the subject ("itu targetnya Kediri juga?": is that Kediri's target?), not the start of a noun phrase.
 */
function refersBack(words: Word[], i: number, confirming = false): boolean {
  const t = first(words[i]);
  const before = words[i - 1];
  const after = words[i + 1];
  // "siapa tadi?", "tadi siapa yg bilang?": "tadi" only says the thing was mentioned before; "yang tadi",
  // "kutipan tadi" point back at it.
  if (t === "tadi" && (!before || isQuestionWord(first(before)) || PARTICLES.has(first(before))))
    return false;
  if (ALWAYS_REFERRING.has(t)) {
    // "tahun berapa gitu", "berapa minggu gitu", "dari sekarang gitu": closing a question right after its
    // question word or a word of time, "gitu" only rounds the sentence off (voice and chat style).
    const closing =
      !after &&
      before !== undefined &&
      (before.std.some(isQuestionWord) || before.std.some((x) => TIME_GRAMMAR.has(x) || UNITS.has(x)));
    const filler = closing || [before, after].some((w) => w && FILLER_NEIGHBOURS.has(first(w)));
    return !((t === "gitu" || t === "begitu") && filler);
  }
  if (!DEMONSTRATIVES.has(t)) return false;
  // "Itu jatuh hari apa?": a word of time after a leading "itu" ("jatuh", "tanggal") asks of the thing
  // pointed at; it is no noun that "itu" introduces.
  const timeAfter = after?.std.every((x) => TIME_GRAMMAR.has(x)) === true;
  // "kota itu", "kutipan tadi": a noun naming a kind of thing (a place, someone's words) with a pointing
  // word points at the one of that kind the conversation named.
  if (before?.std.some((x) => PLACE_NOUNS.has(x) || QUOTE_NOUNS.has(x))) return true;
  // "kutipan PERTAMA itu": an ordinal between the noun and the pointing word picks one of that kind.
  if (ordinalBefore(words, i) !== undefined) return true;
  // "itu target siapa?", "apa itu zero kabel?": "itu" introduces the noun after it.
  if (
    after?.std.some(isContent) &&
    !timeAfter &&
    (!before || before.std.some(isQuestionWord)) &&
    !(confirming && !before)
  )
    return false;
  if (!before) return true;
  const b = first(before);
  // "when did he say THAT?": after an English verb of saying, "that" closing the clause stands for what was
  // said; followed by words ("say that economy is ..."), it introduces them.
  if (t === "that" && before.std.some((x) => SAYING.has(x))) return !after?.std.some(isContent);
  // After a question word, a slot, a verb of saying, or a preposition ("hari apa itu?", "sejak itu",
  // "ngomong itu"), it stands for the topic; after a noun ("kerja sama itu") it only marks that noun.
  return (
    isQuestionWord(b) || SLOT_WORDS.has(b) || typeMarkers.has(b) || POINTING_AFTER.has(b) || OPENERS.has(b)
  );
}

/** A verb with an object "-nya" ("memberitakannya", "menandatanganinya", "dikatakannya"). */
const OBJECT_CLITIC = /^(?:me|di|ber)\p{L}{3,}(?:kan|i)nya$/u;

/** Words of "then" linking two parts of a message ("..., terus hari apa?"). */
const THEN = new Set(["terus", "trus", "trs", "terusan", "lalu", "banjur", "then"]);

/** Ordinals picking one of the things of a kind the conversation named ("terakhir" is the newest). */
const PICKING: Readonly<Record<string, number>> = { ...ORDINAL_WORDS, terakhir: -1, last: -1, first: 1 };

/**
 * "kutipan pertama itu", "pernyataan yang kedua tadi": the ordinal between a noun of a quote and the pointing
 * word at `i` (its index and number), or undefined.
 */
function ordinalBefore(words: Word[], i: number): { at: number; n: number } | undefined {
  const at = i - 1;
  const n = PICKING[first(words[at])];
  if (n === undefined) return undefined;
  let noun = at - 1;
  if (["yang", "yg", "sing"].includes(first(words[noun]))) noun--;
  return words[noun]?.std.some((x) => QUOTE_NOUNS.has(x)) ? { at, n } : undefined;
}

/**
 * The topic of a question, for the next turn: its words without question words, particles, pointing
 * words and slots ("kerja sama madiun kediri diteken kapan ya?" -> kerja sama madiun kediri diteken).
 */
export function subjectOf(asked: string, unknown: readonly string[] = []): string[] {
  // Each caller gets its own copy (a turn keeps it in the state).
  return [...(unknown.length ? readSubject(asked, unknown) : subjectOfText(asked))];
}

/**
 * The topic of a question with no unknown words, per text: a rewrite ("dimana kerja sama madiun kediri
 * diteken") recurs across turns and conversations, and the topic of a text never changes.
 */
const subjectOfText = boundedMemo((asked: string): readonly string[] => readSubject(asked, []), 5_000);

function readSubject(asked: string, unknown: readonly string[]): string[] {
  const out: string[] = [];
  const words = readWords(asked);
  for (const [i, w] of words.entries()) {
    if (unknown.includes(w.raw) || w.std.some((t) => unknown.includes(t))) continue;
    // "Baik, kapan ...": an acknowledgement of the last answer is no topic.
    if (acknowledges(w.raw, words[i - 1]?.raw, words[i + 1]?.raw)) continue;
    // "tanda tangan KARO sopo": the with-word belongs to the question phrase, not to the topic.
    const who = words[i + 1]?.std.some((t) => WHO_WORDS.has(t));
    if (who && w.std.some((t) => WITH.has(t))) continue;
    const base = possessed(w.raw);
    if (base && SLOT_WORDS.has(base)) continue;
    // An English word of the glossary is judged by its reading ("today" -> hari ini, "exactly" -> nothing),
    // so a time or filler word of an English turn is no more a topic than its Indonesian reading.
    const english = w.std.length === 1 && w.std[0] === w.raw ? englishWord(w.raw) : undefined;
    const read = english ? english.filter((t) => !NUMBER_WORDS.has(t)) : w.std;
    const keep = read.some(
      (t) =>
        !isQuestionWord(t) &&
        !SLOT_WORDS.has(t) &&
        !PERSON_PRONOUNS.has(t) &&
        !DEMONSTRATIVES.has(t) &&
        !OPENERS.has(t) &&
        !CONTINUE_MARKERS.has(t) &&
        !PARTICLES.has(t) &&
        !NO_TOPIC_CLASSES.has(wordClassOf(t)) &&
        !(isCountingWord(t) && t !== "dari") &&
        !(TIME_GRAMMAR.has(t) && !ANNIVERSARY_WORDS.has(t)),
    );
    if (keep && !out.includes(w.raw)) out.push(w.raw);
  }
  // Linking words at the edges carry nothing ("yang jadi prioritas" -> "jadi prioritas").
  while (out.length && EDGE_WORDS.has(out[0] as string)) out.shift();
  while (out.length && EDGE_WORDS.has(out[out.length - 1] as string)) out.pop();
  // "kapan peringatan satu tahunnya?": the anniversary is the topic, though its words are time words that
  // a topic otherwise drops; it is written as the engine reads one ("ulang tahun ke 1"), so "berapa hari
  // lagi?" or "hari apa itu?" next asks about it, not about the day of the signing.
  const dated = readDateQuestion(standardTokens(asked), []);
  const anniversary = dated?.anniversary;
  const readsAsOne = () => readDateQuestion(standardTokens(out.join(" ")), [])?.anniversary !== undefined;
  if (dated && anniversary !== undefined && !readsAsOne()) {
    // Without its numbers, and without words of no content at its edges ("kalau begitu, ...").
    const rest = out.filter(
      (w) =>
        !ANNIVERSARY_RAW.has(w) &&
        !ANNIVERSARY_RAW.has(possessed(w) ?? "") &&
        !/^\d+$/.test(w) &&
        !NUMBER_WORDS.has(w),
    );
    const empty = (w: string | undefined) => !standardTokens(w ?? "").some(isContent);
    while (rest.length && empty(rest[0])) rest.shift();
    while (rest.length > 1 && empty(rest[rest.length - 1]) && !empty(rest[rest.length - 2])) {
      // ("kerja sama": the last word of a phrase the engine reads as one stays.)
      if (standardTokens(rest.slice(-2).join(" ")).length === 1) break;
      rest.pop();
    }
    return ["ulang", "tahun", "ke", String(anniversary), ...rest].slice(0, MAX_SUBJECT_WORDS);
  }
  return out.slice(0, MAX_SUBJECT_WORDS);
}

/** Closed classes of words that never name a topic ("anu", "eee", "lho", "halo", "mohon"). */
const NO_TOPIC_CLASSES: ReadonlySet<string> = new Set(["filler", "particle", "greeting", "courtesy"]);

/** Words of an anniversary a topic may have kept ("ulang", "ultah"), replaced by its standard phrase. */
const ANNIVERSARY_RAW = new Set(["ulang", "ultah", "hut", "anniversary", "pertama", "kedua"]);

/** Words that already make a message a yes/no question the engine reads as one ("hadir gak?", "ora?"). */
const ASKS_YES_NO = new Set([
  "gak",
  "ga",
  "nggak",
  "ngga",
  "enggak",
  "tidak",
  "ora",
  "belum",
  "apakah",
  "kah",
]);

/** Small number words ("satu tahun") that an anniversary's standard phrase replaces. */
const NUMBER_WORDS = new Set(["satu", "siji", "one", "dua", "loro", "two", "tiga", "telu", "three"]);

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

/** Words asking for the others of something named before ("sektor lainnya?", "yang lain apa?"). */
const OTHER_WORDS = new Set(["lain", "lainnya", "laine", "lainne", "liyane", "other", "others", "else"]);

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

/** Words that name the point a count of time runs from or to ("sejak", "lalu", "since", "ago", "lagi"). */
const FROM_WORDS = new Set([
  "sejak",
  "dari",
  "lalu",
  "lagi",
  "sampai",
  "hingga",
  "setelah",
  "sesudah",
  "sebelum",
  "antara",
  "since",
  "ago",
  "until",
  "after",
  "before",
  "between",
]);

/** Words asking how many ("berapa", "pirang" -> berapa; English "many"): a unit after them is counted. */
const HOW_MANY = new Set(["berapa", "many", "brp"]);

/** Words after a unit that ask which one, not how many ("hari apa", "what day"). */
const NOT_COUNTING = new Set(["apa", "opo", "what", "ini", "iki"]);

/** Verbs of saying, in standard form ("ngomong", "ngendika", "bilang" -> kata; English "say"). */
const SAYING = new Set(["kata", "katakan", "sampaikan", "ucap", "say", "said", "tell", "told"]);
/** Words asking for more of the same ("lagi", "maneh" -> lagi; "else"). */
const MORE = new Set(["lagi", "else"]);

/**
 * Whether a follow-up only asks what else someone said: a verb of saying and a word of "more", with no
 * content of its own besides question words, pronouns, particles and openers.
 */
function sayingAgain(tokens: string[], rest: Word[]): boolean {
  if (!tokens.some((t) => SAYING.has(t)) || !tokens.some((t) => MORE.has(t))) return false;
  return rest.every((w) =>
    w.std.every(
      (t) => SAYING.has(t) || MORE.has(t) || !isContent(t) || t === "did" || t === "he" || t === "she",
    ),
  );
}

/** The speaker of the quote the conversation last answered with (the newest turn from a quoting entry). */
function speakerOf(turns: ConversationState["turns"], knowledge: Knowledge): string | undefined {
  const turn = lastQuoted(turns, knowledge);
  if (!turn) return undefined;
  const quotes = turn.entryIds.flatMap((id) => knowledge.entries.find((e) => e.id === id)?.quotes ?? []);
  const speakers = [...new Set(quotes.map((q) => q.speaker))];
  return speakers.length === 1 ? speakers[0] : undefined;
}

/** English possessive pronouns: "her title" asks the title of the person just named. */
const ENGLISH_POSSESSIVES = new Set(["her", "his", "its", "their"]);

/**
 * A short follow-up with English words of the glossary ("and her title?"), read into Indonesian word by
 * word; undefined when it is longer than four words or has not exactly one such word (the engine reads
 * two or more itself).
 */
function englishFollowUp(words: Word[]): string | undefined {
  if (words.length > 4) return undefined;
  const isEnglish = (w: Word | undefined) =>
    w !== undefined && w.std.length === 1 && w.std[0] === w.raw && englishWord(w.raw) !== undefined;
  // (Two English words or more the engine reads itself: "how many months ago?", "how about Kediri?".)
  const english = words.filter(
    (w) => isEnglishWord(w.raw) && w.raw !== "and" && !ENGLISH_POSSESSIVES.has(w.raw),
  );
  if (english.length !== 1) return undefined;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    if (ENGLISH_POSSESSIVES.has(w.raw) && next) {
      const head = isEnglish(next) ? (englishWord(next.raw) as readonly string[]) : [next.raw];
      if (head.length === 1) {
        out.push(`${head[0]}nya`);
        i++;
        continue;
      }
    }
    if (w.raw === "and" || !isEnglish(w)) out.push(w.raw);
    else out.push(...(englishWord(w.raw) as readonly string[]));
  }
  return out.join(" ");
}

/** Words asking the distance between two things ("selisih", "selang", "jarak", "beda"), in standard form. */
const DIFFERENCE = new Set([
  "selisih",
  "selang",
  "berselang",
  "jarak",
  "beda",
  "berbeda",
  "difference",
  "gap",
]);

/**
 * "selisih pirang dino?", "Saka tanda tangan nganti ngendika kuwi selang pirang dina?": the distance in
 * time between the last two dated things the conversation answered (a statement named as the knowledge
 * names it, "pernyataan Maidi"; a dated fact by its label). Undefined unless the follow-up asks a difference
 * in a unit of time, names no "antara" of its own, and two dates are found (two answered, or one answered
 * and the only other date the knowledge holds).
 */
function intervalOf(
  rest: Word[],
  tokens: string[],
  turns: ConversationState["turns"],
  knowledge: Knowledge,
): string | undefined {
  const differs = rest.some(
    (w) =>
      w.std.some((t) => DIFFERENCE.has(t)) ||
      DIFFERENCE.has(possessed(w.raw) ?? "") ||
      /^bedan?e$/.test(w.raw),
  );
  if (!differs || tokens.includes("antara") || tokens.includes("between")) return undefined;
  const unit = rest.map((w) => unitOf(w)).find((u) => u !== undefined);
  // (A unit of time: "selisih anggarane piro?" asks a difference of something else.)
  if (!unit) return undefined;
  const things = datedThings(knowledge);
  const dates: string[] = [];
  for (let i = turns.length - 1; i >= 0 && dates.length < 2; i--) {
    const turn = turns[i];
    if (turn?.dates.length === 1 && !dates.includes(turn.dates[0] as string))
      dates.push(turn.dates[0] as string);
  }
  // One date answered, and the knowledge dates only one thing more: the distance is between those two.
  const others = [...new Set(things.map((t) => t.date))].filter((d) => !dates.includes(d));
  if (dates.length === 1 && others.length === 1) dates.push(others[0] as string);
  if (dates.length !== 2) return undefined;
  const names = dates
    .sort()
    .map((d) => things.find((t) => t.date === d)?.name)
    .filter((n): n is string[] => n !== undefined);
  if (names.length !== 2) return undefined;
  return [
    "berapa",
    unit ?? "hari",
    "antara",
    ...(names[0] as string[]),
    "dan",
    ...(names[1] as string[]),
  ].join(" ");
}

/** Each dated thing of the knowledge by name: a date fact by its label, a dated quote as "pernyataan X". */
interface DatedThing {
  date: string;
  name: string[];
  /** The entry that dates it. */
  entry: string;
  /** Search forms of its name ("penandatanganan" -> tandatangan), to find it named in other words. */
  forms: ReadonlySet<string>;
}
const datedOf = new WeakMap<Knowledge, DatedThing[]>();
function datedThings(knowledge: Knowledge): DatedThing[] {
  let things = datedOf.get(knowledge);
  if (!things) {
    const thing = (date: string, name: string[], entry: string): DatedThing => ({
      date,
      name,
      entry,
      forms: new Set(contentTerms(name.join(" ")).flatMap((t) => t.forms)),
    });
    things = knowledge.entries.flatMap((e) => [
      ...(e.facts?.dates ?? []).map((d) => thing(d.date, d.label.split(/\s+/), e.id)),
      ...(e.quotes ?? []).flatMap((q) => (q.date ? [thing(q.date, ["pernyataan", q.speaker], e.id)] : [])),
    ]);
    datedOf.set(knowledge, things);
  }
  return things;
}

/** Words saying a count of time runs from a past point to now ("sejak", "since", "lalu", "ago", "lewat"). */
const PAST_COUNT = new Set(["sejak", "since", "lalu", "ago", "lewat", "berlalu"]);

/**
 * The dated thing a turn answered with (a date fact by its label, a dated quote as "pernyataan X"), when
 * the turn named exactly one date; the one of the turn's own entries first.
 */
function datedThingOf(turn: Turn | undefined, knowledge: Knowledge): DatedThing | undefined {
  if (turn?.dates.length !== 1) return undefined;
  const things = datedThings(knowledge).filter((t) => t.date === turn.dates[0]);
  return things.find((t) => turn.entryIds.includes(t.entry)) ?? things[0];
}

/**
 * "... kapan tanda tangannya" answered without its date (a two-part question answered in one part), then
 * "dari tanggal itu ...": the dated thing the newest turn asking when named in its words, when it names
 * exactly one (by search forms: "tanda tangannya" meets "penandatanganan").
 */
function dateAskedOf(turns: ConversationState["turns"], knowledge: Knowledge): DatedThing | undefined {
  const turn = turns.findLast((t) => t.types.includes("date"));
  if (!turn) return undefined;
  const forms = new Set(contentTerms(turn.subject.join(" ")).flatMap((t) => t.forms));
  const named = datedThings(knowledge).filter((t) => [...t.forms].some((f) => forms.has(f)));
  return new Set(named.map((t) => t.date)).size === 1 ? named[0] : undefined;
}

/**
 * "How many days is that exactly?" after "Is today exactly one year since then?": a count asked in a unit,
 * with nothing of its own, after a turn that counted (or asked about) the time since one dated thing: the
 * count since that thing, in the unit asked ("berapa hari sejak penandatanganan"). Undefined unless the
 * follow-up asks how many and the last turn named one date and counted from it.
 */
function countSince(
  unit: string,
  tokens: string[],
  turns: ConversationState["turns"],
  knowledge: Knowledge,
): string | undefined {
  if (!tokens.some((t) => HOW_MANY.has(t))) return undefined;
  const last = turns[turns.length - 1];
  if (last?.kind !== "answer") return undefined;
  const past = readWords(last.asked).some(
    (w) => PAST_COUNT.has(w.raw) || w.std.some((t) => PAST_COUNT.has(t)),
  );
  if (!past) return undefined;
  const thing = datedThingOf(last, knowledge);
  return thing ? ["berapa", unit, "sejak", ...thing.name].join(" ") : undefined;
}

/** Words opening a challenge of the last answer ("bukannya ...?", "bukankah ...?", "lho bukane ...?"). */
const CHALLENGES = new Set(["bukannya", "bukankah", "bukane", "bukanne", "bukanya", "bukanlah"]);

/**
 * "bukannya pas hari tanda tangan, tanggal 13?" after "kapan kutipan itu disampaikan?" (14 January): a
 * challenge offers another date for the thing the last answer dated, so that thing's date is the premise
 * it challenges, whatever else the challenge names. Another dated thing named in it ("pas hari tanda
 * tangan") only says which date is offered (its own, when no day is written). Asked as a yes/no question
 * about the thing answered ("apakah pernyataan Maidi tanggal 13"). Undefined unless the last answer named
 * one date; empty when the challenge offers no date the knowledge has.
 */
function dateChallenge(
  rest: Word[],
  turns: ConversationState["turns"],
  knowledge: Knowledge,
): string | undefined {
  if (!CHALLENGES.has(rest[0]?.raw ?? "")) return undefined;
  const offered = rest.slice(1);
  if (!offered.length || tokensOf(offered).some(isQuestionWord)) return undefined;
  const last = turns[turns.length - 1];
  if (last?.kind !== "answer" || last.dates.length !== 1) return undefined;
  const things = datedThings(knowledge).filter((t) => t.date === last.dates[0]);
  const thing = things.find((t) => last.entryIds.includes(t.entry)) ?? things[0];
  if (!thing) return undefined;
  const values: string[] = [];
  offered.forEach((w, i) => {
    if (!isValueWord(w.raw)) return;
    // "tanggal 13": the word of the calendar before a day number goes with it.
    const before = offered[i - 1];
    if (before && /^\d+$/.test(w.raw) && before.std.includes("tanggal")) values.push(before.raw);
    values.push(w.raw);
  });
  if (!values.length) {
    const forms = new Set(contentTerms(offered.map((w) => w.raw).join(" ")).flatMap((t) => t.forms));
    const other = datedThings(knowledge).find(
      (t) => t.date !== thing.date && [...t.forms].some((f) => forms.has(f)),
    );
    // ("bukannya pas hari peluncuran?": nothing the knowledge dates is offered; the challenge is asked as
    // written, never answered with the dated thing's entry in its place.)
    if (!other) return "";
    const [, month, day] = other.date.split("-").map(Number);
    values.push("tanggal", String(day), MONTH_NAMES[(month ?? 1) - 1] ?? "");
  }
  return ["apakah", ...thing.name, ...values].join(" ");
}

/** Words framing a day offered to confirm ("Was it ON A Tuesday?", "itu HARI selasa kan?"). */
const DAY_FRAME = new Set([
  "hari",
  "tanggal",
  "pada",
  "pas",
  "on",
  "a",
  "the",
  "it",
  "itu",
  "iku",
  "kuwi",
  "tuh",
  "that",
  "was",
  "is",
]);

/**
 * "Was it on a Tuesday?", "itu hari selasa kan?" after a turn that asked when and was answered with one date
 * (a statement's, 14 January): a day offered to confirm, with nothing else but words framing it, is a
 * premise about the thing just dated ("apakah pernyataan Maidi pada hari selasa"), not about whatever else
 * the knowledge dates on that weekday. Weekdays and day numbers only (a month or year offered is read as
 * the topic's, below). Undefined otherwise; never after an anniversary (its day is not its thing's day).
 */
function dayOffered(
  rest: Word[],
  turns: ConversationState["turns"],
  knowledge: Knowledge,
): string | undefined {
  const last = turns[turns.length - 1];
  if (last?.kind !== "answer" || !last.types.includes("date") || last.subject[0] === "ulang")
    return undefined;
  const thing = datedThingOf(last, knowledge);
  if (!thing) return undefined;
  const days: string[] = [];
  for (const [i, w] of rest.entries()) {
    const english = englishWord(w.raw);
    const read = english?.length === 1 ? (english[0] as string) : w.raw;
    const before = rest[i - 1];
    if (WEEKDAYS.has(read)) days.push("hari", read);
    else if (/^\d{1,2}$/.test(read) && before?.std.includes("tanggal")) days.push("tanggal", read);
    else if (
      !(
        DAY_FRAME.has(w.raw) ||
        w.std.every((t) => DAY_FRAME.has(t) || PARTICLES.has(t)) ||
        CONFIRMING_ENDS.has(first(w))
      )
    )
      return undefined;
  }
  return days.length ? ["apakah", ...thing.name, "pada", ...days].join(" ") : undefined;
}

/**
 * "yg nargetin sapa? pemkot kediri kan?": a question followed by a guess at its answer (values only, asked
 * to confirm). The guess is the premise to check: the index of the first word of the guess clause, when the
 * message is such a pair; the question before it is asked as a yes/no question with the guess in place of
 * its question word.
 */
function guessAt(question: string, rest: Word[], cast: Cast): number | undefined {
  const clauses = question.split("?").filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const guess = readWords(clauses[clauses.length - 1] as string);
  if (!guess.length || guess.length >= rest.length) return undefined;
  const start = rest.length - guess.length;
  const asked = rest.slice(0, start);
  const own = guess.filter((w) => !CONFIRMING_ENDS.has(first(w)) && w.std.length > 0);
  const named = own.some((w) => w.std.some(isContent));
  // ("what's his position? Bupati?": the title of an office is a guess at the answer like a name is.)
  const guessed = (w: Word) => isValue(w, cast) || (w.std.length > 0 && w.std.every(isOfficeTitle));
  if (!named || !own.every(guessed) || tokensOf(guess).some(isQuestionWord)) return undefined;
  return tokensOf(asked).some(isQuestionWord) ? start : undefined;
}

/**
 * The words before a closing contrast ("X, bukan Vinanda?", "..., dudu Kediri?"): "bukan" followed only by
 * names of people or parties, after words that ask something of their own. The words unchanged otherwise.
 */
function withoutContrast(rest: Word[], cast: Cast): Word[] {
  const at = rest.findLastIndex((w) => w.raw === "bukan" || w.raw === "dudu");
  if (at < 2) return rest;
  const after = rest.slice(at + 1).filter((w) => !CONFIRMING_ENDS.has(first(w)) && w.std.length > 0);
  const tokens = tokensOf(after);
  const names =
    after.length > 0 &&
    (peopleNamed(tokens, cast).length > 0 || partiesNamed(tokens, cast).length > 0) &&
    after.every((w) => isValue(w, cast));
  return names ? rest.slice(0, at) : rest;
}

/**
 * The last clause of a turn's question that asks something (has a question word), as a turn of its own;
 * undefined when the question is one clause ("Piye kabare kerja sama X, sopo wali kota Kediri sing melu?"
 * -> "sopo wali kota Kediri sing melu").
 */
function askingClause(turn: Turn): Turn | undefined {
  const clauses = turn.asked.split(/[,.;?!]/).filter((c) => c.trim());
  if (clauses.length < 2) return undefined;
  const asking = clauses.findLast((c) => standardTokens(c).some(isQuestionWord));
  return asking ? { ...turn, asked: asking.trim() } : undefined;
}

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
    } else if (r.out[i]) words.push(r.out[i] as string);
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
    if (r.out[i]) words.push(r.out[i] as string);
  });
  return words;
}

/** Whether a message offers only values ("Kediri juga ya?", "tahun 2025?"): no word of content of its own. */
function offeredOnly(rest: Word[], cast: Cast): boolean {
  return rest.every((w) => isValue(w, cast));
}

/** Words of doing something with someone, before a who-word ("karo sopo", "bersama siapa", "with whom"). */
const WITH = new Set(["bersama", "dengan", "sama", "karo", "bareng", "barengan", "with"]);

/** Words asking who, in standard form. */
const WHO_WORDS = new Set(["siapa", "sopo", "who", "whom"]);

/** Whether a question asks with whom ("ttd bareng siapa?"). */
export function withWhom(tokens: string[]): boolean {
  return tokens.some((t, i) => WITH.has(t) && WHO_WORDS.has(tokens[i + 1] ?? ""));
}

/**
 * The person a with-whom question is about: the one it names, else the one its pronoun stands for, else
 * (a bare "Bersama siapa?") the last person the conversation named.
 */
function personAsked(
  tokens: string[],
  cast: Cast,
  last: string | undefined,
  pointing: boolean,
): string | undefined {
  const named = peopleNamed(tokens, cast);
  if (named.length) return named.length === 1 ? named[0]?.name : undefined;
  return pointing ? last : undefined;
}

/** The first entry that names the person together with someone else (the signing, with both mayors). */
function sharedEntry(person: string | undefined, knowledge: Knowledge): Entry | undefined {
  if (!person) return undefined;
  return knowledge.entries.find(
    (e) => e.facts.people.length > 1 && e.facts.people.some((p) => p.name === person),
  );
}

/** The one-word name of the city of a person's party ("Vinanda Prameswati" -> "kediri"). */
function cityOf(person: string | undefined, cast: Cast): string | undefined {
  const party = cast.people.find((p) => p.name === person)?.party;
  const aliases = party ? cast.partyAliases.get(party) : undefined;
  return aliases?.find((a) => !a.includes(" "));
}

/** The words of each place the knowledge names ("balai kota kediri"), memoised per knowledge. */
const placeWords = new WeakMap<Knowledge, string[][]>();

/** Whether the tokens name a place of the knowledge, every word of it ("Balai Kota Kediri"). */
function namesKnownPlace(tokens: readonly string[], knowledge: Knowledge): boolean {
  let places = placeWords.get(knowledge);
  if (!places) {
    const all = new Set(knowledge.entries.flatMap((e) => e.facts?.places ?? []));
    places = [...all].map((p) => standardTokens(p)).filter((p) => p.length > 1);
    placeWords.set(knowledge, places);
  }
  return places.some((p) => p.every((w) => tokens.includes(w)));
}

/** Words that put what follows at a place ("di pendopo ...", "neng balai kota"). */
const AT_PLACE = new Set(["di", "ning", "neng", "nang", "ndek", "ing", "at", "in"]);
/** Words that end a place phrase ("di balai kota PADA selasa"). */
const AFTER_PLACE = new Set([
  "pada",
  "tanggal",
  "hari",
  "oleh",
  "bersama",
  "dengan",
  "karo",
  "sama",
  "on",
  "by",
]);

/** A topic without its place phrase ("penandatanganan di pendopo kabupaten" -> "penandatanganan"). */
function withoutPlace(subject: string[]): string[] {
  const at = subject.findIndex((w) => AT_PLACE.has(w));
  if (at < 0) return subject;
  let end = at + 1;
  while (end < subject.length && !AFTER_PLACE.has(subject[end] as string)) end++;
  return [...subject.slice(0, at), ...subject.slice(end)];
}

/** Words of any party's name ("pemkot kediri", "wali kota madiun") that name none in particular. */
const GENERIC_PARTY = new Set(["pemkot", "pemerintah", "kota", "walikota"]);

/**
 * Reads a question against the conversation so far. A full question is asked as written (context only
 * fills what is missing, never overrides what it says). A follow-up is rewritten into the full question
 * the engine must answer: a bare slot ("dimana?", "tempatnya?") asks it of the previous topic; "kalau X?"
 * (or a correction, "maksudku X") swaps X into the previous question; pronouns (dia, beliau, de'e) become
 * the last person named and pointing words (itu, gitu, sejak itu, dari situ) the previous topic; "selain
 * itu?" continues it; a bare value to confirm ("tahun 2025 kan?") is checked against the previous topic.
 * Pure: the state is read, not changed.
 */
export function resolveQuestion(
  question: string,
  state: ConversationState | undefined,
  knowledge: Knowledge,
): Resolution {
  const own: Resolution = { asked: question, kind: "own" };
  const turns = state?.turns ?? [];
  // "in English please: what's the 2027 target?", "in English?": the question without the request, or (when
  // nothing else is asked) the last question again; never a topic of its own.
  const all = readWords(question);
  const request = languageRequest(all);
  if (request) {
    const left = all.filter((_, i) => !request.includes(i));
    const last = turns[turns.length - 1];
    const asksMore = left.some((w) => !OPENERS.has(first(w)) && w.std.some((t) => !PARTICLES.has(t)));
    if (!asksMore && last) return { asked: last.asked, kind: "reference", inLanguage: true };
    const rest = left.map((w) => w.raw).join(" ");
    return { ...resolveQuestion(rest, state, knowledge), inLanguage: true };
  }
  const topical = lastTopical(turns);
  if (!topical) return own;
  // "and her title?", "his office?": a short English follow-up, which the engine's English reading leaves
  // as written (it needs two English words), is read word by word through the glossary; "her X" is X's
  // possessive ("jabatannya"), whose owner the slot fills in.
  const english = englishFollowUp(all);
  if (english !== undefined && english !== question) return resolveQuestion(english, state, knowledge);
  const cast = castOf(knowledge);
  // (The words read above: a follow-up is read once.)
  const words = all;
  const { start, swap, restated } = opening(words);
  // "bener dia yg ngomong, bukan vinanda?": the one set aside after "bukan" is not the one asked about; the
  // question is what comes before it (the person of "dia" is still the last one named).
  const rest = withoutContrast(words.slice(start), cast);
  if (rest.length === 0) return own;
  // "bukan, maksudku yg tanda tangan dr kediri", "Kembali ke topik tadi, siapa ...?": read on its own, the
  // question is the words after the steering ones.
  if (restated) own.asked = rest.map((w) => w.raw).join(" ");
  const tokens = tokensOf(rest);
  const hasQuestionWord = tokens.some(isQuestionWord);
  // A statement offered for confirmation ("di kota itu juga?", "tahun 2025 kan?"): a yes/no question.
  // "yang paling utama?" asks which one (a headless "yang" phrase), not whether; "yg ngomong itu Vinanda?"
  // names the one it offers, to confirm.
  const which =
    ["yang", "yg", "sing"].includes(rest[0]?.raw ?? "") &&
    peopleNamed(tokens, cast).length === 0 &&
    partiesNamed(tokens, cast).length === 0;
  const confirming =
    !hasQuestionWord &&
    !which &&
    (/\?\s*$/.test(question) || CONFIRMING_ENDS.has(first(rest[rest.length - 1])));
  const content = rest.filter((w) => isContent(w.raw) && w.std.some(isContent));
  // A question that names a person itself ("Who is Vinanda? I read her name...") points within itself.
  const namesPerson = peopleNamed(tokens, cast).length > 0;
  const pronouns = namesPerson
    ? []
    : rest.flatMap((w, i) => (w.std.some((t) => PERSON_PRONOUNS.has(t)) ? [i] : []));
  const refs = rest.flatMap((_, i) => (refersBack(rest, i, confirming) ? [i] : []));

  // "bukannya pas hari tanda tangan, tanggal 13?": another date offered for the thing just dated.
  const challenged = dateChallenge(rest, turns, knowledge);
  if (challenged !== undefined) return challenged ? { asked: challenged, kind: "reference" } : own;
  // "Was it on a Tuesday?" after "When did he say that?": the day offered for the thing just dated.
  const day = confirming ? dayOffered(rest, turns, knowledge) : undefined;
  if (day) return { asked: day, kind: "reference" };
  // "yg nargetin sapa? pemkot kediri kan?": the guess is checked, as "apakah yg nargetin <topic> pemkot kediri".
  const guess = guessAt(question, rest, cast);
  if (guess !== undefined) {
    const asking = rest.slice(0, guess);
    const read = resolveQuestion(asking.map((w) => w.raw).join(" "), state, knowledge);
    const written = new Set(readWords(read.asked).map((w) => w.raw));
    const topic = (lastTopical(turns)?.subject ?? []).filter((w) => !written.has(w));
    const words = readWords(read.asked).filter((w) => !w.std.some(isQuestionWord));
    const offered = rest.slice(guess).filter((w) => !CONFIRMING_ENDS.has(first(w)));
    const asked = ["apakah", ...words.map((w) => w.raw), ...topic, ...offered.map((w) => w.raw)];
    return { asked: asked.join(" "), kind: "reference" };
  }
  // "yakin?", "beneran?": the last question is asked again, so its answer (or decline) and source are repeated.
  const doubted = doubtsAnswer(rest) ? turns[turns.length - 1] : undefined;
  if (doubted) return { asked: doubted.asked, kind: "reference" };
  // "trus menurutmu bakal berhasil ga?": the bot's own view is asked, which no topic carried over answers.
  if (asksOpinion(tokens, hasQuestionWord)) return own;
  // "Ngomong apa maneh?", "dia bilang apa lagi?", "what else did he say?": the other words of the same
  // speaker, asked as all of them (the list holds the ones already given and the rest).
  const again = sayingAgain(tokens, rest);
  if (again) {
    const speaker =
      (pronouns.length ? lastPerson(turns) : undefined) ?? speakerOf(turns, knowledge) ?? lastPerson(turns);
    if (speaker) return { asked: `apa saja yang dikatakan ${speaker}`, kind: "reference" };
  }
  // "selisih pirang dino?" after the dates of the signing and of a statement: the interval between the last
  // two dated things the conversation answered, asked as the engine reads one ("antara ... dan ...").
  const between = intervalOf(rest, tokens, turns, knowledge);
  if (between) return { asked: between, kind: "reference" };
  // "nek minggu?" after "wis pirang dino?": the same count in another unit; "How many days is that
  // exactly?" after "is it a year since then?": the count since the thing just dated, in that unit.
  const unit = unitAsked(rest);
  const units = unit ? unitSwap(unit, turns[turns.length - 1]) : undefined;
  if (units) return { asked: units, kind: "swap" };
  const since = unit ? countSince(unit, tokens, turns, knowledge) : undefined;
  if (since) return { asked: since, kind: "reference" };
  // "terus yg tanda tangan dari kediri?" asks about the one who did something: a question of its own.
  const relative = ["yang", "yg", "sing"].includes(rest[0]?.raw ?? "") && rest.length > 2;
  // "yang Kediri?", "sing Madiun?": the one of another party or person, swapped in like "kalau Kediri?".
  const bareOne =
    !relative &&
    rest.length === 2 &&
    ["yang", "yg", "sing"].includes(rest[0]?.raw ?? "") &&
    (partiesNamed(tokens, cast).length > 0 || peopleNamed(tokens, cast).length > 0);
  if (bareOne) return { ...swapInto(topical, rest, cast), kind: "swap" };
  if (swap && !relative && !hasQuestionWord && content.length && !pronouns.length && !refs.length) {
    const swapped = swapInto(topical, rest, cast);
    // "lha nek Madiun?" after "Piye kabare kerja sama ..., sopo wali kota Kediri sing melu?": the element is
    // swapped into the clause that asked, too, read when the whole message is declined.
    const clause = askingClause(topical);
    const alternative = clause ? swapInto(clause, rest, cast).asked : undefined;
    return {
      ...swapped,
      kind: "swap",
      ...(alternative && alternative !== swapped.asked ? { alternatives: [alternative] } : {}),
    };
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
  // "oh balai kota kediri, TERUS hari apa itu": a "then" inside the message, before a question word, only
  // links what the citizen took in to what they ask next (the engine would read "lalu" as "ago").
  rest.forEach((w, i) => {
    const asks = rest.slice(i + 1, i + 3).some((x) => isQuestionWord(first(x)));
    if (i > 0 && THEN.has(w.raw) && asks) out[i] = "";
  });
  // "di balai kota dia?", "kotane de'e": a person's city is their party's; written in as its name.
  const person = lastPerson(turns);
  const city = cityOf(person, cast);
  const ownPronouns = pronouns.filter((i) => {
    const cityNoun = i > 0 && (rest[i - 1] as Word).std.some((t) => CITY_NOUNS.has(t));
    if (cityNoun && city) out[i] = city;
    return !(cityNoun && city);
  });
  const reading: Reading = { rest, out, pronouns: ownPronouns, refs, person };
  // "de'e tanda tangan karo sopo?", "Bersama siapa?": with whom the person did what the knowledge says they
  // did with others, asked of the entry that names them together (the person left out of the question).
  const partner = withWhom(tokens)
    ? sharedEntry(personAsked(tokens, cast, person, pronouns.length > 0 || rest.length <= 3), knowledge)
    : undefined;
  if (partner) {
    const names = new Set(cast.people.flatMap((p) => p.nameWords));
    const own = out.filter(
      (w, i) => !ownPronouns.includes(i) && !standardTokens(w).some((t) => names.has(t)),
    );
    const subject = entrySubjectOf(partner).filter((w) => !own.includes(w));
    // What the turn is about is what the person did ("tanda tangan"), in the citizen's words: "nang endi?"
    // next asks where that happened, not where the signers' entry is.
    const did = subjectOf(own.join(" "));
    return {
      asked: [...own, ...subject].join(" "),
      kind: "reference",
      ...(did.length ? { topic: did } : {}),
    };
  }
  // "sejak itu", "dari situ", "tanggal tersebut": a pointing word in a question about time points at the
  // last turn that named a date, even if something else was asked since; "kutipan tadi" at the last
  // turn that quoted someone.
  const aboutTime = refs.length > 0 && tokens.some((t) => TIME_WORDS.has(t));
  const picked = refs.map((i) => ordinalBefore(rest, i)).find((o) => o !== undefined);
  const aboutQuote =
    picked !== undefined ||
    refs.some((i) => i > 0 && (rest[i - 1] as Word).std.some((t) => QUOTE_NOUNS.has(t)));
  // "Sejak kutipan PERTAMA itu ...": the ordinal picks among the quotes in the order the conversation
  // answered them (it is read, so it is not written again).
  if (picked) out[picked.at] = "";
  const pointed = picked
    ? nthQuoted(turns, knowledge, picked.n)
    : aboutQuote
      ? lastQuoted(turns, knowledge)
      : aboutTime
        ? lastDated(turns)
        : undefined;
  const topic = pointed ?? topical;
  const continues = CONTINUE_MARKERS.has(first(rest[0]));
  // The topic in the citizen's words, then as the knowledge words it (the answered entry's first question);
  // when the topic's turn was declined, the last answered topic is read too ("itu" may skip a decline).
  const answered = lastAnswered(turns);
  // A bare slot after a declined topic ("jam berapa acaranya?" declined, then "tujuane opo?") may ask it of
  // the answered topics before it, newest first (the conversation's own subject, "kerja sama madiun kediri").
  const bare = content.length === 0;
  const topicTurns =
    topic.kind === "answer" || !answered
      ? [topic]
      : bare
        ? [topic, ...answeredTurns(turns)]
        : refs.length === 0
          ? [topic]
          : [topic, answered];
  // "dari omongan itu": the words of the entry that holds the quote come first (the turn pointed at may
  // have weighed the quote against another dated fact: "itu sehari setelah ttd kan?").
  // "dari tanggal itu ... berapa minggu" after a two-part question: the thing the turn dated (or, answered in
  // one part, asked the date of), as the knowledge names it ("penandatanganan"), is read last: the turn's own
  // words asked two things at once and may be declined. Never for an anniversary (its day is its own).
  const timeThing =
    aboutTime && !aboutQuote
      ? pointed
        ? pointed.subject[0] === "ulang"
          ? undefined
          : datedThingOf(pointed, knowledge)
        : dateAskedOf(turns, knowledge)
      : undefined;
  const candidates = topicTurns
    .flatMap((turn) => {
      if (aboutQuote) {
        const quoting = turn.entryIds
          .map((id) => knowledge.entries.find((e) => e.id === id))
          .find((e) => e?.quotes?.length);
        if (quoting) return [entrySubjectOf(quoting), turn.subject];
      }
      const entry = knowledge.entries.find((e) => e.id === turn.entryIds[0]);
      return [turn.subject, entry ? entrySubjectOf(entry) : []];
    })
    .concat(timeThing ? [timeThing.name] : []);
  // A party or person the question names overrides the topic's ("itu targetnya Kediri juga?" after Madiun's
  // target; "yg ngomong semua itu Vinanda?" after Maidi's words).
  const ownParties = partiesNamed(tokens, cast);
  const ownPeople = peopleNamed(tokens, cast);
  const overridden = (w: string) =>
    topicWordTokens(w).some(
      (t) =>
        (ownParties.length > 0 && isPartyWord(t, cast) && !GENERIC_PARTY.has(t) && !ownParties.includes(t)) ||
        (ownPeople.length > 0 &&
          cast.people.some((p) => p.nameWords.includes(t)) &&
          !ownPeople.some((p) => p.nameWords.includes(t))),
    );
  // A topic left with no word of content ("ngomong" once "Maidi" gives way to "Vinanda") is no topic: the
  // next reading (the entry's own words) is asked instead.
  // "oh balai kota kediri, terus hari apa itu?" after "... di pendopo kabupaten kediri ya": a place of the
  // knowledge the question names replaces the place the topic named (the premise it corrects).
  const newPlace = namesKnownPlace(tokens, knowledge);
  const subjects = candidates
    .map((s) => (newPlace ? withoutPlace(s) : s))
    .map((s) => s.filter((w) => !overridden(w)))
    .filter((s) => s.some((w) => topicWordTokens(w).some(isContent)))
    .filter((s, i, all) => all.findIndex((x) => x.join(" ") === s.join(" ")) === i);
  // Topic words the question already has are not added again ("kapan dia ngomong itu?" + "ngomong ...").
  const written = new Set(rest.flatMap((w) => [w.raw, ...w.std]));
  // A rewritten statement to confirm is asked as one ("apakah ..."): its "?" is lost in the rewrite.
  // With the topic written out, "juga" no longer asks about something of the party's own ("itu targetnya
  // Kediri juga?" asks whose that target is, not whether Kediri has one too); nor after a party offered
  // alone for the topic ("berarti kediri juga ya?", "Kediri too?" after whose target it is).
  const also = (w: string) => standardTokens(w).join(" ") === "juga";
  const dropAlso = refs.length > 0 || (ownParties.length > 0 && offeredOnly(rest, cast));
  const ask = (words: string[]) =>
    (confirming ? ["apakah", ...words.filter((w) => !(dropAlso && also(w)))] : words).join(" ");
  // "ada acara peringatannya nggak nanti?": a tag question, its topic written in after the tag, stays a
  // yes/no question (the tag no longer ends it).
  const tagged = !hasQuestionWord && tokens.some((t) => ASKS_YES_NO.has(t)) && !confirming;
  const build = (kind: Resolution["kind"], make: (subject: string[]) => string[]): Resolution => {
    const [asked, ...alternatives] = subjects.map((s) => ask(make(s.filter((w) => !written.has(w)))));
    return { asked: asked ?? question, kind, ...(alternatives.length ? { alternatives } : {}) };
  };
  if (content.length === 0 || (continues && !hasQuestionWord)) {
    // The owner of "-nya" is the person just answered ("siapa wali kota kediri?" -> "jabatannya?").
    const last = turns[turns.length - 1];
    const personAsked =
      last?.people.length === 1 && (last.types.includes("person") || last.types.includes("definition"));
    const owner = personAsked && reading.person ? [reading.person] : undefined;
    const [asked, ...alternatives] = subjects.map((s) => {
      const subject = s.filter((w) => !written.has(w));
      const words = fillSlot(reading, subject, owner ?? subject);
      return (tagged && subject.length ? ["apakah", ...words] : words).join(" ");
    });
    return {
      asked: asked ?? question,
      kind: continues ? "continue" : "slot",
      ...(alternatives.length ? { alternatives } : {}),
    };
  }
  // "tanda tangannya di kota itu juga?" after the answer "dari Madiun": the place itself is written in.
  const placeRef = refs.find((i) => i > 0 && PLACE_NOUNS.has(first(rest[i - 1])));
  const place = placeRef === undefined ? undefined : pointedPlace(first(rest[placeRef - 1]), turns, cast);
  if (placeRef !== undefined && place) {
    const others = refs.filter((i) => i !== placeRef);
    const placed: Reading = {
      ...reading,
      refs: others,
      out: out.map((w, i) => (i === placeRef ? place : w)),
    };
    placed.rest = rest.filter((_, i) => i !== placeRef - 1);
    placed.out = placed.out.filter((_, i) => i !== placeRef - 1);
    placed.refs = others.map((i) => (i > placeRef ? i - 1 : i));
    placed.pronouns = pronouns.map((i) => (i > placeRef ? i - 1 : i));
    const words = fillReferences(placed, placed.refs.length ? (subjects[0] ?? []) : []);
    return { asked: ask(words), kind: "reference" };
  }
  // No place named before: "kota itu" stays a noun of the question, not a topic to write in.
  if (placeRef !== undefined && refs.length === 1 && !pronouns.length) return ownAfterSwap;
  if (refs.length) return build("reference", (subject) => fillReferences(reading, subject));
  if (pronouns.length) return { asked: ask(fillReferences(reading, [])), kind: "reference" };
  // "tahun 2025 kan?", "Kediri?", "pariwisata kan?", "bupati semua ya?": a value (and at most one other
  // word of content) offered to confirm, checked against the previous topic ("is the priority tourism?").
  // The topic's own values give way to the one offered ("tanggal 14 ya?" then "bulan Februari?").
  const offered = rest.filter((w) => !isValue(w, cast));
  // ("Bu Vinanda ikut ttd gak?" names a person AND what she did: a full question of its own.)
  const fullQuestion =
    namesPerson && rest.length >= 4 && offered.some((w) => isContent(w.raw) && w.std.some(isContent));
  // "Tempat penandatanganannya di Kediri ya?" names a slot AND what it belongs to: a full question too.
  const ownSlot =
    tokens.some((t) => SLOT_WORDS.has(t)) && offered.some((w) => isContent(w.raw) && w.std.some(isContent));
  if (confirming && !swap && !fullQuestion && !ownSlot && offered.length <= 1 && rest.length <= 5) {
    // The topic first, as a full question would put it ("apakah pelatihan diadakan di Kediri ya").
    // (An anniversary keeps its number, "ulang tahun ke 1": without it the topic is the signing, whose own
    // weekday would deny the anniversary's.)
    const topicOf = (subject: string[]) =>
      subject.filter((w, i) => !isValueWord(w) || (subject[0] === "ulang" && subject[i - 1] === "ke"));
    const read = build("reference", (subject) => [...topicOf(subject), ...out]);
    // An anniversary offered a day ("hari rabu kan?" after "kapan genap setahun?") is asked of the
    // anniversary only: the entry's own words are the signing's, whose day would deny the anniversary's.
    const anniversary = subjects[0]?.[0] === "ulang" && out.some((w) => isValueWord(w));
    const { alternatives: _others, ...only } = read;
    // What the turn is about is the topic, not the value offered (which may be wrong).
    return { ...(anniversary ? only : read), topic: topicOf(subjects[0] ?? []), offered: true };
  }
  // "Sektor lainnya apa saja?" after one sector was confirmed: the others of the previous topic's list; if
  // the question alone is not settled, it is asked again with that topic written in.
  if (!swap && rest.some((w) => OTHER_WORDS.has(w.raw) || w.std.some((t) => OTHER_WORDS.has(t)))) {
    const readings = subjects.map((s) => [...out, ...s.filter((w) => !written.has(w))].join(" "));
    if (readings.length) return { ...ownAfterSwap, alternatives: [...new Set(readings)] };
  }
  // "Media apa yang memberitakannya?": a verb's "-nya" stands for what it is done to, the topic. If the
  // question alone is not settled, it is asked again with the topic written in for the suffix (a decline for
  // the question's own unknown words stands: keepOwnUnknown).
  const objectOf = rest.findIndex((w) => OBJECT_CLITIC.test(w.raw));
  if (objectOf >= 0 && !refs.length && !pronouns.length && ownAfterSwap.alternatives === undefined) {
    const verb = out.map((w, i) => (i === objectOf ? w.replace(/nya$/u, "") : w)).filter(Boolean);
    const readings = subjects.map((s) => [...verb, ...s.filter((w) => !written.has(w))].join(" "));
    if (readings.length) return { ...ownAfterSwap, kind: "reference", alternatives: [...new Set(readings)] };
  }
  // "berapa hari setelah tanda tangan?" after "kapan Maidi bilang itu?": a count of time may be measured from
  // the dated thing just answered; if the question alone is declined, it is asked again with that thing
  // written in. (Only for a count of time: a topic written into any declined question would let words the
  // engine skips, "ulang tahun pertamanya", be answered with the topic's entry.)
  const dated =
    tokens.some((t) => TIME_WORDS.has(t)) || rest.some((w) => !UNITS.has(first(w)) && unitOf(w) !== undefined)
      ? lastDated(turns)
      : undefined;
  if (dated && ownAfterSwap.alternatives === undefined) {
    const entry = knowledge.entries.find((e) => e.id === dated.entryIds[0]);
    // A date that was a statement's ("kapan ngomonge?" -> 14 Januari) is the statement of its speaker, as
    // the knowledge names the event ("pernyataan Maidi"); that reading comes first.
    const said = dated.entryIds
      .flatMap((id) => knowledge.entries.find((e) => e.id === id)?.quotes ?? [])
      .find((q) => q.date && dated.dates.includes(q.date));
    const statement = said ? ["pernyataan", said.speaker] : [];
    const topics = [statement, dated.subject, entry ? entrySubjectOf(entry) : []]
      .map((s) => s.filter((w) => !written.has(w) && !overridden(w)))
      .filter((s) => s.length);
    // "how many days exactly?" names no point to count from: the dated thing is that point ("sejak ...").
    // (Only a count, a unit not asked as "hari apa"; first, as "hari ini setahun ... ditandatangani" reads
    // as signed today.)
    const from = tokens.some((t) => FROM_WORDS.has(t)) || rest.some((w) => FROM_WORDS.has(w.raw));
    const counts =
      !from &&
      ((tokens.some((t) => HOW_MANY.has(t)) &&
        rest.some((w, i) => unitOf(w) !== undefined && !NOT_COUNTING.has(rest[i + 1]?.raw ?? ""))) ||
        rest.some((w) => w.std.length > 1 && w.std.some((t) => UNITS.has(t)))) &&
      !tokens.some((t) => t === "tanggal");
    // ("udah lewat setahun berarti?": an opener written last, "berarti", "jadi", says nothing.)
    const phrase = [...out];
    while (phrase.length > 1 && OPENERS.has(standardTokens(phrase[phrase.length - 1] as string)[0] ?? ""))
      phrase.pop();
    const readings = [
      ...(counts ? topics.map((s) => [...phrase, "sejak", ...s].join(" ")) : []),
      ...topics.map((s) => [...(tagged ? ["apakah"] : []), ...out, ...s].join(" ")),
    ];
    if (readings.length) return { ...ownAfterSwap, alternatives: [...new Set(readings)] };
  }
  // "tanda tangannya di madiun?", "sing neken bu vinanda langsung?": a statement offered to confirm, with no
  // question word, is a yes/no question even without "apakah" (its premise is checked, not just answered)
  // when the engine answers it but not as one.
  if (
    confirming &&
    !swap &&
    ownAfterSwap.alternatives === undefined &&
    !tokens.some((t) => ASKS_YES_NO.has(t))
  )
    return { ...ownAfterSwap, yesNo: ["apakah", ...out].join(" ") };
  return ownAfterSwap;
}
