import { isEnglishWord, readEnglish } from "./english.js";
import { outOfScopeWords, phrases, questionWords, rootWords, slang, typeMarkers } from "./lexicon.js";
import { boundedMemo } from "./memo.js";
import { mapPacked } from "./packed.js";
import { correctFunctionWord } from "./typos.js";
import { derivations, isRealWord, lexicon, mutualSynonyms, partsOfSpeech, wordClassOf } from "./words.js";

/** A single word of ASCII letters, possibly ending in sentence punctuation. */
const PLAIN_WORD = /^([A-Za-z]+)[.,;:!?]?$/;
/** A letter written three times or more ("kapaaan"). */
const STRETCHED = /([A-Za-z])\1\1/i;

/** Longest input the pipeline reads; longer text is cut (a question is never this long). */
export const MAX_INPUT_CHARS = 2000;

/**
 * Case, Unicode, punctuation and spacing: returns lowercase words separated by single spaces.
 * Keeps letters and digits of any script; "&" becomes "dan"; reduplication "masing-masing" -> "masing";
 * other hyphens split words ("madiun-kediri" -> "madiun kediri"); "-nya" is re-attached.
 */
export function normalizeText(input: string, maxChars = MAX_INPUT_CHARS): string {
  // One answer normalises its message several times (dictation, self-correction, analysis): the last
  // text read is remembered (a string: nothing to share but the value).
  if (input === lastInput && maxChars === lastMaxChars) return lastOutput;
  const output = normalizeTextOnce(input, maxChars);
  lastInput = input;
  lastMaxChars = maxChars;
  lastOutput = output;
  return output;
}
let lastInput = "";
let lastMaxChars = MAX_INPUT_CHARS;
let lastOutput = "";

