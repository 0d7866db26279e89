import { readFileSync } from "node:fs";

/**
 * A reader of hunspell dictionaries (.aff + .dic) that runs the affix rules in reverse: given a
 * written form it finds the dictionary roots the form derives from, and by which affixes. This is
 * hunspell's own "stem" analysis (nspell, the JavaScript reader, only spell-checks: it expands every
 * root into all its forms at load, 454,000 forms, 0.8 s and 40 MB for Indonesian, and cannot name a
 * form's root). Supported: PFX/SFX with strip, add, condition and continuation classes, two suffix
 * levels (twofold suffixes: pe-laksana-an-nya), cross products, CIRCUMFIX and NEEDAFFIX, FLAG long
 * or single-character flags. Enough for the Indonesian dictionary; not a full hunspell.
 */

interface Rule {
  flag: string;
  kind: "PFX" | "SFX";
  strip: string;
  add: string;
  /** Continuation flags of the affixed form (e.g. the prefix a circumfix suffix allows). */
  cont: Set<string>;
  condition: RegExp | undefined;
}

const NO_PREFIX: readonly undefined[] = [undefined];

/** How a form was derived: its root and the affixes, outermost last. */
export interface Derivation {
  root: string;
  prefix?: string;
  suffixes: string[];
}

/** A loaded dictionary. Build once; `derive` is pure and cheap (a few map look-ups per affix). */
export class Hunspell {
  private readonly roots = new Map<string, string>();
  /** Capitalised entries (Jawa, Jakarta, April), lower-cased: names, never lexicon words. */
  private readonly names = new Set<string>();
  /** Affix rules by the text they add, then by the text they strip. */
  private readonly prefixes = new Map<string, Map<string, Rule[]>>();
  private readonly suffixes = new Map<string, Map<string, Rule[]>>();
  private readonly outerAdds = new Set<string>();
  private maxPrefix = 0;
  private maxSuffix = 0;
  private circumfix = "";
  private needAffix = "";
  private flagLength = 1;

  constructor(aff: string, dic: string) {
    this.parseAff(aff);
    this.parseDic(dic);
    for (const add of this.prefixes.keys()) this.maxPrefix = Math.max(this.maxPrefix, add.length);
    for (const add of this.suffixes.keys()) this.maxSuffix = Math.max(this.maxSuffix, add.length);
    // Suffix texts that can be the outer one of two (their flag is some suffix's continuation class).
    const contFlags = new Set<string>();
    for (const byStrip of this.suffixes.values()) {
      for (const rules of byStrip.values()) for (const r of rules) for (const f of r.cont) contFlags.add(f);
    }
    for (const [add, byStrip] of this.suffixes) {
      if ([...byStrip.values()].some((rules) => rules.some((r) => contFlags.has(r.flag))))
        this.outerAdds.add(add);
    }
  }

  /** Number of dictionary roots. */
  get size(): number {
    return this.roots.size;
  }

  /** Whether the word is a dictionary root that may stand alone (not a bound root like "tandatangan"). */
  isRoot(word: string): boolean {
    const flags = this.roots.get(word);
    return flags !== undefined && !this.hasFlag(flags, this.needAffix);
  }

  /** Whether the word is a dictionary entry (free or bound root). */
  hasEntry(word: string): boolean {
    return this.roots.has(word);
  }

  /** Whether the dictionary lists the word capitalised (a name: jawa, jakarta, april). */
  isName(word: string): boolean {
    return this.names.has(word);
  }

  /** Every dictionary root, in file order. */
  allRoots(): IterableIterator<string> {
    return this.roots.keys();
  }

  /** Every way the affix rules derive `word` from a root (empty when the word is not in the dictionary). */
  derive(word: string): Derivation[] {
    const out: Derivation[] = [];
    if (this.isRoot(word)) out.push({ root: word, suffixes: [] });
    this.deriveFrom(word, NO_PREFIX, out);
    for (let n = 1; n <= this.maxPrefix && n < word.length; n++) {
      const byStrip = this.prefixes.get(word.slice(0, n));
      if (!byStrip) continue;
      for (const [strip, rules] of byStrip) {
        const afterPrefix = strip + word.slice(n);
        if (this.roots.has(afterPrefix)) for (const p of rules) this.tryRoot(afterPrefix, p, [], out);
        this.deriveFrom(afterPrefix, rules, out);
      }
    }
    return out;
  }

  /** The suffix half of `derive`: one or two suffixes, the outer licensed by the inner's continuation. */
  private deriveFrom(afterPrefix: string, prefixes: readonly (Rule | undefined)[], out: Derivation[]): void {
    // A zero suffix (add "0") only carries continuation classes: "SFX Bb 0 /B1l0A1" licenses ber-...
    const zero = this.suffixes.get("");
    if (zero && prefixes[0] !== undefined && this.roots.has(afterPrefix)) {
      for (const rules of zero.values()) {
        for (const p of prefixes) for (const s0 of rules) this.tryRoot(afterPrefix, p, [s0], out);
      }
    }
    for (let n1 = 1; n1 <= this.maxSuffix && n1 < afterPrefix.length; n1++) {
      const add1 = afterPrefix.slice(-n1);
      const outers = this.suffixes.get(add1);
      if (!outers) continue;
      const base1 = afterPrefix.slice(0, -n1);
      for (const [strip, rules] of outers) {
        const cand = base1 + strip;
        if (!this.roots.has(cand)) continue;
        for (const p of prefixes) for (const s1 of rules) this.tryRoot(cand, p, [s1], out);
      }
      if (!this.outerAdds.has(add1)) continue;
      for (let n2 = 1; n2 <= this.maxSuffix && n2 < base1.length; n2++) {
        const inners = this.suffixes.get(base1.slice(-n2));
        if (!inners) continue;
        const base2 = base1.slice(0, -n2);
        for (const [strip, innerRules] of inners) {
          const cand = base2 + strip;
          if (!this.roots.has(cand)) continue;
          for (const inner of innerRules) {
            for (const outerRules of outers.values()) {
              for (const outer of outerRules) {
                if (!inner.cont.has(outer.flag)) continue;
                for (const p of prefixes) this.tryRoot(cand, p, [inner, outer], out);
              }
            }
          }
        }
      }
    }
  }

