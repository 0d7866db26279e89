import type { Knowledge, QuestionType } from "../knowledge/types.js";
import { VERB_PREFIX_TEXTS } from "../language/affixes.js";
import { agreementWords, outOfScopeWords, questionWords } from "../language/lexicon.js";
import { mapPacked } from "../language/packed.js";
import { type Analysis, contentTerms, type Term } from "../language/pipeline.js";
import {
  derivations,
  isNoiseWord,
  lemmaInfo,
  lexicon,
  partsOfSpeech,
  thesaurusFunctionWord,
  type WordClass,
  wordClassOf,
} from "../language/words.js";

/** Word classes that carry no meaning of their own, even when the knowledge happens to contain them. */
const EMPTY_CLASSES: ReadonlySet<WordClass> = new Set(["particle", "filler", "greeting"]);

import { isBetweenWord, isSpanWord, ORDER_WORDS, orderAskedAt, takesOrdinal } from "./date-question.js";
import {
  ANNIVERSARY_WORDS,
  calendarFrameWords,
  MONTHS,
  type RelativeDays,
  relativeDays,
  relativeYears,
  statedDateWords,
  TIME_WORDS,
  timeUnit,
  WEEKDAYS,
  weekdaysNamed,
} from "./dates.js";

/** Words that count from or to a moment ("sejak", "lalu", "lagi"), with their chat spellings. */
const SINCE = new Set([
  "sejak",
  "sjk",
  "lalu",
  "lagi",
  "lg",
  "berlalu",
  "lewat",
  "sampai",
  "hingga",
  "menuju",
]);

import {
  listOrdinal,
  mentionedParties,
  namedParties,
  partyLookups,
  partyRoles,
  speakerWords,
} from "./facts.js";
import { alternativeWords, clausePositions, isFirstPerson } from "./positions.js";
import { type AskedQuantity, askedQuantities } from "./quantities.js";

/**
 * Stage 2 of a question's trip (analyse -> FOCUS -> retrieve -> decide -> compose): what one clause asks
 * for (its focus: the content words naming the thing, attribute, event or person asked about) and the
 * premises it takes for granted (parties, people, offices, years, days). Plain data, no ranking.
 */
export interface Focus {
  /** The clause's standardized tokens (question and function words included). */
  tokens: string[];
  types: QuestionType[];
  /** Known content words naming what is asked (the whole question's when the clause has none). */
  terms: Term[];
  /** Tokens the premises were read from (the whole question's when the terms were borrowed). */
  premiseTokens: string[];
  /** Content words in the focus that nothing explains: the knowledge does not hold what they name. */
  unknown: string[];
  /**
   * Real verbs of the lexicon the knowledge does not use ("dicanangkan", "diucapkan"): the predicate that
   * links the focus, not the focus. They decline only when the chosen entry does not cover the focus.
   */
  predicates: string[];
  premises: Premises;
  /** What kind of answer beyond one entry is asked for, if any. */
  intent: Intent;
  /** With intent "statements": only the speaker's first or last statement ("pesan penutup", "pertama"). */
  order?: "first" | "last";
  /** With intent "day": the calendar day asked about ("tgl 14 januari 2026 ono opo?"). */
  day?: AskedDay;
  /** The clause asks a person's own attribute with a word of time ("usia Pak Maidi"): no date to count. */
  personAttribute?: boolean;
}

export interface Premises {
  /** Parties named directly or through one of their people. */
  parties: Set<string>;
  /** Parties named directly ("madiun", "pemkot kediri"). */
  named: Set<string>;
  /**
   * Of `parties`, those the question asks about when it names others only as a partner or in the agreement's
   * name ("siapa yang mewakili Kota KEDIRI dalam kerja sama dengan Kota Madiun?"); see facts.ts partyRoles.
   */
  subjects?: Set<string>;
  /** Every party named is only a partner ("siapa yang tanda tangan BERSAMA Maidi?"). */
  partnersOnly?: boolean;
  years: number[];
  /** Office titles the knowledge's people do not hold ("bupati", "wakilwalikota"), with the words naming whose. */
  offices: string[];
  /** Levels of government the parties are not ("kabupaten" when they are city governments). */
  levels: string[];
  /** The question asks about something said ("kata", "menyampaikan", "pernyataan", a quote). */
  saying?: boolean;
  /** Speakers of the knowledge's quotes that the question names ("Maidi"). */
  speakers: string[];
  /** People named by the question who are not among the knowledge's speakers ("Vinanda"). */
  otherPeople: string[];
  /** A quote asked of a group ("kata warga") rather than of a named speaker. */
  groupQuote: boolean;
  /** A date premise: weekday or day of the month. */
  weekdays: string[];
  /** Things named at a place ("di Balai Kota") or time ("saat ttd"): premises about the event, not its focus. */
  located: Set<string>;
  /** Places a yes/no question names that nothing explains ("di Surabaya"): a premise to correct. */
  places: string[];
  /**
   * Words no resource explains in an alternative offered after "atau" ("antar pemerintah daerah ya atau
   * sama SWASTA?"): a premise to correct when the entry confirms what comes before "atau".
   */
  alternatives: string[];
  /** Cities a yes/no question names as the partner of one of the parties ("dengan Kota Surabaya?"). */
  partners: string[];
  /** An outlet the question says the news is from that is not the knowledge's ("dari Detik?"). */
  outlet?: string;
  /** Calendar days named relative to now ("kemarin", "minggu lalu", "bulan lalu"). */
  when?: RelativeDays;
  /** Numbers a yes/no question states with their unit ("tarifnya Rp50.000?"): checked against the entry's. */
  quantities: AskedQuantity[];
}

/**
 * Answers that are not one entry's text: every statement of a speaker, the span between two dated facts,
 * an anniversary of a dated fact ("kapan genap setahun"), time since / until in weeks, months or years.
 */
export type Intent = "entry" | "statements" | "interval" | "anniversary" | "day";

/**
 * Titles of public offices: a closed class of Indonesian nouns (like the pronouns), not a list of
 * questions seen. An office the knowledge's people do not hold is a premise to correct or decline.
 */
const OFFICE_TITLES = new Set([
  "gubernur",
  "wagub",
  "bupati",
  "wabup",
  "wakil",
  "wakilwalikota",
  "wawali",
  "walikota",
  "camat",
  "lurah",
  "sekda",
  "menteri",
  "presiden",
  "wapres",
  "ketua",
  "kepala",
  "dprd",
  "kapolres",
  "kapolda",
  "dandim",
  "direktur",
  "rektor",
]);

/** Whether a word is the title of a public office (a closed class of nouns: "bupati", "walikota"). */
export function isOfficeTitle(word: string): boolean {
  return OFFICE_TITLES.has(word);
}

/** Each word of the knowledge's people's and speakers' names -> the full name, per knowledge. */
const nameByWord = new WeakMap<Knowledge, Map<string, string>>();
function personNames(knowledge: Knowledge): Map<string, string> {
  let m = nameByWord.get(knowledge);
  if (!m) {
    m = new Map();
    for (const e of knowledge.entries)
      for (const n of [...mapPacked(e.facts.people, (p) => p.name), ...mapPacked(e.quotes, (q) => q.speaker)])
        for (const w of n.toLowerCase().split(/\s+/)) if (w.length > 2 && !m.has(w)) m.set(w, n);
    nameByWord.set(knowledge, m);
  }
  return m;
}

/**
 * The words of a clause that name one of the knowledge's people: a word of a person's or speaker's name
 * ("maidi"), or an office title one of its people holds ("walikota", "kepala"), each with how an answer
 * writes that person (the full name, or the office).
 */
export function knowledgePeopleIn(
  tokens: readonly string[],
  knowledge: Knowledge,
): { word: string; name: string }[] {
  const names = personNames(knowledge);
  const held = officesHeld(knowledge);
  const out: { word: string; name: string }[] = [];
  for (const t of new Set(tokens)) {
    const name = names.get(t);
    if (name) out.push({ word: t, name });
    else if (OFFICE_TITLES.has(t) && held.has(t))
      out.push({
        word: t,
        name: t === "walikota" ? "wali kota" : t === "wakilwalikota" ? "wakil wali kota" : t,
      });
  }
  return out;
}

/** Levels of Indonesian government: a closed class, like the office titles. */
const LEVELS = new Set([
  "kabupaten",
  "pemkab",
  "provinsi",
  "pemprov",
  "kecamatan",
  "kelurahan",
  "desa",
  "regency",
]);

/** The words of the parties' names ("pemerintah", "kota", "madiun"). */
const nameWords = new WeakMap<Knowledge, Set<string>>();
function partyNameWords(knowledge: Knowledge): Set<string> {
  let s = nameWords.get(knowledge);
  if (!s) {
    s = new Set(
      knowledge.parties.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/)),
    );
    nameWords.set(knowledge, s);
  }
  return s;
}

/** Nouns that may stand between a building and its city's name ("pendopo KABUPATEN Kediri", "gedung DPRD"). */
const CITY_KINDS: ReadonlySet<string> = new Set(["kota", "kabupaten", "pemkot", "pemkab", "pemerintah"]);

/**
 * Whether a party's name follows from `from` on, after at most one more noun and the kinds of a city
 * ("pendopo [kabupaten] KEDIRI", "gedung dprd KEDIRI"): the noun before names a place in that city.
 */
function inCityNamed(tokens: readonly string[], from: number, partyWords: ReadonlySet<string>): boolean {
  let k = from;
  if (k < tokens.length && !CITY_KINDS.has(tokens[k] as string) && !partyWords.has(tokens[k] as string)) k++;
  while (k < tokens.length && CITY_KINDS.has(tokens[k] as string)) k++;
  return partyWords.has(tokens[k] ?? "");
}

