import { format } from "date-fns/format";
import { id } from "date-fns/locale/id";
import type { EntryFacts, NumberFact, QuestionType } from "./types.js";

/**
 * What an entry's facts say about it, with no hidden rules: the answer types its facts make possible,
 * how a fact is written in an answer (`{label}` references), and every value a fact holds (for the
 * "one fact, one place" check). Pure.
 */

/** Facts as written (every list may be missing in a file). */
export type FactsInput = Partial<EntryFacts>;

/**
 * The answer types an entry's facts make possible: a date → date and relative (kapan, sudah berapa hari),
 * a place → place (di mana), a person, office or organisation → person (siapa), a number → amount
 * (berapa), a target → target, a quote → quote. Documented in the knowledge file's header.
 */
export function inferAnswerTypes(facts: FactsInput | undefined, quotes: number): QuestionType[] {
  const out: QuestionType[] = [];
  if (facts?.dates?.length) out.push("date", "relative");
  if (facts?.places?.length) out.push("place");
  if (facts?.people?.length || facts?.organisations?.length) out.push("person");
  if (facts?.numbers?.length) out.push("amount");
  if (facts?.targets?.length) out.push("target");
  if (quotes > 0) out.push("quote");
  return out;
}

/**
 * The answer types of an entry: those staff listed plus those its facts make possible. With neither,
 * "definition" (apa itu / jelaskan), the type every entry can answer.
 */
export function answerTypes(
  listed: readonly QuestionType[] | undefined,
  facts: FactsInput | undefined,
  quotes: number,
): QuestionType[] {
  const all = [...new Set([...(listed ?? []), ...inferAnswerTypes(facts, quotes)])];
  return all.length ? all : ["definition"];
}

/** "Selasa, 13 Januari 2026" for an ISO date (the date as written, no time zone shift). */
export function formatFactDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  // A local calendar date formatted in the same local zone: the day as written, whatever the zone.
  return format(new Date(y as number, (m as number) - 1, d as number), "EEEE, d MMMM yyyy", { locale: id });
}

/** "25.000 rupiah" for a number fact. */
export function formatNumber(n: NumberFact): string {
  const value = typeof n.value === "number" ? n.value.toLocaleString("id-ID") : n.value;
  return n.unit ? `${value} ${n.unit}` : value;
}

/** `{label}` references in an answer: the label as written between the braces. */
export const REFERENCE = /\{([^{}\n]{1,80})\}/g;

/** A number fact's value without its unit ("80" for 80 kader). */
function bareNumber(n: NumberFact): string {
  return typeof n.value === "number" ? n.value.toLocaleString("id-ID") : n.value;
}

/** What a `{label}` stands for: the full text, and (for a number with a unit) the unit and the bare value. */
export interface ReferenceValue {
  text: string;
  unit?: string;
  bare?: string;
}

/** The value each reference label stands for in this entry (labels compared case-insensitively). */
export function referenceValues(facts: FactsInput | undefined): Map<string, ReferenceValue> {
  const out = new Map<string, ReferenceValue>();
  for (const d of facts?.dates ?? []) out.set(d.label.trim().toLowerCase(), { text: formatFactDate(d.date) });
  for (const n of facts?.numbers ?? []) {
    const unit = n.unit?.trim();
    out.set(
      n.label.trim().toLowerCase(),
      unit ? { text: formatNumber(n), unit, bare: bareNumber(n) } : { text: formatNumber(n) },
    );
  }
  return out;
}

/**
 * The labels every entry of one file may use: a date or number written once in any entry's facts is
 * usable as `{label}` in the other entries of the same file. A label two entries give different values
 * is left out (ambiguous: each entry keeps its own).
 */
export function fileReferenceValues(facts: readonly (FactsInput | undefined)[]): Map<string, ReferenceValue> {
  const out = new Map<string, ReferenceValue>();
  const clash = new Set<string>();
  for (const f of facts) {
    for (const [label, value] of referenceValues(f)) {
      const seen = out.get(label);
      if (seen && seen.text !== value.text) clash.add(label);
      else out.set(label, value);
    }
  }
  for (const label of clash) out.delete(label);
  return out;
}

