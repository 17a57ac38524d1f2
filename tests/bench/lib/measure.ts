import { performance } from 'node:perf_hooks';

/** Milliseconds one call of fn takes. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Times fn repeatedly: `warmup` untimed calls (to let the JIT settle), then calls until both `minSamples`
 * samples and `minTimeMs` have been reached. Returns one sample (ms) per call.
 */
export function sampleMs(fn: () => unknown, { warmup = 5, minSamples = 20, minTimeMs = 500 } = {}): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + minTimeMs;
  while (samples.length < minSamples || performance.now() < until) samples.push(timeMs(fn));
  return samples;
}

/** Milliseconds one awaited call of fn takes. */
export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
