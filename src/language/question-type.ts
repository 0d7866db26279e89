import type { QuestionType } from "../knowledge/types.js";

import { questionWords } from "./lexicon.js";
import { boundedMemo } from "./memo.js";

/** A set of words, for the look-ups below (questions are read many times a second). */
const set = (...words: string[]): ReadonlySet<string> => new Set(words);
/** A few words, each looked up in a question's set of tokens. */
const list = (...words: string[]): readonly string[] => words;
/** Whether one of `words` is among the tokens (a set of them, made once per question). */
const has = (tokens: ReadonlySet<string>, words: readonly string[]): boolean => {
  for (const w of words) if (tokens.has(w)) return true;
  return false;
};
/** Whether a word of `first` is followed, within `window` tokens, by a word of `second`. */
const follows = (
  tokens: readonly string[],
  first: ReadonlySet<string>,
  second: ReadonlySet<string>,
  window = 2,
) => {
  for (let i = 0; i < tokens.length; i++) {
    if (!first.has(tokens[i] as string)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + window); k++)
      if (second.has(tokens[k] as string)) return true;
  }
  return false;
};

const TIME_UNITS = set("hari", "bulan", "minggu", "pekan");
const QUOTE_WORDS = list(
  "kata",
  "katanya",
  "ujar",
  "ucap",
  "pesan",
  "sampaikan",
  "menyampaikan",
  "disampaikan",
  "tanggap",
  "menurut",
  "kutip",
  "dikatakan",
  "mengatakan",
  "berkata",
  // Verbs of saying with a stress of their own ("who EMPHASIZED tourism development", "siapa yang
  // MENEKANKAN ..."): they ask for what someone said, as "menyampaikan" does. ("Menegaskan" stays a content
  // word: "memastikan" is read as it, and "memastikan siapa wali kota" asks no quote.)
  "menekankan",
  "ditekankan",
  "menyatakan",
  "dinyatakan",
  "mengungkapkan",
  "diungkapkan",
);

/** Words that make the unit of time after them a rate ("per tahun", "setiap bulan"). */
const RATE: ReadonlySet<string> = new Set(["per", "setiap", "tiap"]);
/** Whether a token of `words` stands where no rate word comes right before it ("per tahun" is a rate). */
const hasTimed = (tokens: readonly string[], words: ReadonlySet<string>): boolean =>
  tokens.some((t, i) => words.has(t) && !RATE.has(tokens[i - 1] ?? ""));

const BERAPA = list("berapa", "berapalama");
const BERAPALAMA = list("berapalama");
const COUNTED_FROM = list("lalu", "sejak", "lagi", "lama");
const SEJAK = list("sejak");
const SUDAH_LAMA = list("sudah", "lama");
const WHEN = list("kapan", "tanggal", "tgl");
const DAY_OF = list("harinya", "tanggalnya", "tanggale", "dinane");
const DAY_UNITS = set("hari", "bulan", "tahun");
const WHICH_DAY = set("apa", "berapa", "apasaja");
const APA_PADA = set("apa", "pada");
const HARI_BULAN = set("hari", "bulan");
const TAHUN = set("tahun");
const WHERE = list("dimana", "lokasi", "tempat", "gedung");
const PLACE_NOUNS = set("kota", "balaikota", "daerah", "jalan", "kelurahan", "kecamatan", "desa");
const MANA_APA = set("mana", "apa");
const GOVERNMENTS = set("pemkot", "pemda", "pemkab");
const WALIKOTA = set("walikota");
const MANA = set("mana");
const SIAPA = list("siapa");
const OFFICE_NOUNS = set("dinas", "instansi", "lembaga", "badan", "kantor", "organisasi");
const DATE_BEFORE_BERAPA = set("tanggal", "tahun", "hari", "bulan", "jam", "pukul");
const UNIT_AFTER_BERAPA = set("hari", "bulan", "minggu", "pekan", "tahun", "lama", "lalu", "lagi");
const JUMLAH = list("jumlah", "jumlahnya");
// ("Apa yang MELATARBELAKANGI kerja sama ...?", "latar belakangnya apa": its background is why it was made.)
/** Words after "hari" that make a day of their own ("hari INI", "hari KERJA", "hari RAYA", "hari H"). */
const DAY_NAMED_AFTER = set(
  ...["ini", "itu", "iki", "iku", "kerja", "libur", "raya", "besar", "lahir", "jadi", "h", "minggu"],
  ...["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ahad", "pertama", "kedua", "terakhir"],
);
/** Words asking whether something has come ("SUDAH ... belum?"). */
const ALREADY = set("sudah", "telah");
const WHY = list(
  "kenapa",
  "mengapa",
  "alasan",
  "alasannya",
  "sebab",
  "latarbelakang",
  "latarbelakangnya",
  "melatarbelakangi",
  "dilatarbelakangi",
);
const BECAUSE = set("karena", "krn", "soale", "gara");
const APA = set("apa");
const PURPOSE = list("tujuan", "tujuannya", "untukapa", "maksud", "bertujuan");
const BENEFIT = /^(manfaat|harap|dampak|untung|keuntungan|faedah)/;
const ALL_OF = list("apasaja", "manasaja");
const LISTED = set("sektor", "bidang", "program");
const WHICH_OF = set("apa", "apasaja", "mana", "manasaja");
const APAITU = list("apaitu");
const TRULY = list("benarkah", "betulkah");
const TRUE = set("benar", "bener", "betul", "iya");
/** Adverbs of time a tag question may end with after its "nggak" ("ada acaranya nggak NANTI?"). */
const TAIL_TIME = set("nanti", "mengko", "besok", "kelak", "sekarang", "saiki", "kini", "now");

