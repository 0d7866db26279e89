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

export interface Source {
  id: string;
  outlet: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) as given by staff; absent when the article gives none. */
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
  /** ISO date the words were spoken. */
  date: string;
}

export interface DateFact {
  /** What happened on that date, e.g. "penandatanganan". */
  label: string;
  date: string;
}

export interface TargetFact {
  what: string;
  year: number;
  /** Key of the party that owns the target, e.g. "madiun". */
  owner: string;
}

export interface EntryFacts {
  dates: DateFact[];
  places: string[];
  people: Person[];
  sectors: string[];
  targets: TargetFact[];
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

export interface Knowledge {
  entries: Entry[];
  parties: Party[];
  sources: Source[];
  /** Example questions shown on /start and in declines. */
  examples: string[];
  /** sha256 of the files' contents, short. */
  version: string;
  files: string[];
}
