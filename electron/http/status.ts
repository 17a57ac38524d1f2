import type { ApiErrorCode } from '../../shared/api/contract';

/** The HTTP status each API error code is answered with. */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  refused: 422,
  internal: 500,
  unsupported: 501,
};