/** Adds a kind of answer to the list once (detectQuestionTypes). */
function addType(types: QuestionType[], t: QuestionType): void {
  if (!types.includes(t)) types.push(t);
}

/**
 * The kinds of answer a question asks for, most specific first, from standardized tokens (after the
 * slang map and phrase joining, before stop-word removal). Empty when nothing marks the type.
 */
export function detectQuestionTypes(tokens: readonly string[]): QuestionType[] {
  const types: QuestionType[] = [];
  const words = new Set(tokens);
  const berapa = has(words, BERAPA);
  // "Berapa biaya ... PER TAHUN?": a unit of time after per/setiap/tiap is a rate, not the time asked.
  if (
    has(words, BERAPALAMA) ||
    (berapa && (hasTimed(tokens, TIME_UNITS) || has(words, COUNTED_FROM))) ||
    (has(words, SEJAK) && has(words, SUDAH_LAMA))
  ) {
    addType(types, "relative");
  }
  if (
    has(words, WHEN) ||
    // "harinya?", "tanggale?": the day of the thing asked about (not "berapa harinya", a count).
    (has(words, DAY_OF) && !berapa) ||
    // "HARI ttd?": a message opening with "hari" before the thing it names, asking with no question word,
    // asks that thing's day ("hari ini", "hari kerja", "hari raya" name a day of their own).
    (tokens[0] === "hari" &&
      tokens.length >= 2 &&
      !DAY_NAMED_AFTER.has(tokens[1] as string) &&
      !tokens.some((t) => questionWords.has(t) || /\d/.test(t))) ||
    follows(tokens, DAY_UNITS, WHICH_DAY, 1) ||
    follows(tokens, APA_PADA, HARI_BULAN, 1) ||
    (hasTimed(tokens, TAHUN) && berapa)
  ) {
    addType(types, "date");
  }
  if (has(words, WHERE) || follows(tokens, PLACE_NOUNS, MANA_APA, 1)) {
    // "Pemkot endi?", "pemerintah kota mana?": which government, a "who" question, not a place.
    const which = tokens.some(
      (t, i) =>
        t === "mana" &&
        (GOVERNMENTS.has(tokens[i - 1] ?? "") ||
          (tokens[i - 1] === "kota" && tokens[i - 2] === "pemerintah")),
    );
    addType(types, which ? "person" : "place");
  }
  // "Vinanda itu walikota mana?" asks who the person is, not where something happened.
  if (follows(tokens, WALIKOTA, MANA, 1)) addType(types, "definition");
  if (has(words, SIAPA)) addType(types, "person");
  // "Dinas apa yang mengadakan ...?", "instansi mana?": which office or organisation, a "siapa" question.
  if (follows(tokens, OFFICE_NOUNS, MANA_APA, 1)) addType(types, "person");
  const amountAsked = tokens.some(
    (t, i) =>
      t === "berapa" &&
      !DATE_BEFORE_BERAPA.has(tokens[i - 1] ?? "") &&
      !UNIT_AFTER_BERAPA.has(tokens[i + 1] ?? ""),
  );
  if (amountAsked && !types.includes("relative") && !types.includes("date")) addType(types, "amount");
  // "Jumlah peserta?": a count asked without "berapa".
  if (has(words, JUMLAH) && !types.length) addType(types, "amount");
  if (
    has(words, WHY) ||
    // "penting KARENA APA?", "gara-gara apa": the cause asked with a conjunction of cause.
    follows(tokens, BECAUSE, APA, 1)
  )
    addType(types, "reason");
  if (asksQuote(tokens, words)) addType(types, "quote");
  if (
    tokens.some(
      (t) => t.startsWith("target") || t === "menargetkan" || t === "ditargetkan" || t === "sasaran",
    )
  )
    addType(types, "target");
  if (has(words, PURPOSE)) addType(types, "purpose");
  if (tokens.some((t) => BENEFIT.test(t) || t === "diharapkan")) addType(types, "benefit");
  if (has(words, ALL_OF) || follows(tokens, LISTED, WHICH_OF, 1)) addType(types, "list");
  if (has(words, APAITU) || (tokens[0] === "siapa" && tokens.length <= 3)) addType(types, "definition");
  // (A tag "nggak" may be followed by when: "ada acara peringatannya nggak nanti" asks yes or no.)
  let end = tokens.length - 1;
  while (end > 0 && TAIL_TIME.has(tokens[end] as string)) end--;
  const last = tokens[end];
  if (
    tokens[0] === "apakah" ||
    last === "tidak" ||
    last === "bukan" ||
    has(words, TRULY) ||
    follows(tokens, APA, TRUE, 1) ||
    // "udah 3 bulan BELUM sih ...?": "sudah ... belum" asks yes or no, with no question word of its own.
    (words.has("belum") &&
      tokens.findIndex((t) => ALREADY.has(t)) >= 0 &&
      tokens.findIndex((t) => ALREADY.has(t)) < tokens.lastIndexOf("belum") &&
      !tokens.some((t) => questionWords.has(t)))
  ) {
    addType(types, "yesno");
  }
  return types;
}

