// `npm run bench [-- --json] [-- --only a,b]`: finds tests/bench/*.bench.ts, runs each benchmark in its own
// process (so peak RSS and JIT state are its own), and prints a table or `{ results: [...] }` as JSON. Material
// a benchmark names (a large database) is built beforehand in a process of its own, once for all that share it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { ROOT } from './lib/corpus';
import { summarize, table } from './lib/report';
import type { Benchmark, Result } from './lib/types';

const BENCH_DIR = import.meta.dirname;

/** Every benchmark, by name, with the module that exports it. */
async function discover(): Promise<Map<string, { file: string; bench: Benchmark }>> {
  const found = new Map<string, { file: string; bench: Benchmark }>();
  for (const file of readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort()) {
    const module = (await import(pathToFileURL(join(BENCH_DIR, file)).href)) as { default?: Benchmark | Benchmark[] };
    const exported = module.default;
    if (!exported) throw new Error(`${file} has no default export`);
    for (const bench of Array.isArray(exported) ? exported : [exported]) {
      if (found.has(bench.name)) throw new Error(`benchmark "${bench.name}" is defined twice (${found.get(bench.name)?.file}, ${file})`);
      found.set(bench.name, { file, bench });
    }
  }
  return found;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Child side: runs one benchmark and writes its Result to `resultFile`. */
async function runChild(name: string, resultFile: string, materialDir: string | null): Promise<void> {
  const entry = (await discover()).get(name);
  if (!entry) throw new Error(`no benchmark "${name}"`);
  const tmpDir = mkdtempSync(join(tmpdir(), `galley-bench-${name}-`));
  try {
    const run = await entry.bench.run({ tmpDir, materialDir, root: ROOT, log: (m) => log(`[${name}] ${m}`) });
    // maxRSS is in kilobytes. The load average tells how busy the machine was: figures from a loaded machine
    // are slower, and ratios against a baseline measured alongside hold up better than absolute times.
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const context = { loadAvg1m: Number(loadavg()[0].toFixed(2)), cpus: availableParallelism() };
    const withContext = { ...run, notes: { ...run.notes, ...context } };
    writeFileSync(resultFile, JSON.stringify(summarize(entry.bench, withContext, peakRssMb)));
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

/** Builder side: builds the Material of benchmark `name` into `dir`. */
async function buildChild(name: string, dir: string): Promise<void> {
  const material = (await discover()).get(name)?.bench.material;
  if (!material) throw new Error(`benchmark "${name}" has no material`);
  await material.build(dir, (m) => log(`[${material.key}] ${m}`));
}

/** Children still running, stopped when the run is interrupted. */
const running = new Set<ChildProcess>();

/** Runs this script again in a child process with `args`; resolves to its exit code. Its stdout goes to stderr. */
function spawnSelf(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, join(BENCH_DIR, 'run.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(child);
    child.stdout.pipe(process.stderr);
    child.on('close', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
}

/** Parent side: one child process per benchmark. */
async function runInChild(bench: Benchmark, resultDir: string, materialDir: string | null): Promise<Result> {
  const resultFile = join(resultDir, `${bench.name}.json`);
  const code = await spawnSelf(['--child', bench.name, '--result', resultFile, ...(materialDir === null ? [] : ['--material', materialDir])]);
  try {
    return JSON.parse(readFileSync(resultFile, 'utf8')) as Result;
  } catch {
    return failed(bench, `crashed (exit code ${code})`);
  }
}

function failed(bench: Benchmark, error: string): Result {
  const { skipped: _none, ...result } = summarize(bench, { samples: [] }, null);
  return { ...result, pass: false, error };
}

/** Parent side: each Material once, in a process of its own; null when the build failed. */
async function materialFor(bench: Benchmark, built: Map<string, string | null>): Promise<string | null> {
  const { key } = bench.material!;
  if (!built.has(key)) {
    const dir = mkdtempSync(join(tmpdir(), `galley-bench-material-${key}-`));
    built.set(key, dir);
    log(`building ${key}…`);
    if ((await spawnSelf(['--build', bench.name, '--material', dir])) !== 0) {
      rmSync(dir, { recursive: true, force: true });
      built.set(key, null);
    }
  }
  return built.get(key)!;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('bench')
    .description('Galley benchmarks (tests/bench/*.bench.ts)')
    .option('--json', 'print { "results": [...] } as JSON on stdout')
    .option('--only <names>', 'comma-separated benchmark names')
    .option('--list', 'list the benchmarks and exit')
    .addOption(new Option('--child <name>').hideHelp())
    .addOption(new Option('--result <file>').hideHelp())
    .addOption(new Option('--build <name>').hideHelp())
    .addOption(new Option('--material <dir>').hideHelp())
    .parse();
  const opts = program.opts<{ json?: boolean; only?: string; list?: boolean; child?: string; result?: string; build?: string; material?: string }>();

  if (opts.build) {
    if (!opts.material) throw new Error('--build needs --material');
    await buildChild(opts.build, opts.material);
    return;
  }
  if (opts.child) {
    if (!opts.result) throw new Error('--child needs --result');
    await runChild(opts.child, opts.result, opts.material ?? null);
    return;
  }

  const all = await discover();
  if (opts.list) {
    for (const [name, { file }] of all) console.log(`${name}\t${file}`);
    return;
  }
  const wanted = opts.only ? opts.only.split(',').map((s) => s.trim()).filter(Boolean) : [...all.keys()];
  const unknown = wanted.filter((name) => !all.has(name));
  if (unknown.length > 0) {
    log(`unknown benchmark(s): ${unknown.join(', ')}; known: ${[...all.keys()].join(', ')}`);
    process.exitCode = 2;
    return;
  }

  const resultDir = mkdtempSync(join(tmpdir(), 'galley-bench-results-'));
  const materials = new Map<string, string | null>();
  const cleanUp = () => {
    rmSync(resultDir, { recursive: true, force: true });
    for (const dir of materials.values()) if (dir !== null) rmSync(dir, { recursive: true, force: true });
  };
  // Material can be gigabytes: an interrupted run stops its children and removes it too.
  process.once('SIGINT', () => {
    for (const child of running) child.kill('SIGINT');
    cleanUp();
    process.exit(130);
  });
  const results: Result[] = [];
  try {
    for (const name of wanted) {
      const bench = all.get(name)!.bench;
      const materialDir = bench.material ? await materialFor(bench, materials) : null;
      if (bench.material && materialDir === null) {
        log(`${name} failed: building ${bench.material.key} failed`);
        results.push(failed(bench, `building ${bench.material.key} failed`));
        continue;
      }
      log(`running ${name}…`);
      const result = await runInChild(bench, resultDir, materialDir);
      if (result.skipped !== undefined) log(`${name} skipped: ${result.skipped}`);
      if (result.error !== undefined) log(`${name} failed: ${result.error}`);
      results.push(result);
    }
  } finally {
    cleanUp();
  }
  if (opts.json) console.log(JSON.stringify({ results }, null, 2));
  else console.log(table(results));
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}

await main();
