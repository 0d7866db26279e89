import { afterEach, describe, expect, it } from "vitest";
import { createSendLimiter, type SendLimiter } from "../../src/broadcast/limiter.js";

let limiter: SendLimiter | undefined;
afterEach(() => limiter?.dispose());

describe("send limiter", () => {
  it("spaces messages to the same chat (private and group gaps) while other chats go ahead", async () => {
    limiter = createSendLimiter({ perSecond: 1000, maxConcurrent: 4, privateGapMs: 60, groupGapMs: 150 });
    const at: Record<string, number[]> = {};
    const job = (chat: number) =>
      limiter?.schedule(chat, async () => {
        at[chat] = [...(at[chat] ?? []), Date.now()];
      });
    await Promise.all([job(1), job(1), job(-5), job(-5), job(2), job(3)]);
    const gap = (xs: number[] = []) => (xs[1] ?? 0) - (xs[0] ?? 0);
    expect(gap(at[1])).toBeGreaterThanOrEqual(55);
    expect(gap(at[-5])).toBeGreaterThanOrEqual(145);
    // Other chats did not wait behind chat 1's gap.
    expect((at[2]?.[0] ?? 0) - (at[1]?.[0] ?? 0)).toBeLessThan(55);
  });

  it("pause holds every send that has not started, then lets them through", async () => {
    limiter = createSendLimiter({ perSecond: 1000, maxConcurrent: 4, privateGapMs: 0 });
    const l = limiter;
    const pausedAt = Date.now();
    l.pause(200);
    expect(l.pausedUntil()).toBeGreaterThanOrEqual(pausedAt + 200);
    const times = await Promise.all([1, 2, 3].map((c) => l.schedule(c, async () => Date.now())));
    for (const t of times) expect(t - pausedAt).toBeGreaterThanOrEqual(190);
    expect(l.pausedUntil()).toBe(0);
  });
});
