import { mapPacked } from "./packed.js";

/** One Indonesian prefix as written before a root. */
export interface Prefix {
  /** The prefix as written ("meng"). */
  text: string;
  /** What it makes of a root: a verb (di-kirim, me-rangkum, ber-langsung) or another word (pe-nulis, ke-tua). */
  makes: "verb" | "other";
  /**
   * A longer form over another prefix of the table: meng- with the "e" before a one-syllable root
   * (menge-cat), or di-/mem- over per- (diper-luas, memper-kuat).
   */
  extended: boolean;
}

const prefix = (text: string, makes: Prefix["makes"], extended = false): Prefix => ({
  text,
  makes,
  extended,
});

/**
 * Prefixes of Indonesian morphology, shorter forms before the longer ones that begin with them (meN-:
 * me, mem, men, meng, meny, menge; peN-: pe, pem, pen, peng).
 */
export const PREFIXES: readonly Prefix[] = [
  prefix("di", "verb"),
  prefix("me", "verb"),
  prefix("mem", "verb"),
  prefix("men", "verb"),
  prefix("meng", "verb"),
  prefix("meny", "verb"),
  prefix("menge", "verb", true),
  prefix("ber", "verb"),
  prefix("ter", "verb"),
  prefix("diper", "verb", true),
  prefix("memper", "verb", true),
  prefix("pe", "other"),
  prefix("pem", "other"),
  prefix("pen", "other"),
  prefix("peng", "other"),
  prefix("per", "other"),
  prefix("ke", "other"),
  prefix("se", "other"),
];

/** Suffixes and clitics a word may carry, Javanese ones included (-ne, -e) and the particles -kah, -lah. */
export const SUFFIXES: readonly string[] = ["kan", "an", "i", "nya", "ne", "e", "kah", "lah"];

/**
 * Verb prefixes as the dictionary's affix rules write them: the table's, plus "be", the ber- of
 * be-rencana, be-kerja, be-ternak (ber- before r and before a first syllable ending in r).
 */
export const VERB_PREFIX_TEXTS: ReadonlySet<string> = new Set([
  ...mapPacked(
    PREFIXES.filter((p) => p.makes === "verb"),
    (p) => p.text,
  ),
  "be",
]);
