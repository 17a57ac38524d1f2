// Runs the suspicion engine off the request path. New and changed texts wait in the store's queue (an import
// or a save never waits for the engine); once the backend has been idle for a moment this reads them one at a
// time, yielding to requests between articles, stores what the engine found and tells clients
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

/** Runs the engine over up to `max` queued articles, now; returns how many it read. */
export function runSuspicions(store: Store, bus: EventBus, suspect: SuspectFn, max: number): number {
  const pending = store.suspicions.pending(max);
  for (const a of pending) {
    const found = suspect(a.text, { paper: a.paper, confusions: store.corrections.confusions(a.paper ?? '') });
    if (store.suspicions.save(a.id, a.text, found)) bus.emit('article.suspicions', { id: a.id, revision: a.revision });
  }
  return pending.length;
}

export function startSuspicionRunner(store: Store, bus: EventBus, suspect: SuspectFn, { idleMs = 300, onError }: SuspicionRunnerOptions = {}): SuspicionRunner {
  let timer: NodeJS.Timeout | null = null;
  let disposed = false;

  const arm = (delay: number) => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
    // A process with nothing else to do (a CLI command, a test) need not wait for the engine.
    timer.unref();
  };

  function run(): void {
    timer = null;
    if (disposed) return;
    try {
      // One article a turn: a request arriving meanwhile waits for one article's reading at most.
      if (runSuspicions(store, bus, suspect, 1) > 0) arm(0);
    } catch (error) {
      onError?.(error);
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
