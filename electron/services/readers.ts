// Long reads that may run off the thread answering requests (see reader-pool.ts; find.search has a worker of
// its own, find-pool.ts, which bounds it in time): each a service function of
// the context and its request, the same in the worker and, where no worker runs, in this thread.
import type { ApiErrorBody, ApiParsedRequest, ApiResponses } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { batchStats } from './stats';

export const READERS = {
  'stats.batch': (ctx: ServiceContext, req: ApiParsedRequest<'stats.batch'>) => batchStats(ctx, req.batchId),
} satisfies { [M in keyof ApiResponses]?: (ctx: ServiceContext, req: ApiParsedRequest<M>) => ApiResponses[M] };

export type ReaderMethod = keyof typeof READERS;

/** What the worker opens: the database, with the native module the host's own connection uses. */
export interface ReaderWorkerData {
  dbPath: string;
  nativeBinding?: string;
}

export interface ReaderRequest {
  id: number;
  method: ReaderMethod;
  req: unknown;
}

export type ReaderReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ApiErrorBody };
