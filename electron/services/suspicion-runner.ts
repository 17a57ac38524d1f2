// Runs the suspicion engine off the request path. New and changed texts wait in the store's queue (an import
// or a save never waits for the engine); once the backend has been idle for a moment this reads them one at a
// time (in a worker, see suspicion-pool.ts), stores what the engine found and tells clients
// ('article.suspicions'), so an open article gets its marks when they are ready.
import type { EventBus } from '../../shared/api/bus';
import type { Store } from '../store/repositories';
import type { SuspectFn } from './engine';

export interface SuspicionRunnerOptions {
  /** Quiet time after the last import or save before the engine starts. */
  idleMs?: number;
  /** Told when the engine fails (its data is missing, the store was closed…); it stops until the next activity. */
  onError?: (error: unknown) => void;
}

export interface SuspicionRunner {
  dispose(): void;
}

/**
 * Runs the engine over up to `max` queued articles, one after the other; returns how many it read. `live` is asked
 * before each result is stored (the runner was disposed meanwhile: nothing more is written).
 */
export async function runSuspicions(store: Store, bus: EventBus, suspect: SuspectFn, max: number, live: () => boolean = () => true): Promise<number> {
  const pending = store.suspicions.pending(max);
  for (const a of pending) {
    const found = await suspect(a.text, { paper: a.paper, batchId: a.batchId, confusions: store.corrections.confusions(a.paper ?? '') });
    if (!live()) break;
    // A text changed while the engine read it stays queued and is read again.
    if (store.suspicions.save(a.id, a.text, found)) bus.emit('article.suspicions', { id: a.id, revision: a.revision });
  }
  return pending.length;
}

export function startSuspicionRunner(store: Store, bus: EventBus, suspect: SuspectFn, { idleMs = 300, onError }: SuspicionRunnerOptions = {}): SuspicionRunner {
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;
  let running = false;

  const arm = (delay: number) => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
    // A process with nothing else to do (a CLI command, a test) need not wait for the engine.
    timer.unref();
  };

  async function run(): Promise<void> {
    timer = null;
    if (disposed || running) return;
    running = true;
    try {
      // One article a turn, so activity in between (a save queueing its text again) is seen at once.
      await runSuspicions(store, bus, suspect, 1, () => !disposed);
      if (!disposed && store.suspicions.pendingCount() > 0) arm(0);
    } catch (error) {
      if (!disposed) onError?.(error);
    } finally {
      running = false;
    }
  }

  const offs = [bus.on('import.progress', () => arm(idleMs)), bus.on('article.changed', () => arm(idleMs))];
  // What earlier sessions (or the migration) left in the queue.
  arm(idleMs);

  return {
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      offs.forEach((off) => off());
    },
  };
}
