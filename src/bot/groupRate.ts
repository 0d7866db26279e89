/**
 * Telegram lets a bot send about 20 messages per minute to one group. This sliding-window counter is
 * consulted before each reply to a group; over the limit the reply is skipped (and logged) rather than
 * queued, because a queued reply would hold up the polling loop for everyone else.
 */
export interface GroupRateLimiter {
  /** Takes one slot for `chatId` at `now` (ms); false when the group is at its limit. */
  tryTake(chatId: number, now?: number): boolean;
}

/** Creates a limiter allowing `perMinute` messages per chat in any 60 s window. */
export function createGroupRateLimiter(perMinute = 20, windowMs = 60_000): GroupRateLimiter {
  const sent = new Map<number, number[]>();
  let lastSweep = 0;
  return {
    tryTake(chatId, now = Date.now()) {
      if (now - lastSweep > windowMs) {
        lastSweep = now;
        for (const [id, times] of sent) if ((times[times.length - 1] ?? 0) <= now - windowMs) sent.delete(id);
      }
      const times = sent.get(chatId) ?? [];
      while (times.length && (times[0] ?? 0) <= now - windowMs) times.shift();
      if (times.length >= perMinute) return false;
      times.push(now);
      sent.set(chatId, times);
      return true;
    },
  };
}
