/**
 * The knowledge model: what staff write in `knowledge/*.yaml`, after loading and validation.
 * One name for one thing: a knowledge item is an `entry` everywhere (index, logs, tests).
 */

/** Question types the engine recognises; an entry lists the ones it can answer. */
export const QUESTION_TYPES = [
  "date", // kapan, tanggal berapa, hari apa
  "relative", // berapa hari yang lalu, sudah berapa lama, berapa hari lagi
  "place", // di mana, lokasi, kota mana
  "person", // siapa
  "list", // apa saja, sektor apa
  "reason", // kenapa, mengapa, alasan
  "quote", // apa kata, pernyataan, kutipan
  "target", // target, menargetkan
  "purpose", // tujuan, untuk apa
  "benefit", // manfaat, harapan, dampak
  "definition", // apa itu, siapa X (who is)
  "yesno", // apakah ... termasuk
  "amount", // berapa nilai / jumlah / anggaran
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * One line per answer type, in Indonesian, with a question it answers: shown to staff when they write an
 * unknown type, and the same text as the knowledge file's header.
 */
export const QUESTION_TYPE_HELP: Record<QuestionType, string> = {
  date: 'tanggal/waktu: "kapan?", "tanggal berapa?", "hari apa?"',
  relative: 'selang waktu: "sudah berapa hari sejak ...?", "berapa hari lagi?"',
  place: 'tempat: "di mana?", "lokasinya?", "kota mana?"',
  person: 'orang, kantor atau lembaga: "siapa?", "siapa penyelenggaranya?"',
  list: 'daftar: "apa saja?", "sektor apa saja?"',
  reason: 'alasan: "kenapa?", "mengapa?"',
  quote: 'kutipan: "apa kata ...?", "bagaimana pernyataannya?"',
  target: 'target: "apa targetnya?", "target 2027?"',
  purpose: 'tujuan: "untuk apa?", "tujuannya apa?"',
  benefit: 'manfaat: "apa manfaatnya bagi warga?", "dampaknya?"',
  definition: 'penjelasan: "apa itu ...?", "siapa ... itu?", "jelaskan ..."',
  yesno: 'ya/tidak: "apakah ... termasuk?", "benar diteken di Kediri?"',
  amount: 'jumlah/angka: "berapa harganya?", "berapa jumlah peserta?", "piro?"',
};

export interface Source {
  id: string;
  outlet: string;
  title?: string;
  /** Publication date (YYYY-MM-DD), only when the report gives one. */
  date?: string;
  url?: string;
  note?: string;
}

export interface Person {
  name: string;
  office: string;
  /** Key of the organisation/city the person speaks for, e.g. "madiun". */
  party?: string;
}

export interface Quote {
  text: string;
  speaker: string;
  office: string;
  /** ISO date the words were spoken, only when the source gives one. */
  date?: string;
}

export interface DateFact {
  /** What happened on that date, e.g. "penandatanganan". */
  label: string;
  date: string;
}

export interface TargetFact {
  what: string;
  year: number;
  /**
   * Key of the party that owns the target ("madiun"), the keys of the parties that share it
   * (["madiun", "kediri"]), or absent when the source does not say whose target it is.
   */
  owner?: string | string[];
}

/** The keys of a target's owners (none when the source does not say). */
export function targetOwners(t: TargetFact): string[] {
  return t.owner === undefined ? [] : typeof t.owner === "string" ? [t.owner] : t.owner;
}

/** A number staff state once (a price, a count, a length): `{label}` in an answer shows it. */
export interface NumberFact {
  label: string;
  value: number | string;
  /** Shown after the value, e.g. "rupiah", "peserta". */
  unit?: string;
}

export interface EntryFacts {
  dates: DateFact[];
  places: string[];
  people: Person[];
  sectors: string[];
  targets: TargetFact[];
  /** Numbers (answer "berapa" questions). */
  numbers?: NumberFact[];
  /** Offices and organisations (a department as organiser): answer "siapa" questions. */
  organisations?: string[];
  /** Years this entry has facts for (derived from dates and targets plus any listed). */
  years: number[];
}

export interface Entry {
  id: string;
  topic: string;
  answer: string;
  questions: string[];
  keywords: string[];
  answers: QuestionType[];
  /**
   * Parties (keys from `parties`) this entry is specifically about. When set, a question that names
   * only other parties is not answered from this entry (e.g. the 2027 target is Madiun's).
   */
  about: string[];
  facts: EntryFacts;
  quotes: Quote[];
  related: string[];
  /**
   * Questions this entry may take over from another entry or from the must-decline list (`izinkan:` in
   * the file): the behaviour check then reports the move as intended instead of as an error.
   */
  allow?: string[];
  source: Source;
  /** Where the entry starts, for messages to staff. */
  location: { file: string; line: number };
}

/** A party the knowledge knows: a city government, with the words citizens use for it. */
export interface Party {
  key: string;
  name: string;
  aliases: string[];
}

/** A question that must stay declined (`tolak:` in any knowledge file, normally knowledge/tolak.yaml). */
export interface MustDecline {
  question: string;
  file: string;
  line: number;
}

export interface Knowledge {
  entries: Entry[];
  parties: Party[];
  sources: Source[];
  /** Example questions shown on /start and in declines. */
  examples: string[];
  /** Questions the bot must keep declining (the behaviour check asks them on every change). */
  mustDecline?: MustDecline[];
  /** sha256 of the files' contents, short. */
  version: string;
  files: string[];
}
