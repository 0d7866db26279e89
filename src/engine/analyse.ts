import type { Knowledge, QuestionType } from "../knowledge/types.js";
import { explainFrameWords } from "../language/explain.js";
import { agreementWords, questionWords, slang } from "../language/lexicon.js";
import { normalizeText, ordinalOne, standardize } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { type Analysis, analyzeTokens, knownTo, termStatus, type Vocabulary } from "../language/pipeline.js";
import { detectQuestionTypes } from "../language/question-type.js";
import { partsOfSpeech, wordClassOf } from "../language/words.js";
import { splitClauses } from "./clauses.js";
import { MONTHS, namesRelativeDays, WEEKDAYS, weekdaysNamed } from "./dates.js";
import { namedParties, partyLookups, speakerWords } from "./facts.js";
import { isOfficeTitle, isTimeWord, officesHeld } from "./focus.js";
import { askingPart, frameWordsOf, sceneWords } from "./scene.js";

/**
 * Stage 1 (ANALYSE -> focus -> retrieve -> decide -> compose): the message read as words (normalised,
 * slang and Javanese mapped, typos corrected against the knowledge), its question types, and its
 * clauses. Words that only set the scene (an introduction, a sentence without a question) are marked
 * so that they never decline a question.
 */
export type QuestionAnalysis =
  | { kind: "thanks" }
  | { kind: "greeting" }
  | { kind: "empty" }
  | {
      kind: "question";
      whole: Analysis;
      clauses: Analysis[];
      /** Per clause: whether it opens a later sentence of the message ("...? jalan apa"). */
      laterSentence?: boolean[];
      /**
       * Per clause: whether a later clause asks, with a question word of its own, about what an earlier one
       * named, with a noun or verb carrying -nya ("..., dan berapa BIAYANYA?", "bagaimana cara MENDAFTARNYA?").
       * ("... tanggal dan tempat PENANDATANGANANNYA saja" asks no question of its own: not pointing back.)
       */
      pointsBack?: boolean[];
    };

/** Question types asked with a question word (kapan, siapa, di mana, ...), as opposed to yes/no. */
export const WH_TYPES = new Set<QuestionType>([
  "date",
  "relative",
  "place",
  "person",
  "list",
  "reason",
  "quote",
  "purpose",
  "benefit",
  "amount",
  "definition",
]);
/** Messages that are only thanks or a greeting. */
const THANKS =
  /^(terima ?kasih|makasih|makasi|trims|thanks|thank you|thx|tq|matur ?nuwun|suwun|nuwun)( (ya|banyak|min|kak|bot|pak|bu|mas|mbak|sanget))*$/;
const GREETING =
  /^(halo|hallo|hai|hi|hello|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|assalamualaikum( wr wb)?|permisi|p)( (min|kak|bot|pak|bu|mas|mbak))*$/;

/** The words THANKS and GREETING can start with (their first alternatives, up to a space). */
const THANKS_FIRST = new Set([
  ...["terima", "terimakasih", "makasih", "makasi", "trims", "thanks", "thank", "thx", "tq"],
  ...["matur", "maturnuwun", "suwun", "nuwun"],
]);
const GREETING_FIRST = new Set([
  ...["halo", "hallo", "hai", "hi", "hello", "pagi", "siang", "sore", "malam", "selamat"],
  ...["assalamualaikum", "permisi", "p"],
]);

/** Question words asking which one, after a noun ("sektor MANA"). */
const WHICH = new Set(["mana", "manasaja", "apa", "apasaja"]);
/** Nouns whose "mana"/"apa" asks which of a list ("sektor mana", "bidang apa"). */
const LISTED = new Set(["sektor", "bidang", "program"]);

/** Last words that turn a statement into a request for confirmation. */
const CONFIRMATION = new Set([
  "ya",
  "yah",
  "to",
  "toh",
  "kan",
  "bukan",
  "bukankah",
  "ta",
  "tah",
  "po",
  "yo",
  "gitu",
  "kah",
  // krama tags: "... taun 2030 nggih?"
  "nggih",
  "inggih",
  "njih",
  "enggih",
]);

