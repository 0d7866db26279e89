import type { Telegram } from "telegraf";
import type { JobRepo } from "../../broadcast/jobs.js";
import {
  createProgressThrottle,
  finalReportText,
  type ProgressThrottle,
  progressText,
} from "../../broadcast/progress.js";
import type { WorkerHooks } from "../../broadcast/service.js";
import { fill, broadcastStrings as S } from "../../broadcast/strings.js";
import type { BroadcastJob } from "../../broadcast/types.js";
import type { Logger } from "../../log.js";

export interface ProgressNotifierDeps {
  telegram: Telegram;
  jobs: JobRepo;
  /** Told about jobs enqueued from the terminal and about long 429 pauses. */
  adminIds: readonly number[];
  logger: Logger;
  /** How often the status message is edited. Default 3000 ms. */
  intervalMs?: number;
  now?: () => number;
}

/**
 * The worker's hooks on Telegram: when a job starts, one status message goes to the admin chat that
 * confirmed it (or to every admin for terminal jobs) and is edited every few seconds with sent / failed /
 * remaining / ETA; at the end it shows the final figures and a report message follows. A job resumed
 * after a restart keeps editing the status message it already had. Telegram failures here are logged
 * and never stop delivery.
 */
export function createProgressNotifier(deps: ProgressNotifierDeps): WorkerHooks {
  const now = deps.now ?? Date.now;
  const active = new Map<number, { throttles: ProgressThrottle[]; started: number }>();

  const safe = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      deps.logger.warn({ error: String(err), what }, "broadcast: status message failed");
      return undefined;
    }
  };

  const targets = (job: BroadcastJob) =>
    job.originChatId !== null ? [job.originChatId] : [...deps.adminIds];

  const editor = (chatId: number, messageId: number) => (text: string) =>
    safe("edit", () => deps.telegram.editMessageText(chatId, messageId, undefined, text)).then(() => {});

  return {
    async onJobStart(job, stats) {
      const text = progressText(job.id, stats, undefined);
      const throttles: ProgressThrottle[] = [];
      if (job.statusChatId !== null && job.statusMessageId !== null) {
        throttles.push(
          createProgressThrottle(editor(job.statusChatId, job.statusMessageId), deps.intervalMs),
        );
      } else {
        for (const chatId of targets(job)) {
          const sent = await safe("send", () => deps.telegram.sendMessage(chatId, text));
          if (!sent) continue;
          if (throttles.length === 0) deps.jobs.setStatusMessage(job.id, chatId, sent.message_id);
          throttles.push(createProgressThrottle(editor(chatId, sent.message_id), deps.intervalMs));
        }
      }
      active.set(job.id, { throttles, started: job.startedAt ? Date.parse(job.startedAt) : now() });
    },
    onProgress(job, stats, etaS) {
      const text = progressText(job.id, stats, etaS);
      for (const t of active.get(job.id)?.throttles ?? []) t.update(text);
    },
    onLongPause(job, retryAfterS, pausedS) {
      const text = fill(S.longPause, { id: job.id, retry: retryAfterS, pause: pausedS });
      for (const chatId of deps.adminIds)
        void safe("pause notice", () => deps.telegram.sendMessage(chatId, text));
    },
    async onJobEnd(job, result) {
      const entry = active.get(job.id);
      active.delete(job.id);
      const cancelled = result.outcome === "cancelled";
      await Promise.all((entry?.throttles ?? []).map((t) => t.flush(progressText(job.id, result.stats, 0))));
      const report = finalReportText(job.id, result.stats, now() - (entry?.started ?? now()), cancelled);
      for (const chatId of targets(job))
        await safe("report", () => deps.telegram.sendMessage(chatId, report));
    },
  };
}
