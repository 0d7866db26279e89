import type { Knowledge } from "../knowledge/types.js";

/** A person the knowledge names: full name, office, party, and the words that name them. */
export interface KnownPerson {
  name: string;
  office?: string;
  party?: string;
  /** Lower-case words of the name ("maidi"; "vinanda", "prameswati"). */
  nameWords: string[];
  /** The office in standard tokens ("walikota kediri"), when known. */
  officeTokens?: string;
}

/** What a conversation needs to know of the knowledge's people and parties, built once per version. */
export interface Cast {
  people: KnownPerson[];
  /** Party key -> its aliases as standard token strings ("pemkot madiun", "madiun"). */
  partyAliases: Map<string, string[]>;
  /** Who and which parties a token string names (" tokens joined "), remembered (see peopleNamed). */
  named: { people: Map<string, KnownPerson[]>; parties: Map<string, string[]> };
  /** Every word of the party aliases (asked of each word of a turn: isPartyWord). */
  partyWords: ReadonlySet<string>;
}

const casts = new WeakMap<Knowledge, Cast>();

/** The people (from facts and quote speakers) and parties of a knowledge version; memoised. */
export function castOf(knowledge: Knowledge): Cast {
  let cast = casts.get(knowledge);
  if (cast) return cast;
  const byName = new Map<string, KnownPerson>();
  const add = (name: string, office?: string, party?: string) => {
    const key = name.toLowerCase();
    const known = byName.get(key);
    if (known) {
      known.office ??= office;
      known.party ??= party;
      return;
    }
    byName.set(key, { name, office, party, nameWords: key.split(/\s+/).filter(Boolean) });
  };
  for (const e of knowledge.entries) {
    for (const p of e.facts?.people ?? []) add(p.name, p.office, p.party);
    for (const q of e.quotes ?? []) add(q.speaker, q.office);
  }
  // A speaker known only by a first name ("Maidi") is the person of the facts with that name.
  for (const p of byName.values()) {
    p.officeTokens = p.office?.toLowerCase().replace(/\bwali kota\b/g, "walikota");
  }
  cast = {
    people: [...byName.values()],
    partyAliases: new Map(
      (knowledge.parties ?? []).map((p) => [p.key, p.aliases.map((a) => a.toLowerCase())]),
    ),
    named: { people: new Map(), parties: new Map() },
    partyWords: new Set(
      (knowledge.parties ?? []).flatMap((p) => p.aliases.flatMap((a) => a.toLowerCase().split(" "))),
    ),
  };
  casts.set(knowledge, cast);
  return cast;
}

/** People named in standard tokens, by a word of their name or by their office ("walikota kediri"). */
export function peopleNamed(tokens: string[], cast: Cast): KnownPerson[] {
  const joined = ` ${tokens.join(" ")} `;
  // A turn asks this of the same words several times (its reading, its people, a swap): remembered per cast.
  let named = cast.named.people.get(joined);
  if (!named) {
    named = namedIn(tokens, joined, cast);
    if (cast.named.people.size >= NAMED_LIMIT) cast.named.people.clear();
    cast.named.people.set(joined, named);
  }
  return [...named];
}

function namedIn(tokens: string[], joined: string, cast: Cast): KnownPerson[] {
  return cast.people.filter(
    (p) =>
      p.nameWords.some((w) => tokens.includes(w)) ||
      (p.officeTokens !== undefined && joined.includes(` ${p.officeTokens} `)),
  );
}

/** Party keys named in standard tokens ("madiun", "pemkot kediri"). */
export function partiesNamed(tokens: string[], cast: Cast): string[] {
  const joined = ` ${tokens.join(" ")} `;
  let named = cast.named.parties.get(joined);
  if (!named) {
    named = [...cast.partyAliases]
      .filter(([, aliases]) => aliases.some((a) => joined.includes(` ${a} `)))
      .map(([k]) => k);
    if (cast.named.parties.size >= NAMED_LIMIT) cast.named.parties.clear();
    cast.named.parties.set(joined, named);
  }
  return [...named];
}

/** Token strings whose people and parties each cast remembers before it forgets them all. */
const NAMED_LIMIT = 5_000;

/** Whether a standard token is a word of a party's name or alias ("madiun", "pemkot"). */
export function isPartyWord(token: string, cast: Cast): boolean {
  return cast.partyWords.has(token) || GENERIC_PARTY_WORDS.has(token);
}

const GENERIC_PARTY_WORDS: ReadonlySet<string> = new Set(["pemkot", "pemerintah", "kota", "walikota"]);
