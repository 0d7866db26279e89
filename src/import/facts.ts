/**
 * Lists, numbers and targets read from single sentences. Each finder takes one sentence (or a quotation's
 * text) and returns what it states, with the words as written. Pure.
 */

/** A list stated in a sentence ("meliputi A, B, dan C"); incomplete when the text says so ("antara lain"). */
export interface ListFact {
  what: string;
  items: string[];
  complete: boolean;
  /** The words that mark it incomplete, as written. */
  incompleteBy?: string;
  /** The listing word ("meliputi", "di bidang"). */
  trigger?: string;
  source: string;
}

/** A number with its unit and the sentence that says what it counts. */
export interface NumberFact {
  value: string;
  unit: string;
  source: string;
}

/** A target with its year and owner as written (owner absent when the text names none). */
export interface TargetFact {
  what: string;
  year: number;
  owners: string[];
  source: string;
}

const TRIGGERS =
  /\b(antara lain|di antaranya|diantaranya|meliputi|mencakup|mencakupi|terdiri atas|terdiri dari|yaitu|yakni|berupa|seperti|misalnya|di bidang|difokuskan pada|fokus pada|membawa|menyiapkan|melampirkan)\s+/g;
const INCOMPLETE =
  /\b(antara lain|di antaranya|diantaranya|seperti|misalnya|dan lain-lain|dan sebagainya|dll\.?|dsb\.?)\b/;
const TWO_ITEM_TRIGGERS = new Set(["membawa", "menyiapkan", "melampirkan", "di bidang"]);

/** "... dan lain-lain", "..., dll.", "... dan sebagainya" closing a list. */
const ETC_END = /(?:,?\s+(?:dan|serta)\s+(?:lain-lain|lain sebagainya|sebagainya)|,?\s+(?:dll|dsb)\.?)$/;

/** Splits "A, B, dan C" into items; undefined when it is no list. */
export function splitItems(rest: string, allowTwo: boolean): string[] | undefined {
  let body = rest.replace(/[.;:]+\s*$/, "").trim();
  // "A, B, C dan lain-lain": the list ends with "and so on" instead of a connector before its last item.
  const etc = ETC_END.exec(body);
  if (etc) body = body.slice(0, etc.index).trim();
  const parts = body.split(/,\s+/).map((p) => p.trim());
  if (
    etc &&
    parts.length >= 2 &&
    !/^(dan|serta|hingga|maupun|atau|sampai)\s/.test(parts[parts.length - 1] ?? "")
  )
    return parts.filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  const connector = /^(dan|serta|hingga|maupun|atau|sampai)\s+/.exec(last);
  if (parts.length >= 3 && connector) {
    parts[parts.length - 1] = last.slice(connector[0].length);
    return parts.filter(Boolean);
  }
  if (parts.length === 2 && connector) {
    parts[1] = last.slice(connector[0].length);
    return parts;
  }
  if (parts.length === 1 && allowTwo) {
    const two = /^(.+?)\s+(?:dan|serta)\s+(.+)$/.exec(body);
    if (two && !/\s(?:dan|serta)\s/.test(two[2] ?? "") && (two[1] ?? "").split(" ").length <= 5) {
      return [two[1] as string, two[2] as string];
    }
  }
  return undefined;
}