/** Nouns that name a government as a party ("pemkot kediri"), not what is said of it. */
const PARTY_NOUNS = new Set(["pemkot", "pemerintah", "kota", "pemda", "daerah"]);

/** Words saying whose something is ("milik Kediri", "punya Madiun"). */
const OWNER_WORDS = new Set(["milik", "punya", "kepunyaan", "miliknya", "punyanya"]);

/** Prepositions that may follow "V tidak" ("ikut tidak DI kerja sama"). */
const AFTER_VERB_OR_NOT = new Set(["di", "ke", "dalam", "pada", "dengan", "sama", "oleh"]);

/** Verbs of saying that a cleft names a speaker for ("X yang bilang ..."). */
const CLEFT_VERBS = new Set([
  "kata",
  "bilang",
  "mengatakan",
  "berkata",
  "menyatakan",
  "menyampaikan",
  "ngomong",
]);

/** Words of a message the engine reads (the rest of a very long message is ignored). */
const MAX_WORDS = 60;

/**
 * The message's tokens cut at its question marks ("sampai kapan? berapa tahun?" asks two things), when
 * every part still has words and the parts read as the whole message does; else the whole as one part.
 */
function sentenceTokens(
  question: string,
  vocabulary: Vocabulary,
  tokens: string[],
  explain: (tokens: string[]) => string[],
): Sentence[] {
  // ("Piye kabare kerja sama Madiun Kediri, SOPO wali kota Kediri sing melu?": a comma before a question word
  // that opens a second question, after a first that asked with one of its own, parts the sentence too.)
  const commaAt = new Set<number>();
  const parts: string[] = [];
  for (const part of question.split(/\?+\s+(?=\S)/)) {
    const pieces = part.includes(",") ? part.split(",") : [part];
    parts.push(pieces[0] as string);
    for (const piece of pieces.slice(1)) {
      if (opensWithQuestionWord(piece)) {
        commaAt.add(parts.length);
        parts.push(piece);
      } else parts[parts.length - 1] += `,${piece}`;
    }
  }
  if (parts.length < 2) return [{ tokens, guessed: false }];
  const known = knownTo(vocabulary);
  const read = mapPacked(parts, (p) => {
    const words = normalizeText(p).split(" ").filter(Boolean);
    return { words, tokens: whichApakah(explain(standardize(words, known))) };
  });
  if (read.some((r) => r.tokens.length === 0) || read.flatMap((r) => r.tokens).join(" ") !== tokens.join(" "))
    return [{ tokens, guessed: false }];
  // A later part asks a question of its own only with a question word and no word pointing back at
  // the first part ("contohnya opo?"); a guess offered to confirm ("ramah lingkungan ta?") belongs to it.
  const out: Sentence[] = [];
  for (const [i, r] of read.entries()) {
    const last = out[out.length - 1];
    if (commaAt.has(i)) {
      const asks = (t: string) => questionWords.has(t) && !NOT_OPENING.has(t);
      if (last && asks(r.tokens[0] ?? "") && last.tokens.some(asks))
        out.push({ tokens: [...r.tokens], guessed: false });
      else if (last) last.tokens.push(...r.tokens);
      else out.push({ tokens: [...r.tokens], guessed: false });
      continue;
    }
    const own =
      // ("Pemkot to? APA kabupaten?": a first "apa" asks yes or no, here an alternative to the first part.)
      r.tokens.some((t, i) => questionWords.has(t) && !(i === 0 && (t === "apa" || t === "apakah"))) &&
      !r.words.some(
        (w) => /(nya|ne)$/.test(w) && w.length > 5 && !known(w) && !known(w.replace(/(nya|ne)$/, "")),
      );
    if (last && !own) {
      last.tokens.push(...r.tokens);
      // "taun brp diteken? dua ribu dua lima ya?": the later part offers an answer to confirm.
      // Only a value offered (a number, a day, a month): "kan kotane dewe2" gives a reason, guesses nothing.
      const value = r.tokens.some((t) => /^\d+$/.test(t) || WEEKDAYS.has(t) || MONTHS.has(t));
      if (value && r.words.some((w) => CONFIRMATION.has(w))) last.guessed = true;
    } else out.push({ tokens: [...r.tokens], guessed: false });
  }
  // ("halo itu lho? saya mau tanya ... siapa ...": an opening part of greetings and particles asks nothing
  // of its own; it leads into the next.)
  const [opening, next] = out;
  if (next && opening?.tokens.every((t) => !questionWords.has(t) && wordClassOf(t) !== "content")) {
    next.tokens.unshift(...opening.tokens);
    out.shift();
  }
  return out;
}

