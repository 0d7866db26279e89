import type { Entry, Knowledge, QuestionType } from "../knowledge/types.js";
import { agreementWords, questionWords } from "../language/lexicon.js";
import { normalizeText } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { contentTerms, indexTerms, type Term } from "../language/pipeline.js";
import { REPORT_WORDS, wordTypes } from "../language/question-type.js";
import { isNoiseWord, lemmaInfo, partsOfSpeech, wordClassOf } from "../language/words.js";
import { WH_TYPES } from "./analyse.js";
import { daysBetween, echoesRelativeYears, isCalendarWord, jakartaDate, TIME_WORDS } from "./dates.js";
import {
  countedNouns,
  entryAnswers,
  listsCounted,
  namedParties,
  ownSectorForms,
  PRICE,
  PRICE_WORDS,
  partyLookups,
  wordsOf,
} from "./facts.js";
import { type Focus, focusWith, HONORIFICS, knowledgePeopleIn, officeHolderNames } from "./focus.js";
import { type NumberVerdict, numberVerdict, statesNumbers } from "./quantities.js";
import type { Ranked } from "./retrieve.js";
import type { SearchIndex } from "./search-index.js";
import { engineStrings as S } from "./strings.js";

/**
 * Stage 4 (analyse -> focus -> retrieve -> DECIDE -> compose): whether one entry answers the clause, and
 * which of the clause's premises it contradicts, or why the clause is declined. A clause is declined when
 * the knowledge does not hold its focus or a premise names something the knowledge lacks; a yes/no
 * question whose premise the knowledge contradicts is answered with the correct fact.
 */
export type DeclineReason =
  | "empty"
  | "unknown-terms"
  | "no-match"
  | "low-coverage"
  | "type-mismatch"
  | "year"
  | "party"
  | "focus-not-held";

/** Premises of a yes/no question that the chosen entry contradicts (answered "Tidak"/"Bukan" + fact). */
export interface Conflicts {
  /** The entry is about another party than the one named. */
  owner: boolean;
  /** A year the entry has no fact for. */
  year: boolean;
  /** An office the knowledge's people do not hold ("bupati"). */
  office?: string;
  /** A level of government the parties are not ("kabupaten"). */
  level?: string;
  /** An outlet the question names that is not the source's ("dari Detik?"). */
  outlet?: string;
  /** A place the question names that is not the entry's ("di Surabaya?"). */
  place?: string;
  /** A city the question names as a party's partner instead of the knowledge's ("dengan Kota Surabaya?"). */
  partner?: string;
  /** A thing the question names in the place of an entry's only sector ("pertanian" for "ekonomi"). */
  sector?: string;
  /** The speaker who really said it, when the question names someone else. */
  speaker?: { name: string; office: string };
  /** An alternative the question offers that the knowledge does not name ("atau sama swasta?"). */
  alternative?: string;
  /** A number the question states where the entry states another in that unit ("Rp50.000?" of Rp25.000). */
  number?: { asked: string; right: string[] };
  /** Every number the question states is one the entry states in that unit (so "Ya" may be said). */
  numbersConfirmed?: boolean;
  /** A target the question names that the knowledge does not have ("zero plastik"). */
  target?: string;
  /** A word the question says someone said NOT to be so, which their quote states plainly ("diperlukan"). */
  negated?: string;
}

export type ClauseDecision =
  | { status: "answer"; entry: Entry; ranked: Ranked[]; coverage: number; conflicts: Conflicts }
  | {
      status: "decline";
      reason: DeclineReason;
      unknown: string[];
      ranked: Ranked[];
      /** What the knowledge does hold instead, when that is the honest reply ("sektornya antara lain ..."). */
      note?: string;
    };

/** Price words that name the thing priced ("berapa TIKET terjual" may count tickets). */
const PRICED_THINGS: ReadonlySet<string> = new Set(["tiket", "karcis"]);

/** A clause whose own confidence is below this share of covered (idf-weighted) words is declined. */
export const MIN_COVERAGE = 0.55;
/** Coverage an entry needs to answer a clause whose verb the knowledge does not use. */
const PREDICATE_COVERAGE = 0.99;
/** Types the question must get: answering a "kapan" question with a person is wrong, not partial. */
const STRONG_TYPES: QuestionType[] = [
  "date",
  "relative",
  "place",
  "target",
  "person",
  "quote",
  "amount",
  "reason",
];
/** Words asking whose something is ("milik siapa", "punya Kediri"). */
const OWNERSHIP = new Set(["milik", "punya", "kepunyaan", "miliknya", "punyanya"]);

/** Verbs of calling someone by a name ("yang disebut Bu Kades", "dipanggil", "disapa"). */
const NAMING = new Set(["disebut", "dipanggil", "disapa", "dijuluki", "sapaan", "panggilan", "julukan"]);

const NO_CONFLICTS: Conflicts = { owner: false, year: false };

/**
 * Whether a question names one of an entry's people: a word of their name, or the name in a nickname the
 * entry keeps as a keyword ("bu siska": "siska", whatever the honorific reads as).
 */
function namesEntryPerson(entry: Entry, tokens: readonly string[]): boolean {
  if (!entry.facts.people.length) return false;
  const named = (words: string[]) => words.some((n) => n.length > 2 && tokens.includes(n));
  return (
    entry.facts.people.some((p) => named(p.name.toLowerCase().split(/\s+/))) ||
    entry.keywords.some((k) => {
      const [first = "", ...rest] = k.toLowerCase().split(/\s+/);
      return NICKNAME_HONORIFICS.has(first) && rest.length > 0 && named(rest);
    })
  );
}

/** Honorifics a nickname starts with ("BU Siska", "CAK Nur"). */
const NICKNAME_HONORIFICS: ReadonlySet<string> = new Set(
  "bu ibu pak bapak mbak mas cak gus kang ning bunda abah mbah bung".split(" "),
);

/** Fact kinds that let a question with no content words ("kapan?", "dmn?") still have one answer. */
const FACT_FOR_TYPE: Partial<Record<QuestionType, (e: Entry) => boolean>> = {
  date: (e) => e.facts.dates.length > 0,
  relative: (e) => e.facts.dates.length > 0,
  place: (e) => e.facts.places.length > 0,
  target: (e) => e.facts.targets.length > 0,
};

/** A clause with only question words: answered when exactly one entry holds that kind of fact. */
function byTypeAlone(focus: Focus, knowledge: Knowledge, index: SearchIndex, now?: Date): ClauseDecision {
  const test = mapPacked(focus.types, (t) => FACT_FOR_TYPE[t]).find((f) => f !== undefined);
  let matches = test ? knowledge.entries.filter(test) : [];
  // "Wes setaun durung?", "kpn genap setaun": only something that has already happened has anniversaries
  // (a second file's festival next month is not what is counted).
  if (focus.intent === "anniversary" && now) {
    // The calendar day in Asia/Jakarta decides (dates.ts owns the zone).
    matches = matches.filter((e) => e.facts.dates.some((d) => daysBetween(jakartaDate(d.date), now) >= 0));
  }
  // A question naming nothing ("kpn?", "wes setaun durung?") is about what the bot is for, the
  // agreement: with several entries holding that kind of fact (a second file's event dates), the one
  // entry that names the agreement answers.
  if (matches.length > 1) matches = matches.filter((e) => namesAgreement(e, index));
  const only = matches[0];
  if (!only || matches.length !== 1) return { status: "decline", reason: "empty", unknown: [], ranked: [] };
  return {
    status: "answer",
    entry: only,
    ranked: [{ entry: only, score: 1, coverage: 1 }],
    coverage: 1,
    conflicts: NO_CONFLICTS,
  };
}

/**
 * Search forms of the things the knowledge's facts name: places (specific names: every one the question
 * names must be held) and targets and dated events (one of those the question names must be held).
 */
export interface ThingForms {
  places: Set<string>;
  others: Set<string>;
  /** What a whole file is about (every one the question names must be held, like places). */
  subjects: Set<string>;
}
const namedThings = new WeakMap<Knowledge, ThingForms>();
export function thingForms(knowledge: Knowledge): ThingForms {
  let s = namedThings.get(knowledge);
  if (!s) {
    // Words of the parties' names ("kota" of "kota madiun") set the scene; they name no thing.
    const partyForms = new Set(indexTerms(knowledge.parties.flatMap((p) => p.aliases).join(" . ")));
    // A number ("100" of "100 bank sampah aktif") counts; it names no thing ("lewat 100 hari sejak ttd").
    const formsOf = (texts: string[]) =>
      new Set(indexTerms(texts.join(" . ")).filter((f) => !partyForms.has(f) && !/^\d+$/.test(f)));
    // A word of a place's name that also names what another entry is about ("UMKM" of "Aula Graha UMKM"
    // beside the topic "Pelatihan digital UMKM") is a common noun there, not the place: only words that
    // name nothing else ("Hayam Wuruk", "Balai") name the place.
    const topicsElsewhere = new Set<string>();
    for (const e of knowledge.entries) {
      const own = formsOf(e.facts.places);
      for (const f of topicOf(e)) if (!own.has(f)) topicsElsewhere.add(f);
    }
    s = {
      places: new Set(
        [...formsOf(knowledge.entries.flatMap((e) => e.facts.places))].filter((f) => !topicsElsewhere.has(f)),
      ),
      others: new Set(
        formsOf(
          knowledge.entries.flatMap((e) => [
            ...mapPacked(e.facts.targets, (t) => t.what),
            ...mapPacked(e.facts.dates, (d) => d.label),
          ]),
        ),
      ),
      subjects: new Set([...subjectForms(knowledge)].filter((f) => !partyForms.has(f))),
    };
    namedThings.set(knowledge, s);
  }
  return s;
}

/** A file's subject: a word in the topics of at least this share of the file's entries. */
const SUBJECT_SHARE = 0.5;
/** ... and of at least this many of them (a two-entry file has no subject to tell apart). */
const SUBJECT_MIN_ENTRIES = 3;

/**
 * The words naming what a whole knowledge file is about: a word in most of its entries' topics ("Lokasi
 * festival", "Tiket masuk festival", ...). A question that names a file's subject is about that subject:
 * an entry of another file that happens to share its other words ("zero waste") does not answer it.
 */
function subjectForms(knowledge: Knowledge): Set<string> {
  const byFile = new Map<string, Entry[]>();
  for (const e of knowledge.entries) {
    const list = byFile.get(e.location.file);
    if (list) list.push(e);
    else byFile.set(e.location.file, [e]);
  }
  const out = new Set<string>();
  for (const entries of byFile.values()) {
    const counts = new Map<string, number>();
    for (const e of entries) for (const f of topicOf(e)) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [f, n] of counts)
      if (n >= SUBJECT_MIN_ENTRIES && n >= SUBJECT_SHARE * entries.length) out.add(f);
  }
  return out;
}

/** Whether the entry's topic names the subject of a file ("Lokasi FESTIVAL"), the parties aside. */
function topicNamesSubject(entry: Entry, knowledge: Knowledge): boolean {
  const subjects = thingForms(knowledge).subjects;
  return [...topicOf(entry)].some((f) => subjects.has(f) && !agreementWords.has(f));
}

/** Nouns heading the name of a department or agency ("Dinas Koperasi", "Badan Pendapatan"). */
const ORGANISATION_HEADS = new Set([
  "dinas",
  "badan",
  "kementerian",
  "kementrian",
  "biro",
  "direktorat",
  "lembaga",
  "kantor",
  // ... and of an event ("acara TTD", "kegiatan pelatihan"): the word naming which one, too.
  "acara",
  "kegiatan",
  "upacara",
]);

/** Whether an entry mentions the agreement itself (any of its names), remembered per entry. */
const agreementHeld = new WeakMap<Entry, boolean>();
function namesAgreement(entry: Entry, index: SearchIndex): boolean {
  let held = agreementHeld.get(entry);
  if (held === undefined) {
    held = false;
    for (const w of agreementWords) if (index.entryHas(entry.id, w)) held = true;
    agreementHeld.set(entry, held);
  }
  return held;
}

/**
 * Whether the entry holds the thing the focus names. A named thing of the knowledge (a place, a target)
 * that the entry does not hold, outside a place adjunct ("di Balai Kota"), means the question is about
 * something else; so does naming the agreement to an entry that never mentions it (a second file's
 * festival opening hours do not answer "jam buka balai kota" or "kapan perjanjian berakhir").
 */
function holdsThing(
  focus: Focus,
  entry: Entry,
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): boolean {
  const things = thingForms(knowledge);
  let named = 0;
  let held = 0;
  for (const t of focus.terms) {
    if (partyWords.has(t.word)) continue;
    const holds = index.entryHasAny(entry.id, t.forms);
    const subject = holdsAnyOf(things.subjects, t.forms);
    // "Hadir DI PELATIHAN?": a file's subject named as where something happened is still what is asked.
    if (focus.premises.located.has(t.word) && !(subject && !holds)) continue;
    // The word itself names a place ("Hayam Wuruk"); a verb sharing a stem with one ("berjalan" with
    // "Jalan Hayam Wuruk") does not. A file's subject ("festival") must be held too.
    if ((things.places.has(t.word) || subject) && !holds) return false;
    if (!holdsAnyOf(things.others, t.forms)) continue;
    named++;
    if (holds) held++;
  }
  if (named > 0 && held === 0) return false;
  // "Target PARIWISATA 2027": a target asked of a sector the knowledge names belongs to that sector; an
  // entry that never names it holds another target.
  if (entry.facts.targets.length && focus.tokens.some(isTargetWord)) {
    const sectors = sectorForms(knowledge);
    const sector = focus.terms.find((t) => !partyWords.has(t.word) && t.forms.some((f) => sectors.has(f)));
    if (sector && !index.entryHasAny(entry.id, sector.forms)) return false;
  }
  // "Kantor Dinas PARIWISATA": the word naming which department or agency must be the entry's own.
  for (let i = 0; i + 1 < focus.tokens.length; i++) {
    if (!ORGANISATION_HEADS.has(focus.tokens[i] as string)) continue;
    const which = focus.terms.find((t) => t.word === focus.tokens[i + 1]);
    if (!which || partyWords.has(which.word) || ORGANISATION_HEADS.has(which.word)) continue;
    if (!index.entryHasAny(entry.id, which.forms)) return false;
  }
  if (focus.terms.some(isAgreementTerm) && !namesAgreement(entry, index)) return false;
  if (!holdsSpeaker(focus, entry, index)) return false;
  return true;
}

/** Whether a set holds one of the forms (a loop: holdsThing runs for every candidate entry). */
function holdsAnyOf(set: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (const f of forms) if (set.has(f)) return true;
  return false;
}