/** Words that ask for a quote or statement. */
const SAY_WORDS = new Set([
  "kata",
  "katanya",
  "ujar",
  "ucap",
  "bilang",
  "ngomong",
  "dikatakan",
  "mengatakan",
  "berkata",
  "menyatakan",
  "menyampaikan",
  "disampaikan",
  "sampaikan",
  "pernyataan",
  "pernyataannya",
  "kutipan",
  "ucapan",
  "omongan",
  "statement",
  "menurut",
]);
/**
 * Verbs of mentioning: words said only in a cleft naming who ("Apakah Vinanda YANG MENYEBUTKAN target zero
 * waste?"); elsewhere they take what is mentioned as their object ("Maidi menyebut fokus apa lagi?").
 */
const MENTION_VERBS: ReadonlySet<string> = new Set(["menyebutkan", "menyebut"]);
/** Modal words that show a clause, not a noun, after a verb of mentioning ("menyebut kota AKAN sehat"). */
const CLAUSE_MODALS = new Set(["akan", "bisa", "harus", "dapat", "bakal", "menjadi", "jadi", "adalah"]);
/** Words asking for all of something ("apa saja", "semua", "rangkum"). */
const ALL_WORDS = new Set([
  "apasaja",
  "semua",
  "semuanya",
  "seluruh",
  "rangkum",
  "rangkuman",
  "ringkas",
  "daftar",
]);
const GROUPS = new Set([
  "masyarakat",
  "warga",
  "rakyat",
  "penduduk",
  "netizen",
  "publik",
  "pengusaha",
  "pedagang",
  "pakar",
  "ahli",
  "pengamat",
  "tokoh",
  "mahasiswa",
]);

/** Words between a word of saying and whose words they are ("tanggapan DARI DPRD", "komentar PIHAK ..."). */
const SAID_BY = new Set(["dari", "oleh", "pihak", "of", "from", "by"]);

/**
 * "Apa kata WARGA?", "ada tanggapan dari DPRD soal kerja sama ini?", "ada komentar dari Vinanda?": words
 * asked of someone the knowledge quotes nothing of (a group, an office none of its people holds, or one of
 * its people who is no speaker) starting at `at`, right after a word of saying. Such a question has no
 * answer: never the entry of the agreement, nor a correction of who signed. A person of the knowledge
 * counts only when nothing but the agreement is asked about ("kata Vinanda ekonomi nomor satu?" is a wrong
 * speaker to correct, not an absent statement).
 */
function unquotedSpeaker(
  tokens: readonly string[],
  at: number,
  knowledge: Knowledge,
  terms: Term[],
): boolean {
  let i = at;
  while (SAID_BY.has(tokens[i] ?? "")) i++;
  const who = tokens[i] ?? "";
  if (GROUPS.has(who)) return true;
  if (OFFICE_TITLES.has(who) && !officesHeld(knowledge).has(who)) return true;
  if (!partyLookups(knowledge).personParty.has(who) || speakerWords(knowledge).has(who)) return false;
  const names = personNames(knowledge);
  return terms.every((t) => agreementWords.has(t.word) || SAY_WORDS.has(t.word) || names.has(t.word));
}

/** The one-word title of an office as questions write it ("Wakil Wali Kota X" -> wakilwalikota), if any. */
function officeTitle(office: string): "walikota" | "wakilwalikota" | undefined {
  if (/wakil\s+wali\s*kota/i.test(office)) return "wakilwalikota";
  return /wali\s*kota/i.test(office) ? "walikota" : undefined;
}

/**
 * Per knowledge, each office word its people hold (a word of the office, or its one-word title) with the
 * words of the holders' names: "walikota" -> maidi, vinanda, prameswati.
 */
const holdersOf = new WeakMap<Knowledge, Map<string, string[]>>();
function officeHoldersMap(knowledge: Knowledge): Map<string, string[]> {
  let m = holdersOf.get(knowledge);
  if (!m) {
    m = new Map();
    for (const e of knowledge.entries)
      for (const p of e.facts.people) {
        const title = officeTitle(p.office);
        const names = p.name
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w.length > 2);
        for (const w of new Set([...p.office.toLowerCase().split(/\s+/), ...(title ? [title] : [])]))
          m.set(w, [...(m.get(w) ?? []), ...names]);
      }
    holdersOf.set(knowledge, m);
  }
  return m;
}

/** The words of the names of the people of the knowledge who hold an office word ("walikota" -> maidi, ...). */
export function officeHolderNames(knowledge: Knowledge, office: string): readonly string[] {
  return officeHoldersMap(knowledge).get(office) ?? [];
}

/** Office titles the knowledge's people hold (a word of any person's office); a vice mayor holds "walikota" too. */
const heldOffices = new WeakMap<Knowledge, Set<string>>();
export function officesHeld(knowledge: Knowledge): Set<string> {
  let s = heldOffices.get(knowledge);
  if (!s) {
    s = new Set(officeHoldersMap(knowledge).keys());
    if (s.has("wakilwalikota")) s.add("walikota");
    heldOffices.set(knowledge, s);
  }
  return s;
}

/** Words asking a time of day ("jam berapa", "pukul berapa"): the kind of answer, never a topic. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(["jam", "pukul"]);

/** Search forms of the places the knowledge's facts name (the parties' own names aside), per knowledge. */
const placesOf = new WeakMap<Knowledge, Set<string>>();
export function placeForms(knowledge: Knowledge): Set<string> {
  let s = placesOf.get(knowledge);
  if (!s) {
    const parties = new Set(
      contentTerms(knowledge.parties.flatMap((p) => p.aliases).join(" . ")).flatMap((t) => t.forms),
    );
    s = new Set(
      contentTerms(knowledge.entries.flatMap((e) => e.facts.places).join(" . "))
        .flatMap((t) => t.forms)
        .filter((f) => !parties.has(f)),
    );
    placesOf.set(knowledge, s);
  }
  return s;
}

/** Words asking who someone is or their name, around the person word they ask of. */
const NAME_OF = new Set(["nama", "namanya", "siapa", "sopo", "sapa", "sinten"]);

/** The question words that ask who. */
const WHO = new Set(["siapa", "sopo", "sapa", "sinten"]);

/** Whether the question asks the name of, or who is, `word` ("nama sopir", "siapa sopir", "sopir sopo"). */
function asksNameOf(tokens: readonly string[], word: string): boolean {
  const i = tokens.indexOf(word);
  if (i < 0) return false;
  if (tokens.slice(0, i).some(isFirstPerson)) return false;
  // Asked only by a question that asks who ("KAPAN diteken? mahasiswi, nama ..." asks a date, "apa
  // prioritas ...? murid, jeneng ..." a thing).
  if (
    !tokens.some((t) => WHO.has(t)) ||
    tokens.some((t) => questionWords.has(t) && !NAME_OF.has(t) && t !== "apa")
  )
    return false;
  if (NAME_OF.has(tokens[i - 1] ?? "")) return true;
  // "sopir e sopo?" asks of the word before the question word only when nothing is asked after it:
  // "ABANG siapa wali kota kediri?" addresses the bot and asks of what follows.
  return NAME_OF.has(tokens[i + 1] ?? "") && tokens.slice(i + 2).every((t) => wordClassOf(t) !== "content");
}

/** Words that make the noun after them what someone is or was ("jadi guru", "seorang guru", "sebagai guru"). */
const BEING = new Set(["jadi", "menjadi", "seorang", "sebagai", "profesi", "pekerjaan"]);

/**
 * "Maidi dulu pernah jadi guru?", "kuwi mbiyen tau dadi guru po?": a word that introduces an asker elsewhere
 * ("saya guru ...") is asked about when the question says someone other than the asker is or was one; the
 * knowledge must hold it like any other focus word (a person's past job is no premise to say yes to).
 */
function predicatedOf(tokens: readonly string[], word: string): boolean {
  const i = tokens.indexOf(word);
  // ("sebagai guru, saya ingin bertanya ...": the asker's own, wherever the asker is named.)
  // ("sebagai guru, kapan ...?": a question asking something else is the asker's frame too.)
  if (i < 1 || tokens.some(isFirstPerson)) return false;
  if (tokens.some((t) => questionWords.has(t) && t !== "apa" && t !== "apakah")) return false;
  return BEING.has(tokens[i - 1] ?? "");
}

/**
 * Finds the focus and premises of one clause. `whole` is the whole question, whose content words a clause
 * without its own borrows ("KAPAN dan siapa yang menandatangani").
 */
