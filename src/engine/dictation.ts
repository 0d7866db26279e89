import { questionWords } from "../language/lexicon.js";
import { boundedMemo } from "../language/memo.js";
import { normalizeText, standardize } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { wordClassOf } from "../language/words.js";

/**
 * Dictated messages (voice input: no punctuation, fillers, self-corrections, run-ons of reasons and
 * scene around the question): "kapan sih kerja sama itu diteken eee tanggal berapa gitu saya mau catat
 * buat laporan kampus". Where punctuation marks sentences, scene.ts tells the sentences that ask from
 * those that set the scene; a dictated run-on has no such marks, so its reasons ("soalnya saya cuma
 * denger dari tetangga"), purposes ("biar warga bisa siap siap") and self-descriptions ("saya ketua bank
 * sampah") were read as part of the question and declined it. This module cuts a run-on at its
 * discourse connectives and fillers, keeps the corrected part of a self-correction, and returns only the
 * segments that ask: what a decline is then decided on.
 */

/** Fillers of speech: dropped, and a segment boundary ("eee", "anu", "emm"). */
const FILLERS = new Set([
  "e",
  "eee",
  "ee",
  "eeh",
  "eeee",
  "emm",
  "em",
  "emmm",
  "hmm",
  "hm",
  "anu",
  "eh",
  "ehm",
  "umm",
  "uh",
  "um",
]);
/** Discourse markers that open a new segment and carry nothing of the question ("nah", "btw"). */
const OPENERS = new Set(["nah", "btw", "so", "ok", "oke", "okay"]);
/** Connectives that open a new segment and are kept (clauses.ts still reads "terus ... kapan"). */
const KEPT_OPENERS = new Set(["terus", "trus", "trs"]);
/**
 * Connectives of a reason, purpose or concession: the segment they open gives the asker's reason, not
 * the question, unless it asks with a question word of its own.
 */
const REASONS = new Set([
  "soalnya",
  "soale",
  "karena",
  "karna",
  "krn",
  "sebab",
  "mergo",
  "because",
  "coz",
  "cause",
  "biar",
  "supaya",
  "agar",
  "padahal",
]);
/** The purpose connectives among the reasons. */
const PURPOSES = new Set(["biar", "supaya", "agar"]);
/** Particles that end a spoken clause ("... itu GITU saya mau catat"): after them a new clause may start. */
const CLAUSE_ENDS = new Set([
  "ya",
  "yah",
  "kan",
  "gitu",
  "gituh",
  "gini",
  "sih",
  "dong",
  "deh",
  "nih",
  "lho",
  "loh",
  "tuh",
  "aja",
  "itu",
  "ini",
  "kok",
]);
/** Words that, after a clause-ending particle, open a new clause: "jadi" (so), "kata" (says). */
const AFTER_END_OPENERS = new Set(["jadi", "kata", "katanya", "buat", "untuk"]);
/** Of those, the ones opening a reason or purpose ("... gitu BUAT sitasi tugas", "... ya JADI masih lama"). */
const AFTER_END_REASONS = new Set(["jadi", "buat", "untuk"]);
/** Particles after which the clause has ended whatever follows ("itu LHO yang perempuan masih muda"). */
const STRONG_ENDS = new Set(["lho", "loh"]);
/** First-person pronouns: a clause whose subject is the asker describes the asker unless it asks. */
const FIRST_PERSON = new Set([
  "saya",
  "aku",
  "gue",
  "gua",
  "gw",
  "kami",
  "kita",
  "sy",
  "aq",
  "i",
  "im",
  "my",
  "our",
  "we",
]);
/** Markers of a self-correction: what follows replaces what was just said ("X eh maksudnya Y"). */
const CORRECTIONS: readonly string[][] = [
  ["maksudnya"],
  ["maksud", "saya"],
  ["maksud", "aku"],
  ["maksudku"],
  ["i", "mean"],
];
/** English words after which a question word does not open a clause ("tell me who", "and when"). */
const ENGLISH_BEFORE_WH = new Set([
  "and",
  "or",
  "me",
  "know",
  "ask",
  "asking",
  "about",
  "of",
  "is",
  "on",
  "at",
  "in",
  "terus",
  "trus",
]);
/** English words that ask: a question word, or an auxiliary opening a yes/no question. */
const ENGLISH_ASKING = new Set(["who", "what", "when", "where", "why", "how", "which", "whose"]);
const ENGLISH_AUX = new Set(["is", "are", "was", "were", "did", "does", "do", "has", "have", "can", "could"]);
/** Words that ask to confirm at the end of a spoken clause ("... 2025 kan", "... masuk nggak", "... right"). */
const CONFIRM_TAGS = new Set([
  "kan",
  "ya",
  "yah",
  "right",
  "nggak",
  "ngga",
  "gak",
  "ga",
  "enggak",
  "tidak",
  "belum",
  "bukan",
  "apakah",
  "toh",
  "to",
]);
/** Tags that ask to confirm wherever they stand in a spoken clause. */
const ANYWHERE_TAGS = new Set(["kan", "ya", "yah", "toh", "right", "apakah"]);
/** Words of a clause that only confirms what was said before it ("bener nggak sih", "atau belum ya"). */
const CONFIRMING = new Set([
  ...["bener", "benar", "betul", "nggak", "ngga", "gak", "ga", "enggak", "tidak", "belum", "bukan", "sih"],
  ...["ya", "yah", "kan", "atau", "itu", "gitu", "dong", "deh", "right", "or", "not"],
]);
/** Negations that ask yes or no after a verb ("masuk nggak sih", "udah belum"). */
const NEGATIONS = new Set(["nggak", "ngga", "gak", "ga", "enggak", "tidak", "belum", "ora"]);
/** What may follow such a negation: a particle or a preposition, not the verb it would negate. */
const AFTER_NEGATION = new Set([
  ...["sih", "ya", "dong", "kok", "di", "dalam", "ke", "sama", "dengan", "tanggal", "kan"],
]);
/** Requests to the answerer that ask without a question word ("tolong dihitung dong", "please give"). */
const REQUESTS = new Set([
  "tolong",
  "hitung",
  "hitungin",
  "dihitung",
  "sebutkan",
  "jelaskan",
  "please",
  "give",
  "tell",
]);
/** Greetings and forms of address that may open a message before its subject ("hi i'm ...", "halo min saya ..."). */
const GREETING_WORDS = new Set([
  ...["hi", "hai", "halo", "hallo", "hello", "hey", "helo", "permisi", "assalamualaikum", "pagi", "siang"],
  ...["sore", "malam", "selamat", "min", "admin", "kak", "gan", "sis", "bro", "mas", "mbak", "pak", "bu"],
]);
/** Words that may stand before the subject of a clause without changing it ("atau saya salah"). */
const LEADING = new Set(["atau", "dan", "and", "terus", "trus", "jadi", "tapi", "but"]);

