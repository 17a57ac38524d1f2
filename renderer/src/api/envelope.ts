import type { Envelope } from '../../../shared/api/contract';
import { API_ERROR_CODES } from '../../../shared/api/contract';
import { ApiError, fromErrorBody } from '../../../shared/api/errors';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The value of a successful envelope; anything else becomes an ApiError. */
export function unwrap<T>(reply: unknown): T {
  if (!isEnvelope(reply)) throw new ApiError('internal', 'The backend answered something that is not an API envelope.');
  if (reply.ok) return reply.value as T;
  const code = (API_ERROR_CODES as readonly string[]).includes(reply.error?.code) ? reply.error.code : 'internal';
  throw fromErrorBody({ ...reply.error, code });
}

/** Transport failures (network down, bridge gone) as an ApiError, so callers handle one error type. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('internal', err instanceof Error ? err.message : String(err), TRANSPORT);
}

const TRANSPORT = { transport: true } as const;

/**
 * The error as the desk shows it (see errorText): code, message, whether it never reached the backend, and the
 * path a refusal was about (a path outside the allowed folders is refused as `forbidden`, like a wrong token).
 */
export function errorLike(err: unknown): { code: string; message: string; transport: boolean; path?: string } {
  const e = asApiError(err);
  const path = (e.details as { path?: unknown } | undefined)?.path;
  return { code: e.code, message: e.message, transport: e.details === TRANSPORT, ...(typeof path === 'string' ? { path } : {}) };
}