/** `normalizeText` without remembering. */
function normalizeTextOnce(input: string, maxChars: number): string {
  const cut = input.slice(0, maxChars);
  // Most words of knowledge text are plain letters: nothing to do but lower-case them.
  const plain = PLAIN_WORD.exec(cut)?.[1];
  if (plain && !STRETCHED.test(plain)) return plain.toLowerCase();
  // Accents and combining marks dropped ("k̇apan" -> "kapan"), zero-width characters and direction
  // marks removed. Plain printable ASCII (most questions) has nothing to normalise.
  let s = (
    !/[^ -~]/.test(cut)
      ? cut
      : cut
          .normalize("NFKD")
          .replace(/[\p{M}\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu, "")
          .normalize("NFKC")
  ).toLowerCase();
  // (Each rule runs only when the text has the character it needs: most questions have no tag, link,
  // "&", quote mark, hyphen or "2", and these Unicode patterns are the costly part of reading a question.)
  if (s.includes("<")) s = s.replace(/<[^>]{0,200}>/g, " "); // HTML-like tags carry no question
  if (s.includes("://")) s = s.replace(/https?:\/\/\S+/g, " ");
  if (s.includes("&") || s.includes("+")) s = s.replace(/&/g, " dan ").replace(/\+/g, " dan ");
  if (/[’'`´]/.test(s)) s = s.replace(/[’'`´]/g, "");
  if (s.includes("-")) {
    // Reduplication: kota-kota -> kota, masing-masing -> masing (also with a suffix: masing-masingnya).
    s = s.replace(/\b(\p{L}+)-\1(\p{L}*)\b/gu, "$1$2");
  }
  // Chat shorthand for reduplication: "denger2", "kota2nya" -> "denger", "kotanya".
  if (s.includes("2")) s = s.replace(/(\p{L}{2,})2(\p{L}*)\b/gu, "$1$2");
  if (s.includes("-")) {
    s = s.replace(/(\p{L})-(nya|ne|e|ku|mu|lah|kah|pun)\b/gu, "$1$2");
    s = s.replace(/(\d)-(\d)/g, "$1 $2");
  }
  // "40%" is read as the word it stands for ("40 persen"), as the knowledge writes it.
  if (s.includes("%")) s = s.replace(/%/g, " persen ");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ");
  // Letters repeated three times or more are stretched speech: "kapaaan" -> "kapan".
  s = s.replace(/(\p{L})\1{2,}/gu, "$1");
  return s.trim().replace(/\s+/g, " ");
}

const CHUNK_MEMO_LIMIT = 100_000;
const NO_WORDS: string[] = [];

/**
 * The chunks between spaces of knowledge text, each of which normalises on its own: every rule of
 * `normalizeText` stays within a chunk except HTML-like tags, so text with "<" has no chunks (undefined).
 */
export function textChunks(text: string): string[] | undefined {
  return text.includes("<") ? undefined : text.split(/[ \t\n\r]+/);
}

/** One chunk's normalised words (a chunk is never cut, however long). */
export function normalizeChunk(chunk: string): string[] {
  const normalized = normalizeText(chunk, Number.POSITIVE_INFINITY);
  return normalized ? normalized.split(" ") : NO_WORDS;
}

/** One chunk's normalised words, memoised (the same chunk always reads the same). */
export function chunkWords(chunk: string): string[] {
  return chunkMemo(chunk);
}
const chunkMemo = boundedMemo(normalizeChunk, CHUNK_MEMO_LIMIT);

/**
 * `normalizeText(text).split(" ")` for knowledge text of any length (no cut), computed per chunk.
 * Used to index thousands of entries quickly.
 */
export function normalizeWords(text: string): string[] {
  const chunks = textChunks(text);
  if (!chunks) return normalizeText(text, Number.POSITIVE_INFINITY).split(" ").filter(Boolean);
  const out: string[] = [];
  for (const chunk of chunks) for (const w of chunkWords(chunk)) out.push(w);
  return out;
}

/** Javanese/colloquial possessive endings tried when a word is not known as written. */
const COLLOQUIAL_SUFFIXES = ["nya", "ne", "e", "an"];

/**
 * Maps slang, abbreviations and Javanese words to standard Indonesian, then joins multi-word expressions.
 * `isKnown` tells whether a word is already meaningful (so "sektore" -> "sektor" only when "sektor" is).
 */
const nothingKnown = () => false;
/** Per-word results when nothing is known yet (indexing the knowledge): the same word maps the same way. */
const plainMapped = boundedMemo((w) => mapWord(w, nothingKnown), 100_000);

export function standardize(words: string[], isKnown: (w: string) => boolean = nothingKnown): string[] {
  return joinNeighbours(mapWords(words, isKnown));
}

/** The part of `standardize` that reads each word on its own: slang map and colloquial forms. */
export function mapWords(input: string[], isKnown: (w: string) => boolean = nothingKnown): string[] {
  const out: string[] = [];
  // English mixed into a question is read through the glossary first (knowledge text the same way,
  // so that an English phrase staff write reads as the question that quotes it).
  const words = readEnglish(
    input,
    isKnown,
    (w) => (slang.has(w) && !isEnglishWord(w)) || lexicon().hasEntry(w),
  );
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // Javanese "teko" is "from" before what it starts from ("teko Madiun") and "come" where nothing
    // follows it but a negation, a particle or the end ("melu teko gak?", "sopo sing teko").
    // After a word of "from" ("seko pas teken TEKAN pas Pak Maidi ngomong"), "tekan" is "until" wherever it
    // stands: it closes the span that word opened.
    const until = w === "tekan" && i < words.length - 1 && words.slice(0, i).some((x) => SPAN_START.has(x));
    if (COME_OR_FROM.has(w) && !until && (i === words.length - 1 || CLAUSE_END.has(words[i + 1] as string))) {
      out.push("datang");
      continue;
    }
    const next = words[i + 1];
    // Krama "dipun" written apart from its verb ("dipun kerjasamakaken") is the passive prefix of that verb.
    if (w === "dipun" && next !== undefined && /^[a-z]{3,}$/.test(next)) {
      out.push(...mapWord(`dipun${next}`, isKnown));
      i++;
      continue;
    }
    const positional = positionalReading(w, words[i - 1], next);
    if (positional) {
      out.push(positional);
      continue;
    }
    // "bagi" before what it is for ("manfaat BAGI warga") is the preposition "untuk", a function word; as a
    // verb it ends its clause or comes before what is asked ("saling bagi opo", "bagi hasil" aside).
    if (
      PREPOSITION_OR_VERB.has(w) &&
      i < words.length - 1 &&
      !CLAUSE_END.has(words[i + 1] as string) &&
      !questionWords.has(words[i + 1] as string) &&
      !VERB_OBJECTS.has(words[i + 1] as string) &&
      !VERB_BEFORE.has(words[i - 1] as string)
    ) {
      out.push("untuk");
      continue;
    }
    // "Ngapain aja?", "ngopo wae?" ask what someone does, item by item ("melakukan apa saja"); "ngapain"
    // on its own stays "kenapa" ("ngapain ke Kediri?").
    if (DOING_WHAT.has(w) && ALL_OF.has(words[i + 1] as string)) {
      out.push("melakukan", "apa");
      continue;
    }
    if (isKnown === nothingKnown) {
      out.push(...plainMapped(w));
      continue;
    }
    // A phrase written without vowels ("tnda tngn", "krj sm") is read as the phrase before its words are
    // corrected one by one ("antr" alone would become antara, not the phrase's antar).
    const phrase = droppedVowelPhraseAt(words, i);
    if (phrase) {
      out.push(...phrase.words);
      i += phrase.words.length - 1;
      continue;
    }
    const memo = readingsUnder.get(isKnown);
    out.push(...(memo ? memo(w) : mapWord(w, isKnown)));
  }
  return out;
}

/** Word readings remembered per `isKnown` function that `rememberReadings` registered. */
const readingsUnder = new WeakMap<(w: string) => boolean, (w: string) => string[]>();

/**
 * Remembers `mapWord`'s reading of each word under `isKnown` (bounded), for an `isKnown` that always
 * answers the same for a word (the knowledge's vocabulary: see pipeline.ts `knownTo`).
 */
export function rememberReadings(isKnown: (w: string) => boolean): void {
  if (!readingsUnder.has(isKnown))
    readingsUnder.set(
      isKnown,
      boundedMemo((w) => mapWord(w, isKnown), 50_000),
    );
}

/** Time nouns after which Javanese "ngarep" is "depan" (next: "taun ngarep"), not "berharap" (hope). */
const TIME_NOUNS = new Set([
  "taun",
  "tahun",
  "wulan",
  "sasi",
  "bulan",
  "minggu",
  "dino",
  "dina",
  "dinten",
  "hari",
]);
/** Words that end a clause or ask, after which "habis" is the end of something ("kontrake habis kapan?"). */
const ASKING_OR_END = new Set(["kapan", "kpn", "kapane", "tanggal", "tgl", "kapankah", "kah"]);

/** A word asking how much, as written or in its chat or Javanese spelling ("brp", "piro"). */
function asksHowMuch(w: string): boolean {
  const read = slang.get(w)?.[0] ?? w;
  return read === "berapa" || read === "berapakah" || read === "seberapa" || w === "piro" || w === "pinten";
}

/**
 * Words read by their neighbours, over any question: Javanese "yo" inside a clause is "juga"; "ngarep" is "depan" after a time noun
 * ("taun ngarep") and "berharap" elsewhere ("Maidi ngarep kerja sama iki ..."); "pas" before a number is
 * "tepat" ("pas 3 sasi": exactly three months), elsewhere "saat" (the slang map); "habis"/"entek"/"telas"
 * closing a clause or before "kapan" is the end of something (berakhir: "kontrake entek kapan?"), whereas
 * "habis tanda tangan" is after it.
 */
/** Whether a word (or its slang reading) is a question word. */
function asksWord(x: string): boolean {
  return questionWords.has(x) || questionWords.has(slang.get(x)?.[0] ?? "");
}

function positionalReading(
  w: string,
  before: string | undefined,
  next: string | undefined,
): string | undefined {
  if (w === "ngarep") return TIME_NOUNS.has(before ?? "") ? "depan" : undefined;
  // "Baik, kapan ...?", "Oke baik, siapa ...?": opening a message before its question word, "baik" only
  // acknowledges the last answer (a filler, like "baiklah"); "tumbuh baik" keeps its adjective.
  if (acknowledges(w, before, next)) return "baiklah";
  // East Javanese "yo" inside a clause, after what it adds to and before its verb, is "juga" (also):
  // "madiun YO kerjasama karo surabaya ta?"; as a tag or after a question word ("piye yo") it is a particle.
  if (w === "yo" && before !== undefined && next !== undefined) {
    if (!asksWord(before) && !asksWord(next) && !CLAUSE_END.has(next) && !CLAUSE_END.has(before))
      return "juga";
  }
  if (w === "pas" && next !== undefined && (/^\d+$/.test(next) || isUnitWord(next))) return "tepat";
  // "jarak madiun kediri BRP KM?", "120 km": after a number or a word asking how much, "km" is the
  // kilometre, not the chat spelling of "kami" (or "kamu").
  if (w === "km" && before !== undefined && (/^\d+([.,]\d+)?$/.test(before) || asksHowMuch(before)))
    return "km";
  // "fokus TAMBAHANE opo", "sektor tambahan": after a noun, "tambahan" is the adjective "additional", the
  // other ones ("lain"), not the noun of "Maidi menambahkan" (he added, said).
  if (
    ADDITIONAL.has(w) &&
    before !== undefined &&
    !questionWords.has(before) &&
    partsOfSpeech(before).includes("n")
  )
    return "lain";
  // "14 jan", "13 agt 2026", "des 2025": a month written short after a day of the month or before a year.
  if (
    (before !== undefined && /^\d{1,2}$/.test(before) && Number(before) <= 31) ||
    (next !== undefined && /^(19|20)\d\d$/.test(next))
  ) {
    const month = shortMonth(w);
    if (month) return month;
  }
  if (w === "habis" || w === "abis" || w === "entek" || w === "telas") {
    const closes =
      next === undefined || CLAUSE_END.has(next) || ASKING_OR_END.has(next) || questionWords.has(next);
    return closes && before !== undefined ? "berakhir" : undefined;
  }
  return undefined;
}

/** "Additional" written as the noun "tambahan" with or without a possessive ending. */
const ADDITIONAL = new Set(["tambahan", "tambahane", "tambahannya", "tambahanne"]);

/** The months in their standard spelling, January first. */
export const MONTH_NAMES: readonly string[] = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];

/**
 * The month a short spelling stands for: three or four of its letters in order, from its first ("jan",
 * "agt", "sept", "des"); undefined when it fits no month or several, or is a month name already.
 */
function shortMonth(w: string): string | undefined {
  if (w.length < 3 || w.length > 4 || !/^[a-z]+$/.test(w) || MONTH_NAMES.includes(w)) return undefined;
  const fits = MONTH_NAMES.filter((m) => {
    if (m[0] !== w[0]) return false;
    let i = 0;
    for (const ch of m) if (ch === w[i]) i++;
    return i === w.length;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** A digit word, Indonesian or (through the slang map) Javanese: "tiga", "telu", "setunggal". */
function isUnitWord(w: string): boolean {
  return w in UNITS || (slang.get(w)?.[0] ?? "") in UNITS;
}

/** A word that is a preposition before what it is for and a verb root elsewhere ("bagi warga" / "saling bagi"). */
const PREPOSITION_OR_VERB = new Set(["bagi"]);
/** Nouns that make "bagi" the verb of a compound ("bagi hasil", "bagi tugas"). */
const VERB_OBJECTS = new Set(["hasil", "tugas", "pengalaman", "ilmu", "informasi", "info", "peran", "data"]);
/** Words before "bagi" that make it a verb ("saling bagi", "mau bagi", "berbagi"). */
const VERB_BEFORE = new Set(["saling", "mau", "ingin", "bisa", "untuk", "akan", "sudah", "lagi"]);

/** Colloquial "doing what / why" verbs (ngapain, Javanese ngopo, lapo). */
const DOING_WHAT = new Set(["ngapain", "ngapai", "ngapa", "ngopo", "lapo"]);
/** Particles that make a question ask for every item ("apa AJA", "opo WAE"). */
const ALL_OF = new Set(["aja", "ajah", "saja", "wae", "ae"]);

/**
 * Whether a word only acknowledges the last answer by its position: "Baik, kapan ...?", "oke baik, siapa ...?"
 * ("baik" opening a message before its question word). `before` and `next` are its neighbours as written.
 */
export function acknowledges(w: string, before: string | undefined, next: string | undefined): boolean {
  return (
    w === "baik" &&
    (before === undefined || ACKNOWLEDGING.has(before)) &&
    next !== undefined &&
    asksWord(next)
  );
}

/** Words that may come before an acknowledging "baik" ("oke baik, ...", "ya baik, ..."). */
const ACKNOWLEDGING = new Set(["ok", "oke", "okay", "ya", "nah", "oh", "sip"]);
/** Javanese words that mean "from" or "come" by their position ("teko Madiun" / "sing teko"). */
const COME_OR_FROM = new Set(["teko", "tekan"]);
/** Words opening a span of time or place ("seko ... tekan ...", "dari ... sampai ..."), as written. */
const SPAN_START = new Set(["seko", "soko", "teko", "dari", "sejak", "wiwit", "mulai", "from", "since"]);
/** Words that close a clause after a verb: negations, particles, tags. */
const CLAUSE_END = new Set([
  "gak",
  "ga",
  "gk",
  "nggak",
  "ora",
  "ra",
  "ta",
  "tah",
  "to",
  "kan",
  "ya",
  "po",
  "a",
  "ae",
  "wae",
  "opo",
  "ora",
  "seh",
  "sih",
  "pas",
  "nang",
  "neng",
  "ndek",
  "ning",
  "nek",
  "lho",
  "rek",
]);

/** The part of `standardize` that reads words together: multi-word phrases, then numbers in words. */
export function joinNeighbours(tokens: string[]): string[] {
  return numberWords(joinPhrases(tokens));
}

/** One word through the slang map and the colloquial-form rules. */
function mapWord(w: string, isKnown: (w: string) => boolean): string[] {
  {
    const direct = slang.get(w);
    // One more step, so chains like keterangan -> pernyataan -> kata resolve.
    if (direct) return direct.flatMap((d) => slang.get(d) ?? [d]);
    // "pernyataannya" asks for a quote like "pernyataan" does, whatever the knowledge holds: its stem
    // ("nyata" of "langkah nyata") must not make it content.
    const marker = markerWithEnding(w);
    if (marker) return marker;
    // The particle -kah on any question word ("manakah", "kapankah", "berapakah") asks the same.
    if (w.length > 5 && w.endsWith("kah") && !questionWords.has(w)) {
      const base = w.slice(0, -3);
      const asked = questionWords.has(base) ? base : slang.get(base)?.[0];
      if (asked && questionWords.has(asked)) return [asked];
    }
    if (isKnown(w)) return [w];
    // Krama affixes over any root: dipun- is di-, -aken/-kaken is -kan, -ipun/-nipun is -nya
    // ("dipunkerjasamakaken" -> dikerjasamakan, "tanggalipun" -> tanggalnya); Javanese spelling dh/th
    // for d/t ("panandhatanganan", "kutha") when the plain spelling reads.
    const krama = kramaAffixes(w) ?? retroflexSpelling(w, isKnown) ?? oldSpelling(w, isKnown);
    if (krama) return mapWord(krama, isKnown);
    // Colloquial verb forms are only read into forms the knowledge knows.
    const colloquial =
      isKnown === nothingKnown ? undefined : (colloquialVerb(w, isKnown) ?? bareNasalVerb(w, isKnown));
    if (colloquial) return [colloquial];
    const parts = splitJoined(w, isKnown);
    if (parts) return parts;
    if (w.length > 4) {
      const suffix = COLLOQUIAL_SUFFIXES.find((suf) => {
        if (!w.endsWith(suf)) return false;
        const base = w.slice(0, -suf.length);
        // A filler base ("jal" of "jalan") never swallows a whole word.
        return (slang.get(base)?.length ?? 0) > 0 || (suf !== "an" && isKnown(base));
      });
      if (suffix) {
        const base = w.slice(0, -suffix.length);
        return slang.get(base) ?? [base];
      }
    }
    // The passive di- over a root of the Javanese glossary: dirembug -> dibahas, dirembugke -> dibahaskan.
    const passive = javanesePassive(w);
    if (passive) return [passive];
    if (isKnown !== nothingKnown) {
      // Javanese -ne/-e on any noun the lexicon has ("efeke" -> efek, "tambahane" -> tambahan).
      const possessed = javanesePossessive(w);
      if (possessed) return slang.get(possessed) ?? [possessed];
      const prefixed = droppedPrefixVowel(w);
      if (prefixed) return [prefixed];
      const general = generalReading(w);
      if (general) return [general];
      // a mistyped question or function word ("apakh", "bearpa"), read before the question type is
      const fixed = correctFunctionWord(w);
      if (fixed) return slang.get(fixed) ?? [fixed];
    }
    return [w];
  }
}

/**
 * Krama suffixes with the Indonesian suffix each stands for: the form a vowel-final root takes (-kaken,
 * -nipun) and the form after a consonant (-aken, -ipun).
 */
const KRAMA_SUFFIXES: { afterVowel: string; afterConsonant: string; standard: string }[] = [
  { afterVowel: "kaken", afterConsonant: "aken", standard: "kan" },
  { afterVowel: "nipun", afterConsonant: "ipun", standard: "nya" },
];

/** The root of a krama-suffixed word: a reading whose root is a word, else one its spelling fits. */
function kramaRoot(w: string, vowelForm: string, consonantForm: string): string | undefined {
  const afterVowel = w.endsWith(vowelForm) ? w.slice(0, -vowelForm.length) : undefined;
  const afterConsonant = w.endsWith(consonantForm) ? w.slice(0, -consonantForm.length) : undefined;
  // (A consonant-final root first when both are words: "anggaranipun" is anggaran, not anggara.)
  const fits = [
    afterConsonant && /[^aiueo]$/.test(afterConsonant) ? afterConsonant : undefined,
    afterVowel && /[aiueo]$/.test(afterVowel) ? afterVowel : undefined,
  ].filter((r): r is string => r !== undefined && r.length >= 3);
  return fits.find(isKramaRootWord) ?? fits[0];
}

/** Whether a root left by a krama suffix is a word (slang, or a standard form with or without di-). */
function isKramaRootWord(r: string): boolean {
  return slang.has(r) || isStandardForm(r) || isStandardForm(r.replace(/^di/, ""));
}

/**
 * A krama form written with Indonesian affixes: the passive dipun- is di- and the suffixes -aken/-kaken
 * and -ipun/-nipun are -kan and -nya, over any root ("dipunkerjasamakaken" -> dikerjasamakan,
 * "tanggalipun" -> tanggalnya, "asmanipun" -> asmanya). No Indonesian word begins with "dipun" or ends in
 * these suffixes; undefined when the word has none of them (or would be left too short).
 */
export function kramaAffixes(w: string): string | undefined {
  let out = w;
  if (out.startsWith("dipun") && out.length >= 8) out = `di${out.slice(5)}`;
  for (const { afterVowel, afterConsonant, standard } of KRAMA_SUFFIXES) {
    const root = kramaRoot(out, afterVowel, afterConsonant);
    if (root) {
      out = root + standard;
      break;
    }
  }
  return out !== w ? out : undefined;
}

/**
 * Javanese spelling of the retroflex consonants, dh and th ("gedhe", "dhuwit", "thok"): the word with d
 * and t, when that spelling is a word the pipeline reads (the knowledge's or the slang map's) and the
 * written one is not.
 */
export function retroflexSpelling(w: string, isKnown: (w: string) => boolean): string | undefined {
  // (Only before a vowel, as Javanese writes them; never an English word: "thank", "with", "month".)
  if (!/[dt]h[aiueo]/.test(w) || slang.has(w) || isStandardForm(w) || isEnglishWord(w)) return undefined;
  if (wordClassOf(w) !== "content") return undefined;
  const plain = w.replace(/([dt])h(?=[aiueo])/g, "$1");
  return plain.length >= 3 && (slang.has(plain) || isKnown(plain)) ? plain : undefined;
}

/** Letters of the spelling before 1972 (Soewandi) that the current spelling writes otherwise. */
const OLD_LETTERS = /tj|dj|nj|sj|ch|oe|j/;

/**
 * Indonesian as older citizens learned to write it (the spelling before 1972): tj, dj, nj, sj, ch, oe and
 * j for today's c, j, ny, sy, kh, u and y ("tjutju" cucu, "kerdja" kerja, "sebelumnja" sebelumnya,
 * "rakjat" rakyat). The word in today's spelling, when the written one is no word and that one is (a
 * word of the lexicon, the slang map or the knowledge). A rule over any word, not a list of old forms.
 */
export function oldSpelling(w: string, isKnown: (w: string) => boolean): string | undefined {
  if (!OLD_LETTERS.test(w) || slang.has(w) || isStandardForm(w) || isEnglishWord(w) || isKnown(w))
    return undefined;
  // (dj first, kept apart from the j that becomes y: "djam" is jam, "rakjat" rakyat, "djalan" jalan.)
  const today = w
    .replace(/dj/g, "J")
    .replace(/tj/g, "c")
    .replace(/nj/g, "ny")
    .replace(/sj/g, "sy")
    .replace(/ch/g, "kh")
    .replace(/oe/g, "u")
    // (Not a first j, which today's abbreviations keep: "jatim" is Jawa Timur, not "yatim".)
    .replace(/(?<=.)j/g, "y")
    .replace(/J/g, "j");
  if (today === w || today.length < 3) return undefined;
  // A word of today's lexicon or the knowledge, not a colloquial form ("dijadiin" stays Jakarta "dijadikan").
  return slang.has(today) || isKnown(today) || isStandardForm(today) ? today : undefined;
}

/** A word with a possessive ending whose base only marks the question type ("pernyataannya" -> kata). */
function markerWithEnding(w: string): string[] | undefined {
  for (const end of ["nya", "ne"]) {
    if (w.length <= end.length + 3 || !w.endsWith(end)) continue;
    const mapped = slang.get(w.slice(0, -end.length))?.flatMap((d) => slang.get(d) ?? [d]);
    if (mapped?.length && mapped.every((m) => typeMarkers.has(m))) return mapped;
  }
  return undefined;
}

/**
 * A word the knowledge does not use, read through the thesaurus: a synonym that lists it back and
 * that only marks the question type (menyatakan -> mengatakan: "who said ..."). Synonyms of content
 * words are not read here: the thesaurus is loose (berakhir ~ pungkas, lahir ~ terbit), and reading
 * them turned declined out-of-scope questions into answers; the root is not a reading either
 * (kesehatan is not sehat). The engine may use `synonymsOf` where it can check the result.
 */
const generalReading = boundedMemo(
  (w): string | undefined =>
    w.length < 4 || outOfScopeWords.has(w) || !isRealWord(w)
      ? undefined
      : mutualSynonyms(w).find((x) => typeMarkers.has(x)),
  50_000,
);

/**
 * The noun of a Javanese possessive "-ne"/"-e" ("efeke" -> efek, "kulinere" -> kuliner) when the word is
 * not itself a real word and what is left is a form of the lexicon (or a slang word).
 */
export function javanesePossessive(w: string): string | undefined {
  if (w.length < 5 || !w.endsWith("e") || slang.has(w) || isStandardForm(w)) return undefined;
  for (const suffix of ["ne", "e"]) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length >= 3 && (isStandardForm(base) || (slang.get(base)?.length ?? 0) > 0)) return base;
    // A vowel-final Javanese root takes k before -e ("duweke" = duwe + k + e, like "dianakke").
    const bare = base.slice(0, -1);
    if (suffix === "e" && /[aiueo]k$/.test(base) && (slang.get(bare)?.length ?? 0) > 0) return bare;
  }
  return undefined;
}

/** Javanese suffixes of a passive verb, with the Indonesian suffix each stands for. */
const PASSIVE_SUFFIXES: [string, string][] = [
  ["akne", "kan"],
  ["ake", "kan"],
  ["kno", "kan"],
  ["ke", "kan"],
  ["no", "kan"],
  ["i", "i"],
  ["", ""],
];

/**
 * The passive di- over a one-word root of the Javanese glossary, with or without a Javanese suffix:
 * "dirembug" -> dibahas, "dirembugno" -> dibahaskan. Only a root the glossary explains is read.
 */
export function javanesePassive(w: string): string | undefined {
  if (w.length < 5 || !w.startsWith("di") || slang.has(w)) return undefined;
  for (const [suf, standard] of PASSIVE_SUFFIXES) {
    if (!w.endsWith(suf)) continue;
    const root = w.slice(2, w.length - suf.length);
    const mapped = root.length >= 3 ? slang.get(root) : undefined;
    if (mapped?.length === 1 && /^[a-z]+$/.test(mapped[0] as string)) return `di${mapped[0]}${standard}`;
  }
  return undefined;
}

/**
 * A prefix written without its "e" in chat ("brguna" -> berguna, "trjadi" -> terjadi, "mnjadi" ->
 * menjadi, "pmbangunan" -> pembangunan): the word is no standard form, the one with the e is.
 */
export function droppedPrefixVowel(w: string): string | undefined {
  if (w.length < 5 || !/^[bdkmpst][rmn]/.test(w) || slang.has(w) || isStandardForm(w)) return undefined;
  const full = `${w[0]}e${w.slice(1)}`;
  return isStandardForm(full) ? full : undefined;
}

/** Whether a word is a standard Indonesian form: a root or affixed form of the lexicon, or a team root. */
function isStandardForm(w: string): boolean {
  return rootWords.has(w) || derivations(w).length > 0;
}

/** Phrases by their first word, longest first, so joining looks only at phrases that can match. */
const phrasesByFirst = new Map<string, (typeof phrases)[number][]>();
for (const p of phrases) {
  const first = p.words[0] ?? "";
  phrasesByFirst.set(first, [...(phrasesByFirst.get(first) ?? []), p]);
}

/**
 * Javanese -ke/-ake/-akne/-kno/-no, Jakarta -in/-ein and the Javanese passive dipun-: dikuatke, nargetno,
 * disampein, diutamain,
 * ningkatin (tingkat), nyebutin (sebut), dipuntandatangani -> a form the knowledge knows.
 */
function colloquialVerb(w: string, isKnown: (w: string) => boolean): string | undefined {
  if (w.length <= 5) return undefined;
  if (w.startsWith("dipun") && isKnown(`di${w.slice(5)}`)) return `di${w.slice(5)}`;
  const m = /^(.*?)(akne|kne|kno|ake|ke|no|in)$/.exec(w);
  if (!m) return undefined;
  const stem = m[1] as string;
  const candidates = [`${stem}kan`, `${stem}i`, stem];
  // Javanese di-/ke- forms of a Javanese root: a vowel-final root takes k before -ke/-ake
  // ("dianakke" = di + ana + k + ke), and the root reads through the slang map (ana -> ada): diadakan.
  for (const s of /[aiueo]k$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem]) {
    const prefix = /^(di|ke)/.exec(s)?.[1];
    const root = prefix ? slang.get(s.slice(prefix.length)) : undefined;
    if (prefix && root?.length === 1) candidates.push(`${prefix}${root[0]}kan`, `${prefix}${root[0]}i`);
  }
  // Jakarta "-ein" for "-aikan": disampein -> disampaikan.
  if (stem.endsWith("e")) candidates.push(`${stem.slice(0, -1)}aikan`, `${stem.slice(0, -1)}ai`);
  // Jakarta active verbs carry a bare nasal: ngurus, nyebut, ningkat, mastiin.
  if (stem.startsWith("ng")) candidates.push(stem.slice(2), `k${stem.slice(2)}`);
  else if (stem.startsWith("ny")) candidates.push(`s${stem.slice(2)}`, `c${stem.slice(2)}`);
  else if (stem.startsWith("n")) candidates.push(`t${stem.slice(1)}`, stem.slice(1));
  else if (stem.startsWith("m")) candidates.push(`p${stem.slice(1)}`);
  return candidates.find((c) => c.length >= 3 && isKnown(c));
}

/**
 * A Javanese / Jakarta active verb with its bare nasal and no suffix ("ngirim", "nyebut", "mbangun",
 * "nulis") is the Indonesian me- form of the same nasal (mengirim, menyebut, membangun, menulis), read
 * so only when the word is no standard form itself ("nanti" is not "menanti") and the knowledge knows it.
 */
function bareNasalVerb(w: string, isKnown: (w: string) => boolean): string | undefined {
  if (w.length < 5 || !/^(ng|ny|m[bp]|n[a-z])/.test(w) || slang.has(w) || isStandardForm(w)) return undefined;
  const active = `me${w}`;
  return isKnown(active) ? active : undefined;
}

/** Longest run-together word that is segmented (a message's longest word is far shorter). */
const MAX_JOINED = 40;
/** At most this many words are read out of one run-together word. */
const MAX_PIECES = 6;
/**
 * Three-letter pieces a run-together chat message is made of besides question words: abbreviations of the
 * slang map that stand for a content word ("ttd", "tgl"), conjunctions and the possessive ("dan", "nya").
 */
const SHORT_PIECES = new Set(["dan", "nya", "yang", "atau", "sama", "karo"]);

/** Whether a piece of a word written joined is a word of its own (splitJoined). */
function isJoinedPiece(x: string, isKnown: (w: string) => boolean): boolean {
  return (
    (x.length >= 4 && (isKnown(x) || (slang.get(x)?.length ?? 0) > 0)) ||
    (x.length >= 3 && questionWords.has(slang.get(x)?.[0] ?? x)) ||
    (x.length === 3 && (SHORT_PIECES.has(x) || (slang.get(x)?.[0]?.length ?? 0) >= 6))
  );
}

/**
 * Words typed without spaces ("kerjasamamadiun" -> kerjasama madiun, "sopowalkotmadiun" -> siapa
 * walikota madiun): the fewest pieces, by dynamic programming over the word, such that EVERY piece is a
 * word the pipeline knows (the knowledge's vocabulary, a slang or Javanese word, or a question word).
 * Pieces are at least four letters (three for a question word, a conjunction or a slang abbreviation of
 * a longer word: "ttdnyadimanadankapan"), so a name no resource explains is never cut into syllables; a
 * real word of the lexicon is never split.
 */
export function splitJoined(w: string, isKnown: (w: string) => boolean): string[] | undefined {
  if (w.length < 8 || w.length > MAX_JOINED || !/^[a-z]+$/.test(w) || isRealWord(w)) return undefined;
  // best[i]: the fewest pieces covering w[0..i), with where the last piece starts.
  const best: { n: number; from: number }[] = [{ n: 0, from: -1 }];
  for (let i = 1; i <= w.length; i++) {
    for (let j = Math.max(0, i - MAX_JOINED); j <= i - 3; j++) {
      const before = best[j];
      if (!before || before.n >= MAX_PIECES || !isJoinedPiece(w.slice(j, i), isKnown)) continue;
      const current = best[i];
      if (!current || before.n + 1 < current.n) best[i] = { n: before.n + 1, from: j };
    }
  }
  const end = best[w.length];
  if (!end || end.n < 2) return undefined;
  const pieces: string[] = [];
  for (let i = w.length; i > 0; i = (best[i] as { from: number }).from)
    pieces.unshift(w.slice(best[i]?.from, i));
  return pieces.flatMap((x) => slang.get(x) ?? [x]);
}

/** Words after "satu" that make it a quantity or an idiom, not an ordinal ("satu lagi", "satu per satu"). */
const AFTER_QUANTITY = new Set(["lagi", "saja", "aja", "per", "pun", "kali", "dua", "sama", "nya"]);

/**
 * "Prioritas SATU", "juara siji": "satu" right after a noun is the ordinal "nomor satu" (a quantity comes
 * before its noun: "satu sektor"), when nothing but a closed-class word follows it. For questions (the
 * knowledge's "nomor satu" is joined by the phrase list); returns the tokens unchanged when none applies.
 */
export function ordinalOne(tokens: string[]): string[] {
  const at = tokens.findIndex(
    (t, i) =>
      t === "satu" &&
      i > 0 &&
      !AFTER_QUANTITY.has(tokens[i + 1] ?? "") &&
      (tokens[i + 1] === undefined || wordClassOf(tokens[i + 1] as string) !== "content") &&
      isNoun(tokens[i - 1] as string),
  );
  if (at < 0) return tokens;
  return [...tokens.slice(0, at), "nomorsatu", ...tokens.slice(at + 1)];
}

/** A noun of the thesaurus that counts nothing itself (not a unit of time or a number word). */
function isNoun(w: string): boolean {
  return (
    /^[a-z]{3,}$/.test(w) &&
    !NUMBER_WORDS.has(w) &&
    !ORDINAL_UNITS.has(w) &&
    partsOfSpeech(w).includes("n") &&
    wordClassOf(w) === "content"
  );
}
/** Units a number counts ("hari satu" is no ordinal to read here: dates and times have their own stages). */
const ORDINAL_UNITS = new Set(["hari", "minggu", "bulan", "tahun", "jam", "menit", "detik", "orang", "kali"]);

/** Digit words (satu … sembilan) and their values. */
export const UNITS: Readonly<Record<string, number>> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...["puluh", "ratus", "ribu", "belas", "sepuluh", "sebelas", "seratus", "seribu"],
]);

/**
 * Numbers written as words become digits when they are clearly a number ("dua ribu dua puluh enam" ->
 * 2026, "seratus" -> 100, colloquial "dua ribu dua lima" -> 2025). A lone "satu" stays a word.
 */
const isNum = (t: string | undefined): boolean =>
  t !== undefined &&
  (t in UNITS || /^(se)?(puluh|ratus|ribu|belas)$/.test(t) || t === "sepuluh" || t === "sebelas");
const isScaled = (t: string): boolean => /(puluh|ratus|ribu|belas|sebelas)$/.test(t);

export function numberWords(words: string[]): string[] {
  if (!words.some((w) => NUMBER_WORDS.has(w))) return words;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && isNum(words[j])) j++;
    const run = words.slice(i, j);
    const scaled = run.some(isScaled);
    if (run.length === 0) {
      out.push(words[i] as string);
      i++;
      continue;
    }
    if (!scaled && run.length < 2) {
      out.push(...run);
      i = j;
      continue;
    }
    out.push(String(parseNumber(run)));
    i = j;
  }
  return out;
}

function parseNumber(run: string[]): number {
  // "dua ribu dua lima": thousands then two bare digits is how people say a year.
  if (run.length === 4 && run[1] === "ribu" && run.slice(2).every((t) => t in UNITS)) {
    return (
      (UNITS[run[0] as string] ?? 1) * 1000 +
      (UNITS[run[2] as string] ?? 0) * 10 +
      (UNITS[run[3] as string] ?? 0)
    );
  }
  // A digit word multiplies only the scale right after it: "seratus dua puluh" is 100 + 2 x 10 (not
  // (100 + 2) x 10); "ribu" multiplies everything below a thousand before it.
  let total = 0;
  let current = 0;
  let digit = 0;
  for (const t of run) {
    if (t in UNITS) digit += UNITS[t] as number;
    else if (t === "sepuluh") current += 10;
    else if (t === "sebelas") current += 11;
    else if (t.endsWith("belas")) {
      current += 10 + digit;
      digit = 0;
    } else if (t.endsWith("puluh")) {
      current += (digit || 1) * 10;
      digit = 0;
    } else if (t.endsWith("ratus")) {
      current += (t === "seratus" ? 1 : digit || 1) * 100;
      digit = 0;
    } else if (t.endsWith("ribu")) {
      total += (t === "seribu" ? 1 : current + digit || 1) * 1000;
      current = 0;
      digit = 0;
    }
  }
  return total + current + digit;
}

/**
 * Whether a written word is a chat spelling of a phrase's word: its vowels dropped ("tnda" for tanda,
 * "tngn" for tangan: the same first letter, the consonants in order) and not itself a real word.
 */
export function isDroppedVowels(written: string, word: string): boolean {
  if (written.length < 2 || written.length >= word.length || written[0] !== word[0]) return false;
  let k = 0;
  for (const c of word) {
    if (k < written.length && written[k] === c) k++;
    else if (!"aeiou".includes(c)) return false;
  }
  return k === written.length && !slang.has(written) && !isRealWord(written);
}

/** Phrases by the consonants of their first word, for phrases written without vowels. */
const phrasesBySkeleton = new Map<string, (typeof phrases)[number][]>();
for (const p of phrases) {
  const key = (p.words[0] ?? "").replace(/[aeiou]/g, "");
  if (key.length >= 2) phrasesBySkeleton.set(key, [...(phrasesBySkeleton.get(key) ?? []), p]);
}

/** The phrases whose first word has the consonants of `w` (most words have none); memoised per word. */
const phrasesOfSkeleton = boundedMemo((w) => phrasesBySkeleton.get(w.replace(/[aeiou]/g, "")), 50_000);

/** The phrase starting at word i: as written, else with its words' vowels dropped (each at least once). */
function phraseAt(words: string[], i: number): (typeof phrases)[number] | undefined {
  const w = words[i] as string;
  const exact = phrasesByFirst.get(w)?.find((p) => p.words.every((pw, k) => words[i + k] === pw));
  return exact ?? possessedPhraseAt(words, i) ?? droppedVowelPhraseAt(words, i);
}

/**
 * The phrase starting at word i whose last word carries a possessive ending ("nomor satunya", "ulang
 * tahune", "balai kotane"): the ending belongs to the whole phrase, which reads as the phrase.
 */
function possessedPhraseAt(words: string[], i: number): (typeof phrases)[number] | undefined {
  const w = words[i] as string;
  return phrasesByFirst.get(w)?.find(
    (p) =>
      p.words.length > 1 &&
      p.words.every((pw, k) => {
        const t = words[i + k];
        if (k < p.words.length - 1) return t === pw;
        return (
          t !== undefined && (t === `${pw}nya` || t === `${pw}ne` || (/[^aiueo]$/.test(pw) && t === `${pw}e`))
        );
      }),
  );
}

/** The phrase starting at word i with some of its words written without vowels ("tnda tngn"). */
function droppedVowelPhraseAt(words: string[], i: number): (typeof phrases)[number] | undefined {
  const w = words[i] as string;
  const bySkeleton = phrasesOfSkeleton(w);
  return bySkeleton?.find(
    (p) =>
      p.words.some((pw, k) => words[i + k] !== pw) &&
      p.words.every((pw, k) => {
        const t = words[i + k];
        return t !== undefined && (t === pw || isDroppedVowels(t, pw));
      }),
  );
}

function joinPhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // "awal 2027", "awal tahun 2027": the start of a year is the day a count to that year counts to (1
    // January), so the year alone says it. ("akhir 2027" is another day and stays as written.)
    if (words[i] === "awal" && isYearStart(words, i + 1)) {
      i++;
      continue;
    }
    const rank = rankAskedAt(words, i);
    if (rank) {
      out.push(words[i] as string, "keberapa");
      i += rank;
      continue;
    }
    const match = phraseAt(words, i);
    if (match) {
      out.push(match.token);
      i += match.words.length;
    } else {
      out.push(words[i] as string);
      i++;
    }
  }
  return out;
}

/** Nouns of a rank ("PRIORITAS nomor berapa", "URUTAN nomor berapa"): after one, a number asked is a rank. */
const RANK_NOUNS: ReadonlySet<string> = new Set([
  "prioritas",
  "urutan",
  "peringkat",
  "ranking",
  "rangking",
  "posisi",
  "juara",
  "prioritasnya",
  "urutannya",
  "peringkatnya",
  "prioritase",
  "urutane",
]);

/**
 * "Ekonomi PRIORITAS nomor berapa?", "prioritas no brp": a number asked right after a noun of a rank asks the
 * rank ("keberapa"); "nomor berapa" alone also asks a telephone number ("telpon nomer piro?") and stays.
 * Returns how many words from i are read so (the rank noun, "nomor", "[ke] berapa"), else 0.
 */
function rankAskedAt(words: readonly string[], i: number): number {
  if (!RANK_NOUNS.has(words[i] as string) || words[i + 1] !== "nomor") return 0;
  const next = words[i + 2];
  if (next === "berapa" || next === "keberapa") return 3;
  return next === "ke" && words[i + 3] === "berapa" ? 4 : 0;
}

/** Whether a year follows at i ("2027", "tahun 2027", "taun 2027"). */
function isYearStart(words: string[], i: number): boolean {
  return isYear(words[i]) || (["tahun", "taun", "thn"].includes(words[i] ?? "") && isYear(words[i + 1]));
}

function isYear(w: string | undefined): boolean {
  return w !== undefined && /^(19|20)\d\d$/.test(w);
}

/** Words with doubled letters collapsed once ("kerjaa" -> "kerja"), for a second look-up. */
export function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1/gu, "$1");
}

/**
 * Whether `standardize` may read this (already mapped) word together with its neighbours: it starts a
 * multi-word phrase or is a number word. Words without such a word standardize the same on their own.
 */
/** Tokens `joinNeighbours` may read together from one token on: the longest phrase (a number run of two
 *  or more words always changes). A window this long that comes out unchanged joins nothing at its start. */
export const JOIN_WINDOW = Math.max(2, ...mapPacked(phrases, (p) => p.words.length));

/**
 * Whether `joinNeighbours` reads token i together with the tokens after it: a phrase starts there, or a
 * number in words does (two number words, or one with a scale like "ratus"). Allocates nothing.
 */
export function joinsFrom(tokens: readonly string[], i: number): boolean {
  const w = tokens[i] as string;
  if (phraseAt(tokens as string[], i) || rankAskedAt(tokens, i)) return true;
  return isNum(w) && (isScaled(w) || isNum(tokens[i + 1]));
}

export function joinsNeighbours(word: string): boolean {
  return (
    phrasesByFirst.has(word) ||
    NUMBER_WORDS.has(word) ||
    RANK_NOUNS.has(word) ||
    phrasesOfSkeleton(word) !== undefined
  );
}
