import type { Entry, Knowledge, QuestionType } from "../knowledge/types.js";
import { mapPacked } from "../language/packed.js";
import { indexTerms } from "../language/pipeline.js";
import { ORDINAL_WORDS } from "./dates.js";

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
    // "sektor strategis, antara lain: A, B, C, serta D" counts four sectors.
    for (const list of enumerations(e)) for (const n of list.nouns) s.add(n);
    counted.set(e, s);
  }
  return s;
}

/** Every noun the knowledge's answers list items after ("sektor", "strategis", "bidang"), per knowledge. */
const listNounsOf = new WeakMap<Knowledge, Set<string>>();
function listNouns(knowledge: Knowledge): Set<string> {
  let s = listNounsOf.get(knowledge);
  if (!s) {
    s = new Set(knowledge.entries.flatMap((e) => enumerations(e).flatMap((l) => l.nouns)));
    s.delete("di");
    listNounsOf.set(knowledge, s);
  }
  return s;
}

/** Ordinals that pick an item of a list ("terakhir" is the last). */
const ITEM_ORDINALS: Readonly<Record<string, number>> = { ...ORDINAL_WORDS, terakhir: -1 };
/** Words that may follow an ordinal picking an item ("yang kedua TADI apa", "sektor ketiga YANG disebut"). */
const AFTER_ITEM_ORDINAL = new Set([
  "tadi",
  "itu",
  "iku",
  "yang",
  "disebut",
  "disebutkan",
  "apa",
  "opo",
  "dalam",
]);

/**
 * "sektor yang KEDUA tadi apa?": an ordinal beside a noun the knowledge lists items after picks that item
 * (its word and number), or undefined. Not an ordinal of a time ("ulang tahun kedua", "tahun kedua") nor
 * one before another noun ("kedua kota": both cities).
 */
export function listOrdinal(
  tokens: readonly string[],
  knowledge: Knowledge,
  takesOrdinal: (word: string) => boolean,
): { word: string; n: number } | undefined {
  const nouns = listNouns(knowledge);
  if (!tokens.some((t) => nouns.has(t))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const n = ITEM_ORDINALS[t];
    if (n === undefined || takesOrdinal(tokens[i - 1] ?? "")) continue;
    const next = tokens[i + 1];
    if (next === undefined || AFTER_ITEM_ORDINAL.has(next) || nouns.has(next)) return { word: t, n };
  }
  return undefined;
}

/** A list an answer enumerates after a noun ("sektor strategis, antara lain: A, B, C, serta D"). */
export interface Enumeration {
  /** Lower-case words right before the list (the noun and its modifiers: "sektor", "strategis"). */
  nouns: string[];
  items: string[];
  /** The source marks the list as not exhaustive ("antara lain", "seperti", "di antaranya"). */
  open: boolean;
}

/** A marker opening a list after its noun; the open ones say the list is not complete. */
const LIST_MARKER = /^(antara lain|di antaranya|seperti|yaitu|yakni|meliputi|berupa)\s*:?\s*/i;
/** The same marker inside a comma part, after the noun it lists ("Materi pelatihan antara lain: A"). */
const INNER_MARKER = /\s(antara lain|di antaranya|yaitu|yakni|meliputi|berupa)\s*:\s*/i;
const OPEN_MARKERS = /antara lain|di antaranya|seperti/i;
/** The conjunction before a list's last item. */
const LAST_ITEM = /^(serta|dan|hingga|maupun)\s+/i;
/** Items of a list are short; a longer comma part is the sentence the list sits in. */
const MAX_ITEM_WORDS = 5;

const enumerated = new WeakMap<Entry, Enumeration[]>();
/**
 * The lists an answer enumerates, each with the words before it: "sektor strategis, antara lain: A, B, C,
 * serta D" or "di bidang A, B, serta C". A list is at least three comma parts ending in ", serta/dan/
 * hingga X" (so dates such as "Selasa, 13 Januari 2026" and "A dan B" are none).
 */