const isTargetWord = (t: string): boolean => /^target/.test(t);
const isAgreementTerm = (t: Term): boolean => agreementWords.has(t.word);

/**
 * "Sudah berapa hari sejak MAIDI menyampaikan pernyataannya soal ekonomi?": a question that names one of
 * the knowledge's speakers asks about that speaker's words; an entry quoting only someone else does not
 * hold them (a yes/no question may still be answered, to say who really said it).
 */
function holdsSpeaker(focus: Focus, entry: Entry, index: SearchIndex): boolean {
  // "Vinanda targetin apa?": a target asked of a person is that person's; an entry that never names them
  // holds someone else's target. (A yes/no question is answered, to say whose it is.)
  if (focus.types.includes("target") && !focus.types.includes("yesno") && entry.facts.targets.length) {
    const named = [
      ...mapPacked(focus.premises.speakers, (sp) => sp.toLowerCase().split(/\s+/)[0] ?? ""),
      ...focus.premises.otherPeople,
    ];
    if (named.some((w) => w && !index.entryHas(entry.id, w))) return false;
  }
  // "Apa kata VINANDA soal bus?", "bu VINANDA lahir tahun berapa": what is asked of a person of the
  // knowledge who is quoted nowhere is not in an entry that quotes someone else and never names them.
  const { otherPeople } = focus.premises;
  if (
    otherPeople.length &&
    !focus.types.includes("yesno") &&
    entry.quotes.length &&
    !otherPeople.some((w) => index.entryHas(entry.id, w))
  )
    return false;
  const speakers = focus.premises.speakers;
  if (!speakers.length || focus.types.includes("yesno")) return true;
  if (!entry.quotes.length && !focus.types.includes("quote")) return true;
  const own = [...mapPacked(entry.quotes, (q) => q.speaker), ...mapPacked(entry.facts.people, (p) => p.name)];
  if (own.some((name) => speakers.includes(name))) return true;
  // Words reported without quotes ("Maidi menyampaikan bahwa ...") name the speaker in the answer.
  return (
    !entry.quotes.length &&
    speakers.some((sp) => index.entryHas(entry.id, sp.toLowerCase().split(/\s+/)[0] ?? ""))
  );
}

/** Whether the question names every content word of a speaker's role ("peserta pelatihan"), parties aside. */
function roleNamed(office: string, focus: Focus, partyWords: ReadonlySet<string>): boolean {
  const role = contentTerms(office).filter((t) => !partyWords.has(t.word));
  const asked = new Set(focus.terms.flatMap((t) => t.forms));
  return role.length > 0 && role.every((t) => t.forms.some((f) => asked.has(f)));
}

/** Content forms of an entry's topic, remembered per entry. */
const topicForms = new WeakMap<Entry, Set<string>>();
function topicOf(entry: Entry): Set<string> {
  let t = topicForms.get(entry);
  if (!t) {
    t = new Set(indexTerms(entry.topic));
    topicForms.set(entry, t);
  }
  return t;
}

/**
 * "Apa itu kerja sama Madiun Kediri?": two entries hold every word, one is ABOUT it (its topic names the
 * focus: "Ringkasan kerja sama"), the other only mentions it (a training "sebagai tindak lanjut kerja
 * sama"). A question about the agreement that names no type of fact, or asks what it is, gets the entry
 * whose topic names what is asked, when the best-ranked one's topic names none of it and the other
 * covers as much.
 */
function aboutFocus(focus: Focus, holding: Ranked[], partyWords: ReadonlySet<string>): Ranked | undefined {
  const top = holding[0];
  if (!top) return undefined;
  const open = focus.types.every((t) => t === "definition" || t === "list");
  if (!open) return undefined;
  const asked = focus.terms.filter((t) => !partyWords.has(t.word));
  // Only a question about the agreement itself ("kerja sama", "MoU"): other short questions ("yang
  // tanda tangan dari Kediri?") are the ranking's and the clarifying question's to settle.
  if (!asked.some((t) => agreementWords.has(t.word))) return undefined;
  const names = (r: Ranked) => asked.some((t) => t.forms.some((f) => topicOf(r.entry).has(f)));
  if (names(top)) return undefined;
  return holding.find((r) => r !== top && r.coverage >= top.coverage && names(r));
}

/** The party whose name a text contains ("Kepala Dinas ... Kota Madiun" -> madiun), if exactly one. */
function partyInText(text: string, knowledge: Knowledge): string | undefined {
  const lower = ` ${text.toLowerCase()} `;
  const found = knowledge.parties.filter((p) => p.aliases.some((a) => lower.includes(` ${a} `)));
  return found.length === 1 ? found[0]?.key : undefined;
}

/** Whether one of an entry's sample questions asks how ("Bagaimana cara ...", "Bagaimana potensi ..."). */
function answersHow(entry: Entry): boolean {
  let how = tellsHow.get(entry);
  if (how === undefined) {
    how = entry.questions.some((q) => /\b(bagaimana|gimana|piye|cara|carane|caranya)\b/i.test(q));
    tellsHow.set(entry, how);
  }
  return how;
}
const tellsHow = new WeakMap<Entry, boolean>();

/** Words asking until when ("sampai kapan", "hingga kapan"). */
const UNTIL = new Set(["sampai", "sampe", "hingga", "sampek"]);
/** Labels of dated facts that are an end ("hari terakhir", "batas pendaftaran", "berakhir"). */
const END_LABEL = /\b(akhir|terakhir|berakhir|batas|selesai|penutupan|tutup|sampai|hingga)\b/i;

/** Words that count time from or to a dated fact ("SUDAH berapa tahun", "berapa hari LAGI", "SEJAK"). */
const COUNTED_FROM = new Set([
  "sudah",
  "udah",
  "udh",
  "sdh",
  "wis",
  "wes",
  "uwis",
  "telah",
  "lagi",
  "lg",
  "maneh",
  "sejak",
  "sjk",
  "kurang",
  "sampai",
  "hingga",
  "menuju",
  "lalu",
  "setelah",
  "sesudah",
  "sebelum",
  "sekarang",
  "saiki",
  "kini",
  "antara",
  "selisih",
  "jarak",
  "berlalu",
  "lewat",
]);

/**
 * "Berapa tahun?" on its own, counted from nothing: the length of something (how long the agreement
 * lasts), which no dated fact answers. Counting from or to a dated fact needs a word saying so.
 */
function asksLength(tokens: readonly string[]): boolean {
  const counts = tokens.some(
    (t, i) =>
      // ("berapa lama" is read as one word, the phrase "berapalama".)
      (t === "berapalama" && !/^(19|20)\d\d$/.test(tokens[i + 1] ?? "")) ||
      (t === "berapa" &&
        (TIME_WORDS.has(tokens[i + 1] ?? "") || tokens[i + 1] === "lama") &&
        // ("tahun berapa, TAHUN 2027?": a year offered as the answer, not a length asked.)
        !/^(19|20)\d\d$/.test(tokens[i + 2] ?? "")),
  );
  return counts && !tokens.some((t) => COUNTED_FROM.has(t));
}

/** A length stated in an answer: a number (in digits or words) before a unit of time. */
const STATED_LENGTH =
  /\b(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|se)\s*(tahun|bulan|minggu|pekan|hari|jam|menit)\b/i;

/** A time of day written in an answer ("pukul 16.00", "jam 9", "19:30"). */
const CLOCK_TIME = /\b(pukul|jam)\s*\d|\b\d{1,2}[.:]\d{2}\b/i;
/** Words naming the hour ("jam", "pukul"). */
const HOUR_WORDS = new Set(["jam", "pukul"]);

/** Whether the tokens ask for a time of day ("jam berapa", "pukul berapa", "jam piro"). */
function asksClockTime(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => HOUR_WORDS.has(t) && (tokens[i + 1] === "berapa" || tokens[i - 1] === "berapa"),
  );
}

/**
 * Nouns of measure and the units an answer states that measure in: "berapa JARAK Madiun ke Kediri" is
 * answered by a distance, never by a fare that says "berapa pun jarak yang ditempuh". A closed class of
 * Indonesian measure nouns, like the price words (a length of time has its own check: asksLength).
 */
const MEASURES: ReadonlyMap<string, RegExp> = new Map([
  ["jarak", /\b(km|kilometer|kilo|meter|mil)\b/i],
  ["jauh", /\b(km|kilometer|kilo|meter|mil)\b/i],
  ["panjang", /\b(km|kilometer|meter|cm|sentimeter|m)\b/i],
  ["lebar", /\b(km|kilometer|meter|cm|sentimeter|m)\b/i],
  ["tinggi", /\b(meter|cm|sentimeter|m|lantai)\b/i],
  ["luas", /\b(hektare|hektar|ha|m2|meter persegi|km2|kilometer persegi|are)\b/i],
  ["berat", /\b(kg|kilogram|ton|gram|kuintal)\b/i],
  ["bobot", /\b(kg|kilogram|ton|gram|kuintal)\b/i],
]);
/** Words asking how much ("berapa", "brp", "piro"), after standardizing. */
const HOW_MUCH = new Set(["berapa", "berapakah", "seberapa", "piro", "pinten"]);

/**
 * The unit a clause asks a measure in ("berapa jarak tempuhnya", "jaraknya brp"): the measure noun next to
 * (or one word from) the word asking how much, or a unit right after it ("berapa km"). Undefined when no
 * measure is asked.
 */
function askedMeasure(tokens: readonly string[]): RegExp | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const unit = MEASURES.get(tokens[i] as string);
    if (!unit) continue;
    const near = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
    if (near.some((t) => t !== undefined && HOW_MUCH.has(t))) return unit;
  }
  // "jarak madiun ke kediri BERAPA KM": a unit right after the word asking how much asks its measure,
  // wherever the measure noun stands.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!HOW_MUCH.has(tokens[i] as string)) continue;
    const next = tokens[i + 1] as string;
    for (const unit of MEASURES.values()) if (unit.test(next)) return unit;
  }
  return undefined;
}

/** Words asking for others than the ones named ("pejabat lain", "sopo wae liyane"). */
const OTHER = new Set(["lain", "lainnya", "liyane", "lainnya"]);

/** Words asking which one after a participant noun ("kota MANA", "pihak SIAPA"). */
const WHICH_ONE = new Set(["mana", "manasaja", "apa", "apasaja", "siapa", "dimana"]);
/** Words asking beyond what is named ("SELAIN Kediri", "kota mana LAGI"). */
const BEYOND = new Set(["selain", "lagi", "lain", "lainnya", "liyane"]);

/**
 * Whether the tokens ask for a participant beyond the ones they name: a participant noun before a word
 * asking which ("kota mana", "pihak siapa"), or "sama/dengan siapa", with "selain" or "lagi"/"lain".
 */
function asksAnotherParty(tokens: readonly string[]): boolean {
  if (!tokens.some((t) => BEYOND.has(t))) return false;
  return tokens.some(
    (t, i) =>
      WHICH_ONE.has(tokens[i + 1] ?? "") &&
      (PARTICIPANTS.has(t) || t === "dengan" || t === "sama" || t === "karo" || t === "bersama"),
  );
}

/** Nouns naming who takes part (cities, governments, officials, people): "kota lain", "pejabat liyane". */
const PARTICIPANTS = new Set([
  "kota",
  "kabupaten",
  "daerah",
  "pemkot",
  "pemkab",
  "pemda",
  "pemerintah",
  "pihak",
  "pejabat",
  "orang",
  "tokoh",
  "instansi",
  "lembaga",
  "dinas",
]);

/** Participants someone could be represented by ("diwakilkan kepada PEJABAT lain"), not parties. */
const DELEGATES = new Set(["pejabat", "orang", "tokoh", "pihak"]);

/** Words that ask whether something is one of the sectors ("termasuk sektor", "masuk bidang"). */
const SECTOR_FRAME = new Set([
  "sektor",
  "bagian",
  "bidang",
  "strategis",
  "termasuk",
  "masuk",
  "cakup",
  "mencakup",
  "tercakup",
  "dicakup",
]);

/** Search forms of every sector the knowledge names. */
const sectorVocab = new WeakMap<Knowledge, Set<string>>();
export function sectorForms(knowledge: Knowledge): Set<string> {
  let s = sectorVocab.get(knowledge);
  if (!s) {
    s = new Set(indexTerms(knowledge.entries.flatMap((e) => e.facts.sectors).join(" . ")));
    sectorVocab.set(knowledge, s);
  }
  return s;
}

/** Words asking whether something is one of a list ("kesehatan termasuk?", "is health one of them?"). */
const INCLUDING = new Set([
  "termasuk",
  "masuk",
  "salahsatu",
  "tercakup",
  "dicakup",
  "mencakup",
  "include",
  "included",
]);

/** A score this share of another's is nearly as high (a yes/no question's covering entry may win). */
const NEARLY = 0.9;

/** Verbs of taking part as well ("ikut", "melu" -> ikut; "turut", "terlibat", "hadir", "bergabung"). */
const JOINING = new Set([
  "ikut",
  "turut",
  "terlibat",
  "libat",
  "hadir",
  "datang",
  "gabung",
  "bergabung",
  "join",
]);

/** Whether a term names a sector of the knowledge, or the root of one ("wisata" of "pariwisata"). */
function namesSector(t: Term, sectors: Set<string>): boolean {
  return t.forms.some(
    (f) =>
      sectors.has(f) || (f.length >= 5 && [...sectors].some((s) => s.length > f.length && s.endsWith(f))),
  );
}

/**
 * The words a sector question names that are no sector of the knowledge (empty when it asks none). A
 * question asking whether one thing is included ("kesehatan termasuk?", "is health one of them?") asks
 * about the list of sectors too, when that thing is no person, place, target or subject of the knowledge.
 */
function unlistedSectors(focus: Focus, knowledge: Knowledge, partyWords: ReadonlySet<string>): string[] {
  if (focus.types.includes("list") || focus.types.some((t) => WH_TYPES.has(t))) return [];
  // ("selain sektor yang tercakup", "sektor lainnya": the others of the list are asked, not one thing.)
  if (focus.tokens.some((t) => t === "selain" || t === "lain" || t === "lainnya")) return [];
  const sectorWord = focus.tokens.some((t) => t === "sektor" || t === "bidang");
  const including = focus.tokens.some((t) => INCLUDING.has(t));
  if (sectorWord ? !focus.types.includes("yesno") && !including : !including) return [];
  const sectors = sectorForms(knowledge);
  if (!sectors.size) return [];
  const frame = (t: Term) =>
    t.forms.some((f) => SECTOR_FRAME.has(f) || INCLUDING.has(f)) ||
    agreementWords.has(t.word) ||
    partyWords.has(t.word);
  const named = focus.terms.filter((t) => !frame(t));
  // Only a question that names no sector of the knowledge at all: the other words may be paraphrase.
  if (named.some((t) => namesSector(t, sectors))) return [];
  // Without "sektor" or a yes/no reading ("kesehatan termasuk?", "selain sektor yang tercakup"), only one
  // thing offered, that the knowledge names as nothing else, is asked about as a sector.
  if (!sectorWord || !focus.types.includes("yesno")) {
    const things = thingForms(knowledge);
    const people = peopleForms(knowledge);
    const named1 = named[0];
    if (named.length !== 1 || !named1) return [];
    const known = (f: string) =>
      things.places.has(f) || things.others.has(f) || things.subjects.has(f) || people.has(f);
    if (named1.forms.some(known)) return [];
  }
  return mapPacked(named, (t) => t.word);
}