/** Question words that also open a yes/no question or name a thing: no second question after a comma. */
const NOT_OPENING: ReadonlySet<string> = new Set(["apa", "apakah", "apaitu"]);

/** Whether a piece of a sentence opens with a question word of its own ("..., SOPO wali kota Kediri?"). */
function opensWithQuestionWord(piece: string): boolean {
  const first = normalizeText(piece.slice(0, 24)).split(" ")[0] ?? "";
  const std = slang.get(first) ?? [first];
  return std.length === 1 && questionWords.has(std[0] as string) && !NOT_OPENING.has(std[0] as string);
}

/** One sentence of a message; `guessed` when a later part offered an answer to confirm ("... ? 2025 ya?"). */
interface Sentence {
  tokens: string[];
  guessed: boolean;
}

/**
 * "Tahun berapa ya, tahun 2026 kan?": after the part of the message that asks, a later part (after a
 * comma) offers an answer, a number, with a word asking to confirm it. Returns the numbers offered.
 */
export function offeredAnswers(question: string): string[] {
  const parts = mapPacked(question.split(/[,;]/), (p) => normalizeText(p).split(" ").filter(Boolean));
  const asked = parts.findIndex((w) =>
    standardize(w).some((t) => questionWords.has(t) && t !== "apa" && t !== "apakah"),
  );
  if (asked < 0) return [];
  return parts
    .slice(asked + 1)
    .filter((w) => w.some((x) => CONFIRMATION.has(x)))
    .flatMap((w) => standardize(w).filter((t) => /^\d+$/.test(t)));
}

/** Words saying "true" that ask to confirm at the end of a statement ("..., betul begitu?"). */
const TRUE_WORDS = new Set(["benar", "bener", "betul", "iya"]);
/** Words pointing back at the statement being confirmed ("betul BEGITU?"). */
const SO = new Set(["begitu", "begini", "demikian", "gitu", "tidak", "bukan"]);

/** Whether a statement ends asking if it is true ("... pariwisata, betul begitu?", "... bener?"). */
export function endsAskingTrue(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (n < 3) return false;
  return (
    TRUE_WORDS.has(tokens[n - 1] as string) ||
    (TRUE_WORDS.has(tokens[n - 2] as string) && SO.has(tokens[n - 1] as string))
  );
}

/**
 * The kinds of answer the asking sentences of a message ask for, when other sentences only set the scene
 * and the asking ones have a question word of their own (scene.ts askingPart); else undefined (the whole
 * message's kinds stand, as for "Saya dengar ... ditandatangani bupati. Apakah benar demikian?").
 */
function askingTypes(tokens: string[] | undefined): QuestionType[] | undefined {
  if (!tokens) return undefined;
  const types = detectQuestionTypes(tokens);
  return types.some((t) => WH_TYPES.has(t)) ? types : undefined;
}

/** The standardized tokens of the sentences of a message that ask, when others only set the scene. */
function askingTokens(question: string, vocabulary: Vocabulary): string[] | undefined {
  const asking = askingPart(question);
  if (!asking) return undefined;
  return whichApakah(standardize(normalizeText(asking).split(" ").filter(Boolean), knownTo(vocabulary)));
}

/**
 * "Sektor APAKAH yang menjadi prioritas utama?": "apakah" right after a noun, before "yang", asks which
 * one ("sektor apa"), not yes or no. Read as "apa"; the tokens are returned as they were otherwise.
 */