export function findFocus(clause: Analysis, whole: Analysis, knowledge: Knowledge, now?: Date): Focus {
  const tokens = clause.tokens;
  // A particle or courtesy word the knowledge happens to contain (a sample question's "ne") names nothing.
  // "... berapa lama ya PER HARI INI?": a time phrase sets the moment the question is asked at (the date
  // stage reads it); its words name nothing to search ("per" of an entry's "per hari" is no match).
  const moment = timePhraseWords(tokens);
  let terms = clause.terms.filter(
    (t) =>
      t.status === "known" &&
      !EMPTY_CLASSES.has(wordClassOf(t.typed ?? t.word)) &&
      !(moment.size && (moment.has(t.word) || moment.has(t.typed ?? t.word))),
  );
  // Only words in the focus can decline (issue 9): words in the frame around it (the asker's description,
  // reason, purpose and hedges: positions.ts) arrive here as "generic" from the analyse stage, which reads
  // them per sentence part of the message; an alternative after "atau" is a premise (below).
  // Words that count time ("berapa minggu", "genap setahun") are read by the date stage, not searched.
  // Greetings, courtesy, particles, function words, introductions, modality, adverbs and fillers (the
  // lexicon's closed classes) surround the focus: never a reason to decline. Negations, time words and
  // quantifiers among them ("pernah", "sudah") change what is asked and still count.
  // "Pak Maidi itu sekarang USIANYA berapa tahun?": an age asked of a person is that person's attribute,
  // which the knowledge does not hold, not the age of the agreement ("usia kerja sama"): a focus word.
  // "kerja sama PEMERINTAH KOTA Madiun dan PEMKOT Kediri di bidang apa": the nouns of a party's full name
  // are that party's name, which sets the scene like the name itself; they are no topic an entry must hold.
  const nameNouns = partyNameNouns(tokens, knowledge);
  // (Only beside a topic of its own: "apa itu PEMERINTAH KOTA Kediri?" asks about the party itself.)
  if (
    nameNouns.size &&
    terms.some(
      (t) =>
        !nameNouns.has(t.word) &&
        !agreementWords.has(t.word) &&
        !partyLookups(knowledge).partyWords.has(t.word),
    )
  )
    terms = terms.filter((t) => !nameNouns.has(t.word));
  const personAge = asksAgeOfPerson(clause, knowledge);
  let unknownTerms = clause.terms.filter(
    (t) =>
      t.status === "unknown" &&
      (!isTimeWord(t.typed ?? t.word) || (personAge && isAgeWord(t.typed ?? t.word))) &&
      !timePreposition(t.typed ?? t.word, tokens) &&
      !closedFunctionWord(t.typed ?? t.word) &&
      !MONTHS.has(t.word) &&
      !isNoiseWord(t.typed ?? t.word),
  );
  // "sektor yang KEDUA tadi apa?": an ordinal picking an item of a list the knowledge gives names nothing to
  // search; the answer picks the item (compose.ts).
  const ordinal = listOrdinal(tokens, knowledge, takesOrdinal);
  if (ordinal) {
    terms = terms.filter((t) => t.word !== ordinal.word);
    unknownTerms = unknownTerms.filter((t) => t.word !== ordinal.word);
  }
  // "Apakah tarifnya Rp50.000?", "targetnya 2.000 penumpang per hari?": a number a yes/no question states is
  // a premise checked against the entry's numbers (quantities.ts), not a word to search or to decline on;
  // what it counts ("penumpang", "persen") stays in the focus.
  const quantities =
    clause.types.includes("yesno") && !clause.types.some((t) => t === "relative" || t === "date")
      ? askedQuantities(tokens)
      : [];
  if (quantities.length) {
    const consumed = new Set(
      quantities.flatMap((q) =>
        q.unit.kind === "noun" || q.unit.kind === "persen" ? q.tokens.slice(0, -1) : q.tokens,
      ),
    );
    const isNumber = (t: Term) => consumed.has(t.word) || consumed.has(t.typed ?? t.word);
    terms = terms.filter((t) => !isNumber(t));
    unknownTerms = unknownTerms.filter((t) => !isNumber(t));
  }
  // "Siapa nama SOPIR bus perdana?": a word that introduces an asker elsewhere ("saya sopir ...") is what
  // is asked when the question asks its name or who it is ("nama X", "siapa X", "X-e sopo"); the knowledge
  // must hold it like any other focus word.
  const named = clause.terms.filter(
    (t) =>
      t.status === "generic" &&
      wordClassOf(t.word) === "intro" &&
      !isFirstPerson(t.word) &&
      !HONORIFICS.has(t.word) &&
      !ADDRESS_WORDS.has(t.word) &&
      !NAME_OF.has(t.word) &&
      !clause.terms.some((u) => u !== t && u.status === "known" && u.forms.includes(t.word)) &&
      (asksNameOf(tokens, t.word) || predicatedOf(tokens, t.word)),
  );
  if (named.length)
    unknownTerms = [...unknownTerms, ...mapPacked(named, (t) => ({ ...t, status: "unknown" as const }))];
  // A typo "corrected" into a time word ("saksi" -> sasi -> bulan) is no reading to trust: the date
  // stage would take it for a premise. The word stays what it was typed as, unknown.
  const miscorrected = terms.filter((t) => t.typed && isTimeWord(t.word) && !isTimeWord(t.typed));
  if (miscorrected.length) {
    terms = terms.filter((t) => !miscorrected.includes(t));
    unknownTerms = [
      ...unknownTerms,
      ...mapPacked(miscorrected, (t) => ({ ...t, word: t.typed ?? t.word, status: "unknown" as const })),
    ];
  }
  // "Kontrak iku antara sopo karo sopo?": the reciprocal question asks between whom, the relation itself:
  // its "antara" is the focus (elsewhere the word only links two things).
  // So does a yes/no question naming the sides ("apakah kerja sama ini ANTARA Kota Madiun dan Kota Kediri?"):
  // it asks who the parties are, not where "Kota Kediri" signed.
  const betweenWhom =
    asksBetweenWhom(tokens) ||
    (clause.types.includes("yesno") &&
      // (A level of government named among the sides, "Kabupaten Kediri", is a premise to correct instead.)
      !tokens.some((t) => LEVELS.has(t)) &&
      // (Nor beside a question word: "KAPAN the MoU between Madiun and Kediri was signed?" asks a date.)
      !tokens.some(
        (t, i) => (t === "apa" && i > 0) || (questionWords.has(t) && t !== "apa" && t !== "apakah"),
      ) &&
      tokens.some(
        (t, i) =>
          t === "antara" &&
          namedParties(tokens.slice(i + 1, i + 3), knowledge).size > 0 &&
          tokens.slice(0, i).some((w) => agreementWords.has(w)) &&
          // (Only when the sides are what is asked: "apakah GUBERNUR ikut MENANDATANGANI kontrak antara
          // Madiun dan Kediri?" asks about the signing, the sides only name the agreement.)
          tokens
            .slice(0, i)
            .every(
              (w) =>
                wordClassOf(w) !== "content" ||
                agreementWords.has(w) ||
                JOINING.has(w) ||
                namedParties([w], knowledge).size > 0,
            ),
      )) ||
    asksPartner(tokens);
  // "... dalam satu atau dua kalimat": how long the answer should be, not what it is about.
  const format = formatWords(tokens);
  if (format.size) {
    terms = terms.filter((t) => !format.has(t.word));
    unknownTerms = unknownTerms.filter((t) => !format.has(t.word) && !format.has(t.typed ?? t.word));
  }
  // "Bisakah Anda merangkum inti berita ini?": a request for the summary (of the news, or of a topic it
  // names), read as the word "ringkasan"; with a speaker named it asks for the speaker's statements instead.
  // (Not a request for the full text, "isi lengkap", "naskah": a summary is not what is asked then.)
  // "Kerjasama opo iki?", "kerja sama apa itu?": what the agreement itself is, when nothing but the
  // agreement is named and "apa" closes the question, asks for the summary too.
  const whatAgreement =
    unknownTerms.length === 0 &&
    terms.length > 0 &&
    // ("pemkot madiun ama pemkot kediri kerjasama apa": the parties it is between name nothing else.)
    terms.some((t) => agreementWords.has(t.word)) &&
    terms.every((t) => agreementWords.has(t.word) || partyNameWords(knowledge).has(t.word)) &&
    !clause.types.some((t) => t !== "definition") &&
    // ("kerjasama APA iki": "apa" right after the agreement asks which one it is; "kerja sama itu apa" asks
    // what cooperation means, a definition like "apa itu kerja sama".)
    agreementWords.has(tokens[tokens.findIndex((t) => t === "apa" || t === "apaitu") - 1] ?? "") &&
    !tokens.some((t) => questionWords.has(t) && t !== "apa" && t !== "apaitu") &&
    /^(apa|apaitu|apa (ini|itu|iki|iku|sih))$/.test(
      tokens.slice(tokens.findIndex((t) => t === "apa" || t === "apaitu")).join(" "),
    );
  // "Berita ini tentang apa?", "what is this article about?", "artikel ini membahas apa?": what the news
  // itself is about, when it names nothing else, asks for the summary too.
  const aboutNews =
    terms.length === 0 &&
    unknownTerms.every((t) => ABOUT_WORDS.has(t.typed ?? t.word)) &&
    // (This news: "berita INI", "beritanya", "ini berita"; not "berita soal apa LAGI yang ada".)
    tokens.some(
      (t, i) =>
        NEWS_ITSELF.has(t) &&
        (t.endsWith("nya") || THIS_NEWS.has(tokens[i + 1] ?? "") || THIS_NEWS.has(tokens[i - 1] ?? "")),
    ) &&
    !tokens.some((t) => ALSO.has(t) || t === "lagi") &&
    tokens.some((t) => ABOUT_WORDS.has(t)) &&
    tokens.some((t) => t === "apa" || t === "apaitu");
  if (aboutNews) unknownTerms = [];
  const summary =
    whatAgreement ||
    aboutNews ||
    (!tokens.some((t) => speakerWords(knowledge).has(t) || FULL_TEXT.has(t) || SAY_WORDS.has(t)) &&
      !clause.types.includes("quote") &&
      clause.terms.some((t) => SUMMARY_WORDS.has(t.typed ?? t.word) || SUMMARY_WORDS.has(t.word)));
  if (summary) {
    const isSummary = (t: Term) => SUMMARY_WORDS.has(t.word) || SUMMARY_WORDS.has(t.typed ?? t.word);
    terms = [...terms.filter((t) => !isSummary(t)), ...contentTerms("ringkasan")];
    unknownTerms = unknownTerms.filter((t) => !isSummary(t));
  }
  // "Kuliner apa yg dikembangin?", "wisata apa aja?": which kinds of an item the knowledge only names in a
  // list of sectors. It holds the item, not its kinds: a focus it lacks ("jenis kuliner"), so declined.
  const kinds = clause.types.includes("yesno") ? undefined : kindsOfListedItem(tokens, knowledge);
  if (kinds) {
    const item = terms.find((t) => t.word === kinds);
    if (item) unknownTerms = [...unknownTerms, { ...item, word: `jenis ${kinds}`, status: "unknown" }];
  }
  const meaning = asksMeaningOfText(tokens);
  if (meaning) terms = terms.filter((t) => !MEANING_WORDS.has(t.word));
  if (betweenWhom && !terms.some((t) => t.word === "antara")) terms = [...terms, ...contentTerms("antara")];
  // "Brita dr mn?", "info ini dari mana?": where the news itself comes from, when it names nothing else,
  // asks for its source, read as the words "sumber berita" (as a summary request reads as "ringkasan").
  if (terms.length === 0 && unknownTerms.length === 0 && asksOriginOfNews(tokens))
    terms = contentTerms("sumber berita");
  let premiseTokens = tokens;
  if (terms.length === 0 && unknownTerms.length === 0) {
    terms = whole.terms.filter((t) => t.status === "known");
    premiseTokens = whole.tokens;
  }
  // "Sopo ae pihak e?": a "who" question whose only noun is a generic one ("pihak") asks about that noun.
  if (terms.length === 0 && unknownTerms.length === 0 && clause.types.includes("person")) {
    terms = clause.terms.filter(
      (t) => t.status === "generic" && wordClassOf(t.word) === "content" && lemmaInfo(t.word).inLexicon,
    );
  }
  // An office title the knowledge's people do not hold, with the unknown words right after it (whose
  // office: "gubernur jawa timur"), is a premise about the people, not the focus.
  const held = officesHeld(knowledge);
  // "siapa wali kota kediri YANG PEREMPUAN itu": the sex of the one person an office and its party name
  // only describes whom the asker means; it is no focus ("wali kota kediri yang LAMA" is someone else).
  if (unknownTerms.some((t) => PERSON_SEX.has(t.word))) {
    const described = new Set(
      tokens.filter(
        (t, i) =>
          PERSON_SEX.has(t) &&
          tokens[i - 1] === "yang" &&
          held.has(tokens[i - 3] ?? "") &&
          partyLookups(knowledge).partyWords.has(tokens[i - 2] ?? ""),
      ),
    );
    if (described.size) unknownTerms = unknownTerms.filter((t) => !described.has(t.word));
  }
  const offices: string[] = [];
  const officeWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // An office the knowledge's own text names ("para lurah" in an answer) is known content, not absent.
    if (!OFFICE_TITLES.has(t) || held.has(t) || terms.some((x) => x.word === t)) continue;
    // "Saya ketua RT di ...": an office in the frame (the asker's own) is no premise of the question.
    if (clause.terms.some((x) => x.word === t && x.status === "generic")) continue;
    const run = [t];
    officeWords.add(t);
    for (let k = i + 1; k < tokens.length; k++) {
      const next = tokens[k] as string;
      const u = unknownTerms.find((x) => x.word === next);
      // ("Gubernur Jawa Timur HADIR menyaksikan?": a verb after the office is what is asked of it.)
      // (Not an auxiliary before an act the knowledge holds: "Gubernur TURUT menandatangani?" asks the act.)
      const verb =
        u !== undefined &&
        partsOfSpeech(u.typed ?? u.word).every((p) => p === "v") &&
        partsOfSpeech(u.typed ?? u.word).length > 0 &&
        !terms.some((x) => x.word === tokens[k + 1]);
      if (u && !verb) {
        run.push(u.typed ?? u.word);
        officeWords.add(next);
      } else if (OFFICE_TITLES.has(next) || namedParties([next], knowledge).size) run.push(next);
      else break;
    }
    offices.push(run.join(" "));
  }
  // A level of government the parties are not ("pemkab", "kabupaten" when they are city governments):
  // a premise about the parties to correct, not a topic.
  const partyNames = partyNameWords(knowledge);
  // Only in the question itself: "warga Kelurahan Nambangan" in an introduction sets the scene.
  const levels = [
    ...new Set(mapPacked(unknownTerms, (t) => t.word).filter((w) => LEVELS.has(w) && !partyNames.has(w))),
  ];
  for (const l of levels) officeWords.add(l);
  // "pemprov JATIM", "kabupaten NGAWI": the name after a level word is that level's government, part of
  // the same premise (a name no resource explains, right after the level word).
  if (levels.length)
    tokens.forEach((t, i) => {
      const name = unknownTerms.find((u) => u.word === tokens[i + 1]);
      if (levels.includes(t) && name && !lemmaInfo(name.typed ?? name.word).inLexicon)
        officeWords.add(name.word);
    });
  if (officeWords.size) {
    unknownTerms = unknownTerms.filter((t) => !officeWords.has(t.word));
    terms = terms.filter((t) => !officeWords.has(t.word));
  }
  // "Antar pemerintah daerah ya atau sama SWASTA/INVESTOR?": unknown words of an alternative offered after
  // "atau" are a premise to correct (positions.ts), not the focus.
  const offered = alternativeWords(tokens, clausePositions(tokens));
  const alternatives = mapPacked(
    unknownTerms.filter((t) => offered.has(t.word)),
    (t) => t.typed ?? t.word,
  );
  if (alternatives.length) unknownTerms = unknownTerms.filter((t) => !offered.has(t.word));
  // "Apakah penandatanganan dilakukan sendiri oleh kedua wali kota, ATAU DIWAKILKAN KEPADA PEJABAT LAIN?":
  // a yes/no question is about its first alternative; the entry that confirms or denies it answers both,
  // so known words of the other one are not searched (they would pull towards an entry about them).
  // (Not beside a question word: "Dalam bentuk APA ...? Apakah lewat kontrak ... atau kunjungan kerja?"
  // offers the alternatives as answers to it.)
  if (
    clause.types.includes("yesno") &&
    !clause.types.some((t) => WH_ASKED.has(t)) &&
    !tokens.some((t, i) => (t === "apa" && i > 0) || (questionWords.has(t) && t !== "apa" && t !== "apakah"))
  ) {
    const other = terms.filter((t) => offered.has(t.word));
    if (other.length && other.length < terms.length) terms = terms.filter((t) => !offered.has(t.word));
  }
  // "Apa kata Maidi soal PERTANIAN": read before any unknown word is explained away.
  const lacking = mapPacked(unknownTerms, (t) => t.word);
  // Unknown words are explained before they count. A real verb of the lexicon that the knowledge does
  // not use ("kapan target itu DICANANGKAN", "kalimat itu DIUCAPKAN siapa") is the predicate linking the
  // focus, not the focus, when the clause names a topic of its own (a word other than the parties, their
  // people, the agreement itself or time): decide then checks that the chosen entry holds all of it.
  // With no such topic the verb is the focus ("kapan Maidi LAHIR", "BERLAKU berapa tahun"): unknown.
  const predicates: string[] = [];
  const lookups = partyLookups(knowledge);
  const topical = terms.some(
    (t) =>
      !lookups.partyWords.has(t.word) &&
      !lookups.personParty.has(t.word) &&
      !speakerWords(knowledge).has(t.word) &&
      !agreementWords.has(t.word) &&
      !held.has(t.word) &&
      !HONORIFICS.has(t.word) &&
      !isTimeWord(t.word) &&
      !isDateWord(t.word) &&
      // A place names where, not what, and a clock word the kind of answer ("Terminal Purboyo BUKA jam
      // berapa?" asks what the place does: the verb is the focus).
      !t.forms.some((f) => placeForms(knowledge).has(f)) &&
      !CLOCK_WORDS.has(t.word) &&
      !/^\d+$/.test(t.word),
  );
  if (topical && unknownTerms.length) {
    const knownTerm = (w: string) => terms.some((t) => t.word === w);
    unknownTerms = unknownTerms.filter((t) => {
      const word = t.typed ?? t.word;
      const { lemma, inLexicon } = lemmaInfo(word);
      if (!inLexicon || !(isPredicate(word, lemma) || bareActiveVerb(word, tokens, knownTerm))) return true;
      // "Siapa yang (pertama kali) MENGGAGAS kerja sama ...?": the act whose doer "siapa yang" asks is the
      // focus itself, not a verb linking it.
      if (doerAsked(tokens, t.word)) return true;
      predicates.push(word);
      return false;
    });
  }
  const speakersByWord = speakerWords(knowledge);
  const personParty = partyLookups(knowledge).personParty;
  const speakers = [...new Set(premiseTokens.flatMap((t) => speakersByWord.get(t) ?? []))];
  const otherPeople = premiseTokens.filter((t) => personParty.has(t) && !speakersByWord.has(t));
  const located = new Set<string>();
  premiseTokens.forEach((t, i) => {
    // A place ("di Balai Kota") or a time ("SAAT hari tanda tangan") the question sets its focus in.
    if (t === "di" || t === "nang" || t === "neng" || WHEN_PREPOSITIONS.has(t)) {
      for (let k = i + 1; k < Math.min(premiseTokens.length, i + 4); k++)
        located.add(premiseTokens[k] as string);
    }
  });
  // "Diteken di Surabaya ya?": in a yes/no question, a name no resource explains right after "di" is a
  // place premise (corrected with the knowledge's place when the answer has one), not the focus.
  const places: string[] = [];
  if (clause.types.includes("yesno")) {
    unknownTerms = unknownTerms.filter((t) => {
      const i = tokens.indexOf(t.word);
      const placed =
        i > 0 && (tokens[i - 1] === "di" || tokens[i - 1] === "nang" || tokens[i - 1] === "neng");
      // ("... di PENDOPO Kabupaten Kediri ya?": a common noun too names a place, a building of the city
      // whose name follows it.)
      if (
        !placed ||
        (lemmaInfo(t.typed ?? t.word).inLexicon && !inCityNamed(tokens, i + 1, lookups.partyWords))
      )
        return true;
      places.push(t.typed ?? t.word);
      return false;
    });
  }
  // "Benarkah Kota Madiun menjalin kerja sama tersebut dengan KOTA SURABAYA?": a yes/no question that names
  // one party and, as its partner, a city no resource explains, claims another partner: a premise to
  // correct. Not when it asks about another agreement or one more party ("JUGA", "serupa", "lain").
  const partners: string[] = [];
  const namedHere = namedParties(tokens, knowledge);
  // ("kediri udh kerja sama sm surabaya BLM?": whether another agreement has come yet, not this one's partner.)
  if (
    clause.types.includes("yesno") &&
    namedHere.size === 1 &&
    !tokens.some((t) => ALSO.has(t)) &&
    !tokens.includes("belum")
  ) {
    unknownTerms = unknownTerms.filter((t) => {
      const i = tokens.indexOf(t.word);
      const kind = tokens[i - 1] ?? "";
      const linked = tokens.slice(Math.max(0, i - 4), i).some((w) => PARTNER_LINKS.has(w));
      // ("... madiun KARO surabaya yo?": a name right after the link is the partner too.)
      // ("kerjasama MADIUN-BLITAR y?": a name right after a party's, in a question about the agreement, pairs
      // with it as the partner.)
      const partyAt = (k: number) => namedParties([tokens[k] ?? ""], knowledge).size > 0;
      // ("... antara Kota Madiun dan KOTA Blitar?": the kind of party written before the name pairs it too.)
      const j = PARTY_KINDS.has(kind) ? i - 1 : i;
      const paired =
        (partyAt(j - 1) || (tokens[j - 1] === "dan" && partyAt(j - 2))) &&
        tokens.slice(0, j - 1).some((w) => agreementWords.has(w));
      const partnerSlot =
        (PARTY_KINDS.has(kind) && linked) || (PARTNER_LINKS.has(kind) && kind !== "antara") || paired;
      if (i < 1 || !partnerSlot || lemmaInfo(t.typed ?? t.word).inLexicon) return true;
      partners.push(t.typed ?? t.word);
      return false;
    });
  }
  // "Beritanya dari Detik ya?", "berasal dari harian Kompas?": a yes/no question naming the outlet of the
  // news is a premise about the source (corrected with the knowledge's own outlet), not a topic.
  let outlet: string | undefined;
  if (
    clause.types.includes("yesno") &&
    tokens.some((t) => NEWS_WORDS.has(t) || NEWS_WORDS.has(t.replace(/nya$/, "")))
  ) {
    // "... dari harian Kompas?", "dimuat OLEH harian Kompas? Mohon maaf kalau saya salah.": the outlet
    // slot runs from its preposition to the end of the question, the courtesy and frame after it aside.
    const from = tokens.findLastIndex((t) => t === "dari" || t === "oleh");
    const positions = clausePositions(tokens);
    let end = from + 1;
    while (
      end < tokens.length &&
      positions[end] !== "frame" &&
      // ("... dimuat oleh Kompas. APAKAH BENAR?": the question that follows the statement ends the slot.)
      !["courtesy", "greeting", "question"].includes(wordClassOf(tokens[end] as string)) &&
      tokens[end] !== "apakah"
    )
      end++;
    const named = tokens.slice(from + 1, end).filter((t) => !MEDIA_KINDS.has(t));
    // Only a name closing the question, not a phrase going on after "dari".
    const name = from >= 0 && named.length === 1 ? named[0] : undefined;
    const outlets = new Set(mapPacked(knowledge.sources, (x) => x.outlet.toLowerCase()));
    if (name && !outlets.has(name) && !partyNameWords(knowledge).has(name) && !/^\d+$/.test(name)) {
      outlet = name;
      const consumed = new Set([...tokens.slice(from + 1, end)]);
      unknownTerms = unknownTerms.filter((t) => !consumed.has(t.typed ?? t.word) && !consumed.has(t.word));
      terms = terms.filter((t) => !consumed.has(t.typed ?? t.word) && !consumed.has(t.word));
    }
  }
  // ("Maidi MENYEBUT kota akan sehat", "menyebut bahwa ...": a verb of mentioning that takes a clause says it.)
  const cleftMention = tokens.some(
    (t, i) =>
      MENTION_VERBS.has(t) &&
      (tokens[i - 1] === "yang" ||
        tokens[i + 1] === "bahwa" ||
        CLAUSE_MODALS.has(tokens[i + 2] ?? "") ||
        CLAUSE_MODALS.has(tokens[i + 3] ?? "")),
  );
  const asksSaying = tokens.some((t) => SAY_WORDS.has(t)) || clause.types.includes("quote") || cleftMention;
  const groupQuote = tokens.some(
    (t, i) => SAY_WORDS.has(t) && unquotedSpeaker(tokens, i + 1, knowledge, terms),
  );
  // "ttd nya kemarin ya?", "minggu lalu?": days named relative to now, a premise checked like a date.
  const when = now ? relativeDays(premiseTokens, now) : undefined;
  const parties = mentionedParties(premiseTokens, knowledge);
  const roles = parties.size ? partyRoles(premiseTokens, knowledge, agreementWords) : undefined;
  const premises: Premises = {
    parties,
    named: namedParties(premiseTokens, knowledge),
    years: [
      // A clause with words of its own keeps its own years ("taun brp diteken? 2025 ya?" asks the first
      // part of no year); one that borrows the question's words borrows its years too.
      ...(clause.years.length ? clause.years : premiseTokens === whole.tokens ? whole.years : []),
      ...(now ? relativeYears(premiseTokens, now) : []),
    ],
    offices,
    levels,
    speakers,
    otherPeople,
    groupQuote,
    weekdays: weekdaysNamed(premiseTokens),
    located,
    places,
    alternatives,
    partners,
    saying: asksSaying,
    quantities,
    // (Every field is in the literal, absent ones as undefined, in one order: every Premises object has one
    // hidden class, so the engine's readers of premises stay monomorphic; a field added afterwards made a
    // new one per combination, and an optimised reader deoptimised at the first combination it had not seen.)
    outlet: outlet || undefined,
    when: when || undefined,
    partnersOnly: roles?.partnersOnly ? true : undefined,
    subjects: roles && !roles.partnersOnly ? roles.subjects : undefined,
  };
  // "Apa pesan penutup Maidi?", "pernyataan terakhirnya": one statement by its place in the source.
  const order = asksSaying ? statementOrder(tokens) : undefined;
  if (order) {
    const ordinal = (t: Term) => ORDER_FIRST.has(t.word) || ORDER_LAST.has(t.word);
    terms = terms.filter((t) => !ordinal(t));
    unknownTerms = unknownTerms.filter((t) => !ordinal(t) && !ordinal({ ...t, word: t.typed ?? t.word }));
  }
  const read = intentOf(clause, asksSaying, premises, terms, (w) => {
    return partyLookups(knowledge).partyWords.has(w) || held.has(w) || HONORIFICS.has(w);
  });
  // "Maidi ngomong apa soal PERTANIAN": a topic the knowledge lacks is not "everything he said".
  const topicLacking = lacking.some(
    (w) => !ALL_WORDS.has(w) && !SAY_WORDS.has(w) && !(order && (ORDER_FIRST.has(w) || ORDER_LAST.has(w))),
  );
  // "Tgl 14 Januari 2026 iku ono opo?": what happened on a calendar day, when nothing else is named.
  const day = askedDay(tokens);
  const onlyDay =
    day !== undefined &&
    tokens.some((t) => t === "apa" || t === "apasaja") &&
    terms.every((t) => isDateWord(t.word) || /^\d+$/.test(t.word) || EVENT_WORDS.has(t.word)) &&
    unknownTerms.every((t) => EVENT_WORDS.has(t.typed ?? t.word));
  const intent: Intent = onlyDay
    ? "day"
    : read === "statements" && topicLacking
      ? "entry"
      : order && read === "entry" && onlyPeople(terms, knowledge, held)
        ? "statements"
        : read;
  // An anniversary is found by its event ("penandatanganan"), not by the words counting the years.
  const counting = new Set(
    tokens.filter((t, i) => timeUnit(tokens[i + 1] ?? "") && (t === "satu" || /^\d+$/.test(t))),
  );
  // Words asking about something said ("pernyataannya", "menyampaikan") frame the question; the speaker and
  // the topic are its focus (a second file's "wujud nyata" must not make "pernyataannya" a topic word).
  let framed = asksSaying
    ? terms.filter((t) => !SAY_WORDS.has(t.word) && !(cleftMention && MENTION_VERBS.has(t.word)))
    : terms;
  // A number counting days ("lewat 100 hari sejak ttd") is a premise too, whatever the intent; so is the
  // length a unit is counted in ("berapa bulan LAMANYA sejak ...").
  const countingDays = new Set(
    tokens.filter(
      (t, i) =>
        (/^\d+$/.test(t) && tokens[i + 1] === "hari") ||
        (t === "lama" && tokens[i - 2] === "berapa" && timeUnit(tokens[i - 1] ?? "") !== undefined),
    ),
  );
  // "taun 2025 ya?", "ttd nya kemarin?": words framing a date premise are read by the date checks.
  const calendar = calendarFrameWords(tokens);
  // "Ditandatangani pada 13 Januari 2027?": a whole day stated to confirm is a premise the date checks read
  // (its year one of a target's, "2027", is still no topic), the event is the focus.
  if (clause.types.includes("yesno")) for (const w of statedDateWords(tokens)) calendar.add(w);
  if (calendar.size && clause.types.includes("yesno")) framed = framed.filter((t) => !calendar.has(t.word));
  const focusTerms =
    intent === "anniversary"
      ? framed.filter((t) => !TIME_WORDS.has(t.word) && !counting.has(t.word))
      : framed.filter((t) => !countingDays.has(t.word));
  // "Kapan genap setahun?", "sudah setahun belum?", "brp mgg sjk ttd": counted from a dated fact.
  const countsTime = tokens.some((t) => timeUnit(t) || t === "hari") && tokens.some((t) => SINCE.has(t));
  let types: QuestionType[] = clause.types;
  if (betweenWhom && !types.includes("list")) types = [...types, "list"];
  // "Apa maksud dari TULISAN tersebut?": the meaning of a piece of text, not anyone's intention.
  if (meaning) types = ["definition", ...types.filter((t) => t !== "purpose" && t !== "definition")];
  if (summary && !types.includes("definition")) types = [...types, "definition"];
  if ((intent === "anniversary" || countsTime) && !types.includes("relative")) {
    types = [...types.filter((t) => t !== "amount"), "relative"];
  }
  // (Every field is in the literal, absent ones as undefined, in one order, as in focusWith: every Focus
  // shares one hidden class. Optional fields added afterwards or foci spread with `{ ...focus, x }` each
  // had a map of their own, and an optimised reader of foci (decide's holdsThing, quotesSpeaker, ...)
  // deoptimised with "wrong map" at the first one it had not seen, long after start-up.)
  return {
    tokens,
    types,
    terms: focusTerms.length ? focusTerms : terms,
    premiseTokens,
    unknown: mapPacked(unknownTerms, (t) => t.typed ?? t.word),
    predicates,
    premises,
    intent,
    order: order && intent === "statements" ? order : undefined,
    day: day && intent === "day" ? day : undefined,
    personAttribute: personAge ? true : undefined,
  };
}

