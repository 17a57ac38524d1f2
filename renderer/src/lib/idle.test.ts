import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the work from an idle callback with the timeout, and cancels it', () => {
    const callbacks = new Map<number, () => void>();
    const request = vi.fn((callback: () => void, _options: { timeout: number }) => {
      callbacks.set(callbacks.size + 1, callback);
      return callbacks.size;
    });
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', (id: number) => callbacks.delete(id));
    const work = vi.fn();
    whenIdle(work, 100);
    const cancel = whenIdle(work, 100);
    expect(request).toHaveBeenLastCalledWith(expect.any(Function), { timeout: 100 });
    expect(work).not.toHaveBeenCalled();
    cancel();
    for (const callback of callbacks.values()) callback();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('without requestIdleCallback, runs the work just after the next frame', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1, () => undefined));
    const work = vi.fn();
    whenIdle(work, 100);
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    frames.shift()!();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
    const cancel = whenIdle(work, 100);
    cancel();
    frames.shift()!();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