/**
 * Whether the tokens ask for something said (`detectQuestionTypes(tokens).includes("quote")`, without
 * reading the other types). `words`: the tokens as a set, when the caller has made one.
 */
export function asksQuote(tokens: readonly string[], words: ReadonlySet<string> = new Set(tokens)): boolean {
  if (tokens.some((t) => t.startsWith("pernyataan") || t.startsWith("kutipan"))) return true;
  if (!has(words, QUOTE_WORDS)) return false;
  // "... menurut BERITA?" names where the asker read it, not words someone said.
  return tokens.some(
    (t, i) => QUOTE_WORDS.includes(t) && !(t === "menurut" && REPORT_WORDS.has(tokens[i + 1] ?? "")),
  );
}

/** Words for the news report itself ("menurut berita", "menurut artikel itu", "dalam berita"). */
export const REPORT_WORDS: ReadonlySet<string> = new Set([
  "berita",
  "beritanya",
  "artikel",
  "sumber",
  "media",
  "liputan",
  "laporan",
  "tulisan",
  "koran",
  "pemberitaan",
  "pemberitaannya",
  "artikelnya",
  "kabar",
  "kabarnya",
]);

/**
 * The kinds of answer one word names on its own (`detectQuestionTypes([word])`), memoised: the engine asks
 * this of every content word of a question, often several times. The array is shared: read it only.
 */
export const wordTypes: (word: string) => readonly QuestionType[] = boundedMemo(
  (word) => detectQuestionTypes([word]),
  50_000,
);

/** The casual "you" after "menurut"/"pendapat" ("menurut kamu"), and the words that carry it ("menurutmu"). */
const CASUAL_YOU = new Set(["kamu", "km", "kau", "awakmu", "koen", "kon", "lu", "lo", "loe", "elu", "bot"]);
const YOUR_VIEW = new Set(["menurutmu", "pendapatmu", "menurutnyamu", "opinimu"]);

/**
 * Whether a question asks the bot's own view ("menurutmu bakal berhasil gak?", "menurut Anda apakah akan
 * sukses?") rather than what the source says. `wh`: the question asks a fact of its own (when, where,
 * who...): "menurut kamu kapan diteken?" is only a casual way to ask the date.
 */
export function asksOpinion(tokens: string[], wh: boolean): boolean {
  if (wh) return false;
  const english = tokens.some((t, i) => (t === "you" && tokens[i + 1] === "think") || t === "opinion");
  const casual =
    english ||
    tokens.some(
      (t, i) =>
        YOUR_VIEW.has(t) || ((t === "menurut" || t === "kata") && CASUAL_YOU.has(tokens[i + 1] ?? "")),
    );
  if (casual) return true;
  // "Menurut Anda" is also a polite way to ask a fact: only a prediction is an opinion there.
  const polite = tokens.some((t, i) => (t === "menurut" || t === "kata") && tokens[i + 1] === "anda");
  return polite && tokens.includes("akan");
}
