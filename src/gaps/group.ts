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
 * Groups distinct questions by what they ask about, greedily: the most asked question founds a group
 * and each next one joins the group whose founder it resembles most. Two questions belong together
 * when they share an unknown word (by stem: "anggaran" and "anggarannya" are the same missing
 * topic), or when their content-word stems overlap enough (Jaccard >= `threshold`, or one contained
 * in the other when neither has unknown words). Questions whose unknown words differ ("wali kota
 * Surabaya", "wali kota Malang") never join. Stems in more than half of many questions (the
 * cooperation's own name) are ignored. Groups are sorted by count, then by most recent. Pure.
 */
export function groupQuestions(
  questions: readonly GapQuestion[],
  threshold = DEFAULT_SIMILARITY,
): GapGroup[] {
  const sorted = [...questions].sort(
    (a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime(),
  );
  const features = sorted.map((q) => ({ q, stems: stemSet(q.text), unknown: unknownStems(q.unknownTerms) }));
  const common = commonStems(features.map((f) => f.stems));
  for (const f of features) {
    const kept = new Set([...f.stems].filter((x) => !common.has(x)));
    if (kept.size) f.stems = kept;
  }
  const groups: { founder: (typeof features)[number]; members: GapQuestion[] }[] = [];
  for (const f of features) {
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const score = similarity(f, g.founder, threshold);
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.members.push(f.q);
    else groups.push({ founder: f, members: [f.q] });
  }
  return groups
    .map((g) => toGroup(g.members))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

interface Features {
  stems: Set<string>;
  unknown: Set<string>;
}

/** 0 when the two must stay apart, otherwise how alike they are (>= threshold). */
function similarity(a: Features, b: Features, threshold: number): number {
  if (a.unknown.size && b.unknown.size) {
    if (!intersects(a.unknown, b.unknown)) return 0;
    return 1 + jaccard(a.stems, b.stems);
  }
  const j = jaccard(a.stems, b.stems);
  if (j >= threshold) return j;
  if (
    !a.unknown.size &&
    !b.unknown.size &&
    Math.min(a.stems.size, b.stems.size) >= 1 &&
    contained(a.stems, b.stems)
  ) {
    return threshold;
  }
  return 0;
}

function unknownStems(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of terms) {
    let stem = t.toLowerCase();
    try {
      stem = analyze(t).terms[0]?.stem ?? stem;
    } catch {
      // keep the word as written
    }
    out.add(stem);
  }
  return out;
}

/** Stems present in more than half of the questions, when there are enough questions to tell. */
function commonStems(sets: readonly Set<string>[]): Set<string> {
  if (sets.length < 6) return new Set();
  const df = new Map<string, number>();
  for (const s of sets) for (const x of s) df.set(x, (df.get(x) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n > sets.length / 2).map(([x]) => x));
}

function contained(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (!big.has(x)) return false;
  return true;
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
