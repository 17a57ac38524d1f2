import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from './sender';

const mainFrame: FrameLike = { url: 'app://galley/index.html', origin: 'app://galley', parent: null, processId: 4, routingId: 1 };

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing an app:// page, even as a distinct wrapper', () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
    expect(isTrustedSender({ ...mainFrame }, mainFrame)).toBe(true);
  });

  it('refuses a missing sender or a missing window', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame)).toBe(false);
    expect(isTrustedSender(mainFrame, null)).toBe(false);
  });

  it('refuses subframes and other frames', () => {
    expect(isTrustedSender({ ...mainFrame, routingId: 2, parent: mainFrame }, mainFrame)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, parent: mainFrame }, mainFrame)).toBe(false);
    expect(isTrustedSender({ ...mainFrame, processId: 5 }, mainFrame)).toBe(false);
  });

  it('refuses our frame once it shows anything but an app:// page', () => {
    for (const [url, origin] of [
      ['https://example.com/', 'https://example.com'],
      ['file:///tmp/x.html', 'null'],
      ['app://evil/index.html', 'app://evil'],
      ['about:blank', 'app://galley'],
      ['app://galley/index.html', 'null'],
    ] as const) {
      const frame = { ...mainFrame, url, origin };
      expect(isTrustedSender(frame, frame), url).toBe(false);
    }
  });
});
