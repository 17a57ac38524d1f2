import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import type { DeskMessage } from '../../shared/api/bridge';
import { createBridge, type BridgeIpc } from './bridge';
import { CALL_CHANNEL, COMMAND_CHANNEL, EVENT_CHANNEL } from './channels';

type Listener = (event: unknown, message: unknown) => void;

/** An ipcRenderer stand-in: records invokes, lets the test play main's sends. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
    on: (channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    },
  } satisfies BridgeIpc;
  const send = (channel: string, message: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the IPC event' }, message);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, send, count };
}

describe('createBridge', () => {
  it('has exactly call, on and onCommand', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['call', 'on', 'onCommand']);
  });

  it('calls go through the one invoke channel and answer the envelope', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.call('articles.get', { id: 5 })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipc.invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'articles.get', { id: 5 });
  });

  it('event listeners get their event\'s payload only, never the IPC event, until unsubscribed', () => {
    const { ipc, send, count } = fakeIpc();
    const bridge = createBridge(ipc);
    const listener = vi.fn();
    const off = bridge.on('article.changed', listener);
    send(EVENT_CHANNEL, { event: 'export.progress', payload: { done: 1, total: 2 } });
    send(EVENT_CHANNEL, { event: 'article.changed', payload: { id: 1, revision: 3, status: 'approved' } });
    expect(listener.mock.calls).toEqual([[{ id: 1, revision: 3, status: 'approved' }]]);
    off();
    expect(count(EVENT_CHANNEL)).toBe(0);
    send(EVENT_CHANNEL, { event: 'article.changed', payload: { id: 2, revision: 1, status: 'new' } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('desk messages sent before the desk subscribes are kept and delivered in order', () => {
    const { ipc, send } = fakeIpc();
    const bridge = createBridge(ipc);
    const early: DeskMessage[] = [
      { kind: 'imported', report: { batchId: 1, batchName: 'b', files: [] } },
      { kind: 'command', command: 'approve' },
    ];
    for (const message of early) send(COMMAND_CHANNEL, message);
    const listener = vi.fn();
    const off = bridge.onCommand(listener);
    expect(listener.mock.calls.map(([m]) => m)).toEqual(early);
    send(COMMAND_CHANNEL, { kind: 'command', command: 'next-change' });
    expect(listener).toHaveBeenLastCalledWith({ kind: 'command', command: 'next-change' });
    off();
    send(COMMAND_CHANNEL, { kind: 'command', command: 'export' });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});

/** Value imports (not `import type`) of a TypeScript file. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const found: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      const typeOnly = ts.isImportDeclaration(statement)
        ? clause !== undefined && (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
        : statement.isTypeOnly;
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

describe('the sandboxed preload', () => {
  const preload = resolve(import.meta.dirname, '..', 'preload.ts');

  it('loads no module but electron: every other value import is our own package-free code', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of valueImports(file)) {
        if (specifier.startsWith('.')) visit(`${resolve(dirname(file), specifier)}.ts`);
        else external.add(specifier);
      }
    };
    visit(preload);
    expect([...external]).toEqual(['electron']);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('exposes the bridge as window.galley and never ipcRenderer itself', () => {
    const text = readFileSync(preload, 'utf8');
    expect(text).toMatch(/contextBridge\.exposeInMainWorld\(\s*'galley',\s*createBridge\(ipcRenderer\) satisfies GalleyBridge\s*\)/);
    expect(text.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  it('the built preload is CommonJS and requires only electron', (ctx) => {
    const built = resolve(import.meta.dirname, '..', '..', 'out', 'preload', 'preload.cjs');
    if (!existsSync(built)) {
      console.log(`skipped: ${built} does not exist yet (npm test builds before the unit tests; run \`npm run build\` to check it)`);
      ctx.skip();
    }
    const code = readFileSync(built, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