/** The list a sentence states after a listing word, if any. */
export function findList(sentence: string): ListFact | undefined {
  const s = sentence.replace(/[\u201c\u201d"]/g, "");
  let best: RegExpExecArray | undefined;
  TRIGGERS.lastIndex = 0;
  for (let m = TRIGGERS.exec(s); m; m = TRIGGERS.exec(s)) {
    const items = splitItems(s.slice(m.index + m[0].length), TWO_ITEM_TRIGGERS.has(m[1] ?? ""));
    if (items) best = m; // the innermost listing word wins ("mencakup sektor, antara lain A, B, hingga C")
  }
  if (!best) return classifiedList(sentence, s);
  const trigger = best[1] ?? "";
  const items = splitItems(s.slice(best.index + best[0].length), TWO_ITEM_TRIGGERS.has(trigger)) as string[];
  const head = s
    .slice(0, best.index)
    .replace(/[,:\s]+$/, "")
    .replace(/^(?:Adapun|Sementara itu|Selain itu),?\s+/, "");
  const incomplete = INCOMPLETE.exec(s);
  const fact: ListFact = { what: head || trigger, items, complete: !incomplete, trigger, source: sentence };
  if (incomplete) fact.incompleteBy = incomplete[1] as string;
  return fact;
}

/**
 * "menanam 2.500 bibit aren, beringin, dan gayam di lahan ...": kinds listed after a number and its
 * classifier; the last item ends where a preposition starts the rest of the clause. "Susunan acara:
 * laporan ..., sambutan ..., dan doa penutup.": items after a colon.
 */
function classifiedList(sentence: string, s: string): ListFact | undefined {
  const m = /\b\d[\d.,]*\s+(bibit|jenis|ekor|batang)\s+|(?<=\p{Ll})(:)\s+/u.exec(s);
  if (!m) return undefined;
  let rest = s.slice(m.index + m[0].length);
  if (m[1]) rest = rest.replace(/\s(?:di|ke|dari|pada|untuk|sebagai|seluas|sebanyak|yang|oleh)\s.*$/u, "");
  const items = splitItems(rest, false);
  if (!items || items.length < 3 || items.some((i) => i.split(" ").length > 6)) return undefined;
  const head = s.slice(0, m.index + (m[1] ? m[0].length - 1 : 0)).replace(/[,:\s]+$/, "");
  const incomplete = INCOMPLETE.exec(s);
  const fact: ListFact = { what: head, items, complete: !incomplete, trigger: m[1] ?? ":", source: sentence };
  if (incomplete) fact.incompleteBy = incomplete[1] as string;
  return fact;
}

/** Numbered list lines ("1. Lari Sehat Lorowangi;") -> items without number and closing punctuation. */
export function numberedItem(line: string): string | undefined {
  const m = /^\d{1,2}[.)]\s+(.+)$/.exec(line.trim());
  if (!m) return undefined;
  return (m[1] as string)
    .replace(/[;,.]?\s*(?:dan|serta|atau)?\s*$/, "")
    .replace(/[;,.]$/, "")
    .trim();
}

const SCALE = "ribu|juta|miliar|triliun";
/** Words that classify the noun after them: "25.000 bibit pohon", "1.000 pelaku UMKM". */
const CLASSIFIERS = new Set(["pelaku", "bibit", "buah", "ekor", "batang", "lembar", "paket", "titik"]);
const NUMBER = new RegExp(
  `(Rp\\.?\\s?)?\\b(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?:\\s(${SCALE}))?\\b(?:\\s\\([\\p{Ll} ]+\\))?(?:\\s(\\p{L}+)(?:\\s(\\p{L}+))?)?`,
  "gu",
);

/** Numbers with their unit; dates, years, times and list markers are skipped (`skip` = spans to ignore). */
export function findNumbers(sentence: string, skip: { start: number; end: number }[] = []): NumberFact[] {
  const out: NumberFact[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const at = m.index + (m[1]?.length ?? 0);
    if (skip.some((s) => at >= s.start && at < s.end)) continue;
    const digits = m[2] as string;
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (/[/:]$/.test(before) || /^[/:]/.test(sentence.slice(at + digits.length))) continue;
    // A time of day: "pukul 08.00", "08:45 WIB".
    if (
      /^[.:]\d{2}\b/.test(sentence.slice(at + digits.length)) ||
      /\d[.:]$/.test(before) ||
      /pukul\s*$/i.test(before)
    )
      continue;
    if (
      /^\d{1,2}\.\d{2}$/.test(digits) &&
      /^\s?WIB/.test(after + sentence.slice(at + digits.length, at + digits.length + 5))
    )
      continue;
    if (/^(19|20|21)\d\d$/.test(digits) && !m[1] && !m[3]) continue; // a year
    if (/\b(?:Nomor|No\.)\s*$/.test(before)) continue;
    const scale = m[3] ? ` ${m[3]}` : "";
    let unit: string;
    if (m[1]) unit = "Rp";
    else {
      const first = m[4] ?? "";
      if (!first || /^(dan|atau|di|ke|dari|pada|yang|untuk|hingga|sampai|per)$/.test(first)) continue;
      unit = CLASSIFIERS.has(first) && m[5] ? `${first} ${m[5]}` : first;
    }
    out.push({ value: `${digits}${scale}`, unit, source: sentence });
  }
  return out;
}

const ORG =
  /(Pemerintah (?:Kota|Kabupaten|Provinsi|Desa) \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+(?=[,.;:)]|\s\p{Ll}|$))?|Pem(?:kot|kab|prov|des) \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+(?=[,.;:)]|\s\p{Ll}|$))?)/gu;

