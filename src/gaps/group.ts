import { analyze } from "../language/pipeline.js";
import type { GapKind, GapRecord } from "./store.js";

/** Two questions belong together when their content-word stems overlap at least this much (Jaccard). */
export const DEFAULT_SIMILARITY = 0.6;

/** A distinct question (same words after normalisation) and how often it was asked. */
export interface GapQuestion {
  /** The most recent wording. */
  text: string;
  count: number;
  lastAskedAt: Date;
  kinds: Partial<Record<GapKind, number>>;
  unknownTerms: string[];
}

/** Similar questions together: what staff should add to the knowledge. */
export interface GapGroup {
  /** The most asked wording in the group. */
  label: string;
  /** Times any question in the group was asked. */
  count: number;
  lastAskedAt: Date;
  /** Distinct wordings, most asked first. */
  questions: GapQuestion[];
  kinds: Partial<Record<GapKind, number>>;
  /** Unknown words shared by the group, most frequent first (often the missing topic). */
  unknownTerms: string[];
}

/** Lower-case words without punctuation: the key for "the same question". */
export function questionKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Collapses records into distinct questions (same key), each with its count. */
export function distinctQuestions(records: readonly GapRecord[]): GapQuestion[] {
  const byKey = new Map<string, GapQuestion>();
  for (const r of records) {
    const key = questionKey(r.text);
    if (!key) continue;
    let q = byKey.get(key);
    if (!q) {
      q = { text: r.text, count: 0, lastAskedAt: r.askedAt, kinds: {}, unknownTerms: [] };
      byKey.set(key, q);
    }
    q.count++;
    q.kinds[r.kind] = (q.kinds[r.kind] ?? 0) + 1;
    if (r.askedAt > q.lastAskedAt) {
      q.lastAskedAt = r.askedAt;
      q.text = r.text;
    }
    for (const t of r.unknownTerms) if (!q.unknownTerms.includes(t)) q.unknownTerms.push(t);
  }
  return [...byKey.values()];
}

/**
 * Groups distinct questions by similarity of their content words (stems, stop words and question
 * words removed), greedily: the most asked question founds a group and each next one joins the
 * group whose founder it resembles most, if at least `threshold`. Two questions whose unknown words
 * are disjoint (e.g. "wali kota Surabaya" and "wali kota Malang") never join. Groups are sorted by
 * count, then by most recent. Pure.
 */
export function groupQuestions(
  questions: readonly GapQuestion[],
  threshold = DEFAULT_SIMILARITY,
): GapGroup[] {
  const sorted = [...questions].sort(
    (a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime(),
  );
  const groups: { founder: Set<string>; unknown: Set<string>; members: GapQuestion[] }[] = [];
  for (const q of sorted) {
    const stems = stemSet(q.text);
    const unknown = new Set(q.unknownTerms.map((t) => t.toLowerCase()));
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      if (unknown.size && g.unknown.size && !intersects(unknown, g.unknown)) continue;
      const score = jaccard(stems, g.founder);
      if (score >= threshold && score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.members.push(q);
    else groups.push({ founder: stems, unknown, members: [q] });
  }
  return groups
    .map((g) => toGroup(g.members))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

function toGroup(members: GapQuestion[]): GapGroup {
  const kinds: Partial<Record<GapKind, number>> = {};
  const terms = new Map<string, number>();
  let count = 0;
  let last = members[0]?.lastAskedAt ?? new Date(0);
  for (const m of members) {
    count += m.count;
    if (m.lastAskedAt > last) last = m.lastAskedAt;
    for (const [k, n] of Object.entries(m.kinds) as [GapKind, number][]) kinds[k] = (kinds[k] ?? 0) + n;
    for (const t of m.unknownTerms) terms.set(t, (terms.get(t) ?? 0) + m.count);
  }
  const ordered = [...members].sort((a, b) => b.count - a.count);
  return {
    label: ordered[0]?.text ?? "",
    count,
    lastAskedAt: last,
    questions: ordered,
    kinds,
    unknownTerms: [...terms.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t),
  };
}

function stemSet(text: string): Set<string> {
  let stems: string[] = [];
  try {
    stems = analyze(text).terms.map((t) => t.stem);
  } catch {
    stems = [];
  }
  // A question made only of question words ("kapan?") still needs something to compare.
  return new Set(stems.length ? stems : questionKey(text).split(" ").filter(Boolean));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