/** An entry's own labels over those of its file (its own win). */
export function withFileReferences(
  own: ReadonlyMap<string, ReferenceValue>,
  file: ReadonlyMap<string, ReferenceValue>,
): Map<string, ReferenceValue> {
  return new Map([...file, ...own]);
}

/**
 * The answer with every known `{label}` replaced by its fact's value; unknown ones are left as written.
 * A number whose unit the answer already writes right after the reference ("{jumlah peserta} kader" with
 * unit kader) shows only the number, not "80 kader kader".
 */
export function expandReferences(answer: string, values: ReadonlyMap<string, ReferenceValue>): string {
  if (!answer.includes("{")) return answer;
  return answer.replace(REFERENCE, (m, label: string, offset: number) => {
    const value = values.get(label.trim().toLowerCase());
    if (!value) return m;
    if (value.unit && value.bare !== undefined) {
      const after = answer
        .slice(offset + m.length)
        .trimStart()
        .toLowerCase();
      const unit = value.unit.toLowerCase();
      if (after.startsWith(unit) && !/[\p{L}\p{N}]/u.test(after.charAt(unit.length))) return value.bare;
    }
    return value.text;
  });
}

/** Labels referenced in an answer that no date or number fact of the entry has. */
export function unknownReferences(answer: string, values: ReadonlyMap<string, unknown>): string[] {
  if (!answer.includes("{")) return [];
  return [...answer.matchAll(REFERENCE)]
    .map((m) => m[1] as string)
    .filter((label) => !values.has(label.trim().toLowerCase()));
}

/** One value a fact holds, with how an answer text may write it. */
export interface FactValue {
  kind: "tanggal" | "tempat" | "orang" | "angka" | "lembaga" | "target";
  /** A stable key within the entry: the same key with another value is a changed fact. */
  key: string;
  /** As written in the facts, for messages. */
  shown: string;
  /** Forms an answer may use for it (e.g. a date: "13 Januari 2026", "13/1/2026", "2026-01-13"). */
  forms: string[];
}

/** Every date, place, person, organisation, number and target an entry's facts hold. */
export function factValues(facts: FactsInput | undefined): FactValue[] {
  const out: FactValue[] = [];
  for (const d of facts?.dates ?? []) {
    const [y, m, day] = d.date.split("-").map(Number);
    const long = formatFactDate(d.date);
    out.push({
      kind: "tanggal",
      key: `tanggal:${d.label.toLowerCase()}`,
      shown: d.date,
      forms: [
        long.slice(long.indexOf(",") + 2),
        `${day}/${m}/${y}`,
        d.date,
        long.slice(long.indexOf(",") + 2).replace(/ \d{4}$/, ""),
      ],
    });
  }
  (facts?.places ?? []).forEach((p, i) => {
    out.push({ kind: "tempat", key: `tempat:${i}`, shown: p, forms: [p] });
  });
  for (const p of facts?.people ?? []) {
    out.push({ kind: "orang", key: `orang:${p.office.toLowerCase()}`, shown: p.name, forms: [p.name] });
  }
  (facts?.organisations ?? []).forEach((o, i) => {
    out.push({ kind: "lembaga", key: `lembaga:${i}`, shown: o, forms: [o] });
  });
  for (const n of facts?.numbers ?? []) {
    const forms = [formatNumber(n)];
    if (typeof n.value === "number") forms.push(n.value.toLocaleString("id-ID"), String(n.value));
    else forms.push(n.value);
    out.push({ kind: "angka", key: `angka:${n.label.toLowerCase()}`, shown: formatNumber(n), forms });
  }
  for (const t of facts?.targets ?? []) {
    out.push({ kind: "target", key: `target:${t.what.toLowerCase()}`, shown: String(t.year), forms: [] });
  }
  return out;
}
