/**
 * Paces the handling of a batch of updates. Telegraf's long polling hands a whole getUpdates batch (up
 * to 100 updates) to `handleUpdate` at once; the engine part of each update is synchronous, so all 100
 * answers used to be computed in one stretch of the event loop before the first reply could even be
 * written to its socket. Every update of the batch then stayed alive for the whole batch (~150 ms),
 * long enough to survive two young-generation GCs and be copied into the old generation, which grew
 * by ~100 MB during a 5,000-update burst before a full GC cleared it.
 *
 * `createUpdateQueue` starts at most one waiting task per event-loop turn (setImmediate), so the reply
 * of one update goes out, and its response is read, while the next ones are being answered; and at
 * most `concurrency` tasks run at once. An update now lives for about its own work plus the Bot API
 * round trip, and dies young.
 */
export interface UpdateQueue {
  /** Runs `task` when its turn comes; settles as the task does. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks started and not yet settled. */
  running(): number;
  /** Tasks waiting for their turn. */
  waiting(): number;
}

export function createUpdateQueue(concurrency: number): UpdateQueue {
  if (!(concurrency >= 1)) throw new RangeError("concurrency must be at least 1");
  let running = 0;
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    if (running >= concurrency) return;
    const start = waiting.shift();
    if (!start) return;
    start();
    schedule();
  };
  const schedule = () => {
    if (scheduled || waiting.length === 0 || running >= concurrency) return;
    scheduled = true;
    setImmediate(pump);
  };
  return {
    run<T>(task: () => Promise<T>) {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          running++;
          const done = () => {
            running--;
            schedule();
          };
          let result: Promise<T>;
          try {
            result = task();
          } catch (err) {
            result = Promise.reject(err);
          }
          result.then(
            (v) => {
              done();
              resolve(v);
            },
            (err: unknown) => {
              done();
              reject(err);
            },
          );
        });
        schedule();
      });
    },
    running: () => running,
    waiting: () => waiting.length,
  };
}
