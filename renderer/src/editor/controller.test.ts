import { describe, expect, it, vi } from 'vitest';
import { useManualIdle } from '../../../tests/fixtures/manualIdle';
import { diffTexts } from '../../../shared/diff';
import { attributeChanges } from './attribution';
import { DiffController } from './controller';
import type { DiffInfo } from './diffState';

const infoFor = (clean: string): DiffInfo => {
  const diff = diffTexts('杭州市总工会', clean);
  return { diff, changes: attributeChanges(diff.hunks, []), edits: [] };
};

describe('DiffController', () => {
  const { runIdle } = useManualIdle();

  it('tells listeners of a diff published while typing once the page is idle, once for many keystrokes', () => {
    const controller = new DiffController();
    const listener = vi.fn();
    controller.subscribe(listener);
    const first = infoFor('杭州市总工会q');
    const second = infoFor('杭州市总工会qq');
    controller.publishWhenIdle(first);
    controller.publishWhenIdle(second);
    expect(controller.getSnapshot()).toBe(second);
    expect(listener).not.toHaveBeenCalled();
    runIdle();
    expect(listener).toHaveBeenCalledTimes(1);
    runIdle();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells listeners at once when a diff is published directly, even the one still waiting for idle', () => {
    const controller = new DiffController();
    const listener = vi.fn();
    controller.subscribe(listener);
    const typed = infoFor('杭州市总工会q');
    controller.publishWhenIdle(typed);
    controller.publish(typed);
    expect(listener).toHaveBeenCalledTimes(1);
    runIdle();
    expect(listener).toHaveBeenCalledTimes(1);
    controller.publish(typed);
    expect(listener).toHaveBeenCalledTimes(1);
    controller.publish(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot()).toBeNull();
  });
});