/** The words of each target the knowledge names ("zero kabel" -> zero, kabel), remembered per knowledge. */
const targetWordsOf = new WeakMap<Knowledge, { what: string; words: string[] }[]>();
function targetWords(knowledge: Knowledge): { what: string; words: string[] }[] {
  let targets = targetWordsOf.get(knowledge);
  if (!targets) {
    const whats = [...new Set(knowledge.entries.flatMap((e) => mapPacked(e.facts.targets, (t) => t.what)))];
    targets = mapPacked(whats, (what) => ({ what, words: what.toLowerCase().split(/\s+/).filter(Boolean) }));
    targetWordsOf.set(knowledge, targets);
  }
  return targets;
}

/**
 * The target a question only asks the meaning of ("apa itu zero kabel?", "zero waste itu apa?"): a question
 * of the definition type alone whose words (parties aside) are all words of one target, every one of them.
 */
function definedTarget(
  focus: Focus,
  knowledge: Knowledge,
  partyWords: ReadonlySet<string>,
): string | undefined {
  if (!focus.types.length || !focus.types.every((t) => t === "definition")) return undefined;
  const asked = focus.terms.filter((t) => !partyWords.has(t.word));
  if (!asked.length) return undefined;
  const hit = targetWords(knowledge).find(
    (target) =>
      target.words.length > 1 &&
      asked.every((t) => target.words.some((w) => t.word === w || t.forms.includes(w))) &&
      target.words.every((w) => asked.some((t) => t.word === w || t.forms.includes(w))),
  );
  return hit?.what;
}

/**
 * "Apa itu kerja sama Madiun Kediri?": a question that asks what a topic is goes to the entry whose
 * topic it names most exactly, not to whichever entry repeats its words most (a second file's "Festival
 * ... Madiun–Kediri" summary also says "kerja sama Madiun Kediri"). Applies when the search's choice has a
 * topic that names none of the question's words (the parties' names aside: they set the scene); the entry
 * answering "definition" whose topic names most of them wins, among equals the topic with fewer words
 * the question does not name. Undefined when no topic is named.
 */
function namedTopic(
  focus: Focus,
  holding: Ranked[],
  partyWords: ReadonlySet<string>,
  index: SearchIndex,
): Ranked | undefined {
  // A question with no question word ("info kerja sama madiun kediri dong", "ceritakan tentang ...") asks
  // about the topic as a whole too.
  const general = focus.types.length === 0 || focus.types.every((t) => t === "definition");
  if (!general) return undefined;
  // ("PEMKOT Madiun ama PEMKOT Kediri kerjasam apa": the kind of a party named is part of its name, no
  // topic; "Target Pemkot Madiun 2027" names no more of the question than the summary does.)
  const kinds = partyKindsNaming(focus.tokens, partyWords);
  const asked = focus.terms.filter((t) => !partyWords.has(t.word) && !kinds.has(t.word));
  if (!asked.length) return undefined;
  const topicFit = (r: Ranked) => {
    const topic = topicOf(r.entry);
    const named = asked.filter((t) => t.forms.some((f) => topic.has(f))).length;
    const questionForms = new Set(focus.terms.flatMap((t) => t.forms));
    const extra = [...topic].filter((f) => !questionForms.has(f)).length;
    return { named, extra };
  };
  const definitions = holding.filter((r) => entryAnswers(r.entry).has("definition"));
  const first = definitions[0];
  if (!first) return undefined;
  let best = first;
  let bestFit = topicFit(first);
  for (const r of definitions.slice(1)) {
    const f = topicFit(r);
    if (f.named > bestFit.named || (f.named === bestFit.named && f.named > 0 && f.extra < bestFit.extra)) {
      best = r;
      bestFit = f;
    }
  }
  const searched = holding[0];
  if (!searched || best === searched || bestFit.named === 0) return undefined;
  // Only when the search's choice is about something else: its topic names none of the question's words,
  // or it is no entry that tells what something is ("Jumlah peserta pelatihan" for "ceritakan tentang
  // pelatihan UMKM") and the summary's topic names more of it. And only an entry that holds every word
  // asked: "kuliner KHAS apa yg mau dikembangin" names more than a festival whose title says "Kuliner"
  // (what it asks is the ranking's and the rules' to settle).
  const holdsAll = asked.every((t) => index.entryHasAny(best.entry.id, t.forms));
  if (!holdsAll) return undefined;
  const searchedFit = topicFit(searched);
  if (searchedFit.named === 0) return best;
  return !entryAnswers(searched.entry).has("definition") && bestFit.named > searchedFit.named
    ? best
    : undefined;
}

/** Kind nouns written before a party's name in the tokens ("PEMERINTAH KOTA madiun", "PIHAK kediri"). */
function partyKindsNaming(tokens: readonly string[], partyWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!partyWords.has(tokens[i] as string)) continue;
    for (let k = i - 1; k >= 0 && PARTY_KINDS.has(tokens[k] as string); k--) out.add(tokens[k] as string);
  }
  return out;
}

/** Words of a date label that say which day of the thing it is, not which thing ("hari pertama"). */
const DAY_OF = new Set(["pertama", "terakhir", "akhir", "awal", "mulai", "tanggal", "tgl"]);

/** The words naming which thing each of an entry's date labels dates, remembered per entry. */
const labelWordsOf = new WeakMap<Entry, Term[][]>();
function labelWords(entry: Entry): Term[][] {
  let out = labelWordsOf.get(entry);
  if (!out) {
    out = mapPacked(entry.facts.dates, (d) =>
      contentTerms(d.label).filter(
        (t) => !isCalendarWord(t.word) && !TIME_WORDS.has(t.word) && !DAY_OF.has(t.word),
      ),
    );
    labelWordsOf.set(entry, out);
  }
  return out;
}

/**
 * How well the question names an entry's best date label: how many of the label's words it names (more
 * is better), then how many it does not (fewer is better).
 */
function labelFit(entry: Entry, asked: ReadonlySet<string>): { named: number; missing: number } {
  let best = { named: 0, missing: Number.POSITIVE_INFINITY };
  for (const words of labelWords(entry)) {
    const named = words.filter((t) => t.forms.some((f) => asked.has(f))).length;
    const missing = words.length - named;
    if (named > best.named || (named === best.named && missing < best.missing)) best = { named, missing };
  }
  return best;
}

/**
 * "Kapan festival ... dilaksanakan?" asks for the date of the thing it names: among the entries that
 * answer a date, a quote's date answers only a question about what was said ("kapan Bu Ratna
 * menyampaikan ..."), and the dated fact whose label the question names best comes first
 * ("hari pertama festival" before "batas pendaftaran UMKM"). Other questions keep the search's order.
 */
function datedFirst(focus: Focus, fitting: Ranked[]): Ranked[] {
  if (!focus.types.some((t) => t === "date" || t === "relative")) return fitting;
  if (focus.premises.saying || focus.premises.speakers.length) return fitting;
  const dated = fitting.filter((r) => r.entry.facts.dates.length > 0);
  if (!dated.length) return fitting;
  const asked = new Set(focus.terms.flatMap((t) => t.forms));
  const fit = new Map(mapPacked(dated, (r) => [r, labelFit(r.entry, asked)]));
  const none = { named: 0, missing: 0 };
  const ordered = [...dated].sort((a, b) => {
    const x = fit.get(a) ?? none;
    const y = fit.get(b) ?? none;
    return y.named - x.named || x.missing - y.missing;
  });
  return [...ordered, ...fitting.filter((r) => !dated.includes(r))];
}

/**
 * "Berapa UMKM yang ikut pelatihan?": an entry whose staff say it answers counts ("answers: [amount]",
 * the participants) comes before one that only happens to state a number in passing (a summary's "150
 * pelaku UMKM"), which the count checks below would then decline.
 */
function declaredFirst(types: readonly QuestionType[], fitting: Ranked[]): Ranked[] {
  if (!types.includes("amount") || types.includes("date") || types.includes("relative")) return fitting;
  const declared = fitting.filter((r) => r.entry.answers.includes("amount"));
  return declared.length ? [...declared, ...fitting.filter((r) => !declared.includes(r))] : fitting;
}

/**
 * "Kapan Pak Maidi menyampaikan ...?": a question about what a named speaker said is not answered by an
 * entry that quotes only someone else (a second file's head of department).
 */
function quotesSpeaker(focus: Focus, entry: Entry): boolean {
  const { speakers, saying } = focus.premises;
  if (!speakers.length || !entry.quotes.length) return true;
  if (!saying && !focus.types.includes("quote")) return true;
  return entry.quotes.some((q) => speakers.includes(q.speaker));
}

/**
 * "Kapan pernyataan soal balai kota disampaikan?", "apakah kutipan itu disampaikan tanggal 13?": the day of
 * words said is the day of a statement; an entry that holds nobody's words (the signing, its place) has no
 * such day, unless the question names the dated event itself ("kapan ditandatangani, menurut berita?").
 */
function datesWords(focus: Focus, entry: Entry, knowledge: Knowledge): boolean {
  if (!focus.premises.saying || !focus.types.includes("quote") || !focus.types.includes("date")) return true;
  if (wordsOf(entry, knowledge) !== undefined) return true;
  return labelFit(entry, new Set(focus.terms.flatMap((t) => t.forms))).named > 0;
}

/** The entries of each knowledge file, worked out once per knowledge version. */
const byFileOf = new WeakMap<Knowledge, Map<string, Entry[]>>();
function entriesOfFile(knowledge: Knowledge, file: string): Entry[] {
  return filesByName(knowledge).get(file) ?? [];
}

/** How many knowledge files the entries come from. */
function filesOf(knowledge: Knowledge): number {
  return filesByName(knowledge).size;
}

function filesByName(knowledge: Knowledge): Map<string, Entry[]> {
  let m = byFileOf.get(knowledge);
  if (!m) {
    m = new Map();
    for (const e of knowledge.entries) {
      const list = m.get(e.location.file);
      if (list) list.push(e);
      else m.set(e.location.file, [e]);
    }
    byFileOf.set(knowledge, m);
  }
  return m;
}

/** Words asking for the whole of the thing named before them ("isi LENGKAP", "naskah UTUH"). */
const WHOLE = new Set([
  "lengkap",
  "lengkapnya",
  "lengkape",
  "utuh",
  "utuhnya",
  "komplet",
  "full",
  // Word for word: a quote as it was said ("bisa kasih VERBATIM?", "secara HARFIAH").
  "harfiah",
  "verbatim",
]);
/** Words that ask to be told more, not for a thing: "penjelasan lengkap" asks for an answer, not a document. */
const TELLING = new Set([
  "info",
  "infonya",
  "informasi",
  "penjelasan",
  "keterangan",
  "jawaban",
  "jawabannya",
  "detail",
  "rincian",
  "cerita",
  "ringkasan",
]);

/** Word classes a completeness word's head is looked for past ("naskah SECARA lengkap"). */
const PAST_HEAD = new Set(["function", "adverb", "particle"]);

/** The head noun a completeness word follows ("isi" of "isi lengkap"), if the clause asks for a whole. */
function wholeAsked(tokens: readonly string[]): string | undefined {
  const i = tokens.findIndex((t, k) => k > 0 && WHOLE.has(t));
  let k = i - 1;
  while (k > 0 && PAST_HEAD.has(wordClassOf(tokens[k] as string))) k--;
  const head = i > 0 ? (tokens[k] as string) : undefined;
  return head && !TELLING.has(head) ? head : undefined;
}

/**
 * Whether an entry keeps whole what a completeness word asks for: a quote verbatim, a person's name.
 * `quoted`: the clause asks for words said ("kutipan ...", "apa kata ..."), whose whole is the quote.
 */
function holdsWhole(head: string, entry: Entry, saying: boolean, quoted: boolean): boolean {
  if (wordTypes(head).includes("quote") || head.startsWith("kutipan")) return entry.quotes.length > 0;
  // "BUNYI lengkap ucapan Pak Maidi": the wording of something said is the quote, verbatim.
  if ((head === "bunyi" || head === "bunyinya") && saying) return entry.quotes.length > 0;
  if (head === "nama" || head === "namanya" || head === "jeneng" || head === "jenenge")
    return entry.facts.people.length > 0 || entry.quotes.length > 0;
  // "Kutipan Maidi soal ekonomi secara harfiah?": words said, asked word for word, are the quote.
  if (quoted) return entry.quotes.length > 0;
  // "Bisa KASIH lengkap?": after a word that names no thing (a verb of giving, a courtesy) the whole is
  // asked of the answer itself.
  return !partsOfSpeech(head).includes("n") || wordClassOf(head) !== "content";
}

/**
 * A content word of the focus that no entry of `entry`'s file holds while another file does (only with
 * several files): the word the question turns on belongs to something else. Parties, the agreement's own
 * words, calendar and time words and words that only name the kind of answer are never foreign.
 */
function foreignWord(
  focus: Focus,
  best: Ranked,
  ranked: readonly Ranked[],
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): string | undefined {
  const entry = best.entry;
  if (filesOf(knowledge) < 2) return undefined;
  const mates = entriesOfFile(knowledge, entry.location.file);
  // The other file must offer a reading of the question of its own (an entry holding the word that
  // covers at least half as much): a stray word ("class" -> kelas of a festival's "naik kelas") is not it.
  const rivalHolds = (t: Term) =>
    ranked.some(
      (r) =>
        r.entry.location.file !== entry.location.file &&
        r.coverage >= best.coverage / 2 &&
        index.entryHasAny(r.entry.id, t.forms),
    );
  const found = focus.terms.find(
    (t) =>
      t.status === "known" &&
      // Only a word that would be content without the other file: not a corrected or noise word
      // ("sekaligus"), which the pipeline would have let pass.
      !t.corrected &&
      !isNoiseWord(t.word) &&
      // A closed-class word ("sejak", "bagi") names nothing another file could own.
      wordClassOf(t.word) === "content" &&
      !partyWords.has(t.word) &&
      !agreementWords.has(t.word) &&
      !isCalendarWord(t.word) &&
      !TIME_WORDS.has(t.word) &&
      wordTypes(t.word).length === 0 &&
      !mates.some((e) => index.entryHasAny(e.id, t.forms)) &&
      rivalHolds(t),
  );
  return found ? (found.typed ?? found.word) : undefined;
}