interface Segment {
  words: string[];
  /** Opened by a reason connective ("soalnya ..."): it asks only with a question word of its own. */
  reason: boolean;
  /** Opened by a request ("please give the exact number", "tolong dihitung dong"). */
  request?: boolean;
  /** Only who a hearsay is from ("kata pengurus lain"). */
  frame?: boolean;
}

/** Words opening a request to the answerer: after a question, about the answer's form, not its content. */
const REQUEST_OPENERS = new Set(["please", "pls", "plis", "tolong", "mohon"]);

/** Whether a word on its own standardizes to a question word (a pure function of the word: remembered). */
const readsAsQuestionWord = boundedMemo((w) => standardize([w]).some((t) => questionWords.has(t)), 20_000);

/** Whether a word asks with a question word (slang and English read too); "apa" naming a filler is not. */
function whWord(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (ENGLISH_ASKING.has(w)) return true;
  if (!readsAsQuestionWord(w)) return false;
  // "apa namanya" (what's it called), "kantor apa gitu" (some office or other), "atau apa" (or whatever).
  if (w === "apa" || w === "opo") {
    const next = words[i + 1];
    if (next === "namanya" || next === "gitu" || (next === "ya" && words[i + 2] === "namanya")) return false;
    if (words[i - 1] === "atau" && i === words.length - 1) return false;
  }
  return true;
}

/** Whether a segment asks: a question word, a request, an English auxiliary opening it, or a closing tag. */
function asks(words: readonly string[]): boolean {
  if (words.some((_, i) => whWord(words, i))) return true;
  if (words.some((w) => REQUESTS.has(w))) return true;
  const start = words.findIndex((w) => !LEADING.has(w));
  if (start >= 0 && ENGLISH_AUX.has(words[start] as string)) return true;
  if (words.includes("apakah") || words.includes("right")) return true;
  // "masuk NGGAK sih dalam ...", "bener nggak": a negation closing a verb asks yes or no.
  if (
    words.some(
      (w, i) =>
        NEGATIONS.has(w) && i > 0 && (i === words.length - 1 || AFTER_NEGATION.has(words[i + 1] as string)),
    )
  )
    return true;
  // A tag asking to confirm ("... 2025 KAN", "dua ribu dua puluh enam YA tahun ini gitu").
  if (words.some((w) => ANYWHERE_TAGS.has(w))) return true;
  // Other tags among the last three words ("... masuk tahunnya BELUM").
  return words.slice(-3).some((w) => CONFIRM_TAGS.has(w));
}

