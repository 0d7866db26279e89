import { rootWords } from "./lexicon.js";

/**
 * Indonesian stemmer after Nazief & Adriani with the Enhanced Confix Stripping rules used by Sastrawi:
 * inflectional suffixes (-lah/-kah/-tah/-pun, then -ku/-mu/-nya), the derivational suffix (-i/-kan/-an),
 * then up to three derivational prefixes with their sound changes (meny- -> s, mem- -> p, men- -> t,
 * meng- -> k, peny-/pem-/pen-/peng- likewise), checking the root dictionary after every step and
 * restoring suffixes when prefix removal alone finds nothing ("loop pengembalian akhiran").
 * A word is only changed when a dictionary root is found, so names and unknown words stay as written.
 */
export class Stemmer {
  private readonly cache = new Map<string, string>();

  constructor(private readonly dictionary: { has(word: string): boolean } = rootWords) {}

  stem(word: string): string {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const result = this.compute(word);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /**
   * `stem` without remembering a new word: for one-off look-ups such as the hundreds of edit candidates
   * a typo is checked against (typos.ts), which would otherwise fill the cache (up to 50,000 words, ~3 MB
   * kept while the bot runs) with strings no one writes.
   */
  stemOnce(word: string): string {
    return this.cache.get(word) ?? this.compute(word);
  }

  private has(w: string): boolean {
    return w.length >= 2 && this.dictionary.has(w);
  }

  private compute(word: string): string {
    if (word.length <= 3 || this.has(word) || !/^[a-z]+$/.test(word)) return word;
    // Reduplication that survived normalisation: "buku-buku" -> "buku".
    // Suffix stages: each is a candidate to strip prefixes from, most stripped first.
    const stages: string[] = [];
    const noParticle = word.replace(/(lah|kah|tah|pun)$/, "");
    if (noParticle.length >= 3 && this.has(noParticle)) return noParticle;
    const noPossessive = noParticle.replace(/(ku|mu|nya)$/, "");
    if (noPossessive.length >= 3 && this.has(noPossessive)) return noPossessive;
    const derivational: string[] = [];
    for (const suffix of ["kan", "an", "i"]) {
      if (noPossessive.endsWith(suffix) && noPossessive.length - suffix.length >= 3) {
        const base = noPossessive.slice(0, -suffix.length);
        // -i is not removed after a base ending in -i ("-ii"), per Nazief-Adriani.
        if (suffix === "i" && base.endsWith("i")) continue;
        derivational.push(base);
        break;
      }
    }
    for (const d of derivational) {
      if (this.has(d)) return d;
      stages.push(d);
    }
    // "-kan" restored as "-k" + "-an": "pemukaan" vs "memukakan" ambiguity is resolved by the dictionary.
    if (noPossessive.endsWith("kan")) stages.push(noPossessive.slice(0, -2));
    stages.push(noPossessive);
    if (noParticle !== noPossessive) stages.push(noParticle);
    if (word !== noParticle) stages.push(word);
    for (const stage of stages) {
      const found = this.stripPrefixes(stage, 0, "");
      if (found) return found;
    }
    return word;
  }

  /** Tries every prefix-removal path (with recoding) up to three prefixes deep; first dictionary hit wins. */
  private stripPrefixes(w: string, depth: number, previous: string): string | undefined {
    if (depth >= 3 || w.length < 4) return undefined;
    for (const [prefix, candidates] of prefixCandidates(w)) {
      if (prefix === previous) continue;
      for (const c of candidates) {
        if (c.length < 2) continue;
        if (this.has(c)) return c;
        // A root may still carry a derivational suffix once the prefix is gone (disebutkan -> sebutkan).
        for (const suffix of ["kan", "an", "i"]) {
          if (c.endsWith(suffix) && this.has(c.slice(0, -suffix.length))) return c.slice(0, -suffix.length);
        }
        const deeper = this.stripPrefixes(c, depth + 1, prefix);
        if (deeper) return deeper;
      }
    }
    return undefined;
  }
}

const V = "aiueo";
const isVowel = (ch: string | undefined) => ch !== undefined && V.includes(ch);

/** The prefixes `w` may start with, each with the candidate remainders after recoding. */
function prefixCandidates(w: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  if (w.startsWith("di")) out.push(["di", [w.slice(2)]]);
  if (w.startsWith("ke")) out.push(["ke", [w.slice(2)]]);
  if (w.startsWith("se")) out.push(["se", [w.slice(2)]]);
  if (w.startsWith("ter")) out.push(["ter", isVowel(w[3]) ? [w.slice(3), `r${w.slice(3)}`] : [w.slice(3)]]);
  else if (w.startsWith("te") && !isVowel(w[2])) out.push(["te", [w.slice(2)]]);
  if (w.startsWith("ber")) out.push(["ber", isVowel(w[3]) ? [w.slice(3), `r${w.slice(3)}`] : [w.slice(3)]]);
  else if (w.startsWith("bel") && w.slice(3).startsWith("ajar")) out.push(["ber", [w.slice(3)]]);
  else if (w.startsWith("be") && !isVowel(w[2])) out.push(["ber", [w.slice(2)]]);
  if (w.startsWith("me") || w.startsWith("pe")) {
    const p = w.slice(0, 2);
    const tag = p === "me" ? "me" : "pe";
    if (w.startsWith(`${p}nge`) && w.length <= 9) out.push([tag, [w.slice(4)]]);
    if (w.startsWith(`${p}ng`)) {
      if (isVowel(w[4])) out.push([tag, [w.slice(4), `k${w.slice(4)}`]]);
      else if ("ghqk".includes(w[4] ?? "")) out.push([tag, [w.slice(4)]]);
    } else if (w.startsWith(`${p}ny`) && isVowel(w[4]))
      out.push([tag, [`s${w.slice(4)}`, `ny${w.slice(4)}`]]);
    else if (w.startsWith(`${p}m`)) {
      if ("bfv".includes(w[3] ?? "")) out.push([tag, [w.slice(3)]]);
      else if (w[3] === "p") out.push([tag, [w.slice(3)]]);
      else if (isVowel(w[3])) out.push([tag, [`p${w.slice(3)}`, `m${w.slice(3)}`]]);
    } else if (w.startsWith(`${p}n`)) {
      if ("cdjszt".includes(w[3] ?? "")) out.push([tag, [w.slice(3)]]);
      else if (isVowel(w[3])) out.push([tag, [`t${w.slice(3)}`, `n${w.slice(3)}`]]);
    } else if ("lrwy".includes(w[2] ?? "")) out.push([tag, [w.slice(2)]]);
    if (p === "pe") {
      if (w.startsWith("per"))
        out.push(["per", isVowel(w[3]) ? [w.slice(3), `r${w.slice(3)}`] : [w.slice(3)]]);
      if (w.startsWith("pel") && w.slice(3).startsWith("ajar")) out.push(["per", [w.slice(3)]]);
      if (!isVowel(w[2]) && !"rlwymn".includes(w[2] ?? "")) out.push(["pe", [w.slice(2)]]);
    }
    if (p === "me" && "mn".includes(w[2] ?? "") === false && !isVowel(w[2])) out.push(["me", [w.slice(2)]]);
  }
  return out;
}

/** The default stemmer over the team's root list. */
export const stemmer = new Stemmer();