/** The parties' names a question puts something in ("di Kediri", "nang Kota Madiun"). */
function inCities(tokens: readonly string[], partyWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t !== "di" && t !== "nang" && t !== "neng") return;
    const next = tokens[i + 1] === "kota" ? tokens[i + 2] : tokens[i + 1];
    if (next && next !== "kota" && partyWords.has(next)) out.push(next);
  });
  return out;
}

const peopleOf = new WeakMap<Knowledge, Set<string>>();
/** Search forms of the knowledge's people and their offices (facts and quotes): "maidi", "walikota". */
function peopleForms(knowledge: Knowledge): Set<string> {
  let s = peopleOf.get(knowledge);
  if (!s) {
    const texts = knowledge.entries.flatMap((e) => [
      ...e.facts.people.flatMap((p) => [p.name, p.office]),
      ...e.quotes.flatMap((q) => [q.speaker, q.office]),
    ]);
    s = new Set(indexTerms(texts.join(" . ")));
    peopleOf.set(knowledge, s);
  }
  return s;
}

/**
 * "Pemkot Madiun menargetkan zero waste dan ZERO PLASTIK pada 2027?", "yang ditargetkan zero EMISI KARBON?":
 * a yes/no question naming a target of the knowledge's kind ("zero ...") with words no target has. The
 * rest of the question decides the entry; one that states targets then corrects the premise with them.
 * Undefined unless every unknown word continues the first word of a target's name.
 */
function targetPremise(
  focus: Focus,
  ranked: Ranked[],
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
  now?: Date,
): ClauseDecision | undefined {
  // (A year the claim names makes it a date question too: "... pada 2027 adalah zero emisi karbon?".)
  const asksWhen = focus.tokens.some((t) => t === "kapan" || t === "tanggal");
  if (
    focus.types.some((t) => WH_TYPES.has(t) && t !== "quote" && t !== "target" && (t !== "date" || asksWhen))
  )
    return undefined;
  const heads = new Set(mapPacked(targetWords(knowledge), (t) => t.words[0] ?? ""));
  const unknown = new Set(focus.unknown);
  const tokens = focus.tokens;
  // Each unknown word right after a target's first word ("zero") or after another such word ("emisi karbon").
  const named: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!unknown.has(t)) continue;
    const prev = tokens[i - 1] as string;
    if (heads.has(prev)) named.push(`${prev} ${t}`);
    else if (unknown.has(prev) && named.length && named[named.length - 1]?.endsWith(` ${prev}`))
      named[named.length - 1] = `${named[named.length - 1]} ${t}`;
    else return undefined;
  }
  if (!named.length) return undefined;
  const rest = decide(focusWith(focus, { unknown: [] }), ranked, knowledge, index, partyWords, now);
  if (rest.status !== "answer" || !rest.entry.facts.targets.length) return undefined;
  const c = rest.conflicts;
  if (c.owner || c.office || c.speaker || c.place) return undefined;
  return { ...rest, conflicts: { ...c, target: named.join(", ") } };
}

/** Words ranking something first ("nomor satu", "pertama", "terutama"), as a topic's "utama" does. */
const RANK: ReadonlySet<string> = new Set(["nomorsatu", "pertama", "terutama", "teratas", "terpenting"]);

/**
 * "Sektor pertanian dadi prioritas utama kan?": a yes/no question that puts an unknown noun where an entry
 * holds ONE sector (the priority is ekonomi: a closed fact, unlike the open "antara lain" list of sectors).
 * The rest of the question is the entry's own words ("prioritas utama"); the named thing is then a wrong
 * premise, answered "Bukan" with the fact. Undefined when the question is anything else (a membership
 * question about the open list stays declined).
 */
function singleFactPremise(
  focus: Focus,
  ranked: Ranked[],
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
  now?: Date,
): ClauseDecision | undefined {
  // ("Apakah benar Pak Maidi MENGATAKAN bahwa pendidikan adalah prioritas nomor satu?": a claim about what
  // someone said is checked like the fact itself.)
  if (focus.types.some((t) => WH_TYPES.has(t) && t !== "quote")) return undefined;
  if (!focus.unknown.every((w) => lemmaInfo(w).inLexicon && !/\d/.test(w))) return undefined;
  // The rest of the question decides the entry; its sector frame ("sektor ...") has been read here.
  const tokens = focus.tokens.filter((t) => t !== "sektor" && t !== "bidang");
  const rest = decide(focusWith(focus, { tokens, unknown: [] }), ranked, knowledge, index, partyWords, now);
  if (rest.status !== "answer") return undefined;
  const { entry } = rest;
  const c = rest.conflicts;
  if (entry.facts.sectors.length !== 1 || c.owner || c.year || c.office || c.speaker || c.place)
    return undefined;
  const own = new Set(indexTerms(entry.facts.sectors.join(" . ")));
  // The question names what the single fact is (the entry's own words) and not the fact itself.
  // (The person said to have said it is a premise checked by the entry's speaker, not what is named.)
  const speakers = new Set(entry.quotes.flatMap((q) => q.speaker.toLowerCase().split(/\s+/)));
  const naming = focus.terms.filter(
    (t) =>
      !SECTOR_FRAME.has(t.word) &&
      !partyWords.has(t.word) &&
      !agreementWords.has(t.word) &&
      !speakers.has(t.word) &&
      !HONORIFICS.has(t.word),
  );
  if (!naming.length || naming.some((t) => t.forms.some((f) => own.has(f)))) return undefined;
  // ... and names it by the entry's topic ("prioritas utama"), not by any word of its text ("kesehatan").
  const topic = topicOf(entry);
  // ("nomor satu" says "utama" in other words: a rank, as the topic's own word does.)
  if (!naming.every((t) => RANK.has(t.word) || t.forms.some((f) => topic.has(f)))) return undefined;
  if (!naming.some((t) => t.forms.some((f) => topic.has(f)))) return undefined;
  return { ...rest, conflicts: { ...c, sector: focus.unknown.join(" ") } };
}

/**
 * "Pak Maidi berangkat ke Kediri naik apa?": a person (or office) of the knowledge who does what the
 * clause asks about (the one who travels, whose party) is part of what is asked. An entry that does not
 * name them answers it only when the knowledge ties that person to the same thing elsewhere: "Maidi tanda
 * tangan di mana?" is answered by the signing's place, since another entry says Maidi signed; the bus
 * timetable says nothing of Maidi travelling, so it does not answer his trip. Returns the person and the
 * words the knowledge never says of them, or undefined when the entry may answer.
 */
export function personNotHeld(
  focus: Focus,
  entry: Entry,
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): { name: string; words: string[] } | undefined {
  // A who-question asks for the person; words said are checked against the speakers (quotesSpeaker).
  if (focus.intent !== "entry" || focus.premises.saying) return undefined;
  if (focus.types.some((t) => t === "person" || t === "quote" || t === "definition")) return undefined;
  const people = knowledgePeopleIn(focus.premiseTokens, knowledge);
  if (!people.length) return undefined;
  const formsOf = (word: string) => focus.terms.find((t) => t.word === word)?.forms ?? [word];
  const holds = (e: Entry, forms: readonly string[]) => forms.some((f) => index.entryHas(e.id, f));
  const own = new Set(mapPacked(people, (p) => p.word));
  // What the clause says the person does or has, as far as this entry holds it ("berangkat" of a timetable).
  const event = focus.terms.filter(
    (t) =>
      !own.has(t.word) &&
      !partyWords.has(t.word) &&
      !agreementWords.has(t.word) &&
      !HONORIFICS.has(t.word) &&
      !TIME_WORDS.has(t.word) &&
      !HOUR_WORDS.has(t.word) &&
      !/^\d+$/.test(t.word) &&
      wordTypes(t.word).length === 0 &&
      // A name is who, not what is done: "Apakah Bu Siska itu Bupati?" asks an identity, no event.
      lemmaInfo(t.word).inLexicon,
  );
  const held = event.filter((t) => holds(entry, t.forms));
  if (!held.length) return undefined;
  for (const p of people) {
    const forms = formsOf(p.word);
    if (holds(entry, forms)) continue;
    // An office is named by the name of one who holds it ("Wali Kota Madiun menyebut ..." of Maidi's words).
    if (officeHolderNames(knowledge, p.word).some((w) => index.entryHas(entry.id, w))) continue;
    // Another entry names the person doing the same thing: the person is a premise the knowledge holds.
    if (knowledge.entries.some((e) => holds(e, forms) && held.every((t) => holds(e, t.forms)))) continue;
    return { name: p.name, words: mapPacked(event, (t) => t.typed ?? t.word) };
  }
  return undefined;
}

/** Words asking what something is like, after "seperti" or "yang" ("seperti apa", "yang bagaimana"). */
const WHAT_LIKE = new Set(["apa", "bagaimana"]);
/** Words that cannot be part of the noun phrase described. */
const NOT_IN_PHRASE = new Set([
  "yang",
  "itu",
  "ini",
  "seperti",
  "apa",
  "bagaimana",
  "siapa",
  "di",
  "dari",
  "ke",
]);

/**
 * "Pembangunan kota yang seperti apa yang dituju?", "kota kayak gimana": the noun phrase before "(yang)
 * seperti apa" / "yang bagaimana" is described by an answer that writes it with a relative clause
 * ("pembangunan kota yang ramah lingkungan"). The first holding entry that does, else undefined.
 */
export function describedPhrase(tokens: readonly string[], holding: Ranked[]): Ranked | undefined {
  let at = -1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const asks =
      (tokens[i] === "seperti" && WHAT_LIKE.has(tokens[i + 1] as string)) ||
      (tokens[i] === "yang" && tokens[i + 1] === "bagaimana");
    if (asks) {
      at = tokens[i - 1] === "yang" ? i - 1 : i;
      break;
    }
  }
  if (at <= 0) return undefined;
  const phrase: string[] = [];
  for (let k = at - 1; k >= 0 && !NOT_IN_PHRASE.has(tokens[k] as string); k--)
    phrase.unshift(tokens[k] as string);
  if (!phrase.length) return undefined;
  const written = ` ${phrase.join(" ")} yang `;
  return holding.find((r) => ` ${normalizeText(r.entry.answer)} `.includes(written));
}

/**
 * Whether a question about the parties' level also names the right one ("pemkot atau pemkab?", "pemkot to?
 * apa kabupaten?"): then it is a choice to answer, no wrong premise to deny, unless it negates the right
 * one ("Kabupaten Kediri ya, BUKAN KOTA?").
 */
function offersRightLevel(tokens: readonly string[], levels: readonly string[]): boolean {
  const negated = tokens.some((t, i) => t === "kota" && LEVEL_NEGATIONS.has(tokens[i - 1] ?? ""));
  if (negated) return false;
  // Offered, not claimed: a choice word between the right level and a wrong one ("pemkot to? APA
  // kabupaten?", "kota ATAU kabupaten?"), or the wrong one negated ("kota, BUKAN kabupaten"). Joined by
  // "dan", "ama", "karo" ("pemkot madiun AMA pemkab madiun") both are claimed: the wrong one is a premise.
  const rights = tokens.flatMap((t, i) => (t === "kota" ? [i] : []));
  const wrongs = tokens.flatMap((t, i) => (levels.includes(t) ? [i] : []));
  return rights.some((r) =>
    wrongs.some((w) => {
      if (LEVEL_NEGATIONS.has(tokens[w - 1] ?? "")) return true;
      const between = tokens.slice(Math.min(r, w) + 1, Math.max(r, w));
      // (Alternatives stand side by side: "pegawai PEMKAB ... APAKAH ... pemkot madiun" is an introduction
      // before the question, no choice between the two.)
      return between.length <= MAX_CHOICE_GAP && between.some((t) => LEVEL_CHOICES.has(t));
    }),
  );
}
/** Words between two levels offered as a choice, at most ("pemkot madiun to? apa kabupaten?"). */
const MAX_CHOICE_GAP = 5;
/** Words that negate the level after them ("bukan kabupaten"). */
const LEVEL_NEGATIONS: ReadonlySet<string> = new Set(["bukan", "tidak", "dudu", "not"]);
/** Words that offer a choice between two levels ("kota atau kabupaten", "pemkot to? apa kabupaten?"). */
const LEVEL_CHOICES: ReadonlySet<string> = new Set([
  "atau",
  "apa",
  "opo",
  "ato",
  "utawa",
  "or",
  "ataukah",
  "apakah",
]);

/** Whether an entry answers "who" and its answer names every party of the knowledge. */
function namesParties(entry: Entry, knowledge: Knowledge): boolean {
  const text = ` ${entry.answer.toLowerCase()} `;
  return (
    entryAnswers(entry).has("person") &&
    knowledge.parties.every((p) => p.aliases.some((a) => text.includes(` ${a} `) || text.includes(`${a})`)))
  );
}

/** Words of the offices the knowledge's people hold ("walikota", "wali", "kota"), remembered per knowledge. */
const officeWordsOf = new WeakMap<Knowledge, Set<string>>();
function officeWords(knowledge: Knowledge): Set<string> {
  let s = officeWordsOf.get(knowledge);
  if (!s) {
    s = new Set<string>();
    for (const e of knowledge.entries)
      for (const p of e.facts.people) {
        if (/wali\s*kota/i.test(p.office)) s.add("walikota");
        for (const w of indexTerms(p.office))
          if (!partyLookups(knowledge).partyWords.has(w) && w !== "kota") s.add(w);
      }
    officeWordsOf.set(knowledge, s);
  }
  return s;
}

/**
 * The first noun of a clause's focus that names a thing (not a party, person, office, the agreement, a
 * kind of answer, a time or a number): what a wh-question asks about ("RUMAHNYA Maidi di mana?").
 */