/** Words after "right" that make it an adverb or adjective, not a tag ("right now", "right after"). */
const RIGHT_ADVERB = new Set([
  "now",
  "after",
  "before",
  "away",
  "here",
  "there",
  "on",
  "at",
  "in",
  "to",
  "off",
]);
/** Words before "right" that make it an adjective or noun ("the right", "all right"). */
const RIGHT_ADJECTIVE = new Set([
  "the",
  "a",
  "all",
  "alright",
  "is",
  "are",
  "was",
  "not",
  "that",
  "your",
  "my",
]);
/** Whether a segment ending in "right" ends with the tag, given the word after it. */
function endsWithTag(words: readonly string[], next: string): boolean {
  return (
    words.length >= 3 && !RIGHT_ADVERB.has(next) && !RIGHT_ADJECTIVE.has(words[words.length - 2] as string)
  );
}

/** Whether a segment asks with a question word of its own (what a reason segment needs to ask). */
const asksWithWord = (words: readonly string[]) => words.some((_, i) => whWord(words, i));

/** Whether a segment's subject is the asker ("saya mau catat", "atau saya salah ya", "i'm a student"). */
function aboutAsker(words: readonly string[]): boolean {
  // ("HI i'm writing a short explainer", "halo kak saya ...": a greeting before the subject changes nothing.)
  const start = words.findIndex((w) => !LEADING.has(w) && !GREETING_WORDS.has(w));
  return start >= 0 && FIRST_PERSON.has(words[start] as string);
}

/** Index just past a correction marker starting at i, or -1. */
function correctionAt(words: readonly string[], i: number): number {
  for (const m of CORRECTIONS) if (m.every((w, k) => words[i + k] === w)) return i + m.length;
  return -1;
}

/**
 * The dictated message cut into segments: fillers dropped, self-corrections applied ("bupati kediri eh
 * maksudnya bupati madiun" -> "bupati madiun"), a new segment at each discourse marker, reason
 * connective, clause-ending particle before "jadi"/"kata"/a first-person subject.
 */
export function dictationSegments(message: string): string[][] {
  return mapPacked(segmentsOf(normalizeText(message).split(" ").filter(Boolean)), (s) => s.words);
}

