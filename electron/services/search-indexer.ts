// Keeps the full-text index (and, after it, the change statistics) caught up with the store. New articles wait in the store's queue (an import does not
// pay for trigram indexing inside its transactions); this works the queue off once the backend has been idle
// for a moment, a small transaction at a time, so an import or a save never waits behind a long indexing run.
// Searches read still-queued articles directly, so how far behind the index is changes speed, never results.
import type { EventBus } from '../../shared/api/bus';
import type { Store } from '../store/repositories';
import { fillBatchStats } from './stats';

/** Articles whose statistics are counted per idle step: each takes a diff, so fewer than the index's. */
const STATS_STEP = 20;

export interface SearchIndexerOptions {
  /** Quiet time after the last import or save before indexing starts. */
  idleMs?: number;
  /** Articles per transaction: small enough that a request arriving meanwhile waits only a few tens of ms. */
  step?: number;
  /** Told when indexing fails (the store was closed under it, the disk is full…); indexing stops until the next activity. */
  onError?: (error: unknown) => void;
}

export interface SearchIndexer {
  dispose(): void;
}

export function startSearchIndexer(store: Store, bus: EventBus, { idleMs = 400, step = 100, onError }: SearchIndexerOptions = {}): SearchIndexer {
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;

  const arm = (delay: number) => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
    // A process with nothing else to do (a CLI command, a test) need not wait for the index.
    timer.unref();
  };

  function run(): void {
    timer = null;
    if (disposed) return;
    try {
      // The index first, then the change statistics of articles not counted yet (so a batch's first stats.batch
      // finds them counted), one small step per turn.
      if (store.searchIndex.indexNext(step) === step || fillBatchStats({ store }, null, STATS_STEP) > 0) arm(0);
    } catch (error) {
      onError?.(error);
    }
  }

  const offs = [bus.on('import.progress', () => arm(idleMs)), bus.on('article.changed', () => arm(idleMs))];
  // What earlier sessions (or a migration) left in the queue.
  arm(idleMs);

  return {
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      offs.forEach((off) => off());
    },
  };
}

/** Indexes everything queued, now; `onStep` hears how many remain after each step. */
export function drainSearchIndex(store: Store, onStep?: (remaining: number) => void, step = 500): void {
  while (store.searchIndex.indexNext(step) > 0) onStep?.(store.searchIndex.pending());
}
