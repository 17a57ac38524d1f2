import type { Better } from './types';

/** Nearest-rank percentile (0 < q <= 1) of the samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** The 95th percentile towards the bad end: slowest latencies, lowest throughputs. */
export const p95 = (samples: readonly number[], better: Better) => percentile(samples, better === 'lower' ? 0.95 : 0.05);