function segmentsOf(words: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { words: [], reason: false };
  const open = (reason: boolean) => {
    if (current.words.length) segments.push(current);
    current = { words: [], reason };
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const prev = current.words[current.words.length - 1];
    // "X eh maksudnya Y": Y replaces X from the word Y starts with ("bupati kediri eh maksudnya BUPATI
    // madiun"); when Y starts otherwise, the marker only separates the two.
    const after = correctionAt(words, i);
    if (after >= 0) {
      const first = words[after];
      // "awal juli eh tanggal satu juli MAKSUDNYA soalnya ...": a marker closing its clause says that the
      // clause corrects the one before it; the two read as one.
      if (first === undefined || FILLERS.has(first) || REASONS.has(first) || OPENERS.has(first)) {
        const before = segments.pop();
        if (before) current = { ...before, words: [...before.words, ...current.words] };
        i = after - 1;
        continue;
      }
      const back = current.words.lastIndexOf(first);
      if (back >= 0) current.words.splice(back);
      else {
        // "kapan deadline zero waste-nya pemkot madiun itu eh maksudnya TARGETNYA TAHUN BERAPA": a correction
        // asking with its own question word replaces the question word and the word it asks about; the
        // rest of the clause (its topic) stays.
        const corrected = words.slice(after);
        const wh = current.words.findIndex((_, k) => whWord(current.words, k));
        if (wh >= 0 && asksWithWord(corrected.slice(0, 6))) current.words.splice(wh, 2);
        else open(current.reason);
      }
      i = after - 1;
      continue;
    }
    // "PAS NATAL INI udah berapa hari ...", "TUJUH BELAS AGUSTUSAN INI ...": a holiday that is today only
    // says when "now" is; it is no part of what is asked.
    const holiday = holidayNowAt(words, i);
    if (holiday > i) {
      i = holiday - 1;
      continue;
    }
    if (FILLERS.has(w)) {
      // ("eh maksudnya": the filler only leads into the correction.)
      if (correctionAt(words, i + 1) < 0) open(false);
      continue;
    }
    // "apa namanya" (what's it called) is a filler of speech.
    if ((w === "apa" || w === "opo") && words[i + 1] === "namanya") {
      i++;
      continue;
    }
    if (OPENERS.has(w)) {
      open(false);
      continue;
    }
    if (KEPT_OPENERS.has(w) && words[i + 1] !== "terang") {
      open(false);
      current.words.push(w);
      continue;
    }
    // "hey quick question for my class HOW many days ...": an English question word opens its clause.
    if (
      ENGLISH_ASKING.has(w) &&
      prev !== undefined &&
      !ENGLISH_BEFORE_WH.has(prev) &&
      !current.words.some((_, k) => whWord(current.words, k))
    ) {
      open(false);
      current.words.push(w);
      continue;
    }
    // ("... as of today PLEASE give the exact number", "... ya TOLONG dihitung": after a question or a clause
    // end; "could you please verify ..." is one request.)
    const afterQuestion = current.words.some((_, k) => whWord(current.words, k));
    if (REQUEST_OPENERS.has(w) && prev !== undefined && (afterQuestion || CLAUSE_ENDS.has(prev))) {
      open(false);
      current.request = true;
      current.words.push(w);
      continue;
    }
    // "UMKM mendaftar AGAR ikut program ...": a purpose right after the action it completes is part of what
    // is asked; after a clause end ("... tahun berapa gitu BIAR warga ...") or of the asker ("biar SAYA ...")
    // it is the asker's reason.
    const purposeOfAction =
      PURPOSES.has(w) &&
      prev !== undefined &&
      !CLAUSE_ENDS.has(prev) &&
      !FILLERS.has(prev) &&
      !FIRST_PERSON.has(words[i + 1] ?? "");
    if (REASONS.has(w) && !purposeOfAction) {
      open(true);
      current.words.push(w);
      continue;
    }
    // "the signing was more than two years ago RIGHT || kayaknya udah lama banget": the English tag closes the
    // clause it asks to confirm ("right now", "the right one" are no tag).
    if (prev === "right" && endsWithTag(current.words, words[i] as string)) open(current.reason);
    // ("... itu LHO yang perempuan masih muda": a relative clause after it describes, it does not ask.)
    if (prev !== undefined && STRONG_ENDS.has(prev) && w === "yang") open(current.reason);
    // "soalnya lagi rame di grup rt KAPAN deadline ...": a question word past the start of a reason opens
    // the question the reason led into.
    // "pak maidi itu wali kota kediri KAN || yang jadi tuan rumah ...": after a tag, "yang" adds a description.
    if (prev !== undefined && TAGS_BEFORE_DESCRIPTION.has(prev) && w === "yang") open(current.reason);
    // "nah KATA PENGURUS LAIN || target zero waste ... 2030 kan ya": who said it is the frame of what they said.
    if ((w === "kata" || w === "katanya") && (prev === undefined || CLAUSE_ENDS.has(prev))) {
      let k = i + 1;
      while (k < words.length && k - i <= 3 && hearsaySource(words[k] as string)) k++;
      // ("kata PAK maidi ...": a title before a name names the speaker asked about, not a hearsay.)
      const titled = words.slice(i + 1, k).some((x) => TITLES.has(x));
      if (k > i + 1 && k < words.length && !titled) {
        open(false);
        current.words.push(...words.slice(i, k));
        current.frame = true;
        open(false);
        i = k - 1;
        continue;
      }
    }
    // (Not a question word closing the reason: "supaya apa gitu potensi daerahnya jadi GIMANA".)
    if (current.reason && current.words.length >= 3 && STRONG_WH.has(w) && words.length - i > 2) open(false);
    const ended = prev === undefined || CLAUSE_ENDS.has(prev);
    // ("... target Pemkot Madiun itu UNTUK tahun 2030": after "itu" a purpose word belongs to the clause.)
    const purposeAfterDemonstrative =
      AFTER_END_REASONS.has(w) && w !== "jadi" && (prev === "itu" || prev === "ini");
    if (ended && !purposeAfterDemonstrative && (AFTER_END_OPENERS.has(w) || FIRST_PERSON.has(w))) {
      open(AFTER_END_REASONS.has(w));
      current.words.push(w);
      continue;
    }
    current.words.push(w);
  }
  open(false);
  return segments;
}

