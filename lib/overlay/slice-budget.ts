/**
 * A time budget for one run of work: the returned `keepGoing()` resolves at once while the slice lasts,
 * else gives the main thread back first (`keepGoing(true)` always does); false once `alive()` says the
 * run is outdated. No task of ours runs much longer than `sliceMs` (bench "longest task").
 * @example const keepGoing = sliceBudget(performance.now, yieldToMain, 8, () => gen === generation);
 */
export function sliceBudget(
  now: () => number,
  yieldToMain: () => Promise<void>,
  sliceMs: number,
  alive: () => boolean,
): (yieldNow?: boolean) => Promise<boolean> {
  let sliceStart = now();
  return async (yieldNow = false) => {
    if (yieldNow || now() - sliceStart >= sliceMs) {
      await yieldToMain();
      sliceStart = now();
    }
    return alive();
  };
}