function headNoun(focus: Focus, knowledge: Knowledge, partyWords: ReadonlySet<string>): Term | undefined {
  const offices = officeWords(knowledge);
  const people = peopleForms(knowledge);
  const names = partyNameForms(knowledge);
  // The noun right after the question word ("siapa PEJABAT yang ...", "kapan ada ACARA ..."), else the one
  // nearest before it ("RUMAHNYA Maidi di mana?"): words further off belong to the asker's frame
  // ("untuk keperluan laporan, ... siapa ...").
  const asking = focus.tokens.findIndex((w) => questionWords.has(w));
  const at = (t: Term) => focus.tokens.indexOf(t.word);
  const ordered = termsInOrder(focus);
  const after = ordered.filter((t) => at(t) > asking);
  const candidates = asking >= 0 && after.length ? after : ordered.filter((t) => at(t) < asking).reverse();
  for (const t of asking >= 0 ? candidates : ordered) {
    const w = t.word;
    if (
      partyWords.has(w) ||
      TEXT_WORDS.has(w) ||
      t.forms.some((f) => names.has(f)) ||
      agreementWords.has(w) ||
      offices.has(w) ||
      t.forms.some((f) => people.has(f)) ||
      TIME_WORDS.has(w) ||
      isCalendarWord(w) ||
      /^\d+$/.test(w) ||
      wordTypes(w).length > 0 ||
      t.synonymOf
    )
      continue;
    const own = partsOfSpeech(t.typed ?? w);
    const pos = own.length ? own : partsOfSpeech(lemmaInfo(t.typed ?? w).lemma);
    // Only a word that is nothing but a noun: a verb or adjective ("lanjut", "dikembangkan") links or
    // qualifies the focus and is checked by coverage.
    if (pos.length && pos.every((p) => p === "n")) return t;
    return undefined;
  }
  return undefined;
}

/**
 * Nouns about the news or the asking itself ("kutipan terakhir dalam BERITA", "ISINYA", "INFO"): they name
 * no thing of the world a wh-question asks about.
 */
const TEXT_WORDS: ReadonlySet<string> = new Set([
  ...REPORT_WORDS,
  "kabar",
  "isi",
  "isinya",
  "hal",
  "info",
  "informasi",
  "pertanyaan",
  "jawaban",
  "kalimat",
  "keterangan",
]);

/** Coverage under which an entry lacking a wh-question's noun does not answer it. */
const HEAD_COVERAGE = 0.7;

/** Nouns that name a kind of answer (a place): "TEMPAT wisata mana", "LOKASI kuliner apa". */
const KIND_NOUNS: ReadonlySet<string> = new Set(["tempat", "lokasi"]);
/** Question words asking which ones of a noun phrase ("tempat wisata MANA SAJA"). */
const WHICH_WORDS: ReadonlySet<string> = new Set(["mana", "manasaja", "apa", "apasaja", "dimana"]);

/** A focus's terms in the order the question writes them (worked out once per focus; read only). */
function termsInOrder(focus: Focus): readonly Term[] {
  let ordered = inOrderOf.get(focus);
  if (!ordered) {
    ordered = [...focus.terms].sort((a, b) => focus.tokens.indexOf(a.word) - focus.tokens.indexOf(b.word));
    inOrderOf.set(focus, ordered);
  }
  return ordered;
}
const inOrderOf = new WeakMap<Focus, readonly Term[]>();

/** Search forms of the words of the parties' names and aliases ("pemerintah", "kota", "madiun"). */
const partyNameFormsOf = new WeakMap<Knowledge, Set<string>>();
function partyNameForms(knowledge: Knowledge): Set<string> {
  let s = partyNameFormsOf.get(knowledge);
  if (!s) {
    s = new Set(indexTerms(knowledge.parties.flatMap((p) => [p.name, ...p.aliases]).join(" . ")));
    partyNameFormsOf.set(knowledge, s);
  }
  return s;
}

/**
 * The strong kinds of answer named by the first word of a focus ("TEMPAT wisata mana saja", "LOKASI ..."),
 * the parties and people aside: a noun phrase opened by a kind asks for that kind.
 */
function openingKinds(focus: Focus, knowledge: Knowledge, partyWords: ReadonlySet<string>): QuestionType[] {
  const names = partyNameForms(knowledge);
  const people = peopleForms(knowledge);
  const first = termsInOrder(focus).find(
    (t) =>
      !partyWords.has(t.word) &&
      !t.forms.some((f) => names.has(f) || people.has(f)) &&
      !agreementWords.has(t.word),
  );
  if (!first) return [];
  // Only a noun naming the kind itself ("tempat", "lokasi"), in a noun phrase with the noun it qualifies
  // ("tempat WISATA") that a question word follows ("... mana saja"): "GEDUNG Pusat Kreatif ... tahun
  // berapa" asks a year of a building.
  if (!KIND_NOUNS.has(first.word)) return [];
  const at = focus.tokens.indexOf(first.word);
  const next = focus.terms.find((t) => t.word === focus.tokens[at + 1]);
  if (!next || wordTypes(next.word).length) return [];
  if (!focus.tokens.slice(at + 2, at + 4).some((t) => WHICH_WORDS.has(t))) return [];
  return wordTypes(first.word).filter((t) => STRONG_TYPES.includes(t));
}

/**
 * Whether an entry holds the head noun of a question: in its own text (answer, topic, facts) or as a
 * keyword of its own. A word of a longer keyword counts only with the whole keyword ("tuan rumah" is
 * where an event is hosted, not "rumahnya Maidi"); sample questions only lead the search to the entry.
 */
function holdsHead(entry: Entry, head: Term, tokens: readonly string[], index: SearchIndex): boolean {
  if (!index.entryHasAny(entry.id, head.forms)) return false;
  const own = ownTextForms(entry);
  if (head.forms.some((f) => own.has(f))) return true;
  // A sample question names the thing too, except inside a compound the entry keeps as a keyword
  // ("Kota mana yang jadi TUAN RUMAH penandatanganan?" names no "rumah").
  const { sampled, keywords } = headTexts(entry);
  if (head.forms.some((f) => sampled.has(f))) return true;
  let asked: Set<string> | undefined;
  return keywords.some((k) => {
    if (!head.forms.some((f) => k.forms.includes(f))) return false;
    asked ??= new Set(indexTerms(tokens.join(" ")));
    const words = asked;
    return k.words.length <= 1 || k.words.every((w) => w.some((f) => words.has(f)));
  });
}

/** What `holdsHead` reads of an entry's sample questions and keywords (the same for every question). */
interface HeadTexts {
  /** Search forms of the sample questions, the entry's compound keywords cut out of them. */
  sampled: ReadonlySet<string>;
  /** Per keyword, its search forms and the forms of each of its content words. */
  keywords: { forms: string[]; words: string[][] }[];
}
const headTextsOf = new WeakMap<Entry, HeadTexts>();
function headTexts(entry: Entry): HeadTexts {
  let texts = headTextsOf.get(entry);
  if (!texts) {
    const compounds = mapPacked(
      entry.keywords.filter((k) => k.trim().includes(" ")),
      (k) => k.toLowerCase(),
    );
    const sampled = new Set<string>();
    for (const q of entry.questions) {
      let text = ` ${q.toLowerCase()} `;
      for (const c of compounds) text = text.split(` ${c} `).join(" . ");
      for (const f of indexTerms(text)) sampled.add(f);
    }
    const keywords = mapPacked(entry.keywords, (k) => ({
      forms: indexTerms(k),
      words: mapPacked(contentTerms(k), (w) => w.forms),
    }));
    texts = { sampled, keywords };
    headTextsOf.set(entry, texts);
  }
  return texts;
}
const ownTextOf = new WeakMap<Entry, Set<string>>();
function ownTextForms(entry: Entry): Set<string> {
  let s = ownTextOf.get(entry);
  if (!s) {
    const facts = [
      ...entry.facts.places,
      ...entry.facts.people.flatMap((p) => [p.name, p.office]),
      ...entry.facts.sectors,
      ...mapPacked(entry.facts.targets, (t) => t.what),
      ...mapPacked(entry.facts.dates, (d) => d.label),
    ];
    s = new Set(indexTerms([entry.answer, entry.topic, ...facts].join(" . ")));
    ownTextOf.set(entry, s);
  }
  return s;
}

/** Kinds of party a question names before "mana" ("kota mana", "pemkot mana"). */
export const PARTY_KINDS: ReadonlySet<string> = new Set([
  "kota",
  "pemkot",
  "pemerintah",
  "daerah",
  "pihak",
  "pemda",
]);

/** Words asking with whom ("bareng SIAPA", "sama siapa"). */
const COMPANIONS: ReadonlySet<string> = new Set(["sama", "bareng", "bersama", "dengan", "karo", "ama"]);

/**
 * Parties named right after an office the knowledge's people hold ("wali kota MADIUN", "walkot kediri"):
 * whose office the question asks about.
 */
export function officeBoundParties(tokens: readonly string[], knowledge: Knowledge): Set<string> {
  const offices = officeWords(knowledge);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!offices.has(t)) return;
    // ("wali kota KOTA madiun": the level word between office and name is skipped.)
    let at = tokens[i + 1] === "kota" ? i + 2 : i + 1;
    let named = namedParties(tokens.slice(at, at + 1), knowledge);
    for (const p of named) out.add(p);
    // ("walkot madiun SAMA KEDIRI siapa aja", "wali kota Madiun DAN Kediri": one office of both parties.)
    while (named.size && BOTH.has(tokens[at + 1] ?? "")) {
      at = tokens[at + 2] === "kota" ? at + 3 : at + 2;
      named = namedParties(tokens.slice(at, at + 1), knowledge);
      for (const p of named) out.add(p);
    }
  });
  return out;
}

/** Words asking for several people ("PARA penandatangan", "MEREKA siapa"). */
const SEVERAL = new Set(["para", "mereka", "siapasaja"]);
/** Words after "siapa" that ask for a list ("siapa SAJA", "siapa aja", "siapa wae"). */
const LIST_TAGS = new Set(["saja", "aja", "wae", "ae", "mawon", "kemawon"]);

/** Words joining a second party to an office's first ("wali kota Madiun DAN Kediri"). */
const BOTH = new Set(["dan", "dengan", "sama", "serta", "karo", "lan", "kaliyan"]);

/** "apa saja", "apa aja", "opo ae" as the pipeline reads them. */
const LIST_WORDS = new Set(["apasaja", "apa"]);

/**
 * Whether the entry holds every content word of the thing a list question lists, the words before its
 * "apa saja" ("KULINER KHAS KEDIRI apa aja yg mau dikembangkan"). Parties and the agreement's own words
 * set the scene and are not required. True for any other question.
 */
function holdsListed(
  focus: Focus,
  entry: Entry,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
): boolean {
  if (!focus.types.includes("list")) return true;
  const at = focus.tokens.findIndex((t) => LIST_WORDS.has(t));
  if (at <= 0) return true;
  // The noun phrase right before "apa" ("kuliner khas kediri"), "itu" skipped; other words end it.
  const byWord = new Map(focus.terms.flatMap((t) => [[t.word, t] as const, [t.typed ?? t.word, t] as const]));
  const head: Term[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const token = focus.tokens[k] as string;
    if (token === "itu" && k === at - 1) continue;
    const term = byWord.get(token);
    if (!term || head.length === 3) break;
    head.push(term);
  }
  return head
    .filter(
      (t) =>
        !partyWords.has(t.word) &&
        !agreementWords.has(t.word) &&
        !t.forms.some((f) => SECTOR_FRAME.has(f)) &&
        wordTypes(t.word).length === 0,
    )
    .every((t) => index.entryHasAny(entry.id, t.forms));
}

/**
 * Whether "selain X" names every person of the entry (by a word of their name or their office): the question
 * asks for others than all the entry holds ("yg hadir siapa aja selain walkotnya?" of the two mayors).
 */
function excludesEveryone(tokens: readonly string[], entry: Entry): boolean {
  const at = tokens.indexOf("selain");
  if (at < 0 || !entry.facts.people.length) return false;
  const after = tokens.slice(at + 1, at + 4);
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/\bwali kota\b/g, "walikota")
      .replace(/\bwakil walikota\b/g, "wakilwalikota")
      .split(/\s+/);
  // An office names its holder alone ("wali kota") or with its place ("wali kota madiun": not Kediri's).
  const places = new Set(mapPacked(entry.facts.people, (p) => words(p.office ?? "")[1]).filter(Boolean));
  return entry.facts.people.every((p) => {
    const [head, place] = words(p.office ?? "");
    const i = head ? after.indexOf(head) : -1;
    const next = after[i + 1] ?? "";
    const office = i >= 0 && (next === place || !places.has(next));
    return words(p.name).some((w) => after.includes(w)) || office;
  });
}

/** Negations and exceptions: a count asked of what is NOT in a list is no count of the list. */
const NEGATIONS = new Set([
  "belum",
  "tidak",
  "bukan",
  "tanpa",
  "kecuali",
  "selain",
  "gagal",
  "batal",
  "dibatalkan",
]);
/** A number written in an answer before a noun (a stated count, not a list to count). */
const COUNTED_IN_TEXT = /\b\d+\s+\p{L}/u;

/**
 * The conflicts of an answered clause, in the key order they always had. Fields are set one by one:
 * spreading each optional field into one literal made this a slow copy on every answer.
 */
function answerConflicts(
  owner: boolean,
  year: boolean,
  office: string | undefined,
  place: string | undefined,
  speaker: Conflicts["speaker"],
  premises: Focus["premises"],
  yesNo: boolean,
  premiseTokens: readonly string[],
  stated: NumberVerdict | undefined,
): Conflicts {
  const conflicts: Conflicts = { owner, year };
  if (office) conflicts.office = office;
  if (place) conflicts.place = place;
  if (speaker) conflicts.speaker = speaker;
  if (premises.alternatives.length) conflicts.alternative = premises.alternatives.join(" atau ");
  if (yesNo && premises.partners[0]) conflicts.partner = premises.partners[0];
  if (stated?.status === "contradicted") conflicts.number = { asked: stated.asked, right: stated.right };
  if (stated?.status === "confirmed") conflicts.numbersConfirmed = true;
  // "Pemkot atau pemkab?" offers the right level too: a choice to answer, not a premise to deny; so does
  // "kota, BUKAN kabupaten?". "Kabupaten ya, bukan kota?" claims the wrong one.
  if (premises.levels[0] && yesNo && !offersRightLevel(premiseTokens, premises.levels))
    conflicts.level = premises.levels[0];
  return conflicts;
}

/**
 * "Pertanian termasuk sektor?": a sector question about words the knowledge lacks is declined with the
 * sectors the source does name (an open "antara lain" list), not with a bare "I don't know".
 */
function sectorNote(words: string[], focus: Focus, knowledge: Knowledge): string | undefined {
  const { types } = focus;
  // Only Indonesian words of the lexicon can name a sector here ("cover" in an English question cannot).
  if (types.includes("list") || !words.every((w) => lemmaInfo(w).inLexicon)) return undefined;
  if (!focus.tokens.some((t) => t === "sektor" || t === "bidang" || INCLUDING.has(t))) return undefined;
  // "Berapa anggaran sektor itu?" asks something of a sector, not whether a word is one.
  if (types.some((t) => WH_TYPES.has(t))) return undefined;
  const named = [...new Set(knowledge.entries.flatMap((e) => e.facts.sectors))];
  return named.length ? S.sectorNotNamed(words.join(", "), named) : undefined;
}