/**
 * `focus` with some of its fields replaced, built as the same literal as findFocus's (every field, in the
 * same order): a copy made by spreading would have a hidden class of its own (see findFocus).
 */
export function focusWith(
  focus: Focus,
  change: { tokens?: string[]; terms?: Term[]; unknown?: string[] },
): Focus {
  return {
    tokens: change.tokens ?? focus.tokens,
    types: focus.types,
    terms: change.terms ?? focus.terms,
    premiseTokens: focus.premiseTokens,
    unknown: change.unknown ?? focus.unknown,
    predicates: focus.predicates,
    premises: focus.premises,
    intent: focus.intent,
    order: focus.order,
    day: focus.day,
    personAttribute: focus.personAttribute,
  };
}

/** Nouns naming a kind ("sektor apa", "program apa"): which of a list is asked, and the list is held. */
const KIND_NOUNS = new Set([
  "sektor",
  "bidang",
  "program",
  "jenis",
  "macam",
  "hal",
  "fokus",
  "aspek",
  "topik",
  "isu",
  "target",
  "prioritas",
]);
/** Words before an item that make "apa" ask about something else ("pengaruh nang PELAYANAN PUBLIK opo"). */
const TOPIC_LINKS = new Set([
  "ke",
  "nang",
  "neng",
  "di",
  "pada",
  "terhadap",
  "untuk",
  "bagi",
  "soal",
  "tentang",
  "mengenai",
  "dalam",
  "buat",
  "selain",
]);
/** The sector items of every entry, as written ("kuliner", "umkm", "program lingkungan hidup"), per knowledge. */
const sectorItems = new WeakMap<Knowledge, Set<string>>();
function allSectorItems(knowledge: Knowledge): Set<string> {
  let s = sectorItems.get(knowledge);
  if (!s) {
    s = new Set(
      knowledge.entries.flatMap((e) =>
        mapPacked(
          e.facts.sectors.flatMap((x) => x.toLowerCase().split(/\s+(?:dan|serta)\s+/)),
          (x) => x.trim(),
        ),
      ),
    );
    sectorItems.set(knowledge, s);
  }
  return s;
}

