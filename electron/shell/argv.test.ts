import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appArguments, handedOverPaths, pathKind, pathsToImport } from './argv';
import { createOpenQueue } from './openQueue';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-argv-'));
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'pages', '001.txt'), '浙江工人日报');
  writeFileSync(join(dir, 'PAGE.TXT'), 'x');
  writeFileSync(join(dir, 'notes.md'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('appArguments', () => {
  it('drops the executable and switches in a packaged app', () => {
    expect(appArguments(['/opt/Galley/galley', '--original-process-start-time=1', 'a.txt', '--no-sandbox', 'dir'], false)).toEqual(['a.txt', 'dir']);
  });

  it('drops the app path too in development (electron out/main/main.js), wherever Playwright puts its switches', () => {
    expect(appArguments(['/x/electron', 'out/main/main.js', 'a.txt'], true)).toEqual(['a.txt']);
    expect(appArguments(['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/main.js', 'a.txt'], true)).toEqual(['a.txt']);
    expect(appArguments(['/x/electron', '.'], true)).toEqual([]);
  });
});

describe('pathsToImport', () => {
  it('keeps existing folders and .txt files (any case), absolute and without repeats', () => {
    expect(pathsToImport(['pages', 'PAGE.TXT', 'notes.md', 'missing.txt', join(dir, 'pages'), 'pages/001.txt'], dir)).toEqual([
      join(dir, 'pages'),
      join(dir, 'PAGE.TXT'),
      join(dir, 'pages', '001.txt'),
    ]);
  });

  it('classifies paths', () => {
    expect(pathKind(dir)).toBe('directory');
    expect(pathKind(join(dir, 'notes.md'))).toBe('file');
    expect(pathKind(join(dir, 'nope'))).toBeNull();
  });
});

describe('handedOverPaths', () => {
  it('takes the second launch\'s paths from its additional data', () => {
    expect(handedOverPaths({ paths: [join(dir, 'pages'), join(dir, 'notes.md')] }, ['/x/galley', '--flag'], '/elsewhere', false)).toEqual([join(dir, 'pages')]);
  });

  it('falls back to its argv and working directory when the data is missing or malformed', () => {
    expect(handedOverPaths(undefined, ['/x/galley', 'PAGE.TXT', '--original-process-start-time=5'], dir, false)).toEqual([join(dir, 'PAGE.TXT')]);
    expect(handedOverPaths({ paths: 'pages' }, ['/x/electron', 'out/main/main.js', 'pages'], dir, true)).toEqual([join(dir, 'pages')]);
  });
});

describe('createOpenQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds paths until started, then imports them together', () => {
    const importPaths = vi.fn();
    const queue = createOpenQueue(importPaths, 250);
    queue.add(['/a.txt']);
    queue.add(['/b.txt', '/a.txt']);
    vi.advanceTimersByTime(1000);
    expect(importPaths).not.toHaveBeenCalled();
    queue.start();
    expect(importPaths).toHaveBeenCalledWith(['/a.txt', '/b.txt']);
  });

  it('gathers files opened one by one after the start into one import', () => {
    const importPaths = vi.fn();
    const queue = createOpenQueue(importPaths, 250);
    queue.start();
    expect(importPaths).not.toHaveBeenCalled();
    queue.add(['/1.txt']);
    vi.advanceTimersByTime(100);
    queue.add(['/2.txt']);
    queue.add([]);
    vi.advanceTimersByTime(250);
    expect(importPaths.mock.calls).toEqual([[['/1.txt', '/2.txt']]]);
    queue.add(['/3.txt']);
    vi.advanceTimersByTime(250);
    expect(importPaths).toHaveBeenLastCalledWith(['/3.txt']);
  });
});
