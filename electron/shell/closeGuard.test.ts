import { describe, expect, it } from 'vitest';
import { guardClose, type GuardedWindow, type PreventableEvent } from './closeGuard';

function fakeWindow() {
  const listeners: { close: (() => void)[]; prevent: ((e: PreventableEvent) => void)[] } = { close: [], prevent: [] };
  const timers: (() => void)[] = [];
  let t = 0;
  let closes = 0;
  const w: GuardedWindow = {
    on: (_event, listener) => listeners.close.push(listener),
    webContents: { on: (_event, listener) => listeners.prevent.push(listener) },
    close: () => {
      closes++;
      for (const l of listeners.close) l();
    },
    isDestroyed: () => false,
  };
  /** The page refuses the unload once; returns whether main forced it through. */
  const refuse = () => {
    let forced = false;
    for (const l of listeners.prevent) l({ preventDefault: () => (forced = true) });
    return forced;
  };
  return { w, timers, refuse, closes: () => closes, advance: (ms: number) => (t += ms), now: () => t };
}

describe('guardClose', () => {
  it('tries the close again while the desk still saves, and closes regardless after the limit', () => {
    const f = fakeWindow();
    guardClose(f.w, { retryMs: 200, giveUpMs: 1000, now: f.now, schedule: (fn) => f.timers.push(fn) });
    f.w.close();
    expect(f.refuse()).toBe(false);
    expect(f.timers).toHaveLength(1);
    f.advance(200);
    f.timers.shift()!();
    expect(f.closes()).toBe(2);
    f.advance(900);
    expect(f.refuse()).toBe(true);
    expect(f.timers).toHaveLength(0);
  });

  it('leaves a refused reload alone', () => {
    const f = fakeWindow();
    guardClose(f.w, { now: f.now, schedule: (fn) => f.timers.push(fn) });
    expect(f.refuse()).toBe(false);
    expect(f.timers).toHaveLength(0);
    expect(f.closes()).toBe(0);
  });
});