/**
 * The sector item whose kinds a clause asks for ("KULINER apa", "wisata apa saja"): a whole item of an
 * entry's sector list right before "apa", not itself a noun of kinds ("sektor apa") nor the modifier of one
 * ("program LINGKUNGAN apa"), and not the object of a preposition ("pengaruh ke pelayanan publik apa").
 */
export function kindsOfListedItem(tokens: readonly string[], knowledge: Knowledge): string | undefined {
  const items = allSectorItems(knowledge);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] !== "apa" && tokens[i] !== "apasaja") continue;
    // ("Ekonomi apa prioritas?": an "apa" with the predicate after it asks yes or no.)
    const next = tokens[i + 1];
    if (next !== undefined && next !== "yang" && wordClassOf(next) === "content") continue;
    let start = -1;
    for (let k = Math.min(3, i); k >= 1; k--)
      if (items.has(tokens.slice(i - k, i).join(" "))) {
        start = i - k;
        break;
      }
    if (start < 0) continue;
    const before = tokens[start - 1] ?? "";
    const phrase = tokens.slice(start, i);
    if (phrase.some((w) => KIND_NOUNS.has(w)) || KIND_NOUNS.has(before) || TOPIC_LINKS.has(before)) continue;
    return tokens[i - 1];
  }
  return undefined;
}

