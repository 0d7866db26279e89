import Bottleneck from "bottleneck";

/** Telegram's broadcast limits, as we pace ourselves under them. */
export interface RateLimits {
  /** Messages per second across all chats (Telegram allows about 30; default 25 leaves room for replies). */
  perSecond: number;
  /**
   * Requests to Telegram awaiting their answer at once; default 16. Bounds how many messages can be in
   * flight (and so be repeated) if the process is killed; keep it above rate x latency or it caps the rate.
   */
  maxConcurrent?: number;
  /**
   * Sends the pacer may line up ahead of time; default 4. Absorbs event-loop stalls up to
   * (lookahead - 1) / perSecond seconds without losing rate; after a longer stall at most this many
   * sends start together, so any one second holds at most perSecond + lookahead sends.
   */
  lookahead?: number;
  /** Minimum gap between two messages to one private chat; default 1000 ms (1 per second). */
  privateGapMs?: number;
  /** Minimum gap between two messages to one group or channel; default 3000 ms (20 per minute). */
  groupGapMs?: number;
}

/**
 * Paces sends with bottleneck. Per chat, a queue (Bottleneck.Group, one at a time) keeps messages to the
 * same chat at least the chat's gap apart, measured from the previous send's actual start. Globally, a
 * pacer (`minTime = 1000 / perSecond`) decides when each send STARTS; its job only dispatches the request,
 * so the rate does not depend on Telegram's latency. A third limiter bounds requests awaiting an answer.
 * `pause` sets the pacer's reservoir to zero and closes a gate, so nothing starts until the pause ends
 * (429 handling), then both are restored.
 */
export interface SendLimiter {
  /** Runs `fn` when the global and per-chat limits allow; resolves with its result. */
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
  // Pacer jobs finish as soon as the request is dispatched, so its `maxConcurrent` is the number of
  // starts lined up ahead (each waiting out minTime): bottleneck anchors them to its schedule, not to
  // when timers happen to fire.
  const pacer = new Bottleneck({
    minTime: 1000 / limits.perSecond,
    maxConcurrent: Math.max(1, limits.lookahead ?? 4),
  });
  const awaiting = new Bottleneck({ maxConcurrent: Math.max(1, limits.maxConcurrent ?? 16) });
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
    pacer.updateSettings({ reservoir: null });
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
    schedule<T>(chatId: number, fn: () => Promise<T>) {
      const gap = isGroupChat(chatId) ? groupGap : privateGap;
      return perChat.key(String(chatId)).schedule(async () => {
        const wait = (lastStart.get(chatId) ?? Number.NEGATIVE_INFINITY) + gap - now();
        if (wait > 0) await sleep(wait);
        return awaiting.schedule(async () => {
          // The pacer returns a box, not the promise: it must not wait for Telegram's answer.
          const box = await pacer.schedule(async () => {
            while (gate) await gate;
            remember(chatId, now());
            const reply = fn();
            // Handled by the caller once bottleneck hands the box back; silence the interim "unhandled".
            reply.catch(() => {});
            return { reply };
          });
          return box.reply;
        });
      });
    },
    pause(ms) {
      const end = now() + ms;
      if (end <= until) return;
      until = end;
      pacer.updateSettings({ reservoir: 0 });
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
