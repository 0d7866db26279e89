import Bottleneck from "bottleneck";

/** Telegram's broadcast limits, as we pace ourselves under them. */
export interface RateLimits {
  /** Messages per second across all chats (Telegram allows about 30; default 25 leaves room for replies). */
  perSecond: number;
  /**
   * Requests to Telegram at once; default 8. Needed to hold `perSecond` when a request takes longer than
   * 1/rate, and it gives bottleneck look-ahead so timer lateness under CPU load does not lower the rate.
   * It also bounds how many messages can be in flight (and so repeated) if the process is killed.
   */
  maxConcurrent?: number;
  /** Minimum gap between two messages to one private chat; default 1000 ms (1 per second). */
  privateGapMs?: number;
  /** Minimum gap between two messages to one group or channel; default 3000 ms (20 per minute). */
  groupGapMs?: number;
}

/**
 * Paces sends with bottleneck: a global limiter (`minTime = 1000 / perSecond`, bounded concurrency) and, in
 * front of it, one queue per chat (Bottleneck.Group) that keeps messages to the same chat at least the
 * chat's gap apart. `pause` drains the global
 * reservoir to zero so nothing new starts until the pause ends (429 handling), then restores it.
 */
export interface SendLimiter {
  /** Runs `fn` when the global and per-chat limits allow. */
  schedule<T>(chatId: number, fn: () => Promise<T>): Promise<T>;
  /**
   * Holds every send that has not started yet for `ms` (extends a running pause, never shortens it). Call it
   * as soon as a 429 arrives, inside the scheduled function, so no queued send slips through.
   */
  pause(ms: number): void;
  /** Epoch ms until which sends are held (0 when not paused). */
  pausedUntil(): number;
  /** Ends any pause (so queued sends can run and see that the worker stopped) and clears its timer. */
  dispose(): void;
}

/** Negative chat ids are groups, supergroups and channels. */
const isGroupChat = (chatId: number) => chatId < 0;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Creates a limiter for one worker; use one per process so every broadcast shares the same budget. */
export function createSendLimiter(limits: RateLimits, now: () => number = Date.now): SendLimiter {
  const global = new Bottleneck({
    minTime: Math.ceil(1000 / limits.perSecond),
    maxConcurrent: limits.maxConcurrent ?? 8,
  });
  // One queue per chat (maxConcurrent 1), so a chat never has two sends waiting in the global queue.
  // The per-chat gap is measured from the previous send's actual start, which bottleneck's own minTime
  // (measured from when the per-chat job started, before its wait in the global queue) cannot guarantee.
  const perChat = new Bottleneck.Group({ maxConcurrent: 1 });
  const lastStart = new Map<number, number>();
  const privateGap = limits.privateGapMs ?? 1000;
  const groupGap = limits.groupGapMs ?? 3000;
  let until = 0;
  let timer: NodeJS.Timeout | undefined;
  // Jobs bottleneck already started (waiting out minTime) cannot be recalled by the reservoir, so every send
  // also passes this gate, which is closed while paused.
  let gate: Promise<void> | undefined;
  let openGate: (() => void) | undefined;

  const resume = () => {
    timer = undefined;
    until = 0;
    global.updateSettings({ reservoir: null });
    openGate?.();
    gate = undefined;
    openGate = undefined;
  };

  const remember = (chatId: number, at: number) => {
    lastStart.set(chatId, at);
    if (lastStart.size > 50_000) {
      const horizon = at - Math.max(privateGap, groupGap);
      for (const [id, t] of lastStart) if (t < horizon) lastStart.delete(id);
    }
  };

  return {
    schedule(chatId, fn) {
      const gap = isGroupChat(chatId) ? groupGap : privateGap;
      return perChat.key(String(chatId)).schedule(async () => {
        const wait = (lastStart.get(chatId) ?? Number.NEGATIVE_INFINITY) + gap - now();
        if (wait > 0) await sleep(wait);
        return global.schedule(async () => {
          while (gate) await gate;
          remember(chatId, now());
          return fn();
        });
      });
    },
    pause(ms) {
      const end = now() + ms;
      if (end <= until) return;
      until = end;
      global.updateSettings({ reservoir: 0 });
      gate ??= new Promise<void>((r) => {
        openGate = r;
      });
      if (timer) clearTimeout(timer);
      timer = setTimeout(resume, ms);
    },
    pausedUntil: () => until,
    dispose() {
      if (timer) clearTimeout(timer);
      resume();
    },
  };
}
