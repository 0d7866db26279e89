import { fill, broadcastStrings as S } from "./strings.js";
import type { JobStats } from "./types.js";

/** "± 3 menit lagi" / "± 40 detik lagi" / "sedang dihitung". */
export function formatEta(etaS: number | undefined): string {
  if (etaS === undefined || !Number.isFinite(etaS)) return S.etaUnknown;
  if (etaS < 90) return fill(S.etaSeconds, { n: Math.max(1, Math.round(etaS)) });
  return fill(S.etaMinutes, { n: Math.round(etaS / 60) });
}

/** The status message edited while a job runs. */
export function progressText(jobId: number, stats: JobStats, etaS: number | undefined): string {
  return fill(S.progress, { id: jobId, ...stats, eta: stats.remaining === 0 ? "-" : formatEta(etaS) });
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return [h ? `${h} jam` : "", m ? `${m} menit` : "", `${sec} detik`].filter(Boolean).join(" ");
}

/** The final report of a finished or cancelled job. */
export function finalReportText(
  jobId: number,
  stats: JobStats,
  durationMs: number,
  cancelled: boolean,
): string {
  return fill(cancelled ? S.cancelledReport : S.finalReport, {
    id: jobId,
    ...stats,
    duration: formatDuration(durationMs),
  });
}

/**
 * Edits one status message at most every `intervalMs`: `update` only records the latest figures; a timer
 * publishes them when they changed. `flush` publishes at once (final report) and stops the timer.
 */
export interface ProgressThrottle {
  update(text: string): void;
  flush(text?: string): Promise<void>;
}

/** Creates a throttle around `publish` (which must not throw; failures are the caller's to log). */
export function createProgressThrottle(
  publish: (text: string) => Promise<void>,
  intervalMs = 3000,
): ProgressThrottle {
  let latest: string | undefined;
  let shown: string | undefined;
  let busy: Promise<void> = Promise.resolve();
  const tick = () => {
    if (latest === undefined || latest === shown) return;
    const text = latest;
    shown = text;
    busy = busy.then(() => publish(text)).catch(() => {});
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return {
    update(text) {
      latest = text;
    },
    async flush(text) {
      clearInterval(timer);
      if (text !== undefined) latest = text;
      tick();
      await busy;
    },
  };
}
