// Validation and dispatch in one place, shared by every transport (IPC, HTTP, CLI, tests).
import { API_METHODS, requestSchemas } from './contract';
import type { ApiHandlers, ApiMethod, ApiResponses, CallContext, Envelope } from './contract';
import { ApiError, toErrorBody } from './errors';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as string[]).includes(name);
}

/** Validate `payload` for `method` and run its handler; never throws, always answers an envelope. */
export async function dispatch(handlers: ApiHandlers, method: unknown, payload: unknown, ctx: CallContext): Promise<Envelope<ApiResponses[ApiMethod]>> {
  try {
    if (!isApiMethod(method)) throw new ApiError('not-found', `Unknown API method: ${String(method)}`);
    const parsed = requestSchemas[method].safeParse(payload ?? {});
    if (!parsed.success) {
      throw new ApiError('invalid-request', `Invalid request for ${method}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    }
    const handler = handlers[method] as (req: unknown, ctx: CallContext) => unknown;
    const value = (await handler(parsed.data, ctx)) as ApiResponses[ApiMethod];
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toErrorBody(err) };
  }
}
