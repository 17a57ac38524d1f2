import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { createHttpClient, exportFileUrl } from './httpClient';

function fakeFetch(reply: unknown, status = 200) {
  const seen: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(reply), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { impl, seen };
}

describe('HTTP client', () => {
  it('posts the request with the token and returns the envelope value', async () => {
    const { impl, seen } = fakeFetch({ ok: true, value: { count: 4 } });
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9', token: 'secret', fetchImpl: impl });
    await expect(client.call('export.count', { selection: { status: 'all' } })).resolves.toEqual({ count: 4 });
    expect(seen[0].url).toBe('http://127.0.0.1:9/api/call/export.count');
    expect(seen[0].init.method).toBe('POST');
    expect((seen[0].init.headers as Record<string, string>)['X-Galley-Token']).toBe('secret');
    expect(JSON.parse(String(seen[0].init.body))).toEqual({ selection: { status: 'all' } });
  });

  it('turns an error envelope into an ApiError with its code', async () => {
    const { impl } = fakeFetch({ ok: false, error: { code: 'conflict', message: 'stale' } }, 409);
    const client = createHttpClient({ baseUrl: '', token: null, fetchImpl: impl });
    const error = await client.call('articles.get', { id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
  });

  it('builds download links with the token', () => {
    expect(exportFileUrl('', 'a b', 12)).toBe('/api/exports/12/file?token=a%20b');
    expect(exportFileUrl('', null, 12)).toBe('/api/exports/12/file');
  });
});
