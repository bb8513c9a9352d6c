/**
 * Timing for the linear-time tests (test/pathological.test.ts,
 * test/html-linear.test.ts). They never compare a time with a fixed number of
 * milliseconds: they compare the time for an input four times as long with the
 * time for the shorter one, measured in the same test, in turns.
 *
 * @module
 */

/** A call is repeated until this many milliseconds have passed, so that a fast case is not lost in the timer's and the GC's noise. */
const MIN_SAMPLE_MS = 60;

/** The milliseconds one call of `fn` takes, from as many calls as fill {@link MIN_SAMPLE_MS}. */
export function msPerCall(fn: () => void): number {
  const t0 = performance.now();
  let calls = 0;
  let elapsed: number;
  do {
    fn();
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < MIN_SAMPLE_MS);
  return elapsed / calls;
}

/**
 * How many times longer `large` takes than `small`: the best of up to
 * `maxTries` samples of each, taken in turns (a busy machine slows a sample,
 * never speeds one up, and taking them in turns spreads a slow spell over
 * both). Sampling stops early once the ratio is under `bound`: a linear case
 * soon shows a ratio near four, a quadratic one never gets under the bound.
 * Nine tries: on a VM running seven processes a core, five tries of a linear
 * case still ended just over the bound (10.3, 10.9) twice in a day.
 */
export function timeRatio(small: () => void, large: () => void, bound: number, maxTries = 9): number {
  let fast = Infinity;
  let slow = Infinity;
  for (let i = 0; i < maxTries && !(slow / fast < bound); i++) {
    fast = Math.min(fast, msPerCall(small));
    slow = Math.min(slow, msPerCall(large));
  }
  return slow / fast;
}
