// The interface every benchmark module implements. A module `tests/bench/<name>.bench.ts` default-exports one
// Benchmark (or an array of them); the runner finds it by file name, so adding a benchmark touches nothing else.

/** Which way is better for the unit: 'lower' for latencies (ms), 'higher' for throughputs (pages/s). */
export type Better = 'lower' | 'higher';

/**
 * A pass/fail goal on one figure of the result. `ratio` is "times better than the baseline" (see Result).
 * Examples: { stat: 'p95', op: '<=', value: 1 } for "p95 ≤ 1 ms"; { stat: 'ratio', op: '>=', value: 10 }.
 */
export interface Target {
  stat: 'median' | 'p95' | 'ratio';
  op: '<=' | '>=';
  value: number;
}

export interface BenchContext {
  /** A fresh temporary directory, removed after the benchmark. */
  tmpDir: string;
  /** Where the benchmark's Material was built; null when it names none. */
  materialDir: string | null;
  /** The repository root. */
  root: string;
  /** Progress output; goes to stderr so `--json` stdout stays clean. */
  log(message: string): void;
}

/** What run() measured: samples in the benchmark's unit, and the same for the baseline when there is one. */
export interface BenchRun {
  samples: number[];
  baseline?: { name: string; samples: number[] };
  /** Set instead of samples when the benchmark cannot run here; printed as the reason. */
  skipped?: string;
  /** Free-form facts worth reporting (corpus size, etc.). */
  notes?: Record<string, string | number>;
}

/**
 * Input too big to build inside the measured process (a large database, say): built once per run of the runner,
 * in a process of its own, so neither its time nor its memory counts against a benchmark. Benchmarks naming the
 * same key share one build; they run one after another and should leave it as they found it, or at least in a
 * state the others can still measure.
 */
export interface Material {
  key: string;
  build(dir: string, log: (message: string) => void): Promise<void> | void;
}

export interface Benchmark {
  name: string;
  unit: string;
  better: Better;
  target: Target | null;
  material?: Material;
  run(ctx: BenchContext): Promise<BenchRun> | BenchRun;
}

/** One line of the report (the `--json` output is `{ results: Result[] }`). */
export interface Result {
  name: string;
  unit: string;
  /** Medians and p95 in `unit`; p95 is the 95th percentile in the bad direction (the slow end). */
  median: number | null;
  p95: number | null;
  baseline: { name: string; median: number; p95: number } | null;
  /** How many times better than the baseline: baseline/median when lower is better, median/baseline otherwise. */
  ratio: number | null;
  target: string | null;
  pass: boolean | null;
  samples: number;
  peakRssMb: number | null;
  skipped?: string;
  /** Set when the benchmark crashed; pass is then false. */
  error?: string;
  notes?: Record<string, string | number>;
}
