import type { ApiErrorBody, ApiErrorCode } from './contract';

/** The one error type that crosses the API; transports serialise it with toErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toErrorBody(err: unknown): ApiErrorBody {
  if (err instanceof ApiError) {
    return err.details === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, details: err.details };
  }
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

export function fromErrorBody(body: ApiErrorBody): ApiError {
  return new ApiError(body.code, body.message, body.details);
}
