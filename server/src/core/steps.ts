/** Running the core's stepwise computations (generators that pause between slices of work). */

/** Runs a stepwise computation to its end without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
