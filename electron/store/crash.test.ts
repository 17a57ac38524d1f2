// Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments; after every kill
// the database passes integrity_check and holds every save the child acknowledged.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { blockAnalyze, testContext, textSource, type TestContext } from '../services/testing';
import { importSources } from '../import/import';
import { openStore } from './store';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(ROOT, 'tests/crash/save-loop.ts');
const KILLS = 50;

let ctx: TestContext;
afterEach(() => ctx?.dispose());

interface Ack {
  revision: number;
  text: string;
}

/** Runs the child until its first acknowledgement, lets it save for `ms` more, then kills it. */
function runAndKill(dbPath: string, id: number, ms: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dbPath, String(id)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed (${signal}): ${err}`));
      // A line cut off by the kill is not an acknowledgement.
      const lines = out.split('\n').slice(0, -1);
      resolve(
        lines.map((line) => {
          const [, revision, text] = /^ack (\d+) (.*)$/.exec(line)!;
          return { revision: Number(revision), text: JSON.parse(text!) as string };
        }),
      );
    });
  });
}

it(`keeps every acknowledged save through ${KILLS} SIGKILLs`, async () => {
  ctx = testContext();
  const report = await importSources(ctx, [textSource('p.txt', '标题\n正文,一段。')], { batch: 'crash', analyze: blockAnalyze });
  const id = ctx.store.articles.rows({ batchId: report.batchId! })[0]!.id;
  const dbPath = join(ctx.dir, 'galley.db');
  ctx.store.close();

  const acked: Ack[] = [];
  for (let i = 0; i < KILLS; i++) {
    const acks = await runAndKill(dbPath, id, 50 + Math.random() * 100);
    expect(acks.length, `run ${i} acknowledged nothing`).toBeGreaterThan(0);
    acked.push(...acks);

    const store = openStore(dbPath);
    try {
      expect(store.integrityCheck(), `run ${i}`).toBe('ok');
      const revisions = new Map(store.revisions.list(id).map((r) => [r.seq, r.text]));
      for (const ack of acked) expect(revisions.get(ack.revision), `run ${i}, revision ${ack.revision}`).toBe(ack.text);
      const article = store.articles.get(id)!;
      // The article row and its newest revision were committed together.
      expect(article.revision).toBeGreaterThanOrEqual(acked.at(-1)!.revision);
      expect(article.text).toBe(revisions.get(article.revision));
    } finally {
      store.close();
    }
  }
  // Reopened by the store in the next run; reopen here so dispose() closes a live handle.
  ctx.store = openStore(dbPath);
}, 300_000);
