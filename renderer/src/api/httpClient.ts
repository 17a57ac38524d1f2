// The browser host's transport: calls are POSTed as JSON, events arrive over one shared EventSource.
import type { ApiEventName, ApiEvents, ApiMethod, ApiRequest, ApiResponses } from '../../../shared/api/contract';
import { API_EVENTS } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { asApiError, unwrap } from './envelope';
import type { DeskApi } from './types';

export const TOKEN_HEADER = 'X-Galley-Token';

/** Browsers cap all keepalive bodies in flight at 64 KiB; UTF-16 length × 3 bounds the UTF-8 bytes. */
const KEEPALIVE_MAX_CHARS = 20_000;

export interface HttpClientOptions {
  /** Origin (and any path prefix) of the host, without a trailing slash; '' for the page's own origin. */
  baseUrl: string;
  token: string | null;
  fetchImpl?: typeof fetch;
  eventSourceImpl?: typeof EventSource;
}

export function callUrl(baseUrl: string, method: ApiMethod): string {
  return `${baseUrl}/api/call/${encodeURIComponent(method)}`;
}

export function eventsUrl(baseUrl: string, token: string | null): string {
  // EventSource cannot send headers, so the token rides in the query string.
  return token ? `${baseUrl}/api/events?token=${encodeURIComponent(token)}` : `${baseUrl}/api/events`;
}

export function exportFileUrl(baseUrl: string, token: string | null, exportId: number): string {
  const path = `${baseUrl}/api/exports/${exportId}/file`;
  return token ? `${path}?token=${encodeURIComponent(token)}` : path;
}

type AnyListener = (payload: unknown) => void;

export function createHttpClient(options: HttpClientOptions): DeskApi {
  const { baseUrl, token } = options;
  const doFetch = options.fetchImpl ?? fetch.bind(globalThis);
  const listeners = new Map<ApiEventName, Set<AnyListener>>();
  let source: EventSource | null = null;

  function ensureSource(): void {
    if (source) return;
    const Source = options.eventSourceImpl ?? EventSource;
    source = new Source(eventsUrl(baseUrl, token));
    for (const name of API_EVENTS) {
      source.addEventListener(name, (ev) => {
        let payload: unknown;
        try {
          payload = JSON.parse((ev as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  return {
    transport: 'http',
    async call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]> {
      let response: Response;
      const body = JSON.stringify(req ?? {});
      try {
        response = await doFetch(callUrl(baseUrl, method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
          body,
          credentials: 'same-origin',
          // A save made as the page goes away must still arrive; browsers allow keepalive for small bodies only
          // (64 KiB in flight in all), so only saves ask for it.
          keepalive: method === 'articles.save' && body.length <= KEEPALIVE_MAX_CHARS,
        });
      } catch (err) {
        throw asApiError(err);
      }
      let reply: unknown;
      try {
        reply = await response.json();
      } catch {
        throw new ApiError(response.status === 403 || response.status === 401 ? 'forbidden' : 'internal', `HTTP ${response.status} ${response.statusText}`);
      }
      return unwrap<ApiResponses[M]>(reply);
    },
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as AnyListener);
      return () => set.delete(listener as AnyListener);
    },
    exportFileUrl: (exportId) => exportFileUrl(baseUrl, token, exportId),
    // The browser host has no native menu.
    onDeskMessage: () => () => {},
  };
}