export function whichApakah(tokens: string[]): string[] {
  const i = tokens.indexOf("apakah");
  if (i < 1 || tokens[i + 1] !== "yang") return tokens;
  const noun = tokens[i - 1] as string;
  if (
    wordClassOf(noun) !== "content" ||
    !partsOfSpeech(noun).includes("n") ||
    partsOfSpeech(noun).includes("v")
  )
    return tokens;
  return mapPacked(tokens, (t, k) => (k === i ? "apa" : t));
}

/** What analyseQuestion read of the whole message that its per-clause readings below look at. */
interface MessageReading {
  knowledge: Knowledge;
  vocabulary: Vocabulary;
  /** Frame words read as the words for the same kind of answer (explain.ts), by the word they became. */
  explained: Map<string, string>;
  /** Whether the message carries a particle asking to confirm ("ya", "to", "kan"). */
  confirming: boolean;
  /** Numbers offered as an answer to confirm ("..., tahun 2026 kan?"). */
  offered: string[];
  scene: ReadonlySet<string>;
  sentences: ReadonlySet<string>;
  frame: ReadonlySet<string>;
  /** Whether the sentence that asks ends asking if it is true, and its last two words. */
  askingTrue: boolean;
  lastAsked: string | undefined;
  /** The kinds of answer the asking sentences ask for, when others only set the scene. */
  asked: QuestionType[] | undefined;
}

/**
 * Words of asking the knowledge does not use are read as the words for the same kind of answer that it
 * does use ("pengaruhe ... opo" -> dampak, "ucapan siapa" -> ucap): see explain.ts.
 */
function explainWith(r: MessageReading, ts: string[]): string[] {
  const { knowledge, vocabulary } = r;
  const read = explainFrameWords(
    ts,
    knownTo(vocabulary),
    (t) => termStatus(t, vocabulary),
    // ("pandangan WALIKOTA madiun", "pendiriane MAIDI": a person of the knowledge, by name or office.)
    (t) =>
      speakerWords(knowledge).has(t) ||
      partyLookups(knowledge).personParty.has(t) ||
      officesHeld(knowledge).has(t),
  );
  for (const [k, v] of read.explained) r.explained.set(k, v);
  return read.tokens;
}

function withExplained(r: MessageReading, a: Analysis): Analysis {
  const { explained } = r;
  return explained.size && a.terms.some((t) => explained.has(t.word))
    ? {
        ...a,
        terms: mapPacked(a.terms, (t) => {
          const as = explained.get(t.word);
          return as ? { ...t, typed: as, corrected: true, synonymOf: as } : t;
        }),
      }
    : a;
}

// "... kediri ya?", "... to?", "... kan?": a statement offered for confirmation is a yes/no question.
// Only a statement is confirmed: "siapa yang ttd ya?" is still a "siapa" question.
// The particle may also sit inside the statement ("sudah 319 hari ya sejak tanda tangan").
// ("Tujuane opo yo?", "tujuan kerja sama ini apa ya?": a closing "apa" asks what, it confirms nothing.)
function withConfirm(r: MessageReading, a: Analysis): Analysis {
  return r.confirming &&
    !a.types.includes("yesno") &&
    ((!a.tokens.some((t) => questionWords.has(t) && t !== "apa" && t !== "apakah") &&
      a.tokens[a.tokens.length - 1] !== "apa") ||
      r.offered.some((n) => a.tokens.includes(n)))
    ? { ...a, types: [...a.types, "yesno"] }
    : a;
}

/**
 * Unknown words that only introduce the asker or set the scene, and known words only in the frame of the
 * asking or in sentences that do not ask, are no part of the focus.
 */
function isScene(r: MessageReading, t: Analysis["terms"][number]): boolean {
  return (
    (t.status === "unknown" && r.scene.has(t.typed ?? t.word)) ||
    (t.status === "known" && (r.sentences.has(t.typed ?? t.word) || r.frame.has(t.typed ?? t.word)))
  );
}

