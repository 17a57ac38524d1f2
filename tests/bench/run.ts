// `npm run bench [-- --json] [-- --only a,b]`: finds tests/bench/*.bench.ts, runs each benchmark in its own
// process (so peak RSS and JIT state are its own), and prints a table or `{ results: [...] }` as JSON.
import { spawn } from 'node:child_process';
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
async function runChild(name: string, resultFile: string): Promise<void> {
  const entry = (await discover()).get(name);
  if (!entry) throw new Error(`no benchmark "${name}"`);
  const tmpDir = mkdtempSync(join(tmpdir(), `galley-bench-${name}-`));
  try {
    const run = await entry.bench.run({ tmpDir, root: ROOT, log: (m) => log(`[${name}] ${m}`) });
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

/** Parent side: one child process per benchmark; its stdout is passed on to stderr. */
function runInChild(bench: Benchmark, resultDir: string): Promise<Result> {
  const resultFile = join(resultDir, `${bench.name}.json`);
  const args = [...process.execArgv, join(BENCH_DIR, 'run.ts'), '--child', bench.name, '--result', resultFile];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.pipe(process.stderr);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as Result);
      } catch {
        const { skipped: _none, ...failed } = summarize(bench, { samples: [] }, null);
        resolve({ ...failed, pass: false, error: `crashed (exit code ${code})` });
      }
    });
  });
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
    .parse();
  const opts = program.opts<{ json?: boolean; only?: string; list?: boolean; child?: string; result?: string }>();

  if (opts.child) {
    if (!opts.result) throw new Error('--child needs --result');
    await runChild(opts.child, opts.result);
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
  const results: Result[] = [];
  try {
    for (const name of wanted) {
      const bench = all.get(name)!.bench;
      log(`running ${name}…`);
      const result = await runInChild(bench, resultDir);
      if (result.skipped !== undefined) log(`${name} skipped: ${result.skipped}`);
      if (result.error !== undefined) log(`${name} failed: ${result.error}`);
      results.push(result);
    }
  } finally {
    rmSync(resultDir, { recursive: true, force: true });
  }
  if (opts.json) console.log(JSON.stringify({ results }, null, 2));
  else console.log(table(results));
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}

await main();
