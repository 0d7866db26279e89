import type { Entry, Knowledge, QuestionType } from "../knowledge/types.js";

/**
 * What the knowledge holds, looked up for one question: the question types an entry answers, the
 * parties and people a question names. Built once per knowledge version where a look-up needs a table.
 */

/** Question types an entry can answer, from its `answers` list and what its facts make possible. */
const answersOf = new WeakMap<Entry, ReadonlySet<QuestionType>>();
export function entryAnswers(e: Entry): ReadonlySet<QuestionType> {
  let known = answersOf.get(e);
  if (!known) {
    known = typesAnswered(e);
    answersOf.set(e, known);
  }
  return known;
}

/** The nouns an entry's answer counts ("120 stan", "dua pemerintah daerah" -> stan, pemerintah). */
const counted = new WeakMap<Entry, Set<string>>();
export function countedNouns(e: Entry): Set<string> {
  let s = counted.get(e);
  if (!s) {
    s = new Set();
    for (const m of countMatches(e.answer)) {
      const noun = m[2]?.toLowerCase();
      if (noun) s.add(noun);
    }
    counted.set(e, s);
  }
  return s;
}

/** A number that counts something: digits or a number word before a noun, not a day of a month or a year. */
const COUNT =
  /\b(\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|ribuan)\s+(?!januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)([a-z]+)/i;

/**
 * The counts an answer states. A number word written with a capital inside a sentence is part of a name
 * ("katalog Etalase Dua Kota", "Kota Tiga Dara"): it counts nothing.
 */
function countMatches(text: string): RegExpMatchArray[] {
  return [...text.matchAll(new RegExp(COUNT.source, "gi"))].filter((m) => {
    const word = m[1] ?? "";
    if (/^\d/.test(word) || word[0] === word[0]?.toLowerCase()) return true;
    const before = text.slice(0, m.index).trimEnd();
    return before === "" || /[.!?:]$/.test(before);
  });
}

/** A price stated in an answer: free of charge, or an amount of rupiah. */
export const PRICE =
  /\b(gratis|cuma-cuma|tidak dipungut biaya|tanpa biaya|tidak berbayar|rp\.?\s?\d|\d[\d.,]*\s*rupiah)/i;
/** Words that ask for a price ("berapa HARGA tiketnya", "BAYAR berapa"). */
export const PRICE_WORDS: ReadonlySet<string> = new Set([
  "harga",
  "harganya",
  "biaya",
  "biayanya",
  "tarif",
  "tarifnya",
  "ongkos",
  "bayar",
  "membayar",
  "dibayar",
  "mbayar",
  "tiket",
  "karcis",
]);

function typesAnswered(e: Entry): Set<QuestionType> {
  const s = new Set<QuestionType>(e.answers);
  if (e.quotes.length) {
    s.add("quote");
    s.add("date");
  }
  if (e.facts.dates.length) {
    s.add("date");
    s.add("relative");
  }
  // An answer that states a count ("tiga hari", "120 stan") or a price ("gratis", "Rp25.000") answers "berapa".
  if (countMatches(e.answer).length || PRICE.test(e.answer)) s.add("amount");
  if (e.facts.targets.length) {
    s.add("target");
    s.add("relative");
  }
  return s;
}

/** Parties named directly in the tokens ("madiun", "pemkot kediri"). */
export function namedParties(tokens: string[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>();
  const joined = ` ${tokens.join(" ")} `;
  for (const p of knowledge.parties) {
    if (p.aliases.some((a) => joined.includes(` ${a} `))) found.add(p.key);
  }
  return found;
}

/** Parties named in the tokens, directly ("madiun") or through a person ("maidi" -> madiun). */
export function mentionedParties(tokens: string[], knowledge: Knowledge): Set<string> {
  const found = namedParties(tokens, knowledge);
  const byName = partyLookups(knowledge).personParty;
  for (const t of tokens) {
    const party = byName.get(t);
    if (party) found.add(party);
  }
  return found;
}

interface PartyLookups {
  /** A word of a person's name -> the party that person speaks for. */
  personParty: Map<string, string>;
  /** One-word party aliases ("madiun", "kediri"). */
  partyWords: Set<string>;
}
const lookups = new WeakMap<Knowledge, PartyLookups>();

/** Built once per knowledge version: questions must not scan every entry. */
export function partyLookups(knowledge: Knowledge): PartyLookups {
  let l = lookups.get(knowledge);
  if (!l) {
    const personParty = new Map<string, string>();
    for (const e of knowledge.entries) {
      for (const person of e.facts.people) {
        if (!person.party) continue;
        for (const n of person.name.toLowerCase().split(/\s+/)) personParty.set(n, person.party);
      }
    }
    // The parties' one-word names and their representatives' names ("Kapan VINANDA tanda tangan?" asks
    // about the signing, which she took part in, not about an entry of her own).
    const partyWords = new Set([
      ...knowledge.parties.flatMap((p) => p.aliases.filter((a) => !a.includes(" "))),
      ...personParty.keys(),
    ]);
    l = { personParty, partyWords };
    lookups.set(knowledge, l);
  }
  return l;
}

/** Every statement of a speaker in the knowledge, in the order of the entries, with its entry. */
export function statementsOf(
  knowledge: Knowledge,
  speaker: string,
): { entry: Entry; quote: Entry["quotes"][number] }[] {
  return knowledge.entries.flatMap((entry) =>
    entry.quotes.filter((q) => q.speaker === speaker).map((quote) => ({ entry, quote })),
  );
}

/** The speakers of the knowledge's quotes, by each lower-case word of their names ("maidi" -> "Maidi"). */
const speakersOf = new WeakMap<Knowledge, Map<string, string>>();
export function speakerWords(knowledge: Knowledge): Map<string, string> {
  let m = speakersOf.get(knowledge);
  if (!m) {
    m = new Map();
    for (const e of knowledge.entries)
      for (const q of e.quotes) for (const w of q.speaker.toLowerCase().split(/\s+/)) m.set(w, q.speaker);
    speakersOf.set(knowledge, m);
  }
  return m;
}