/** A calendar day a question names: a day of the month before a month name, and a year if it follows. */
export interface AskedDay {
  day: number;
  month: string;
  year?: number;
}

/** Words asking what happened ("ada apa", "kejadian apa", "terjadi apa"). */
const EVENT_WORDS = new Set([
  "terjadi",
  "kejadian",
  "peristiwa",
  "acara",
  "agenda",
  "berlangsung",
  "ono",
  "ada",
]);

/** The day of the month and month (and year) the tokens name ("14 januari 2026"), if any. */
export function askedDay(tokens: readonly string[]): AskedDay | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = Number(tokens[i]);
    const month = tokens[i + 1] as string;
    if (!/^\d{1,2}$/.test(tokens[i] as string) || n < 1 || n > 31 || !MONTHS.has(month)) continue;
    const year = /^(19|20)\d\d$/.test(tokens[i + 2] ?? "") ? Number(tokens[i + 2]) : undefined;
    return { day: n, month, ...(year ? { year } : {}) };
  }
  return undefined;
}

/** Ordinal words placing a statement first or last in the source ("pernyataan pertama", "pesan penutup"). */
const ORDER_FIRST = new Set(["pertama", "awal", "pembuka", "pembukaan"]);
const ORDER_LAST = new Set([
  "terakhir",
  "akhir",
  "penutup",
  "pungkas",
  "pamungkas",
  "penutupnya",
  "terakhirnya",
]);

/** Whether the tokens ask for the first or the last statement. */
function statementOrder(tokens: readonly string[]): "first" | "last" | undefined {
  if (tokens.some((t) => ORDER_LAST.has(t))) return "last";
  if (tokens.some((t) => ORDER_FIRST.has(t))) return "first";
  return undefined;
}

/** Whether the terms name only people, parties, offices or honorifics (no topic of their own). */
function onlyPeople(terms: Term[], knowledge: Knowledge, held: ReadonlySet<string>): boolean {
  const { partyWords } = partyLookups(knowledge);
  return terms.every(
    (t) => partyWords.has(t.word) || held.has(t.word) || HONORIFICS.has(t.word) || SAY_WORDS.has(t.word),
  );
}

/** Words asking for a summary ("rangkum", "inti berita", "garis besarnya", "summarize"). */
const SUMMARY_WORDS = new Set([
  "rangkum",
  "merangkum",
  "rangkumkan",
  "rangkuman",
  "ringkas",
  "meringkas",
  "ringkaskan",
  "ringkasan",
  "ringkasannya",
  "inti",
  "intisari",
  "simpulkan",
  "kesimpulan",
  "kesimpulannya",
  "summary",
  "summarize",
]);

/** Words asking for a whole text rather than a summary of it ("isi lengkap", "naskah"). */
const FULL_TEXT = new Set(["lengkap", "lengkapnya", "naskah", "naskahnya", "utuh", "full", "salinan"]);

/** Units a requested answer length is counted in ("dalam dua kalimat", "maksimal tiga paragraf"). */
const TEXT_UNITS = new Set(["kalimat", "paragraf", "alinea", "poin", "baris", "kata"]);
/** Words that may stand in a length instruction before its unit. */
const LENGTH_WORDS = new Set([
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "beberapa",
  "atau",
  "sampai",
  "hingga",
  "singkat",
]);

/**
 * The words of an instruction about the answer's length ("dalam satu atau dua kalimat", "maksimal 3
 * paragraf"): a unit of text after numbers, led by "dalam", "maksimal" or "dengan".
 */
export function formatWords(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!TEXT_UNITS.has(t)) return;
    let k = i - 1;
    while (k >= 0 && (LENGTH_WORDS.has(tokens[k] as string) || /^\d+$/.test(tokens[k] as string))) k--;
    if (k === i - 1 || !["dalam", "maksimal", "dengan", "cukup", "paling"].includes(tokens[k] ?? "")) return;
    for (let j = k + 1; j <= i; j++) out.add(tokens[j] as string);
  });
  return out;
}

/** Words asking what something means ("maksud", "arti"); of an action they ask its intention instead. */
const MEANING_WORDS = new Set(["maksud", "maksudnya", "arti", "artinya", "makna", "maknanya"]);
/** Nouns naming a piece of language or text: what a meaning is asked of. */
const TEXT_NOUNS = new Set([
  "tulisan",
  "tulisannya",
  "kata",
  "kalimat",
  "istilah",
  "singkatan",
  "frasa",
  "teks",
  "ungkapan",
  "judul",
  "dateline",
]);

