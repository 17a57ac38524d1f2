import { median, p95 } from './stats';
import type { Benchmark, BenchRun, Result, Target } from './types';

export function describeTarget(target: Target, unit: string): string {
  const op = target.op === '<=' ? '≤' : '≥';
  return target.stat === 'ratio' ? `ratio ${op} ${target.value}×` : `${target.stat} ${op} ${target.value} ${unit}`;
}

/** Summarises a run into a report line; `peakRssMb` is the benchmark process's peak resident set. */
export function summarize(bench: Benchmark, run: BenchRun, peakRssMb: number | null): Result {
  const target = bench.target ? describeTarget(bench.target, bench.unit) : null;
  const notes = run.notes ? { notes: run.notes } : {};
  if (run.skipped !== undefined || run.samples.length === 0) {
    const skipped = run.skipped ?? 'no samples';
    const empty = { median: null, p95: null, baseline: null, ratio: null, target, pass: null, samples: 0 };
    return { name: bench.name, unit: bench.unit, ...empty, peakRssMb, skipped, ...notes };
  }
  const m = median(run.samples);
  const tail = p95(run.samples, bench.better);
  const baseline =
    run.baseline && run.baseline.samples.length > 0
      ? { name: run.baseline.name, median: median(run.baseline.samples), p95: p95(run.baseline.samples, bench.better) }
      : null;
  const ratio = baseline ? (bench.better === 'lower' ? baseline.median / m : m / baseline.median) : null;
  let pass: boolean | null = null;
  if (bench.target) {
    const { stat, op, value } = bench.target;
    const actual = stat === 'median' ? m : stat === 'p95' ? tail : ratio;
    pass = actual === null ? false : op === '<=' ? actual <= value : actual >= value;
  }
  return { name: bench.name, unit: bench.unit, median: m, p95: tail, baseline, ratio, target, pass, samples: run.samples.length, peakRssMb, ...notes };
}

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '–' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

/** The human-readable table. */
export function table(results: readonly Result[]): string {
  const header = ['name', 'unit', 'median', 'p95', 'baseline', 'ratio', 'target', 'pass', 'peak RSS'];
  const rows = results.map((r) => [
    r.name,
    r.unit,
    fmt(r.median),
    fmt(r.p95),
    r.baseline ? `${r.baseline.name} ${fmt(r.baseline.median)}` : '–',
    r.ratio === null ? '–' : `${fmt(r.ratio)}×`,
    r.target ?? '–',
    r.error !== undefined ? `ERROR: ${r.error}` : r.skipped !== undefined ? `skipped: ${r.skipped}` : r.pass === null ? '–' : r.pass ? 'PASS' : 'FAIL',
    r.peakRssMb === null ? '–' : `${fmt(r.peakRssMb)} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
