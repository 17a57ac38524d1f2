import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clampToDisplays, loadWindowState, saveWindowState, trackWindowState, type Rect, type TrackedWindow, type WindowState } from './windowState';

const defaults = { width: 1440, height: 900, minWidth: 960, minHeight: 640 };
const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
const state = (s: Partial<WindowState>): WindowState => ({ width: 1200, height: 800, maximized: false, fullScreen: false, ...s });

describe('clampToDisplays', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(clampToDisplays(null, [primary, right], defaults)).toEqual({ x: 240, y: 70, width: 1440, height: 900, maximized: false, fullScreen: false });
  });

  it('keeps a window that fits where it was', () => {
    expect(clampToDisplays(state({ x: 100, y: 50 }), [primary, right], defaults)).toEqual(state({ x: 100, y: 50 }));
    expect(clampToDisplays(state({ x: 2000, y: 100, maximized: true }), [primary, right], defaults)).toEqual(state({ x: 2000, y: 100, maximized: true }));
  });

  it('pulls a window hanging off an edge back onto the display it mostly covers', () => {
    expect(clampToDisplays(state({ x: 1500, y: 500 }), [primary, right], defaults)).toMatchObject({ x: 1920, y: 184 });
    expect(clampToDisplays(state({ x: -300, y: -40 }), [primary], defaults)).toMatchObject({ x: 0, y: 0 });
  });

  it('shrinks a window larger than its display, but not below the minimum the display allows', () => {
    expect(clampToDisplays(state({ x: 1920, y: 0, width: 3000, height: 2000 }), [primary, right], defaults)).toEqual(state({ x: 1920, y: 0, width: 1280, height: 984 }));
    expect(clampToDisplays(state({ x: 0, y: 0, width: 200, height: 100 }), [primary], defaults)).toMatchObject({ width: 960, height: 640 });
    const small: Rect = { x: 0, y: 0, width: 800, height: 600 };
    expect(clampToDisplays(state({ x: 0, y: 0, width: 1200, height: 800 }), [small], defaults)).toMatchObject({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('brings a window from an unplugged display back to the primary one, centred', () => {
    expect(clampToDisplays(state({ x: 4000, y: 200 }), [primary], defaults)).toEqual(state({ x: 360, y: 120 }));
  });

  it('stays put for a saved size without a position', () => {
    expect(clampToDisplays(state({}), [primary], defaults)).toEqual(state({ x: 360, y: 120 }));
  });
});

describe('load and save', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'galley-window-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through a JSON file, creating its folder', () => {
    const file = join(dir, 'nested', 'window-state.json');
    saveWindowState(file, state({ x: 5, y: 6, maximized: true }));
    expect(loadWindowState(file)).toEqual(state({ x: 5, y: 6, maximized: true }));
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ x: 5, width: 1200 });
  });

  it('answers null for a missing, corrupt or invalid file', () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": 12');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ width: -5, height: 'tall' }));
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ width: 1000, height: 700 }));
    expect(loadWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false, fullScreen: false });
  });
});

describe('trackWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function fakeWindow() {
    const events = new EventEmitter();
    let bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
    const win: TrackedWindow & { move(b: Rect): void; emit(e: string): void } = {
      on: (event: string, listener: () => void) => events.on(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
      isFullScreen: () => false,
      move(b) {
        bounds = b;
        events.emit('move');
      },
      emit: (e) => events.emit(e),
    };
    return win;
  }

  it('saves once after a burst of moves, and at once on close', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 400);
    win.move({ x: 11, y: 20, width: 1000, height: 700 });
    win.move({ x: 12, y: 20, width: 1000, height: 700 });
    win.emit('resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ x: 12, y: 20, width: 1000, height: 700, maximized: false, fullScreen: false });
    win.move({ x: 50, y: 60, width: 1000, height: 700 });
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ x: 50, y: 60 }));
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