/** A dictated message's segments with whether each asks (see dictationQuestion). */
export function readDictation(message: string): { words: string[]; asks: boolean }[] {
  return readSegments(normalizeText(message).split(" ").filter(Boolean));
}

/** `readDictation` of a message's normalised words. */
function readSegments(words: readonly string[]): { words: string[]; asks: boolean }[] {
  const segments = segmentsOf(words);
  // A reason, and a clause about the asker, ask only with a question word of their own.
  const own = mapPacked(segments, (s) =>
    s.reason || aboutAsker(s.words) ? asksWithWord(s.words) : asks(s.words),
  );
  // "kata pak maidi kalau ekonomi kota tumbuh baik || terus apa ya kelanjutannya": a statement right before
  // a clause asking with a question word is its topic, unless it gives a reason or describes the asker.
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    if (own[i] || s.reason || s.frame || s.request || aboutAsker(s.words) || !next || next.reason) return;
    if (asksWithWord(next.words) && s.words.some((w) => !CLAUSE_ENDS.has(w) && !FILLERS.has(w)))
      own[i] = true;
  });
  // "kerja sama antarkota diperlukan || agar pembangunan berjalan seperti apa": a reason or purpose that asks
  // with a question word is what is asked about; the clause it completes belongs to the question.
  segments.forEach((s, i) => {
    if (s.reason && own[i] && i > 0 && !s.words.slice(0, 3).some((w) => FIRST_PERSON.has(w)))
      own[i - 1] = true;
  });
  // A request after a question ("... berapa hari? please give the exact number ya jangan dibulatin") asks how
  // to answer it; alone ("udah lewat setahun kan ... tolong dihitung dong" without another ask), it asks.
  // "... itu pemkot kediri ya || bener nggak sih", "udah lewat setahun kan ... || atau belum ya": a clause
  // that only confirms asks about the nearest clause before it that is no reason.
  segments.forEach((s, i) => {
    if (i === 0 || !s.words.every((w) => CONFIRMING.has(w))) return;
    own[i] = true;
    for (let k = i - 1; k >= 0; k--)
      if (!segments[k]?.reason) {
        own[k] = true;
        break;
      }
  });
  // "... on what day of the week || soalnya kita mau bikin acara diskusi dan perlu tahu harinya apa": a reason
  // about the asker that asks again, after another clause asked, only restates the question.
  const aboutAskerReason = (x: Segment) => x.reason && x.words.slice(1, 3).some((w) => FIRST_PERSON.has(w));
  segments.forEach((s, i) => {
    if (aboutAskerReason(s) && segments.some((x, k) => k !== i && own[k] && !aboutAskerReason(x)))
      own[i] = false;
  });
  // "kapan sih kerja sama itu diteken eee TANGGAL BERAPA BULAN APA TAHUN BERAPA gitu": a later clause made
  // only of question words and units of time restates the question asked before it, and adds nothing.
  segments.forEach((s, i) => {
    const restates = s.words.every(
      (w, k) => whWord(s.words, k) || TIME_UNITS.has(w) || CLAUSE_ENDS.has(w) || w === "apa",
    );
    if (restates && segments.slice(0, i).some((x, k) => own[k] && asksWithWord(x.words))) own[i] = false;
  });
  const others = segments.some((s, i) => !s.request && own[i]);
  return mapPacked(segments, (s, i) => ({
    words: s.words,
    asks: s.request && others ? asksWithWord(s.words) : Boolean(own[i]),
  }));
}

/** Question words that open a question of their own (not "apa", which also names a thing or a filler). */
const STRONG_WH = new Set(["kapan", "siapa", "berapa", "dimana", "bagaimana", "gimana", "kenapa", "mengapa"]);

/** Units of time a restated question may name ("tanggal berapa bulan apa tahun berapa"). */
const TIME_UNITS = new Set(["tanggal", "tgl", "hari", "bulan", "tahun", "jam", "pukul", "minggu"]);

