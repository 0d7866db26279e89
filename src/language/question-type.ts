import type { QuestionType } from "../knowledge/types.js";

const has = (tokens: string[], ...words: string[]) => words.some((w) => tokens.includes(w));
const follows = (tokens: string[], first: string[], second: string[], window = 2) =>
  tokens.some(
    (t, i) => first.includes(t) && tokens.slice(i + 1, i + 1 + window).some((u) => second.includes(u)),
  );

const TIME_UNITS = ["hari", "bulan", "minggu", "pekan"];
const QUOTE_WORDS = [
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
];

/** Words that make the unit of time after them a rate ("per tahun", "setiap bulan"). */
const RATE: ReadonlySet<string> = new Set(["per", "setiap", "tiap"]);

/**
 * The kinds of answer a question asks for, most specific first, from standardized tokens (after the
 * slang map and phrase joining, before stop-word removal). Empty when nothing marks the type.
 */
export function detectQuestionTypes(tokens: string[]): QuestionType[] {
  const types: QuestionType[] = [];
  const add = (t: QuestionType) => {
    if (!types.includes(t)) types.push(t);
  };
  const berapa = has(tokens, "berapa", "berapalama");
  // "Berapa biaya ... PER TAHUN?": a unit of time after per/setiap/tiap is a rate, not the time asked.
  const timed = tokens.filter((_, i) => !RATE.has(tokens[i - 1] ?? ""));
  if (
    has(tokens, "berapalama") ||
    (berapa && (has(timed, ...TIME_UNITS) || has(tokens, "lalu", "sejak", "lagi", "lama"))) ||
    (has(tokens, "sejak") && has(tokens, "sudah", "lama"))
  ) {
    add("relative");
  }
  if (
    has(tokens, "kapan", "tanggal", "tgl") ||
    // "harinya?", "tanggale?": the day of the thing asked about (not "berapa harinya", a count).
    (has(tokens, "harinya", "tanggalnya", "tanggale", "dinane") && !berapa) ||
    follows(tokens, ["hari", "bulan", "tahun"], ["apa", "berapa", "apasaja"], 1) ||
    follows(tokens, ["apa", "pada"], ["hari", "bulan"], 1) ||
    (has(timed, "tahun") && berapa)
  ) {
    add("date");
  }
  if (
    has(tokens, "dimana", "lokasi", "tempat", "gedung") ||
    follows(
      tokens,
      ["kota", "balaikota", "daerah", "jalan", "kelurahan", "kecamatan", "desa"],
      ["mana", "apa"],
      1,
    )
  ) {
    // "Pemkot endi?", "pemerintah kota mana?": which government, a "who" question, not a place.
    const which = tokens.some(
      (t, i) =>
        t === "mana" &&
        (["pemkot", "pemda", "pemkab"].includes(tokens[i - 1] ?? "") ||
          (tokens[i - 1] === "kota" && tokens[i - 2] === "pemerintah")),
    );
    add(which ? "person" : "place");
  }
  // "Vinanda itu walikota mana?" asks who the person is, not where something happened.
  if (follows(tokens, ["walikota"], ["mana"], 1)) add("definition");
  if (has(tokens, "siapa")) add("person");
  // "Dinas apa yang mengadakan ...?", "instansi mana?": which office or organisation, a "siapa" question.
  if (follows(tokens, ["dinas", "instansi", "lembaga", "badan", "kantor", "organisasi"], ["apa", "mana"], 1))
    add("person");
  const amountAsked = tokens.some(
    (t, i) =>
      t === "berapa" &&
      !["tanggal", "tahun", "hari", "bulan", "jam", "pukul"].includes(tokens[i - 1] ?? "") &&
      !["hari", "bulan", "minggu", "pekan", "tahun", "lama", "lalu", "lagi"].includes(tokens[i + 1] ?? ""),
  );
  if (amountAsked && !types.includes("relative") && !types.includes("date")) add("amount");
  // "Jumlah peserta?": a count asked without "berapa".
  if (has(tokens, "jumlah", "jumlahnya") && !types.length) add("amount");
  if (
    has(tokens, "kenapa", "mengapa", "alasan", "alasannya", "sebab") ||
    // "penting KARENA APA?", "gara-gara apa": the cause asked with a conjunction of cause.
    follows(tokens, ["karena", "krn", "soale", "gara"], ["apa"], 1)
  )
    add("reason");
  if (
    has(tokens, ...QUOTE_WORDS) ||
    tokens.some((t) => t.startsWith("pernyataan") || t.startsWith("kutipan"))
  )
    add("quote");
  if (
    tokens.some(
      (t) => t.startsWith("target") || t === "menargetkan" || t === "ditargetkan" || t === "sasaran",
    )
  )
    add("target");
  if (has(tokens, "tujuan", "tujuannya", "untukapa", "maksud", "bertujuan")) add("purpose");
  if (tokens.some((t) => /^(manfaat|harap|dampak|untung|keuntungan|faedah)/.test(t) || t === "diharapkan"))
    add("benefit");
  if (
    has(tokens, "apasaja", "manasaja") ||
    follows(tokens, ["sektor", "bidang", "program"], ["apa", "apasaja", "mana", "manasaja"], 1)
  )
    add("list");
  if (has(tokens, "apaitu") || (tokens[0] === "siapa" && tokens.length <= 3)) add("definition");
  const last = tokens[tokens.length - 1];
  if (
    tokens[0] === "apakah" ||
    last === "tidak" ||
    last === "bukan" ||
    has(tokens, "benarkah", "betulkah") ||
    follows(tokens, ["apa"], ["benar", "bener", "betul", "iya"], 1)
  ) {
    add("yesno");
  }
  return types;
}

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
