// Another process writing the same library (a CLI import beside the desk) holds SQLite's write lock for a while.
// A request that finds it held waits SQLite's busy timeout, then fails with SQLITE_BUSY; instead of answering
// "database is locked", the handler runs again after a pause, a longer one each time. That is safe: every write
// of these handlers is one IMMEDIATE transaction, which takes the lock before writing anything, so a busy
// failure left nothing behind. Imports and exports are left out — they are long, write in several steps, and
// report progress — and pass the error on as before.
import type { ApiHandlers, ApiMethod } from '../../shared/api/contract';

const NOT_REPEATED = /^(?:import|export)\./;
const FIRST_PAUSE_MS = 20;
const MAX_PAUSE_MS = 1000;
/** Given up after this long in all: a lock held this long is another problem, and says so. */
const GIVE_UP_MS = 30_000;

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function retryWhenBusy(handlers: ApiHandlers, { firstPauseMs = FIRST_PAUSE_MS, giveUpMs = GIVE_UP_MS } = {}): ApiHandlers {
  const out = { ...handlers } as Record<ApiMethod, (req: never, ctx: never) => unknown>;
  for (const method of Object.keys(handlers) as ApiMethod[]) {
    if (NOT_REPEATED.test(method)) continue;
    const handler = handlers[method] as (req: never, ctx: never) => unknown;
    out[method] = async (req, ctx) => {
      const started = Date.now();
      for (let wait = firstPauseMs; ; wait = Math.min(wait * 2, MAX_PAUSE_MS)) {
        try {
          return await handler(req, ctx);
        } catch (err) {
          if (!isBusy(err) || Date.now() - started + wait > giveUpMs) throw err;
          await pause(wait);
        }
      }
    };
  }
  return out as unknown as ApiHandlers;
}