/** Whether the tokens ask the meaning of a piece of text ("apa maksud dari tulisan tersebut"). */
export function asksMeaningOfText(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      MEANING_WORDS.has(t) &&
      [1, 2].some((k) => TEXT_NOUNS.has(tokens[i + k] ?? "") && (k === 1 || tokens[i + 1] === "dari")),
  );
}

/** Words saying a question is about one more party or another agreement ("juga", "serupa", "lain"). */
const ALSO = new Set([
  "juga",
  "jg",
  "pula",
  "serupa",
  "lain",
  "lainnya",
  "liyane",
  "uga",
  "lagi",
  "menyusul",
  "gabung",
  "bergabung",
]);
/** Nouns naming the kind of a party ("kota Surabaya", "pemkot Blitar"). */
const PARTY_KINDS = new Set(["kota", "pemkot", "kabupaten", "pemkab"]);
/** Words linking a party to its partner ("dengan", "sama", "karo"). */
const PARTNER_LINKS = new Set(["dengan", "sama", "karo", "bareng", "antara"]);

/** Words joining the two sides of a reciprocal question ("antara siapa DAN siapa"). */
const RECIPROCAL_JOINS = new Set(["dan", "dengan", "sama", "karo", "lan"]);
/** Nouns that may stand between "antara" and the question word ("antara KOTA mana dan ..."). */
const SIDE_NOUNS = new Set(["kota", "pihak", "daerah", "pemkot", "pemerintah", "lembaga", "instansi"]);

/** Whether the tokens ask "antara siapa dan siapa" / "antara kota mana dengan kota mana". */
export function asksBetweenWhom(tokens: readonly string[]): boolean {
  const asks = (i: number) =>
    WHO_OR_WHICH.has(tokens[i] ?? "") ||
    (SIDE_NOUNS.has(tokens[i] ?? "") && WHO_OR_WHICH.has(tokens[i + 1] ?? ""));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== "antara" || !asks(i + 1)) continue;
    for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++)
      if (RECIPROCAL_JOINS.has(tokens[k] as string) && asks(k + 1)) return true;
  }
  return false;
}
/**
 * "... menjalin kerja sama dengan kota tetangga. DENGAN KOTA MANAKAH gerangan?", "kerja samanya SAMA SIAPA":
 * the partner of the agreement asked, which the entry naming the parties answers. Not another agreement
 * ("dengan kota mana LAGI", "kota LAIN").
 */
function asksPartner(tokens: readonly string[]): boolean {
  if (!tokens.some((w) => agreementWords.has(w)) || tokens.some((w) => ALSO.has(w) || w === "lagi"))
    return false;
  return tokens.some((t, i) => {
    if (!PARTNER_ASKED.has(t)) return false;
    const side = SIDE_NOUNS.has(tokens[i + 1] ?? "") ? i + 2 : i + 1;
    const q = tokens[side] ?? "";
    return q === "mana" || (q === "siapa" && side > i + 1);
  });
}
/** Links before the partner asked ("DENGAN kota mana", "KARO kutha ngendi"). */
const PARTNER_ASKED = new Set(["dengan", "karo", "kaliyan", "bareng"]);

/**
 * Whether `word` is the act a "siapa yang ..." question asks the doer of: right after "siapa yang" (or
 * "yang ... siapa" read the other way), words of closed classes between them aside.
 */
function doerAsked(tokens: readonly string[], word: string): boolean {
  const i = tokens.indexOf(word);
  let k = i - 1;
  while (k > 0 && wordClassOf(tokens[k] as string) !== "content" && tokens[k] !== "yang") k--;
  return tokens[k] === "yang" && WHO.has(tokens[k - 1] ?? "");
}

/** Kinds of answer a wh-question asks (an alternative then is one of its answers, not a premise). */
const WH_ASKED = new Set(["date", "place", "person", "list", "reason", "purpose", "amount", "quote"]);

/** Verbs of forming an agreement between sides ("kerja sama ini DIJALIN antara ..."). */
const JOINING = new Set([
  "dijalin",
  "menjalin",
  "terjalin",
  "dilakukan",
  "dibuat",
  "dibentuk",
  "terjadi",
  "berlangsung",
  "benar",
]);

/** Nouns written before a party's name as part of it ("PEMERINTAH KOTA Madiun", "PEMKOT Kediri"). */
const NAME_NOUNS = new Set(["pemerintah", "kota", "pemkot"]);

/** The tokens that are nouns of a party's full name, right before the name ("pemerintah kota madiun"). */
function partyNameNouns(tokens: readonly string[], knowledge: Knowledge): Set<string> {
  const out = new Set<string>();
  const partyAt = (k: number) => namedParties([tokens[k] ?? ""], knowledge).size > 0;
  tokens.forEach((t, i) => {
    if (!NAME_NOUNS.has(t)) return;
    let k = i + 1;
    while (NAME_NOUNS.has(tokens[k] ?? "")) k++;
    if (partyAt(k)) out.add(t);
  });
  return out;
}

/** Question words naming one side of a reciprocal question. */
const WHO_OR_WHICH = new Set(["siapa", "mana", "apa"]);

/** Verb prefixes of Indonesian morphology (di-kirim, me-rangkum, ter-tulis, ber-langsung). */
const VERB_PREFIXES = VERB_PREFIX_TEXTS;

/** A real verb of the lexicon: the thesaurus calls it (or its root) a verb, or a verb prefix derives it. */
/** The active (meN-) form of a root, as Indonesian writes its nasal ("bahas" -> membahas, "tulis" -> menulis). */
function activeForm(root: string): string {
  const c = root[0] ?? "";
  if ("aiueo".includes(c)) return `meng${root}`;
  if (c === "b" || c === "f" || c === "v") return `mem${root}`;
  if (c === "p") return `mem${root.slice(1)}`;
  if (c === "t") return `men${root.slice(1)}`;
  if (c === "d" || c === "c" || c === "j") return `men${root}`;
  if (c === "k") return `meng${root.slice(1)}`;
  if (c === "g" || c === "h") return `meng${root}`;
  if (c === "s") return `meny${root.slice(1)}`;
  return `me${root}`;
}

/** Words naming a person's sex (a closed class): they tell which person, never what is asked about them. */
const PERSON_SEX: ReadonlySet<string> = new Set([
  "perempuan",
  "wanita",
  "cewek",
  "cewe",
  "laki",
  "lakilaki",
  "lelaki",
  "pria",
  "cowok",
  "cowo",
  "wedok",
  "wadon",
  "lanang",
]);

/** Words that end a subject before its verb ("MoU INI bahas ...", "kerja sama TERSEBUT ..."). */
const SUBJECT_ENDS: ReadonlySet<string> = new Set(["ini", "itu", "tersebut", "tsb", "iki", "iku", "kuwi"]);

/**
 * "MoU ini BAHAS komunikasi gak?": chat writes an active verb as its bare root. A root the thesaurus knows
 * only as a noun whose meN- form is a verb of that root reads as that verb, where a verb stands: after a
 * subject (a demonstrative closing it, or the agreement's word) and before a word of the knowledge. A noun
 * asked about ("berapa PAJAK kerja sama ini") stands nowhere like that, and "memajak" is no verb of the
 * thesaurus.
 */
function bareActiveVerb(word: string, tokens: readonly string[], known: (w: string) => boolean): boolean {
  const i = tokens.indexOf(word);
  if (i < 1 || !(SUBJECT_ENDS.has(tokens[i - 1] as string) || agreementWords.has(tokens[i - 1] as string)))
    return false;
  if (!known(tokens[i + 1] ?? "")) return false;
  const own = partsOfSpeech(word);
  if (!own.length || own.includes("v")) return false;
  const active = activeForm(word);
  return partsOfSpeech(active).includes("v") && lemmaInfo(active).lemma === word;
}

function isPredicate(word: string, lemma: string): boolean {
  // Words the team marked as topics of their own ("pertanian") are never a mere predicate.
  if (outOfScopeWords.has(word) || outOfScopeWords.has(lemma)) return false;
  // The word's own part of speech first: "pertanian" is a noun although its root "tani" is a verb.
  // ("ANGGARANNYA": a possessive ending leaves the word the noun it was, although the root "anggar" is a verb.)
  const own = partsOfSpeech(word).length ? partsOfSpeech(word) : partsOfSpeech(word.replace(/nya$/, ""));
  if (own.length) return own.includes("v");
  if (partsOfSpeech(lemma).includes("v")) return true;
  return derivations(word).some(
    (d) => d.prefix !== undefined && VERB_PREFIXES.has(d.prefix) && lexicon().isRoot(d.root),
  );
}

/** Words asking what a text is about ("berita ini TENTANG apa", "artikel ini MEMBAHAS apa"). */
const ABOUT_WORDS = new Set([
  "tentang",
  "soal",
  "mengenai",
  "perihal",
  "membahas",
  "bahas",
  "dibahas",
  "isi",
  "isinya",
]);

/** Demonstratives pointing at the news ("berita INI", "artikel TERSEBUT"). */
const THIS_NEWS = new Set(["ini", "itu", "tersebut", "tsb", "iki", "iku"]);

/** Words naming the news or its source ("berita dari ...", "sumbernya dari ..."). */
const NEWS_WORDS = new Set(["berita", "sumber", "media", "artikel", "liputan", "kabar", "harian", "koran"]);
/** The news itself, as a question names it ("beritanya", "info ini"). */
const NEWS_ITSELF = new Set([
  "berita",
  "beritanya",
  "info",
  "infonya",
  "informasi",
  "informasinya",
  "kabar",
  "kabarnya",
  "artikel",
  "artikelnya",
]);

/** Whether a clause asks where the news itself comes from ("berita dari mana", "infonya dari dimana"). */
function asksOriginOfNews(tokens: readonly string[]): boolean {
  return (
    tokens.some((t) => NEWS_ITSELF.has(t)) &&
    tokens.some((t, i) => t === "dari" && (tokens[i + 1] === "mana" || tokens[i + 1] === "dimana"))
  );
}

