import type { Db } from "../storage/db.js";

/** How the bot handled a question that did not get a sure answer. */
export type GapKind = "decline" | "clarify" | "low_confidence" | "partial";

/** One recorded question. Deliberately no chat id, user id or name. */
export interface GapRecord {
  text: string;
  askedAt: Date;
  kind: GapKind;
  confidence: number;
  /** Content words the engine did not know (helps grouping). */
  unknownTerms: string[];
  /** Knowledge version that could not answer it. */
  version?: string;
}

/** The unanswered-questions table (migration 3), with its retention limit. */
export interface GapStore {
  /** Stores one question; prunes expired rows at most once an hour. */
  add(record: GapRecord): void;
  /** Deletes rows older than the retention limit; returns how many. */
  prune(now: Date): number;
  /** The rows within the retention limit, newest first (at most `limit`, default 20,000). */
  list(now: Date, limit?: number): GapRecord[];
  /** Rows stored (including expired ones not yet pruned). */
  count(): number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Opens the store over an opened (migrated) database. `retentionDays` comes from GAPS_RETENTION_DAYS. */
export function createGapStore(db: Db, options: { retentionDays: number }): GapStore {
  const retentionMs = options.retentionDays * DAY_MS;
  const insert = db.prepare(
    `INSERT INTO unanswered_questions (text, asked_at, kind, confidence, unknown_terms, knowledge_version)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const del = db.prepare("DELETE FROM unanswered_questions WHERE asked_at < ?");
  const select = db.prepare(
    `SELECT text, asked_at, kind, confidence, unknown_terms, knowledge_version FROM unanswered_questions
     WHERE asked_at >= ? ORDER BY asked_at DESC, id DESC LIMIT ?`,
  );
  const countAll = db.prepare("SELECT COUNT(*) AS n FROM unanswered_questions");
  let lastPrune = Number.NEGATIVE_INFINITY;

  const prune = (now: Date) => {
    lastPrune = now.getTime();
    return del.run(now.getTime() - retentionMs).changes;
  };

  return {
    add(r) {
      insert.run(
        r.text,
        r.askedAt.getTime(),
        r.kind,
        r.confidence,
        JSON.stringify(r.unknownTerms),
        r.version ?? null,
      );
      if (r.askedAt.getTime() - lastPrune >= HOUR_MS) prune(r.askedAt);
    },
    prune,
    list(now, limit = 20_000) {
      const rows = select.all(now.getTime() - retentionMs, limit) as {
        text: string;
        asked_at: number;
        kind: GapKind;
        confidence: number;
        unknown_terms: string;
        knowledge_version: string | null;
      }[];
      return rows.map((row) => ({
        text: row.text,
        askedAt: new Date(row.asked_at),
        kind: row.kind,
        confidence: row.confidence,
        unknownTerms: parseTerms(row.unknown_terms),
        ...(row.knowledge_version ? { version: row.knowledge_version } : {}),
      }));
    },
    count: () => (countAll.get() as { n: number }).n,
  };
}

function parseTerms(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
