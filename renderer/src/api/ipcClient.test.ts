import { describe, expect, it } from 'vitest';
import type { DeskMessage, GalleyBridge } from '../../../shared/api/bridge';
import { ApiError } from '../../../shared/api/errors';
import { createIpcClient } from './ipcClient';

function bridge(reply: unknown, seen: unknown[][]): GalleyBridge {
  return {
    call: (async (method: string, req: unknown) => {
      seen.push([method, req]);
      return reply;
    }) as GalleyBridge['call'],
    on: () => () => {},
    onCommand: (listener) => {
      listener({ kind: 'command', command: 'approve' });
      return () => {};
    },
  };
}

describe('IPC client', () => {
  it('unwraps the envelope the preload answers', async () => {
    const seen: unknown[][] = [];
    const client = createIpcClient(bridge({ ok: true, value: { reviewer: 'x', language: 'en' } }, seen));
    await expect(client.call('settings.get', {})).resolves.toEqual({ reviewer: 'x', language: 'en' });
    expect(seen).toEqual([['settings.get', {}]]);
    expect(client.exportFileUrl(3)).toBeNull();
  });

  it('turns error envelopes and bridge failures into ApiErrors', async () => {
    const client = createIpcClient(bridge({ ok: false, error: { code: 'not-found', message: 'no article 9' } }, []));
    const error = await client.call('articles.get', { id: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('not-found');

    const broken: GalleyBridge = { call: (() => Promise.reject(new Error('bridge gone'))) as GalleyBridge['call'], on: () => () => {}, onCommand: () => () => {} };
    const failure = await createIpcClient(broken).call('app.info', {}).catch((e: unknown) => e);
    expect((failure as ApiError).code).toBe('internal');
  });

  it('passes the native menu commands on', () => {
    const messages: DeskMessage[] = [];
    createIpcClient(bridge(null, [])).onDeskMessage((m) => messages.push(m));
    expect(messages).toEqual([{ kind: 'command', command: 'approve' }]);
  });
});
