import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers, Settings } from '../../shared/api/contract';
import type { DeskMessage } from '../../shared/api/bridge';
import { EventBus } from '../../shared/api/bus';
import { createCallHandler, createDeskMessenger, forwardEvents, observeSettings } from './ipc';
import type { FrameLike } from './sender';

const frame: FrameLike = { url: 'app://galley/index.html', origin: 'app://galley', parent: null, processId: 3, routingId: 7 };

/** A handler table that answers every method with what it was asked. */
function echoHandlers(): ApiHandlers {
  return new Proxy({} as ApiHandlers, { get: (_target, method) => (req: unknown, ctx: unknown) => ({ method, req, ctx }) });
}

describe('createCallHandler', () => {
  it('dispatches a trusted call with validation and the ipc context', async () => {
    const call = createCallHandler({ handlers: echoHandlers(), mainFrame: () => frame });
    expect(await call(frame, 'articles.get', { id: 3 })).toEqual({ ok: true, value: { method: 'articles.get', req: { id: 3 }, ctx: { transport: 'ipc' } } });
    expect(await call(frame, 'find.search', { batchId: 1, query: '工会' })).toMatchObject({ ok: true, value: { req: { regex: false, caseSensitive: true } } });
  });

  it('answers invalid requests and unknown methods with error envelopes', async () => {
    const call = createCallHandler({ handlers: echoHandlers(), mainFrame: () => frame });
    expect(await call(frame, 'articles.get', { id: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call(frame, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses callers that are not our window\'s main frame, before any handler runs', async () => {
    const handlers = { 'app.info': vi.fn() } as unknown as ApiHandlers;
    const onRefused = vi.fn();
    const call = createCallHandler({ handlers, mainFrame: () => frame, onRefused });
    const untrusted: FrameLike[] = [
      { ...frame, routingId: 8, parent: frame },
      { ...frame, url: 'https://example.com/', origin: 'https://example.com' },
    ];
    for (const sender of untrusted) expect(await call(sender, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(null, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await createCallHandler({ handlers, mainFrame: () => null })(frame, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['app.info']).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledTimes(3);
  });
});

describe('forwardEvents', () => {
  it('sends every bus event as { event, payload } until unsubscribed', () => {
    const bus = new EventBus();
    const send = vi.fn();
    const stop = forwardEvents(bus, send);
    bus.emit('article.changed', { id: 1, revision: 2, status: 'approved', warningCount: 0 });
    bus.emit('export.progress', { done: 1, total: 3 });
    bus.emit('import.progress', { file: 'a.txt', index: 0, total: 1, status: 'reading' });
    expect(send.mock.calls.map(([m]) => m)).toEqual([
      { event: 'article.changed', payload: { id: 1, revision: 2, status: 'approved', warningCount: 0 } },
      { event: 'export.progress', payload: { done: 1, total: 3 } },
      { event: 'import.progress', payload: { file: 'a.txt', index: 0, total: 1, status: 'reading' } },
    ]);
    stop();
    bus.emit('export.progress', { done: 2, total: 3 });
    expect(send).toHaveBeenCalledTimes(3);
  });
});

describe('observeSettings', () => {
  it('reports saved settings and passes the answer through', async () => {
    const saved: Settings = { reviewer: '王', language: 'en' };
    const base = { 'settings.set': vi.fn(async () => saved), 'settings.get': vi.fn() } as unknown as ApiHandlers;
    const listener = vi.fn();
    const handlers = observeSettings(base, listener);
    expect(await handlers['settings.set']({ language: 'en' }, { transport: 'ipc' })).toBe(saved);
    expect(listener).toHaveBeenCalledWith(saved);
    expect(handlers['settings.get']).toBe(base['settings.get']);
  });

  it('reports nothing when saving fails', async () => {
    const base = { 'settings.set': async () => Promise.reject(new Error('disk full')) } as unknown as ApiHandlers;
    const listener = vi.fn();
    await expect(observeSettings(base, listener)['settings.set']({}, { transport: 'ipc' })).rejects.toThrow('disk full');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createDeskMessenger', () => {
  it('holds messages until the page has loaded, and again while it reloads', () => {
    const sent: DeskMessage[] = [];
    const messenger = createDeskMessenger((m) => sent.push(m));
    messenger.post({ kind: 'command', command: 'approve' });
    expect(sent).toEqual([]);
    messenger.open();
    expect(sent).toEqual([{ kind: 'command', command: 'approve' }]);
    messenger.post({ kind: 'command', command: 'export' });
    expect(sent).toHaveLength(2);
    messenger.close();
    messenger.post({ kind: 'command', command: 'shortcuts' });
    expect(sent).toHaveLength(2);
    messenger.open();
    expect(sent.at(-1)).toEqual({ kind: 'command', command: 'shortcuts' });
  });
});