/** Tags after which "yang" opens a description rather than continuing the clause. */
const TAGS_BEFORE_DESCRIPTION = new Set(["kan", "ya", "toh"]);
/** People one hears something from, and the words that complete them ("kata TEMEN SAYA", "kata PENGURUS LAIN"). */
const HEARSAY_SOURCES = new Set([
  ...[
    "teman",
    "temen",
    "tetangga",
    "orang",
    "orang2",
    "warga",
    "pengurus",
    "grup",
    "netizen",
    "ortu",
    "ayah",
  ],
  ...[
    "ibu",
    "bapak",
    "pak",
    "bu",
    "mas",
    "mbak",
    "kakak",
    "adik",
    "adek",
    "suami",
    "istri",
    "anak",
    "saudara",
  ],
  ...[
    "lain",
    "lainnya",
    "sebelah",
    "saya",
    "aku",
    "gue",
    "ku",
    "kami",
    "kita",
    "rt",
    "rw",
    "kantor",
    "kampus",
  ],
]);
/** Whether a word can be part of who a hearsay is from (a person noun or its completion). */
const hearsaySource = (w: string): boolean => HEARSAY_SOURCES.has(w) || wordClassOf(w) === "intro";

/** Titles before a name ("pak maidi", "bu vinanda"). */
const TITLES = new Set(["pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "cak", "ning"]);
/** Holidays, as spoken (one or more words). */
const HOLIDAYS: readonly string[][] = mapPacked(
  [
    ...["natal", "lebaran", "imlek", "nyepi", "waisak", "agustusan", "tujuhbelasan", "ramadan", "ramadhan"],
    ...["christmas", "idulfitri", "iduladha", "syawalan", "halalbihalal"],
  ],
  (w) => [w],
).concat([
  ["tahun", "baru"],
  ["idul", "fitri"],
  ["idul", "adha"],
  ["hari", "raya"],
  ["tujuh", "belas", "agustusan"],
  ["17", "agustusan"],
  ["hari", "kemerdekaan"],
]);
/** Words before a holiday that place a time at it ("PAS natal ini"). */
const AT_TIME = new Set(["pas", "saat", "waktu", "pada", "tiap", "di"]);
/** Words after a holiday saying it is the present one ("natal INI", "natal GINI"). */
const THIS_ONE = new Set(["ini", "gini", "sekarang"]);

/**
 * Index past a holiday said to be now, starting at i ("pas natal ini", "tujuh belas agustusan ini"), or i.
 */
function holidayNowAt(words: readonly string[], i: number): number {
  const start = AT_TIME.has(words[i] as string) ? i + 1 : i;
  for (const h of HOLIDAYS) {
    if (!h.every((w, k) => words[start + k] === w)) continue;
    const end = start + h.length;
    if (THIS_ONE.has(words[end] as string)) return end + 1;
  }
  return i;
}

/** Messages shorter than this are read as written: a dictated run-on is long. */
const MIN_WORDS = 8;

/** How a dictated message is read (see dictationQuestion). */
export interface DictationReading {
  /** The segments that ask, each its own sentence ("...? ..."). */
  text: string;
  /**
   * When the asking opens with clauses that only offer a premise to confirm ("kerja sama ini antara dua
   * pemkot kan", "so madiun targets zero kabel right") before a clause asking with a question word: that
   * clause alone. The premise only leads into it, so if it is declined the message is.
   */
  question?: string;
}

/**
 * The part of a dictated message that asks, when the message is a run-on without sentence punctuation
 * and has segments that only give the asker's reason, purpose or scene, or several segments that ask;
 * else undefined (the message is read as written).
 */
export function dictationQuestion(message: string): DictationReading | undefined {
  // Punctuated text has its sentences marked already (scene.ts); a question mark only at the end is
  // still a run-on.
  if (/[.,;:!]\s*\S/.test(message.trim()) || /\?\s*\S/.test(message.trim())) return undefined;
  const words = normalizeText(message).split(" ").filter(Boolean);
  // Segmenting only drops words (fillers, corrections, a holiday that is now), so a message with fewer
  // words than a run-on has is read as written without segmenting it (most questions are short).
  if (words.length < MIN_WORDS) return undefined;
  const read = readSegments(words);
  const n = read.reduce((k, s) => k + s.words.length, 0);
  if (n < MIN_WORDS) return undefined;
  const asking = read.filter((s) => s.asks);
  if (asking.length === 0) return undefined;
  const whole = words.join(" ");
  if (mapPacked(asking, (s) => s.words.join(" ")).join(" ") === whole) return undefined;
  const text = mapPacked(asking, (s) => s.words.join(" ")).join("? ");
  const firstWh = asking.findIndex((s) => asksWithWord(s.words));
  if (firstWh <= 0) return { text };
  const question = mapPacked(asking.slice(firstWh), (s) => s.words.join(" ")).join("? ");
  return { text, question };
}