function withoutScene(r: MessageReading, a: Analysis): Analysis {
  return r.scene.size && a.terms.some((t) => isScene(r, t))
    ? { ...a, terms: mapPacked(a.terms, (t) => (isScene(r, t) ? { ...t, status: "generic" } : t)) }
    : a;
}

// "... di Madiun?" asks about a place even without "di mana": mark it so the place entry answers.
function withPlaceType(a: Analysis, knowledge: Knowledge): Analysis {
  // ("UMKM ikut di kerja sama Madiun Kediri?" names the agreement, not a place.)
  const placed = a.tokens.some(
    (t, i) =>
      t === "di" &&
      !agreementWords.has(a.tokens[i + 1] ?? "") &&
      namedParties(a.tokens.slice(i + 1, i + 3), knowledge).size > 0,
  );
  // ("Sektor mana ... oleh orang nomor satu DI KOTA MADIUN?" asks its own question: the place is its setting.)
  // ("Bank sampah di Madiun ada di MANA SAJA?" still asks where: a bare "mana saja" is no other question.)
  const asksOther =
    a.types.some((t) => WH_TYPES.has(t) && t !== "list") ||
    a.tokens.some((t, i) => WHICH.has(t) && LISTED.has(a.tokens[i - 1] ?? ""));
  return placed && !asksOther && !a.types.includes("place") ? { ...a, types: [...a.types, "place"] } : a;
}

// A yes/no question naming a weekday or month ("diteken hari Rabu?") asks when: a date question.
function withDateType(a: Analysis): Analysis {
  const yesNo = a.types.includes("yesno") && !a.types.some((t) => WH_TYPES.has(t));
  const dated =
    weekdaysNamed(a.tokens).length > 0 ||
    a.tokens.some((t) => MONTHS.has(t) || /^(19|20)\d\d$/.test(t)) ||
    namesRelativeDays(a.tokens);
  // "MoU nya ditandatangani desember 2025?": a statement naming a date, with no question word, is
  // offered to be confirmed.
  // So is one whose only types come from markers ("pak maidi NGOMONG soal ekonomi itu hari selasa?").
  const asks = a.tokens.some((t) => questionWords.has(t));
  if (dated && !asks && !yesNo && a.types.every((t) => t === "quote"))
    return { ...a, types: [...new Set([...a.types, "yesno" as const, "date" as const])] };
  return yesNo && dated ? { ...a, types: [...a.types, "date"] } : a;
}

// "UMKM melu GAK sih nang kerjasama?": a verb and its negation ask yes or no, also mid-sentence.
function verbOrNot(a: Analysis): boolean {
  return (
    a.tokens.some(
      (t, i) =>
        t === "tidak" &&
        i > 0 &&
        !questionWords.has(a.tokens[i - 1] ?? "") &&
        (i === a.tokens.length - 1 || AFTER_VERB_OR_NOT.has(a.tokens[i + 1] ?? "")),
    ) && !a.tokens.some((t) => questionWords.has(t) && t !== "apa" && t !== "apakah")
  );
}

// A person of the knowledge named (by name: "maidi", "vinanda").
function namesPerson(a: Analysis, knowledge: Knowledge): boolean {
  return a.tokens.some((t) => speakerWords(knowledge).has(t) || partyLookups(knowledge).personParty.has(t));
}

// "Target itu PUNYA Kediri?": whose it is, stated without a question word, asks to confirm.
// "Vinanda YANG bilang ekonomi nomor satu?": a cleft naming who said it, without a question word,
// asks to confirm the speaker.
// ("YG BLG kota sehat VINANDA?": the cleft may open the message when the speaker it names follows.)
function statesOwner(a: Analysis, knowledge: Knowledge): boolean {
  return (
    (a.tokens.some((t) => OWNER_WORDS.has(t)) ||
      a.tokens.some(
        (t, i) =>
          t === "yang" && (i > 0 || namesPerson(a, knowledge)) && CLEFT_VERBS.has(a.tokens[i + 1] ?? ""),
      )) &&
    !a.tokens.some((t) => questionWords.has(t))
  );
}

