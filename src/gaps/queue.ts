import type { Answer } from "../engine/types.js";
import type { Db } from "../storage/db.js";
import { DEFAULT_LOW_CONFIDENCE, gapKind, type RecordIfUnanswered } from "./record.js";

/** At most this many questions wait for the next flush; beyond it the oldest are dropped. */
export const MAX_PENDING_GAPS = 5000;

/** A batch of unanswered questions waiting to be stored (see createGapQueue). */
export interface GapQueue {
  /** For the bot's onAnswer hook: queues the answer if it is a gap. O(1), never touches the disk. */
  push(answer: Answer, now: Date): void;
  /** Stores everything queued in one transaction. Never throws (errors go to `onError`). */
  flush(): void;
  /** Stops the timer and flushes what is left (for shutdown). */
  close(): void;
  /** Questions waiting for the next flush. */
  pending(): number;
}

/**
 * Keeps unanswered-question recording off the reply path: `push` only queues, and a timer stores the
 * queue every `intervalMs` (default 1000) in one transaction, so a burst costs one disk sync instead
 * of one per question. Answered questions are not even queued. A failing flush is reported and the
 * batch dropped: recording must never take the bot down.
 */
export function createGapQueue(
  db: Pick<Db, "transaction">,
  record: RecordIfUnanswered,
  options: { intervalMs?: number; lowConfidence?: number; onError?: (e: unknown) => void } = {},
): GapQueue {
  const queue: Array<[Answer, Date]> = [];
  const low = options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE;
  const store = db.transaction((batch: Array<[Answer, Date]>) => {
    for (const [answer, now] of batch) record(answer, now);
  });
  const flush = () => {
    if (queue.length === 0) return;
    const batch = queue.splice(0);
    try {
      store(batch);
    } catch (e) {
      options.onError?.(e);
    }
  };
  const timer = setInterval(flush, options.intervalMs ?? 1000);
  timer.unref();
  return {
    push(answer, now) {
      if (gapKind(answer, low) === undefined) return;
      queue.push([answer, now]);
      if (queue.length > MAX_PENDING_GAPS) queue.splice(0, queue.length - MAX_PENDING_GAPS);
    },
    flush,
    close() {
      clearInterval(timer);
      flush();
    },
    pending: () => queue.length,
  };
}