/** Kinds of outlet written before its name ("harian Kompas", "portal Detik"). */
const MEDIA_KINDS = new Set([
  "harian",
  "koran",
  "media",
  "portal",
  "situs",
  "majalah",
  "tv",
  "televisi",
  "radio",
  "berita",
  "online",
  "daring",
]);

/** Prepositions of time that set an event as the moment of the focus ("pas dino ttd", "saat acara"). */
const WHEN_PREPOSITIONS = new Set(["saat", "pas", "ketika", "waktu", "sewaktu", "semasa"]);

/** Words asking for a whole year or anniversary ("setahun", "genap", "ulang tahun"). */

/** Words that address the bot or the asker's listener ("ABANG siapa ...?", "jeneng KAK ..."): no one asked of. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(
  "mba kak kakak adik dik dek om tante bang abang cak mbakyu".split(" "),
);

/** Words addressing or titling a person ("pak Maidi", "bu Vinanda"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "pak",
  "bapak",
  "bu",
  "ibu",
  "mas",
  "mbak",
  "beliau",
]);

/** Words a count runs to ("dari ttd KE quote maidi", "sampai pernyataannya"). */
const TO_WORDS = new Set(["ke", "sampai", "hingga", "sampe", "until"]);
/** Words naming now, the end of a since question ("sampai HARI INI", "sampai sekarang"). */
const NOW_WORDS = new Set(["ini", "sekarang", "saiki", "kini", "now", "today"]);
/** Words that make "peringatan" an anniversary ("peringatan setahun", "peringatan pertama", "ke-2"). */
const YEAR_OR_ORDINAL = new Set(["tahun", "taun", "pertama", "kedua", "ketiga", "ke", "tahunan"]);

function intentOf(
  clause: Analysis,
  asksSaying: boolean,
  premises: Premises,
  terms: Term[],
  namesPerson: (w: string) => boolean,
): Intent {
  const t = clause.tokens;
  // "Apa saja yang dikatakan Maidi?", "rangkum pernyataannya": every statement, not one topic's.
  // ("Walkot Madiun ngomong apa aja SOAL KERJA SAMA INI?": the agreement itself is what every statement is
  // about, no topic that narrows them, once the clause names whose statements.)
  const onlyWho =
    terms.every((x) => namesPerson(x.word) || SAY_WORDS.has(x.word)) ||
    (terms.some((x) => namesPerson(x.word)) &&
      terms.every((x) => namesPerson(x.word) || SAY_WORDS.has(x.word) || agreementWords.has(x.word)));
  // "Kapan kutipan itu disampaikan?", "when did he say that?": the day of words that no topic singles out is
  // read from the statements' own dates (some dated, some not), never from the date of another event.
  const whenSaid =
    clause.types.includes("date") && !clause.types.includes("yesno") && !clause.types.includes("relative");
  if (asksSaying && onlyWho && (premises.speakers.length > 0 || whenSaid || t.some((w) => ALL_WORDS.has(w))))
    return "statements";
  const dated = clause.types.includes("relative") || clause.types.includes("date") || t.includes("berapa");
  if (dated && (t.some(isSpanWord) || (t.includes("antara") && t.includes("dan")))) return "interval";
  // "Disampaikan SEBELUM ATAU SESUDAH penandatanganan?": which of two dated things came first.
  if (orderAskedAt(t) >= 0) return "interval";
  // "Apakah Maidi bicara SEHARI SETELAH penandatanganan?": two dated things and their distance.
  if (clause.types.includes("yesno") && t.some((w) => ORDER_WORDS.has(w))) return "interval";
  // "Berapa hari SETELAH penandatanganan (Maidi bicara)?": the distance between two dated things.
  if (t.includes("berapa") && t.some((w) => ORDER_WORDS.has(w))) return "interval";
  // "(Dari) ttd KE quote maidi brp hr?": a count from one thing to another that is no time word ("sampai
  // hari ini" counts to now: a since question).
  const to = t.findIndex((w, i) => i > 0 && TO_WORDS.has(w));
  if (
    dated &&
    to > 0 &&
    !t.slice(to + 1).some((w) => NOW_WORDS.has(w)) &&
    t.slice(to + 1).some(
      (w) =>
        wordClassOf(w) === "content" &&
        !isTimeWord(w) &&
        !isDateWord(w) &&
        !/\d/.test(w) &&
        // ("menempuh perjalanan KE KEDIRI": a place or party is where to, not a second dated thing.)
        !namesPerson(w),
    ) &&
    premises.named.size === 0
  )
    return "interval";
  const oneYear = t.some(
    (w, i) => (w === "satu" || w === "1") && (t[i + 1] === "tahun" || t[i + 1] === "taun"),
  );
  // ("Apakah akan diadakan acara peringatan?": a commemoration with no year or ordinal is an event asked
  // about, not the anniversary's date.)
  const marks = t.filter((w) => withoutEnding(w).some((x) => ANNIVERSARY_WORDS.has(x)));
  const bare =
    clause.types.includes("yesno") &&
    marks.every((w) => withoutEnding(w).includes("peringatan")) &&
    !t.some((w) => withoutEnding(w).some((x) => YEAR_OR_ORDINAL.has(x)) || /^ke\d+$/.test(w));
  if ((marks.length && !bare) || oneYear) return "anniversary";
  return "entry";
}

/**
 * A conjunction, preposition, pronoun or adverb of the general lexicon that no list names ("BILA saya
 * keliru", "tatkala"): it names nothing the knowledge could lack. Not a word ordering two facts in time
 * ("setelah", "sebelum") or counting from a moment ("sejak"): the date stage reads those.
 */
function closedFunctionWord(word: string): boolean {
  return thesaurusFunctionWord(word) && !isBetweenWord(word) && !SINCE.has(word);
}

/**
 * "PER hari ini", "per 1 Juli": a word the thesaurus knows as a preposition, right before a time word, a
 * number or a calendar word, sets the moment of the question; it names nothing.
 */
function timePreposition(word: string, tokens: readonly string[]): boolean {
  const next = tokens[tokens.indexOf(word) + 1];
  if (next === undefined || !partsOfSpeech(word).includes("p")) return false;
  return isTimeWord(next) || /^\d+$/.test(next) || isDateWord(next);
}

/** Words that say "now" after a time word ("hari INI", "saat INI"). */
const NOW_DEICTICS: ReadonlySet<string> = new Set(["ini", "sekarang"]);

/**
 * The words of time phrases that set the moment of a question: a time preposition ("PER hari ini", "per 1
 * Juli", "sampai hari ini") and, when the phrase says "now" ("per HARI ini"), its time word. Empty for most
 * questions (no preposition before a time word).
 */
export function timePhraseWords(tokens: readonly string[]): ReadonlySet<string> {
  let out: Set<string> | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i] as string;
    if (tokens.indexOf(w) !== i || !timePreposition(w, tokens)) continue;
    out ??= new Set();
    out.add(w);
    const next = tokens[i + 1] as string;
    if (isTimeWord(next) && NOW_DEICTICS.has(tokens[i + 2] ?? "")) out.add(next);
  }
  return out ?? NO_WORDS;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** A time word, also with a possessive ending ("setaune", "bulannya"). */
export function isTimeWord(word: string): boolean {
  return withoutEnding(word).some((x) => TIME_WORDS.has(x));
}

/** A word and its readings without a possessive ending ("setaune" -> setaun, setau). */
function withoutEnding(word: string): string[] {
  const out = [word];
  for (const end of ["nya", "ne", "e"]) if (word.endsWith(end)) out.push(word.slice(0, -end.length));
  return out;
}

/** Words of age ("usia", "umur", "berusia"); the normaliser reads krama "yuswa" as umur. */
const AGE_WORDS: ReadonlySet<string> = new Set(["usia", "umur", "berusia", "berumur"]);
/** An age word, also with a possessive ending ("usianya", "umure"). */
function isAgeWord(word: string): boolean {
  return withoutEnding(word).some((x) => AGE_WORDS.has(x));
}

/**
 * Whether a clause asks the age of a person: an age word, a person of the knowledge named (by name, by
 * the office they hold, or "beliau"), and nothing dated that an age could be counted from (the agreement,
 * its signing, a dated fact's own word).
 */
function asksAgeOfPerson(clause: Analysis, knowledge: Knowledge): boolean {
  const tokens = clause.tokens;
  if (!tokens.some(isAgeWord)) return false;
  const { personParty } = partyLookups(knowledge);
  const speakers = speakerWords(knowledge);
  const held = officesHeld(knowledge);
  const person = tokens.some((t) => personParty.has(t) || speakers.has(t) || held.has(t) || t === "beliau");
  if (!person) return false;
  const events = datedEventWords(knowledge);
  return !clause.terms.some(
    (t) => agreementWords.has(t.word) || t.forms.some((f) => events.has(f) || agreementWords.has(f)),
  );
}

/** Search forms of the labels of the knowledge's dated facts ("penandatanganan"), per knowledge. */
const eventWordsOf = new WeakMap<Knowledge, Set<string>>();
function datedEventWords(knowledge: Knowledge): Set<string> {
  let out = eventWordsOf.get(knowledge);
  if (!out) {
    out = new Set(
      contentTerms(
        knowledge.entries.flatMap((e) => mapPacked(e.facts.dates, (d) => d.label)).join(" . "),
      ).flatMap((t) => t.forms),
    );
    eventWordsOf.set(knowledge, out);
  }
  return out;
}

/** Whether a token is a weekday, month or day number (calendar premises). */
export function isDateWord(t: string): boolean {
  return WEEKDAYS.has(t) || MONTHS.has(t);
}