  /** Records `candidate` as a root of the form when its flags license the prefix and suffixes. */
  private tryRoot(candidate: string, p: Rule | undefined, sfx: Rule[], out: Derivation[]): void {
    const flags = this.roots.get(candidate);
    if (flags === undefined) return;
    const inner = sfx[0];
    if (inner) {
      if (!this.hasFlag(flags, inner.flag)) return;
      if (inner.condition && !inner.condition.test(candidate)) return;
    }
    if (p) {
      const granted = this.hasFlag(flags, p.flag) || (inner?.cont.has(p.flag) ?? false);
      if (!granted) return;
      if (p.condition && !p.condition.test(candidate)) return;
    }
    // A circumfix half needs its other half: ber-...-an, ke-...-an.
    const prefixCirc = p?.cont.has(this.circumfix) ?? false;
    const suffixCirc = sfx.some((s) => s.cont.has(this.circumfix));
    if (this.circumfix && prefixCirc !== suffixCirc) return;
    if (!p && sfx.length === 0 && this.hasFlag(flags, this.needAffix)) return;
    out.push({
      root: candidate,
      ...(p ? { prefix: p.add } : {}),
      suffixes: sfx.map((s) => s.add),
    });
  }

  private hasFlag(flags: string, flag: string): boolean {
    if (!flag) return false;
    for (let i = 0; i + this.flagLength <= flags.length; i += this.flagLength) {
      if (flags.startsWith(flag, i)) return true;
    }
    return false;
  }

  private splitFlags(flags: string): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i + this.flagLength <= flags.length; i += this.flagLength) {
      out.add(flags.slice(i, i + this.flagLength));
    }
    return out;
  }

  private parseAff(aff: string): void {
    const headers = new Set<string>();
    for (const raw of aff.split(/\r?\n/)) {
      const line = raw.replace(/\s#.*$/, "").trim();
      if (!line || line.startsWith("#")) continue;
      const f = line.split(/\s+/);
      const [kw = "", a = "", b = "", c = "", d] = f;
      if (kw === "FLAG" && a === "long") this.flagLength = 2;
      else if (kw === "CIRCUMFIX") this.circumfix = a;
      else if (kw === "NEEDAFFIX") this.needAffix = a;
      else if (kw === "PFX" || kw === "SFX") {
        const key = `${kw} ${a}`;
        if (!headers.has(key)) {
          headers.add(key); // "PFX B0 Y 2": the header line
          continue;
        }
        const [addText = "", contText = ""] = c.split("/");
        const add = addText === "0" ? "" : addText;
        // Capitalised and hyphenated forms (-Nya, -Ku) are for religious writing; questions are lower-cased.
        if (add !== add.toLowerCase() || add.includes("-")) continue;
        const rule: Rule = {
          flag: a,
          kind: kw,
          strip: b === "0" ? "" : b,
          add,
          cont: this.splitFlags(contText),
          condition: conditionRegex(kw, d),
        };
        const map = kw === "PFX" ? this.prefixes : this.suffixes;
        const byStrip = map.get(add) ?? new Map<string, Rule[]>();
        byStrip.set(rule.strip, [...(byStrip.get(rule.strip) ?? []), rule]);
        map.set(add, byStrip);
      }
    }
  }

  private parseDic(dic: string): void {
    const lines = dic.split(/\r?\n/);
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const slash = line.indexOf("/");
      const word = (slash < 0 ? line : line.slice(0, slash)).trim();
      if (!word) continue;
      if (word !== word.toLowerCase()) {
        this.names.add(word.toLowerCase()); // names (Jawa, Jakarta) are not lexicon words
        continue;
      }
      const flags = slash < 0 ? "" : line.slice(slash + 1).trim();
      this.roots.set(word, (this.roots.get(word) ?? "") + flags);
    }
  }
}

/** A hunspell condition ("[^r]", "p[lr]", ".") as a regex on the root's start (PFX) or end (SFX). */
function conditionRegex(kind: "PFX" | "SFX", condition: string | undefined): RegExp | undefined {
  if (!condition || condition === ".") return undefined;
  // "[^k^m]" is hunspell's writing of "[^km]" in this file
  const body = condition.replace(/\[\^([^\]]*)\]/g, (_, set: string) => `[^${set.replace(/\^/g, "")}]`);
  return new RegExp(kind === "PFX" ? `^${body}` : `${body}$`);
}

/** Reads a vendored hunspell dictionary (ISO-8859-1 or UTF-8 as its SET line says). */
export function loadHunspell(affUrl: URL, dicUrl: URL): Hunspell {
  const affBytes = readFileSync(affUrl);
  const latin1 = /^SET\s+ISO8859-1/m.test(affBytes.toString("latin1"));
  const enc = latin1 ? "latin1" : "utf8";
  return new Hunspell(affBytes.toString(enc), readFileSync(dicUrl).toString(enc));
}
