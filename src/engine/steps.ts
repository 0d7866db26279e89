/**
 * Long builds written as generators that yield between steps, so the same code runs to completion at
 * once (start-up, tests, CLIs) or in time slices that let the event loop answer questions meanwhile
 * (a live reload of a large knowledge).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to completion at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps, letting the event loop run (setImmediate) whenever a slice has taken `sliceMs`. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 20): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise<void>((resume) => setImmediate(resume));
      sliceStart = performance.now();
    }
  }
}
