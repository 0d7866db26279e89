import { describe, expect, it } from "vitest";
import { createUpdateQueue } from "../../src/bot/updateQueue.js";

const turn = () => new Promise<void>((r) => setImmediate(r));

describe("createUpdateQueue", () => {
  it("starts one task per event-loop turn, at most `concurrency` at once, and settles as the task does", async () => {
    const queue = createUpdateQueue(2);
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const results = [1, 2, 3].map((n) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            finish.push(() => resolve(n * 10));
          }),
      ),
    );
    expect(started).toEqual([]); // nothing runs synchronously
    await turn();
    expect(started).toEqual([1]);
    await turn();
    expect(started).toEqual([1, 2]);
    await turn();
    await turn();
    expect(started).toEqual([1, 2]); // at the limit: 3 waits
    expect(queue.running()).toBe(2);
    expect(queue.waiting()).toBe(1);
    finish[0]?.();
    await expect(results[0]).resolves.toBe(10);
    await turn();
    await turn();
    expect(started).toEqual([1, 2, 3]);
    finish[1]?.();
    finish[2]?.();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30]);
    expect(queue.running()).toBe(0);
  });

  it("passes on a rejection or a synchronous throw and keeps going", async () => {
    const queue = createUpdateQueue(1);
    const failed = queue.run(() => Promise.reject(new Error("boom")));
    const thrown = queue.run((): Promise<number> => {
      throw new Error("sync");
    });
    const ok = queue.run(async () => 7);
    await expect(failed).rejects.toThrow("boom");
    await expect(thrown).rejects.toThrow("sync");
    await expect(ok).resolves.toBe(7);
  });

  it("rejects a concurrency below 1", () => {
    expect(() => createUpdateQueue(0)).toThrow(RangeError);
  });
});