/** A target with a year ("X menargetkan Y pada 2027", "Y ditargetkan rampung pada 2028"). */
export function findTarget(sentence: string): TargetFact | undefined {
  const s = sentence.replace(/[\u201c\u201d"]/g, "").trim();
  // "pada 2027", "pada musim panen 2027", "hingga akhir tahun 2028": a few words may name the season.
  const yearM =
    /\b(?:pada|tahun|hingga|sebelum|paling lambat|akhir|awal|pertengahan|medio|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+(?:\p{Ll}+\s+){0,3}?((?:19|20|21)\d\d)\b/u.exec(
      s,
    );
  if (!yearM) return undefined;
  const year = Number(yearM[1]);
  const active = /\bmenargetkan\s+/.exec(s);
  if (active && active.index < yearM.index) {
    const clauseStart = Math.max(
      0,
      s.lastIndexOf("bahwa ", active.index) + 1,
      s.lastIndexOf(", ", active.index) + 1,
    );
    const subject = s.slice(clauseStart, active.index);
    const owners = [...subject.matchAll(ORG)].map((m) => m[1] as string);
    // What is targeted runs to the year, and on when the sentence adds to it ("..., dengan anggota
    // sedikitnya 800 petani"); a year that closes the clause after a preposition is left out.
    const upToYear = s.slice(active.index + active[0].length, yearM.index);
    const after = s.slice(yearM.index + yearM[0].length).replace(/[.!?]+$/, "");
    const what = /^,\s*\p{Ll}/u.test(after)
      ? `${upToYear}${yearM[0]}${after}`.replace(/\s+/g, " ").trim()
      : upToYear.replace(/[,\s]+$/, "");
    return { what, year, owners, source: sentence };
  }
  // "Targetnya, 12.000 sambungan rumah sudah teraliri air bersih pada 2028.": a target without a verb.
  const noun = /^(?:Target(?:nya)?|Sasarannya)\s*[,:]\s*/u.exec(s);
  if (noun && noun[0].length < yearM.index) {
    const what = s.slice(noun[0].length, yearM.index).replace(/[,\s]+$/, "");
    return { what, year, owners: [], source: sentence };
  }
  const passive = /\b(?:ditargetkan|(?:kami|kita)\s+targetkan)\s+/.exec(s);
  if (passive && passive.index < yearM.index) {
    const verb = s.slice(passive.index + passive[0].length, yearM.index).trim();
    let subject = s
      .slice(0, passive.index)
      .replace(/,\s*yang\s[^,]*,\s*$/, " ")
      .replace(/,\s*$/, "")
      .trim();
    const clause = Math.max(subject.lastIndexOf(". "), subject.lastIndexOf("bahwa "));
    if (clause >= 0) subject = subject.slice(clause + 2).trim();
    const owners = [...subject.matchAll(ORG)].map((m) => m[1] as string);
    return { what: `${subject} ${verb}`.trim(), year, owners, source: sentence };
  }
  return undefined;
}

/**
 * The targets a sentence states: the one findTarget reads, then a consequence with a later year in the
 * same sentence ("..., sehingga lelang konstruksi bisa dimulai awal 2027"). With `continues` (the sentence
 * before stated a target in the same passage), a conditional follow-up with a year is one too ("Kalau
 * lancar, truk sampah pertama masuk Padang Lalang awal 2028.").
 */
export function findTargets(sentence: string, continues = false): TargetFact[] {
  const s = sentence.replace(/[\u201c\u201d"]/g, "").trim();
  const first = findTarget(sentence);
  const out: TargetFact[] = first ? [first] : [];
  const yearWords = "(?:pada|tahun|awal|akhir|pertengahan|medio)\\s+((?:19|20|21)\\d\\d)\\b";
  if (first) {
    const then = new RegExp(
      `,\\s*(?:sehingga|agar|supaya|lalu|kemudian)\\s+([^,]+?\\s${yearWords})`,
      "u",
    ).exec(s);
    if (then && Number(then[2]) > first.year)
      out.push({ what: then[1] as string, year: Number(then[2]), owners: first.owners, source: sentence });
  } else if (continues) {
    const follow = new RegExp(`^(?:Kalau|Jika|Bila|Apabila)\\s[^,]+,\\s*([^,]+?\\s${yearWords})`, "u").exec(
      s,
    );
    if (follow)
      out.push({ what: follow[1] as string, year: Number(follow[2]), owners: [], source: sentence });
  }
  return out;
}

/** Organisations named in a text ("Pemerintah Kota X", "Pemkab X", "Politeknik Negeri X"). */
export function organisations(text: string): string[] {
  const re =
    /(Pemerintah (?:Kota|Kabupaten|Provinsi|Desa) \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+(?=[,.;:)]|\s\p{Ll}|$))?|Pem(?:kot|kab|prov|des) \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+(?=[,.;:)]|\s\p{Ll}|$))?|(?:Politeknik|Universitas|Institut|Sekolah Tinggi|Badan|PT|Bank|Perumda|Rumah Sakit)(?:\s(?:\p{Lu}[\p{L}-]*))+)/gu;
  return [...text.matchAll(re)].map((m) => m[1] as string);
}