/**
 * "Ada berapa sektor strategis?": the words a counting question names, which an entry listing what is
 * counted holds. (Read only by a question that counts: made when first needed, once per focus.)
 */
const askedWordsOf = new WeakMap<Focus, Set<string>>();
function askedWords(focus: Focus): Set<string> {
  let words = askedWordsOf.get(focus);
  if (!words) {
    words = new Set(focus.terms.flatMap((t) => [t.word, ...t.forms]));
    askedWordsOf.set(focus, words);
  }
  return words;
}

/** How much an entry is the agreement's own: it names the agreement (2), its topic names no file's subject (1). */
function agreementFirst(e: Entry, index: SearchIndex, knowledge: Knowledge): number {
  return Number(namesAgreement(e, index)) * 2 + Number(!topicNamesSubject(e, knowledge));
}

/** Per person of the entry, whether they hold their office for a party the question binds it to. */
function boundHolders(r: Ranked, bound: ReadonlySet<string>, knowledge: Knowledge): boolean[] {
  return mapPacked(r.entry.facts.people, (p) => {
    const party = p.party ?? partyInText(p.office, knowledge);
    return party === undefined || bound.has(party);
  });
}

/** Whether the entry names a holder of the office for every party the question binds to it. */
function holdsAllBound(r: Ranked, bound: ReadonlySet<string>, knowledge: Knowledge): boolean {
  const parties = new Set(
    mapPacked(r.entry.facts.people, (p) => p.party ?? partyInText(p.office, knowledge)),
  );
  return [...bound].every((b) => parties.has(b));
}

/** Whether the entry lists every sector the question names. */
function listsSectors(r: Ranked, namedSectors: readonly Term[]): boolean {
  const own = ownSectorForms(r.entry);
  return namedSectors.every((t) => t.forms.some((f) => own.has(f)));
}

/**
 * "Berapa UMKM yang ikut pelatihan?": whether the entry's numbers count a word of the question (its numbers'
 * labels and units, or "150 pelaku UMKM" in its answer).
 */
function countsAsked(e: Entry, focus: Focus, partyWords: ReadonlySet<string>): boolean {
  const nouns = new Set([
    ...countedNouns(e),
    ...indexTerms((e.facts.numbers ?? []).flatMap((n) => [n.label, n.unit ?? ""]).join(" . ")),
  ]);
  return focus.terms.some((t) => !partyWords.has(t.word) && t.forms.some((f) => nouns.has(f)));
}

/** Whether an entry has neither years nor targets (it can neither confirm nor deny a year premise). */
function yearless(r: Ranked): boolean {
  return !r.entry.facts.years.length && !r.entry.facts.targets.length;
}

/** Whether another entry of the chosen entry's file holds the head noun (then it is that file's topic). */
function fileHoldsHead(
  t: Term,
  entry: Entry,
  focus: Focus,
  knowledge: Knowledge,
  index: SearchIndex,
): boolean {
  return entriesOfFile(knowledge, entry.location.file).some(
    (e) => e !== entry && holdsHead(e, t, focus.tokens, index),
  );
}

/** The days an entry is dated on: its dated facts, else its quotes' dates. */
function daysOf(e: Entry): string[] {
  const facts = mapPacked(e.facts.dates, (d) => d.date);
  return facts.length ? facts : e.quotes.flatMap((q) => (q.date ? [q.date] : []));
}