export function enumerations(e: Entry): Enumeration[] {
  let out = enumerated.get(e);
  if (out) return out;
  out = [];
  const wordsOf = (x: string) => x.split(/\s+/).filter(Boolean);
  const clean = (ws: string[]) =>
    mapPacked(ws, (w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);
  for (const sentence of e.answer.split(/(?<=[.!?])\s+/)) {
    const parts = sentence.replace(/[.!?]\s*$/, "").split(/,\s*/);
    const last = parts.findLastIndex((p) => LAST_ITEM.test(p) && wordsOf(p).length <= MAX_ITEM_WORDS + 1);
    if (last < 2) continue;
    const items = [parts[last]?.replace(LAST_ITEM, "") as string];
    let nouns: string[] = [];
    let open = false;
    // "Materi pelatihan antara lain: A ..., B ..., serta C": a marker with a colon inside a part names the
    // list by the words before it, and every part after it is an item, however long ("pembuatan kompos dari
    // sampah rumah tangga" is an item, not the words that name the list).
    const inner = parts.slice(0, last).findIndex((p) => INNER_MARKER.test(p));
    if (inner >= 0) {
      const part = parts[inner] as string;
      const m = INNER_MARKER.exec(part) as RegExpExecArray;
      const named = clean(wordsOf(part.slice(0, m.index)).slice(-2));
      const listed = [part.slice(m.index + m[0].length), ...parts.slice(inner + 1, last), ...items];
      if (listed.length >= 3 && named.length)
        out.push({ nouns: named, items: listed, open: OPEN_MARKERS.test(m[1] as string) });
      continue;
    }
    for (let k = last - 1; k >= 0; k--) {
      const part = parts[k] as string;
      const marker = LIST_MARKER.exec(part);
      if (marker && k > 0) {
        // "sektor strategis, antara lain: A": the words before the marker name what is listed.
        items.unshift(part.slice(marker[0].length));
        nouns = clean(wordsOf(parts[k - 1] as string).slice(-2));
        open = OPEN_MARKERS.test(marker[1] as string);
        break;
      }
      const words = wordsOf(part);
      if (words.length <= 1 || (k > 0 && words.length <= MAX_ITEM_WORDS)) {
        items.unshift(part);
        continue;
      }
      // "Kontrak ... di bidang A": the first item is the last word, the words before it name the list.
      items.unshift(words[words.length - 1] as string);
      nouns = clean(words.slice(-3, -1));
      break;
    }
    if (items.length >= 3 && nouns.length) out.push({ nouns, items, open });
  }
  enumerated.set(e, out);
  return out;
}

/**
 * Whether an entry counts what a question counts by listing it: one of its lists follows a word the
 * question names ("berapa SEKTOR strategis" of "sektor strategis, antara lain: A, B, C, serta D").
 */
export function listsCounted(e: Entry, words: ReadonlySet<string>): boolean {
  return enumerations(e).some((l) => l.nouns.some((n) => words.has(n)));
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
export function namedParties(tokens: readonly string[], knowledge: Knowledge): Set<string> {
  const found = new Set<string>();
  const joined = ` ${tokens.join(" ")} `;
  for (const p of paddedAliases(knowledge)) {
    for (const a of p.aliases)
      if (joined.includes(a)) {
        found.add(p.key);
        break;
      }
  }
  return found;
}

/** Each party's aliases with a space on either side, as `namedParties` looks for them; once per knowledge. */
const paddedOf = new WeakMap<Knowledge, { key: string; aliases: string[] }[]>();
function paddedAliases(knowledge: Knowledge): { key: string; aliases: string[] }[] {
  let out = paddedOf.get(knowledge);
  if (!out) {
    out = mapPacked(knowledge.parties, (p) => ({
      key: p.key,
      aliases: mapPacked(p.aliases, (a) => ` ${a} `),
    }));
    paddedOf.set(knowledge, out);
  }
  return out;
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

/** Words joining a partner to what precedes it ("kerja sama DENGAN Kota Madiun", "tanda tangan BERSAMA Maidi"). */
const PARTNER_JOINS: ReadonlySet<string> = new Set([
  "dengan",
  "sama",
  "karo",
  "ama",
  "bareng",
  "bersama",
  "with",
]);
/** Nouns that may stand between such a word and the party's name ("dengan PEMERINTAH KOTA Madiun"). */
const KIND_BEFORE_NAME: ReadonlySet<string> = new Set([
  "kota",
  "pemkot",
  "pemerintah",
  "pihak",
  "pemda",
  "city",
]);

/**
 * The roles of the parties a question names: `subjects` are the parties it asks about ("siapa yang
 * mewakili Pemerintah Kota KEDIRI dalam penandatanganan kerja sama dengan Kota Madiun?"), when it also
 * names a party only as the partner of something ("... dengan Kota MADIUN") or inside the agreement's own
 * name ("kerja sama Madiun dengan Kediri"); `partnersOnly` when every party it names is such a partner
 * ("siapa yang tanda tangan BERSAMA Maidi?"). Undefined when the roles tell nothing (one role for all).
 * `agreement` holds the words that name the agreement (see lexicon's agreementWords).
 */
export function partyRoles(
  tokens: readonly string[],
  knowledge: Knowledge,
  agreement: ReadonlySet<string>,
): { subjects: Set<string>; partnersOnly: boolean } | undefined {
  const { personParty, aliasParty } = partyLookups(knowledge);
  const partyAt = (k: number): string | undefined => {
    const w = tokens[k] ?? "";
    return aliasParty.get(w) ?? personParty.get(w);
  };
  /** The index of the first word before `k` that is no kind noun ("dengan PEMERINTAH KOTA madiun"). */
  const skipKinds = (k: number): number => {
    let j = k;
    while (j >= 0 && KIND_BEFORE_NAME.has(tokens[j] as string)) j--;
    return j;
  };
  const asSubject = new Set<string>();
  const asPartner = new Set<string>();
  if (!tokens.some((t) => aliasParty.has(t) || personParty.has(t))) return undefined;
  // The role of each name read so far, by its index: its own, or that of the name it continues.
  const roles = new Map<number, "subject" | "partner" | "name">();
  for (let i = 0; i < tokens.length; i++) {
    const party = partyAt(i);
    if (!party) continue;
    const j = skipKinds(i - 1);
    const prev = tokens[j] ?? "";
    const joined = PARTNER_JOINS.has(prev);
    const chained = roles.get(joined || prev === "dan" ? skipKinds(j - 1) : j);
    let role: "subject" | "partner" | "name";
    // "kerja sama MADIUN", "kerja sama Madiun dengan KEDIRI", "kerjasama madiun KEDIRI": the agreement's name.
    if (agreement.has(prev) || chained === "name") role = "name";
    else if (joined) role = "partner";
    else role = chained ?? "subject";
    roles.set(i, role);
    if (role === "subject") asSubject.add(party);
    else if (role === "partner") asPartner.add(party);
  }
  if (!asSubject.size) return asPartner.size ? { subjects: asSubject, partnersOnly: true } : undefined;
  const others = new Set<string>();
  for (const [i, role] of roles) if (role !== "subject") others.add(partyAt(i) as string);
  return [...others].every((p) => asSubject.has(p))
    ? undefined
    : { subjects: asSubject, partnersOnly: false };
}

interface PartyLookups {
  /** A word of a person's name -> the party that person speaks for. */
  personParty: Map<string, string>;
  /** One-word party aliases ("madiun", "kediri"). */
  partyWords: Set<string>;
  /** A one-word party alias -> its party ("madiun" -> madiun). */
  aliasParty: Map<string, string>;
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
    const aliasParty = new Map<string, string>();
    for (const p of knowledge.parties)
      for (const a of p.aliases) if (!a.includes(" ")) aliasParty.set(a.toLowerCase(), p.key);
    l = { personParty, partyWords, aliasParty };
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
    mapPacked(
      entry.quotes.filter((q) => q.speaker === speaker),
      (quote) => ({ entry, quote }),
    ),
  );
}

/** Verbs that report someone's words without quoting them ("Maidi MENYAMPAIKAN bahwa ..."). */
const REPORTING = "(menyampaikan|menegaskan|menambahkan|menilai|mengatakan|menyatakan|menjelaskan)";
/** The speaker whose words each entry reports, worked out once per entry of a knowledge version. */
const reportsOf = new WeakMap<Knowledge, Map<Entry, string | null>>();
/**
 * Whose words an entry holds: the speaker of its first quote, or one of the knowledge's speakers whose
 * words it reports without quotes ("Selain sektor ekonomi, Maidi menyampaikan bahwa ..."). A fact that only
 * names a speaker ("ditandatangani oleh ... Maidi") holds nobody's words: undefined.
 */
export function wordsOf(entry: Entry, knowledge: Knowledge): string | undefined {
  if (entry.quotes[0]) return entry.quotes[0].speaker;
  let known = reportsOf.get(knowledge);
  if (!known) {
    known = new Map();
    reportsOf.set(knowledge, known);
  }
  let r = known.get(entry);
  if (r === undefined) {
    const speakers = [...new Set(speakerWords(knowledge).values())];
    const literal = (sp: string) => sp.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    r = entry.facts.people.length
      ? null
      : (speakers.find((sp) =>
          new RegExp(`\\b${literal(sp)}\\b[^.]*\\b${REPORTING}\\b`).test(entry.answer),
        ) ?? null);
    known.set(entry, r);
  }
  return r ?? undefined;
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

/** The search forms of an entry's own sectors, remembered per entry. */
const sectorsOf = new WeakMap<Entry, ReadonlySet<string>>();
export function ownSectorForms(entry: Entry): ReadonlySet<string> {
  let s = sectorsOf.get(entry);
  if (!s) {
    s = new Set(indexTerms(entry.facts.sectors.join(" . ")));
    sectorsOf.set(entry, s);
  }
  return s;
}
