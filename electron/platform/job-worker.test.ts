// The shared job worker: answers from the worker, refusals as the caller's error, and nothing lost when the worker
// dies — what it held and everything after runs by the caller's fallback.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sharedJobWorker } from './job-worker';

/** A worker script (CommonJS, as eval workers are) answering each job by `answer(id, job)`. */
const scripted = (answer: string) => () => new Worker(`const { parentPort } = require('node:worker_threads'); parentPort.on('message', ({ id, job }) => { ${answer} });`, { eval: true });

class Refused extends Error {
  constructor(readonly reason: unknown) {
    super('refused');
  }
}

describe('sharedJobWorker', () => {
  it('runs jobs in the worker and rejects a refused one with the caller’s error and the worker’s reason', async () => {
    const pool = sharedJobWorker<number>(
      scripted(`parentPort.postMessage(job < 0 ? { id, ok: false, reason: { zh: '负数', en: 'negative' } } : { id, ok: true, value: job * 2 });`),
      (_, reason) => new Refused(reason),
    );
    try {
      const here = () => Promise.resolve(-1);
      expect(await Promise.all([pool.run(2, here), pool.run(5, here)])).toEqual([4, 10]);
      expect(pool.running()).toBe(true);
      await expect(pool.run(-3, here)).rejects.toEqual(new Refused({ zh: '负数', en: 'negative' }));
    } finally {
      await pool.stop();
    }
  });

  it('when the worker dies, the jobs it held and every later one run by their fallback', async () => {
    const pool = sharedJobWorker<number>(scripted('process.exit(1);'), (_, reason) => new Refused(reason));
    const fallback = (n: number) => () => Promise.resolve(`here ${n}`);
    expect(await Promise.all([pool.run(1, fallback(1)), pool.run(2, fallback(2))])).toEqual(['here 1', 'here 2']);
    expect(pool.running()).toBe(false);
    expect(await pool.run(3, fallback(3))).toBe('here 3');
    expect(pool.started()).toBe(false);
  });
});