/** Picks the entry that answers one clause from the ranked candidates, or says why none does. */
export function decide(
  focus: Focus,
  ranked: Ranked[],
  knowledge: Knowledge,
  index: SearchIndex,
  partyWords: ReadonlySet<string>,
  now?: Date,
): ClauseDecision {
  const { types, premises } = focus;
  const yesNo = types.includes("yesno");
  // A declined clause still names the alternative it offered that nothing explains ("... atau sama swasta").
  const decline = (reason: DeclineReason, unknown: string[] = [], note?: string): ClauseDecision => ({
    status: "decline",
    reason,
    unknown: [...unknown, ...premises.alternatives.filter((a) => !unknown.includes(a))],
    ranked,
    ...(note ? { note } : {}),
  });
  // "Apa kata WARGA?", "tanggapan masyarakat": the knowledge quotes no one but its speakers.
  if (premises.groupQuote) return decline("party");
  // "Beritanya dari Detik?": the entry naming the knowledge's own outlet corrects it.
  if (premises.outlet) {
    const names = mapPacked(knowledge.sources, (x) => x.outlet.toLowerCase());
    const source = knowledge.entries.find((e) => names.some((n) => index.entryHas(e.id, n)));
    if (!source) return decline("unknown-terms", [premises.outlet]);
    const r = { entry: source, score: 1, coverage: 1 };
    return {
      status: "answer",
      entry: source,
      ranked: [r],
      coverage: 1,
      conflicts: { ...NO_CONFLICTS, outlet: premises.outlet },
    };
  }
  // An unknown content word may change what is asked ("wali kota Madiun SEBELUM Maidi", "kuliner KHAS").
  if (focus.unknown.length) {
    const corrected = yesNo
      ? (singleFactPremise(focus, ranked, knowledge, index, partyWords, now) ??
        targetPremise(focus, ranked, knowledge, index, partyWords, now))
      : undefined;
    return corrected ?? decline("unknown-terms", focus.unknown, sectorNote(focus.unknown, focus, knowledge));
  }
  // "Apakah KESEHATAN termasuk sektor?": a sector the knowledge names nowhere is not in its (open,
  // "antara lain") list; the question is declined, never answered from a sentence that uses the word.
  const unlisted = unlistedSectors(focus, knowledge, partyWords);
  if (unlisted.length) return decline("unknown-terms", unlisted, sectorNote(unlisted, focus, knowledge));
  // "Apa itu zero kabel? jelasin dong": what a target named in the knowledge means is not in it (the entry
  // names the target, its owner and year; it answers "apa target 2027?", not what the target is).
  const undefinedTarget = definedTarget(focus, knowledge, partyWords);
  if (undefinedTarget) return decline("unknown-terms", [], S.notDefined(undefinedTarget));
  // "Pemkot atau pemkab?", "pemkab madiun karo pemkab kediri kan?": the parties' level, corrected;
  // any other question about another level of government has no answer.
  // "Ada pemprov Jatim yang ikut?", "pemkab madiun turut hadir?": whether another government took part as
  // well is not a claim about who the parties are; the source does not say who else joined, so no "Bukan".
  const joining = focus.tokens.some((t) => JOINING.has(t)) && !focus.tokens.includes("atau");
  const choosing = (yesNo && !joining) || focus.tokens.includes("atau");
  if (premises.levels.length && !choosing) return decline("unknown-terms", premises.levels);
  // An office nobody in the knowledge holds: a wh-question about it has no answer.
  if (premises.offices.length && !yesNo) return decline("unknown-terms", premises.offices);
  if (focus.terms.length === 0) return byTypeAlone(focus, knowledge, index, now);
  // A question that names a strong type ("kapan", "siapa", "apa kata") is answered by an entry that can
  // answer that type when one covers the question well enough; otherwise by none.
  const strongTypes = types.filter((t) => STRONG_TYPES.includes(t));
  // Only entries that hold the thing the focus names can answer it.
  // (Entries covering too little of the question cannot answer it: they are not looked at.)
  const held = ranked.filter(
    (r) =>
      r.coverage >= MIN_COVERAGE &&
      holdsThing(focus, r.entry, knowledge, index, partyWords) &&
      quotesSpeaker(focus, r.entry) &&
      datesWords(focus, r.entry, knowledge),
  );
  // "lokasi?", "tujuannya?": words that only name the kind of answer name no topic; like a question with
  // no content words, it is about the agreement, so entries naming the agreement come first.
  // A year names no topic either ("target 2027?").
  const kindOnly = focus.terms.every((t) => wordTypes(t.word).length > 0 || /^\d{4}$/.test(t.word));
  // Among those, an entry whose topic names another file's subject ("Tujuan FESTIVAL ...") is about that
  // subject: "tujuan?", "sumber?" alone keep the agreement's own answer beside a second file.
  const sorted = kindOnly
    ? [...held].sort(
        (a, b) => agreementFirst(b.entry, index, knowledge) - agreementFirst(a.entry, index, knowledge),
      )
    : held;
  // "sumber?", "sumber berita?": a question that names no file's subject is about what the bot is for; an
  // entry that covers it as well and is not about another file's subject ("Sumber informasi FESTIVAL") wins.
  const subjects = thingForms(knowledge).subjects;
  const plain = !focus.terms.some((t) => t.forms.some((f) => subjects.has(f)));
  const top = sorted[0];
  const plainFirst =
    plain && top && topicNamesSubject(top.entry, knowledge)
      ? sorted.find(
          (r) =>
            r.entry.location.file !== top.entry.location.file &&
            !topicNamesSubject(r.entry, knowledge) &&
            r.coverage >= top.coverage,
        )
      : undefined;
  const ordered0 = plainFirst ? [plainFirst, ...sorted.filter((r) => r !== plainFirst)] : sorted;
  // "Wali Kota MADIUN namanya siapa di berita kerja sama Madiun-Kediri?": the party right after an office
  // is whose office it is; the other parties named elsewhere set the scene. An entry whose people all hold
  // the office for another party does not answer who holds it.
  // (A yes/no question's office premise is checked against the people instead: "Maidi walkot Kediri kan?";
  // "walikota madiun SAMA SIAPA" asks for the other one.)
  const withWhom = focus.tokens.some((t, i) => t === "siapa" && COMPANIONS.has(focus.tokens[i - 1] ?? ""));
  const bound = yesNo || withWhom ? new Set<string>() : officeBoundParties(focus.premiseTokens, knowledge);
  const boundHeld = ordered0.filter(
    (r) => !r.entry.facts.people.length || boundHolders(r, bound, knowledge).some(Boolean),
  );
  // The entry about that office holder alone comes before one naming both parties' people; asked of two
  // parties ("wali kota Madiun dan Kediri siapa"), only an entry naming the holders of both answers.
  const allBound = boundHeld.filter((r) => holdsAllBound(r, bound, knowledge));
  // "Siapa SAJA pihak penandatangan beserta jabatannya?", "siapa PARA penandatangan": several people are
  // asked for; an entry naming several of them answers, not one about one person.
  const several =
    types.includes("person") &&
    !yesNo &&
    focus.tokens.some((t, i) => SEVERAL.has(t) || (t === "siapa" && LIST_TAGS.has(focus.tokens[i + 1] ?? "")))
      ? ordered0.filter((r) => r.entry.facts.people.length > 1 && r.coverage >= MIN_COVERAGE)
      : [];
  const holding =
    bound.size > 1 && allBound.length && types.includes("person")
      ? allBound
      : several.length && !bound.size
        ? several
        : bound.size
          ? [
              ...boundHeld.filter(
                (r) => r.entry.facts.people.length && boundHolders(r, bound, knowledge).every(Boolean),
              ),
              ...boundHeld.filter(
                (r) => !(r.entry.facts.people.length && boundHolders(r, bound, knowledge).every(Boolean)),
              ),
            ]
          : ordered0;
  const fitting = declaredFirst(
    types,
    datedFirst(
      focus,
      strongTypes.length
        ? holding.filter(
            (r) =>
              (strongTypes.some((t) => entryAnswers(r.entry).has(t)) ||
                (strongTypes.includes("amount") && listsCounted(r.entry, askedWords(focus)))) &&
              r.coverage >= MIN_COVERAGE,
          )
        : [],
    ),
  );
  // "Kuliner termasuk bidang kerja sama?": the entry that lists the named sector answers a yes/no question.
  const sectors = yesNo ? sectorForms(knowledge) : undefined;
  // Only a question about inclusion ("termasuk", "bidang", "sektor") names a sector: a word of a listed
  // item ("sampah" of "pemilahan sampah") in any other yes/no question is the file's topic, not an item.
  const asksInclusion = focus.tokens.some((t) => SECTOR_FRAME.has(t));
  const namedSectors =
    sectors && asksInclusion ? focus.terms.filter((t) => t.forms.some((f) => sectors.has(f))) : [];
  // When no entry covers enough of the question, the entry that lists every sector named still answers
  // ("Apakah UMKM jadi bagian kerja sama?" beside a second file full of UMKM, which weighs the word down).
  // ("Apakah kerja sama ini juga mencakup bidang kuliner?": the entries holding the question are lists of
  // sectors that hold its frame words, "bidang", "mencakup", but not "kuliner", which another entry lists;
  // that entry, asked of nothing else, answers. An entry of no sectors holding it keeps the question.)
  const listing = namedSectors.length
    ? (holding.find((r) => listsSectors(r, namedSectors)) ??
      (holding.length && holding.some((r) => r.entry.facts.sectors.length === 0)
        ? undefined
        : ranked.find(
            (r) =>
              listsSectors(r, namedSectors) &&
              holdsThing(focus, r.entry, knowledge, index, partyWords) &&
              // Nothing else asked: every other word frames the sector question or is the entry's own.
              focus.terms.every(
                (t) =>
                  namedSectors.includes(t) ||
                  partyWords.has(t.word) ||
                  agreementWords.has(t.word) ||
                  t.forms.some((f) => SECTOR_FRAME.has(f) || index.entryHas(r.entry.id, f)),
              ),
          )))
    : undefined;
  // "CARANE daftar PIYE", "Bagaimana cara UMKM ikut festival?": a procedure is told by an entry that tells
  // how (one of its sample questions asks "bagaimana cara ..."), when one holds the question.
  const asksHow =
    focus.tokens.some((t) => t === "cara" || t === "carane" || t === "caranya") &&
    focus.tokens.includes("bagaimana");
  const telling = asksHow ? holding.find((r) => answersHow(r.entry)) : undefined;
  // "Diteken di Surabaya?": the entry that says where answers a place premise.
  // So does "bukannya di Madiun?", which names nothing but a party: where the event of a place fact was.
  const onlyParties = focus.terms.every((t) => partyWords.has(t.word));
  const placing =
    premises.places.length || (yesNo && types.includes("place") && onlyParties)
      ? holding.find((r) => r.entry.facts.places.length && entryAnswers(r.entry).has("place"))
      : undefined;
  // "Berapa UMKM yang ikut pelatihan?": of the entries that answer a count, the one whose numbers count
  // a word of the question (its numbers' labels and units, or "150 pelaku UMKM" in its answer) answers:
  // "jumlah PESERTA" (label) of 80 kader counts peserta as much as its unit counts kader.
  const counting =
    types.includes("amount") && fitting[0] && !countsAsked(fitting[0].entry, focus, partyWords)
      ? fitting.find((r) => countsAsked(r.entry, focus, partyWords))
      : undefined;
  // "Pembangunan kota yang seperti apa?": the entry that describes that very noun phrase ("pembangunan kota
  // yang ramah lingkungan ...") answers what it is like.
  const describing = describedPhrase(focus.tokens, holding);
  // "Apakah Gubernur Jawa Timur ikut menandatangani?": an office premise is denied by an entry naming the
  // knowledge's people.
  const naming =
    yesNo && premises.offices.length ? holding.find((r) => r.entry.facts.people.length) : undefined;
  // "... dengan Kota Surabaya?": the entry that says who the parties are corrects a partner premise.
  const partnering =
    yesNo && premises.partners.length
      ? (holding.find((r) => namesParties(r.entry, knowledge) && !r.entry.facts.people.length) ?? holding[0])
      : undefined;
  // "Apa kata PESERTA PELATIHAN?": words asked of a speaker named by their role are the words of the quote
  // whose speaker holds that role (every word of it named), not of another quote that mentions them.
  const voicing =
    types.includes("quote") && !premises.speakers.length
      ? holding.find((r) => r.entry.quotes.some((q) => roleNamed(q.office, focus, partyWords)))
      : undefined;
  // "Berapa lama perjalanan Madiun ke Kediri?": a length asked of something is the length an entry states
  // ("waktu tempuh ... sekitar tiga jam"), before any span between two dated facts.
  const lengthing = asksLength(focus.tokens)
    ? holding.find((r) => STATED_LENGTH.test(r.entry.answer) && r.coverage >= PREDICATE_COVERAGE)
    : undefined;
  // "Apakah tarif Bus Rukun Dua Kota Rp50.000?": a number stated in a yes/no question is checked by an entry
  // whose number facts state one in that unit, before one that only mentions it in passing.
  const numbering =
    yesNo && premises.quantities.length
      ? holding.find((r) => statesNumbers(premises.quantities, focus.terms, r.entry))
      : undefined;
  const chosen =
    numbering ??
    partnering ??
    naming ??
    voicing ??
    lengthing ??
    describing ??
    namedTopic(focus, holding, partyWords, index) ??
    telling ??
    placing ??
    listing ??
    counting ??
    fitting[0] ??
    aboutFocus(focus, holding, partyWords) ??
    holding[0];
  // "ditandatangani pada tahun 2025, ya?": a year premise is checked by an entry that has years; one that
  // covers the question as well replaces an entry that could neither confirm nor deny it.
  // "Apakah Vinanda Prameswati ikut tanda tangan langsung?": a person's full name weighs the entry about
  // her above the signing's, which holds every word asked; a yes/no question is checked by the entry that
  // covers all of it when that one scores nearly as high (else the answer could neither confirm nor deny).
  const covering = (c: Ranked): Ranked =>
    c === fitting[0] || c === holding[0]
      ? (holding.find(
          (r) => r.coverage >= PREDICATE_COVERAGE && r.coverage > c.coverage && r.score >= c.score * NEARLY,
        ) ?? c)
      : c;
  const best =
    chosen && yesNo && premises.years.length && yearless(chosen)
      ? (holding.find((r) => !yearless(r) && r.coverage >= chosen.coverage - 0.05) ?? chosen)
      : chosen &&
          yesNo &&
          types.length === 1 &&
          !premises.located.size &&
          chosen.coverage < PREDICATE_COVERAGE
        ? covering(chosen)
        : chosen;
  // "Apakah LINGKUNGAN HIDUP prioritas nomor satu?": words of another entry put where the entry holds one
  // fact are a wrong premise, as an unknown noun there is (singleFactPremise).
  const otherWordsInSlot = (top: Ranked): ClauseDecision | undefined => {
    if (!yesNo || focus.unknown.length) return undefined;
    const slot = focus.terms.filter(
      (t) => !partyWords.has(t.word) && !index.entryHasAny(top.entry.id, t.forms),
    );
    const rest = focus.terms.filter((t) => !slot.includes(t));
    if (!slot.length || !rest.length) return undefined;
    const asked = focusWith(focus, { terms: rest, unknown: mapPacked(slot, (t) => t.word) });
    // (The rest of the question is all the entry's: it covers it whole.)
    return singleFactPremise(asked, [{ ...top, coverage: 1 }], knowledge, index, partyWords, now);
  };
  if (!best) {
    const top = ranked[0];
    const corrected = top && top.coverage < MIN_COVERAGE ? otherWordsInSlot(top) : undefined;
    if (corrected) return corrected;
    return decline(!top ? "no-match" : top.coverage < MIN_COVERAGE ? "low-coverage" : "focus-not-held");
  }
  if (best !== listing && best.coverage < MIN_COVERAGE)
    return otherWordsInSlot(best) ?? decline("low-coverage");
  // A word of asking read as its synonym ("pengaruh" as dampak) counts only when the entry holds the
  // synonym: otherwise the reading found nothing, and the word as written is what the knowledge lacks.
  const unheld = focus.terms.filter((t) => t.synonymOf && !index.entryHasAny(best.entry.id, t.forms));
  if (unheld.length)
    return decline(
      "unknown-terms",
      mapPacked(unheld, (t) => t.synonymOf as string),
    );
  // A word that only another file uses ("khas" of a festival's stands, asked of the agreement's "kuliner")
  // is as unknown to the chosen entry's file as it was before that file came: declined, as it was then.
  const foreign = foreignWord(focus, best, ranked, knowledge, index, partyWords);
  if (foreign) return decline("focus-not-held");
  // "Kuliner khas Kediri apa aja ...?" lists kinds of "kuliner khas Kediri": an entry that does not hold
  // every word of what is listed cannot list it (a festival summary that says "kuliner" but no "khas").
  if (best !== listing && !holdsListed(focus, best.entry, index, partyWords))
    return decline("focus-not-held");
  // A verb the knowledge does not use only links the focus: the entry must hold all of the focus.
  // ("Gubernur hadir MENYAKSIKAN?": what someone the knowledge lacks did is not in it, neither yes nor no.)
  if (
    focus.predicates.length &&
    (best.coverage < PREDICATE_COVERAGE || premises.offices.length || premises.levels.length)
  )
    return decline("unknown-terms", focus.predicates);
  // "Isi LENGKAP perjanjiannya apa?", "naskah lengkap perjanjian": the whole of something is held only for
  // what the knowledge keeps whole (a quote verbatim, a person's name); everything else is a summary.
  const whole = wholeAsked(focus.tokens);
  if (whole && !holdsWhole(whole, best.entry, Boolean(premises.saying), types.includes("quote")))
    return decline("focus-not-held", [`${whole} lengkap`]);
  // "A ya atau B?": the entry must confirm A entirely before B, which nothing explains, is corrected.
  if (premises.alternatives.length && best.coverage < PREDICATE_COVERAGE)
    return decline("unknown-terms", premises.alternatives);
  const answers = entryAnswers(best.entry);
  const countsList = types.includes("amount") && listsCounted(best.entry, askedWords(focus));
  // "zerowaste itu buat KOTA MANA": which party, not which place; an entry about a party answers it.
  const whichParty =
    best.entry.about.length > 0 &&
    focus.tokens.some((t, i) => PARTY_KINDS.has(t) && focus.tokens[i + 1] === "mana");
  if (
    strongTypes.length &&
    !types.some((t) => answers.has(t) || (t === "place" && whichParty)) &&
    !countsList &&
    best !== lengthing
  )
    return decline("type-mismatch");
  // "TEMPAT wisata mana saja ...?": a focus that opens with a kind of answer asks for that kind (places); a
  // list of sectors is no answer.
  const kinds = yesNo ? [] : openingKinds(focus, knowledge, partyWords);
  if (kinds.length && !kinds.some((t) => answers.has(t))) return decline("type-mismatch");
  // "RUMAHNYA Maidi di mana?", "kapan ada ACARA lanjutan?": the thing a wh-question asks about, its first
  // noun, must be something the entry holds; the entry's other words (Maidi, kerja sama) do not answer it.
  // (A count has checks of its own below: "berapa MENIT" names the unit of the answer.)
  const head =
    types.some((t) => WH_TYPES.has(t)) && !yesNo && !types.includes("amount")
      ? headNoun(focus, knowledge, partyWords)
      : undefined;
  // (Held by another entry of the same file, the noun is that file's topic: only an entry covering little
  // else of the question is then refused.)
  if (
    head &&
    !holdsHead(best.entry, head, focus.tokens, index) &&
    (best.coverage < HEAD_COVERAGE || !fileHoldsHead(head, best.entry, focus, knowledge, index))
  )
    return decline("focus-not-held", [head.typed ?? head.word]);
  let year = false;
  if (premises.years.length) {
    const known = types.includes("target")
      ? mapPacked(best.entry.facts.targets, (t) => t.year)
      : best.entry.facts.years;
    // An entry with no year facts cannot contradict a year: only decline (never deny) then.
    // (Nor for "banjir akhir tahun lalu" asked of an entry without years that writes "akhir tahun lalu".)
    const echoed =
      known.length === 0 &&
      now !== undefined &&
      echoesRelativeYears(focus.premiseTokens, premises.years, best.entry.answer, now);
    if (!premises.years.every((y) => known.includes(y)) && !(known.length === 0 && yesNo) && !echoed) {
      // "targetnya 2026 ya?" has a wrong premise to deny; any other question about that year is declined.
      if (!yesNo) return decline("year");
      year = true;
    }
  }
  // "Kemarin Maidi ngomong apa?": days named relative to now set when the thing asked about happened; an
  // entry dated on none of them (or on no day at all) does not hold it. (A yes/no question is corrected.)
  const when = premises.when;
  if (when && !yesNo) {
    // ("Siapa yang ttd kemarin?": the signers' entry is undated; the signing's own entry dates it.)
    const own = daysOf(best.entry);
    const days = own.length ? own : holding.flatMap((r) => daysOf(r.entry));
    // (Nothing dated at all: the answer states no day, so it claims none: "kerja sama yg diberitain
    // kemarin antara kota mana?" is answered with the parties.)
    if (days.length && !days.some((d) => d >= when.from && d <= when.to)) return decline("focus-not-held");
  }
  // "Sampai kapan?" asks when something ends: only a dated end (a deadline, a last day) answers it, or a
  // target, whose year is the deadline ("paling lambat kapan" 1.000 UMKM bersertifikat halal).
  if (
    types.includes("date") &&
    !types.includes("relative") &&
    focus.intent === "entry" &&
    focus.tokens.some((t) => UNTIL.has(t)) &&
    !best.entry.facts.dates.some((d) => END_LABEL.test(d.label)) &&
    !(types.includes("target") && best.entry.facts.targets.length)
  ) {
    return decline("focus-not-held");
  }
  // "Sampai kapan? Berapa tahun?": how long something lasts is no dated fact of the knowledge.
  // (An entry that states a length itself, "berlaku 5 tahun", answers it.)
  if (
    focus.intent === "entry" &&
    !types.includes("relative") &&
    asksLength(focus.tokens) &&
    !STATED_LENGTH.test(best.entry.answer)
  )
    return decline("focus-not-held");
  // "Ada KOTA LAIN yang ikut?": participants other than the knowledge's parties and people are not in it.
  // (Not offered as the other alternative of a yes/no question: "dilakukan sendiri oleh kedua wali kota,
  // ATAU diwakilkan kepada PEJABAT LAIN?" is answered by whether the first holds.)
  if (
    focus.tokens.some(
      (t, i) =>
        OTHER.has(t) &&
        PARTICIPANTS.has(focus.tokens[i - 1] ?? "") &&
        !(
          yesNo &&
          DELEGATES.has(focus.tokens[i - 1] ?? "") &&
          focus.tokens.slice(1, i).some((w) => w === "atau" || w === "utawa")
        ),
    )
  )
    return decline("focus-not-held");
  // "Selain Kediri, Kota Madiun kerja sama dengan kota MANA LAGI?": a party beyond the ones the question
  // names, when it names every party of the knowledge, is none the knowledge holds.
  if (asksAnotherParty(focus.tokens) && knowledge.parties.every((p) => focus.premises.named.has(p.key)))
    return decline("focus-not-held");
  // "Jam berapa penandatanganannya?" asks for a time of day: only an answer that states one answers it.
  if (asksClockTime(focus.tokens) && !CLOCK_TIME.test(best.entry.answer)) return decline("type-mismatch");
  // "Pejabat LAIN yang hadir": people other than the ones the knowledge names are not in it.
  if (
    types.includes("person") &&
    focus.tokens.some((t) => OTHER.has(t)) &&
    !focus.tokens.includes("selain")
  ) {
    return decline("focus-not-held");
  }
  // "Siapa yang hadir SELAIN wali kota?": people other than every one the entry names are not in it.
  if (types.includes("person") && excludesEveryone(focus.tokens, best.entry))
    return decline("focus-not-held");
  // "CARANE daftar PIYE": a procedure is answered only by an entry that tells how ("Bagaimana cara ...").
  if (asksHow && !answersHow(best.entry)) return decline("type-mismatch");
  // "Harga tiket WISATA nang Kediri piro?": a number answers only for the thing it counts or prices; a word
  // that the entry's whole file never uses (the parties aside) names something else.
  if (types.includes("amount") && !types.includes("relative") && !types.includes("date")) {
    const fileMates = entriesOfFile(knowledge, best.entry.location.file);
    const foreign = focus.terms.find(
      (t) => !partyWords.has(t.word) && !fileMates.some((e) => index.entryHasAny(e.id, t.forms)),
    );
    if (foreign) return decline("focus-not-held");
  }
  // "Berapa HARGA mesin pengering?": a price is answered only by an entry that states one, even one that
  // says it answers amounts (a capacity in tons is no price).
  if (
    types.includes("amount") &&
    focus.terms.some((t) => PRICE_WORDS.has(t.word) && !PRICED_THINGS.has(t.word)) &&
    !PRICE.test(best.entry.answer)
  )
    return decline("type-mismatch");
  // "Berapa JARAK tempuh Madiun ke Kediri?": a measure is answered only by an answer stating it in its unit.
  const measure =
    types.includes("amount") && !types.includes("relative") && !types.includes("date")
      ? askedMeasure(focus.tokens)
      : undefined;
  if (measure && !measure.test(best.entry.answer)) return decline("type-mismatch");
  // "Maidi umur e piro?": a count asked of a party or a person alone names nothing the entry counts.
  if (
    types.includes("amount") &&
    !types.includes("relative") &&
    !types.includes("date") &&
    focus.terms.every((t) => partyWords.has(t.word))
  )
    return decline("type-mismatch");
  // "Berapa stan ...?" is answered by a count of stands: the entry must count one of the focus's words
  // ("ada brp UMKM" is not answered by "dua pemerintah daerah").
  // (Only where the count was read from the answer: an entry whose staff say it answers "amount" is trusted.)
  if (
    types.includes("amount") &&
    !types.includes("relative") &&
    !types.includes("date") &&
    !best.entry.answers.includes("amount")
  ) {
    const nouns = countedNouns(best.entry);
    // "Berapa harga tiket masuk?" is answered by a stated price ("gratis"), not by a count.
    const priced = PRICE.test(best.entry.answer) && focus.terms.some((t) => PRICE_WORDS.has(t.word));
    if (!priced && !focus.terms.some((t) => nouns.has(t.word) || t.forms.some((f) => nouns.has(f))))
      return decline("type-mismatch");
  }
  // "Ada berapa UMKM di Kota Madiun?" beside "150 pelaku UMKM ikut pelatihan": a stated number counts the
  // thing its label and its entry's topic name (participants of a training), not every thing of its unit;
  // the question must name one of those words (or its file's subject), not only the unit and the parties.
  const numbers = best.entry.facts.numbers ?? [];
  if (
    types.includes("amount") &&
    !types.some((t) => t === "relative" || t === "date" || t === "target") &&
    numbers.length
  ) {
    const units = new Set(indexTerms(mapPacked(numbers, (n) => n.unit ?? "").join(" . ")));
    const nameWords = new Set(
      knowledge.parties.flatMap((p) => p.aliases.flatMap((a) => a.toLowerCase().split(/\s+/))),
    );
    // Any other word the entry (its label, topic, keywords, example questions) or its file's subject holds.
    const namesWhat = focus.terms.some(
      (t) =>
        !partyWords.has(t.word) &&
        !nameWords.has(t.word) &&
        wordTypes(t.word).length === 0 &&
        !t.forms.some((f) => units.has(f)) &&
        t.forms.some((f) => index.entryHas(best.entry.id, f) || subjects.has(f)),
    );
    // A number whose label names nothing but its unit and a party ("kader madiun", 30 kader) counts the
    // unit itself: "berapa kader dari Madiun?" names it.
    const countsUnit = numbers.some((n) => {
      const own = new Set(indexTerms(n.unit ?? ""));
      const rest = indexTerms(n.label).filter(
        (f) => !own.has(f) && !nameWords.has(f) && !partyWords.has(f) && wordTypes(f).length === 0,
      );
      return rest.length === 0 && focus.terms.some((t) => t.forms.some((f) => own.has(f)));
    });
    if (!namesWhat && !countsUnit) return decline("focus-not-held");
  }
  // "Berapa sektor yang BELUM disepakati?": the items an answer lists count what it lists, nothing negated.
  if (
    types.includes("amount") &&
    !COUNTED_IN_TEXT.test(best.entry.answer) &&
    focus.tokens.some((t) => NEGATIONS.has(t))
  )
    return decline("focus-not-held");
  // "Umur Maidi berapa?": a count must be of something the entry holds, not only of the parties or
  // their people it mentions (an entry that counts bank sampah does not tell anyone's age).
  if (types.includes("amount") && !types.includes("relative") && !types.includes("date")) {
    // (The parties' people and offices count nothing either: "walkot madiun umur brp?".)
    // ... but what the entry's own numbers count is counted, even when a person's role says it too
    // ("peserta pelatihan" of a participant quoted; "berapa UMKM ... ikut pelatihan?" counts 75 UMKM).
    const own = new Set([
      ...countedNouns(best.entry),
      ...indexTerms((best.entry.facts.numbers ?? []).flatMap((n) => [n.label, n.unit ?? ""]).join(" . ")),
    ]);
    const people = peopleForms(knowledge);
    const counted = focus.terms.filter(
      (t) =>
        !partyWords.has(t.word) &&
        !agreementWords.has(t.word) &&
        !t.forms.some((f) => people.has(f) && !own.has(f)),
    );
    if (!counted.some((t) => index.entryHasAny(best.entry.id, t.forms))) return decline("type-mismatch");
  }
  // "Ada berapa UMKM di Kota Madiun?": a count asked of nothing but things other files speak of too (UMKM,
  // a sector of the agreement) asks how many there are at all; an entry of one file counts only some of
  // them (the training's 75 participants), so it does not answer. Naming what the entry counts them in
  // ("yang ikut pelatihan") asks its count.
  if (types.includes("amount") && !types.includes("relative") && !types.includes("date")) {
    const asked = focus.terms.filter(
      (t) => !partyWords.has(t.word) && !agreementWords.has(t.word) && wordTypes(t.word).length === 0,
    );
    const file = best.entry.location.file;
    const others = knowledge.entries.filter((e) => e.location.file !== file);
    if (
      others.length &&
      asked.length &&
      asked.every((t) => others.some((e) => index.entryHasAny(e.id, t.forms)))
    )
      return decline("focus-not-held");
  }
  // "Sudah berapa produk terdaftar?": an entry whose only count is a target (1.000 UMKM by 2027) tells how
  // many there should be, not how many there are; it answers a count asked of the target or its year.
  if (
    types.includes("amount") &&
    !types.includes("target") &&
    best.entry.facts.targets.length > 0 &&
    (best.entry.facts.numbers ?? []).every((n) => /target|sasaran/i.test(n.label)) &&
    !premises.years.some((y) => best.entry.facts.targets.some((t) => t.year === y))
  )
    return decline("type-mismatch");
  // "Pertemuan lanjutan tgl brp?": a date is not answered by an entry whose only dated thing would be an
  // undated quote, unless the question asks when someone said something.
  if (
    types.some((t) => t === "date" || t === "relative") &&
    !types.includes("target") &&
    !best.entry.answers.some((t) => t === "date" || t === "relative") &&
    best.entry.facts.dates.length === 0 &&
    best.entry.facts.targets.length === 0 &&
    best.entry.quotes.length > 0 &&
    best.entry.quotes.every((q) => !q.date) &&
    !premises.saying &&
    !premises.speakers.length &&
    !types.includes("quote")
  )
    return decline("type-mismatch");
  // "Siapa Kepala Dinas ... Kota KEDIRI?" answered by a person of another party: the knowledge does not
  // hold the person asked for. A person's party is given, or named in the office ("... Kota Madiun").
  if (types.includes("person") && premises.named.size && best.entry.facts.people.length) {
    const parties = mapPacked(best.entry.facts.people, (p) => p.party ?? partyInText(p.office, knowledge));
    if (parties.every((p) => p !== undefined && !premises.named.has(p))) return decline("party");
  }
  // "Vinanda targetin apa buat Kediri?": a target asked of a person is that person's; an entry whose
  // target no one of that name set (a dinas head's catalogue target) does not hold it.
  if (
    types.includes("target") &&
    !yesNo &&
    premises.otherPeople.length &&
    !premises.otherPeople.some((p) => index.entryHas(best.entry.id, p))
  )
    return decline("party");
  // "Ditandatangani bupati?": the entry must name the people of the fact to deny the office.
  if (yesNo && premises.offices.length && !best.entry.facts.people.length) {
    return decline("unknown-terms", premises.offices);
  }
  // "Diteken di Surabaya?": a place premise is corrected by an entry that states where; else declined.
  const place = premises.places[0];
  if (place && !best.entry.facts.places.length) return decline("unknown-terms", premises.places);
  // "Pecel Madiun bakal dijual DI KEDIRI gak?": whether something happens in one of the parties' cities is
  // a place premise too; an entry that tells no place (stands and their food) can neither confirm nor deny it.
  // (Only "di Kediri" / "di Kota Kediri" itself, and not the city an entry about that party lives in:
  // "Maidi jabatane opo? aku wong anyar nang Madiun".)
  if (
    yesNo &&
    types.includes("place") &&
    types.every((t) => t === "yesno" || t === "place") &&
    !answers.has("place")
  ) {
    const cities = inCities(focus.premiseTokens, partyWords);
    const own = new Set(
      best.entry.about.flatMap((a) => knowledge.parties.find((p) => p.key === a)?.aliases ?? []),
    );
    const ownWords = new Set([...own].flatMap((a) => a.toLowerCase().split(/\s+/)));
    if (cities.some((c) => !ownWords.has(c))) return decline("focus-not-held");
  }
  // "Pak Maidi berangkat ke Kediri naik apa?": the person who does what is asked must be the entry's, or
  // tied to the same thing by the knowledge (personNotHeld).
  const absent = personNotHeld(focus, best.entry, knowledge, index, partyWords);
  if (absent) return decline("focus-not-held", absent.words, S.personNotHeld(absent.name, absent.words));
  const office = yesNo ? premises.offices[0] : undefined;
  const mentioned = premises.parties;
  // "Berapa luas tanam di Desa Jambean saja?": a number the entry holds for several parties together (its
  // `about` names them all) is their sum, not the share of the party asked about.
  if (
    types.includes("amount") &&
    best.entry.facts.numbers?.length &&
    !best.entry.facts.targets.length &&
    best.entry.about.length >= 2 &&
    mentioned.size > 0 &&
    best.entry.about.some((a) => !mentioned.has(a))
  )
    return decline("party");
  const owner =
    best.entry.about.length > 0 && mentioned.size > 0 && !best.entry.about.some((a) => mentioned.has(a));
  let speaker: Conflicts["speaker"];
  if (owner) {
    const quote = best.entry.quotes[0];
    const tokens = focus.premiseTokens;
    // "Vinanda yang bilang ekonomi nomor satu?": someone else's words, said by the quote's speaker.
    // "Quote ttg sinergi itu dr WALKOT KEDIRI kan?": an office of another party names someone else too.
    const otherOffice = tokens.some((t) => officeWords(knowledge).has(t));
    if (yesNo && quote && (premises.otherPeople.length || (otherOffice && focus.types.includes("quote"))))
      speaker = { name: quote.speaker, office: quote.office };
    // "Target zero waste itu milik Kediri?": whose it is, asked to confirm. "Kediri JUGA target ...?"
    // asks about a target of Kediri's own, which the knowledge does not have.
    const asksOwner =
      yesNo && !tokens.includes("juga") && (tokens.some((t) => OWNERSHIP.has(t)) || types.includes("target"));
    // A fact that belongs to another party: the knowledge says nothing about the party asked for, so
    // decline, unless the question asks whose it is ("punya siapa? Kediri ya?").
    // A party named as the place of another fact ("berapa bank sampah aktif DI KOTA KEDIRI?") asks
    // that fact of that party, not where or whose it is.
    const placeAdjunct =
      types.some((t) => t !== "place" && t !== "yesno" && STRONG_TYPES.includes(t)) &&
      [...premises.located].some((w) => partyWords.has(w));
    // "Apakah Kepala Desa Ngampel yang DISEBUT Bu Kades?": who a name or nickname belongs to is asked.
    // "Apakah Bu Siska itu Bupati Sendangarum?": whose office the person the entry names holds.
    const asksWhose =
      types.some((t) => t === "person" || t === "definition") ||
      (types.includes("place") && !placeAdjunct) ||
      (yesNo && focus.tokens.some((t) => NAMING.has(t))) ||
      (yesNo && namesEntryPerson(best.entry, focus.tokens));
    if (!speaker && !asksOwner && !asksWhose) return decline("party");
  }
  // Competitors for "Maksud Anda ...?" must fit the question's type as well as the best does.
  // A question naming only a kind of answer is about the agreement: entries that do not name it are no
  // competitors to ask back about.
  const competing = (r: Ranked) =>
    r !== best &&
    (!kindOnly ||
      agreementFirst(r.entry, index, knowledge) === agreementFirst(best.entry, index, knowledge)) &&
    // (the same reading: beside the agreement's own entry, another file's entry about its subject is no rival)
    !(
      plain &&
      r.entry.location.file !== best.entry.location.file &&
      !topicNamesSubject(best.entry, knowledge) &&
      topicNamesSubject(r.entry, knowledge)
    );
  // "Apakah tarifnya Rp50.000?": the numbers a yes/no question states, against the entry's own.
  const stated = yesNo ? numberVerdict(premises.quantities, focus.terms, best.entry) : undefined;
  const negated = yesNo && premises.saying ? negatedQuoteWord(focus.tokens, best.entry) : undefined;
  const pool =
    best === telling ? holding.filter((r) => answersHow(r.entry)) : strongTypes.length ? fitting : holding;
  const ordered = [best, ...pool.filter(competing)];
  return {
    status: "answer",
    entry: best.entry,
    ranked: ordered,
    coverage: best.coverage,
    conflicts: withNegated(
      answerConflicts(owner, year, office, place, speaker, premises, yesNo, focus.premiseTokens, stated),
      negated,
    ),
  };
}