// "Vinanda wakil walkot?", "maidi walkot kediri?": a person named with an office, no question word, is
// an identity offered to confirm. "Zero waste target pemkot kediri?": what a target is, named with one
// party as its owner, likewise ("target pemkot kediri (2027)?" names no target, only a time: it asks
// what the target is).
// (Without a question word the message asks nothing else: "tgl ttd?" names neither.)
function statesIdentity(a: Analysis, knowledge: Knowledge): boolean {
  return (
    !a.tokens.some((t) => questionWords.has(t)) &&
    ((namesPerson(a, knowledge) && a.tokens.some(isOfficeTitle)) ||
      (a.types.includes("target") &&
        namedParties(a.tokens, knowledge).size === 1 &&
        a.terms.some(
          (t) =>
            t.status === "known" &&
            !t.word.startsWith("target") &&
            !/\d/.test(t.word) &&
            !isTimeWord(t.word) &&
            namedParties([t.word], knowledge).size === 0 &&
            !PARTY_NOUNS.has(t.word),
        )))
  );
}

// "Dengan hormat, APAKAH ...", "BENER ttd di balkot?": a yes/no question even when it is not the first word.
function withYesNo(r: MessageReading, a: Analysis): Analysis {
  return (a.tokens.includes("apakah") ||
    ["benar", "bener", "betul"].includes(a.tokens[0] ?? "") ||
    endsAskingTrue(a.tokens) ||
    (r.askingTrue && r.lastAsked !== undefined && a.tokens.join(" ").includes(r.lastAsked)) ||
    statesOwner(a, r.knowledge) ||
    statesIdentity(a, r.knowledge) ||
    verbOrNot(a)) &&
    !a.types.includes("yesno")
    ? { ...a, types: [...a.types, "yesno"] }
    : a;
}

// "X itu apa?" asks what X is, like "apa itu X".
function withDefinition(a: Analysis): Analysis {
  const n = a.tokens.length;
  const asksWhat = n >= 3 && a.tokens[n - 1] === "apa" && a.tokens[n - 2] === "itu";
  return asksWhat && !a.types.includes("definition") ? { ...a, types: ["definition", ...a.types] } : a;
}

function withAskedTypes(r: MessageReading, a: Analysis): Analysis {
  return r.asked ? { ...a, types: r.asked } : a;
}