/** The conflicts with a negated quote word added, when there is one. */
function withNegated(conflicts: Conflicts, negated: string | undefined): Conflicts {
  if (negated) conflicts.negated = negated;
  return conflicts;
}

/** Negations that deny what follows them ("TIDAK terlalu diperlukan"). */
const DENYING = new Set(["tidak", "tak", "gak", "nggak", "enggak", "ndak", "ora", "bukan"]);
/** Words of degree between a negation and what it denies ("tidak TERLALU diperlukan"). */
const DEGREE = new Set([
  "terlalu",
  "begitu",
  "sangat",
  "amat",
  "terlampau",
  "benar",
  "betul",
  "pernah",
  "lagi",
]);

/**
 * "Benarkah Pak Maidi mengatakan bahwa sinergi antarkota itu TIDAK terlalu DIPERLUKAN?": a yes/no question
 * about what someone said that negates a word their quote states without a negation. The word, or
 * undefined. (A closing "benar tidak?" negates nothing: a word must follow the negation.)
 */
function negatedQuoteWord(tokens: readonly string[], entry: Entry): string | undefined {
  if (!entry.quotes.length) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!DENYING.has(tokens[i] as string)) continue;
    let k = i + 1;
    while (DEGREE.has(tokens[k] ?? "")) k++;
    const word = tokens[k];
    if (!word || word.length < 4) continue;
    for (const q of entry.quotes) {
      const said = normalizeText(q.text).split(" ");
      const at = said.indexOf(word);
      if (at < 0) continue;
      const before = said.slice(Math.max(0, at - 3), at);
      if (!before.some((w) => DENYING.has(w))) return word;
    }
  }
  return undefined;
}