/** Reads a message into its whole analysis and its clauses. */
export function analyseQuestion(
  question: string,
  vocabulary: Vocabulary,
  knowledge: Knowledge,
): QuestionAnalysis {
  const normalized = normalizeText(question);
  // (Each pattern is tried only when the message's first word can open it: most messages are questions.)
  const space = normalized.indexOf(" ");
  const first = space < 0 ? normalized : normalized.slice(0, space);
  if (THANKS_FIRST.has(first) && THANKS.test(normalized)) return { kind: "thanks" };
  if (GREETING_FIRST.has(first) && GREETING.test(normalized)) return { kind: "greeting" };
  const words = normalized.split(" ").filter(Boolean).slice(0, MAX_WORDS);
  // (The per-clause readings are module functions over this reading: no closure made per message.)
  const confirming = words.some((w) => CONFIRMATION.has(w) || CONFIRMATION.has(slang.get(w)?.[0] ?? ""));
  // (A chat abbreviation of a tag confirms the same: "... di madiun y?")
  // Unknown words that only introduce the asker or set the scene do not make the question unknown.
  const scene = sceneWords(question);
  // "... anak saya BILANG Pak Maidi ke Kediri untuk tanda tangan. Itu kerja sama dalam bidang apa saja?":
  // what a sentence that sets the scene says someone said is no kind of answer asked for; the kinds come
  // from the sentences that ask, when they ask with a question word of their own.
  const askingWords = askingTokens(question, vocabulary);
  const r: MessageReading = {
    knowledge,
    vocabulary,
    explained: new Map<string, string>(),
    confirming,
    offered: confirming ? offeredAnswers(question) : [],
    scene,
    // Whole sentences that do not ask ("Saya warga Madiun.") are no part of the focus, known words or not.
    sentences: scene.size ? sceneWords(question, { parts: false }) : scene,
    // Known words only in the frame of the asking ("karena saya PERLU ...", "sebagaimana DISEBUT dalam
    // BERITA") are not what is asked either: not searched, not required of the answer.
    frame: scene.size ? frameWordsOf(question) : scene,
    // "Bapak Maidi itu Wakil Wali Kota Madiun, betul begitu? Terima kasih sebelumnya.": the sentence that
    // asks ends asking if it is true, whatever courtesy closes the message after it.
    askingTrue: askingWords !== undefined && endsAskingTrue(askingWords),
    lastAsked: askingWords?.slice(-2).join(" "),
    asked: askingTypes(askingWords),
  };
  const explain = (ts: string[]) => explainWith(r, ts);
  const tokens = whichApakah(explain(ordinalOne(standardize(words, knownTo(vocabulary)))));
  const read0 = analyzeTokens(tokens, vocabulary);
  const whole = withDefinition(
    withYesNo(r, withoutScene(r, withConfirm(r, withExplained(r, withAskedTypes(r, read0))))),
  );
  if (whole.terms.length === 0 && whole.types.length === 0) return { kind: "empty" };
  const read = sentenceTokens(question, vocabulary, tokens, explain);
  const sentences2 = mapPacked(read, (s) => splitClauses(s.tokens));
  const laterSentence = sentences2.flatMap((cs, s) => mapPacked(cs, (_, k) => s > 0 && k === 0));
  // The clause a guess was offered for ("taun brp diteken? 2025 ya?") asks to confirm it, question word or not.
  const guessed = sentences2.flatMap((cs, s) =>
    mapPacked(cs, (_, k) => Boolean(read[s]?.guessed) && k === cs.length - 1),
  );
  const single = sentences2.flat().length === 1;
  const clauses = mapPacked(sentences2.flat(), (c, i) => {
    // A clause with the message's own tokens (most messages are one clause) reads as the message does.
    const own =
      c.length === tokens.length && c.every((t, k) => t === tokens[k])
        ? { ...read0, tokens: c }
        : analyzeTokens(c, vocabulary);
    const a = withDefinition(
      withDateType(
        withPlaceType(
          withYesNo(
            r,
            withConfirm(r, withoutScene(r, withExplained(r, single ? withAskedTypes(r, own) : own))),
          ),
          knowledge,
        ),
      ),
    );
    return guessed[i] && !a.types.includes("yesno") ? { ...a, types: [...a.types, "yesno" as const] } : a;
  });
  const owned = ownedWords(words);
  const pointsBack = mapPacked(
    clauses,
    (c, i) =>
      i > 0 &&
      owned.size > 0 &&
      c.tokens.some((t) => owned.has(t)) &&
      c.tokens.some((t) => questionWords.has(t)),
  );
  return { kind: "question", whole, clauses, laterSentence, pointsBack };
}

/** Words of hearsay or hedging that carry -nya without pointing at a thing ("katanya", "kayaknya"). */
const FRAME_NYA: ReadonlySet<string> = new Set([
  "katanya",
  "rupanya",
  "misalnya",
  "kayaknya",
  "sepertinya",
  "tampaknya",
  "agaknya",
]);

/**
 * The message's words that point back at a thing named before them: a noun or verb written with -nya
 * ("syaratnya", "biayanya", "mendaftarnya"), as written and as the root the reading may have kept. A word
 * the thesaurus knows with its -nya ("biasanya", "akhirnya": adverbs) points at nothing.
 */
function ownedWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 6 || !w.endsWith("nya") || FRAME_NYA.has(w) || partsOfSpeech(w).length) continue;
    const root = w.slice(0, -3);
    if (!partsOfSpeech(root).some((p) => p === "n" || p === "v")) continue;
    out.add(w);
    out.add(root);
  }
  return out;
}
