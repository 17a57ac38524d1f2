import { describe, expect, it, vi } from 'vitest';
import { handleWindowOpen, isAllowedNavigation, navigationDecision } from './navigation';
import { denyPermissionsByDefault, isPermissionGranted, type PermissionSession } from './permissions';

describe('navigation', () => {
  it('allows only the app\'s own pages', () => {
    expect(isAllowedNavigation('app://galley/index.html')).toBe(true);
    expect(isAllowedNavigation('app://galley/')).toBe(true);
    for (const url of ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,x', 'about:blank', '']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('hands only credential-free https links to the system browser', () => {
    expect(navigationDecision('https://www.gov.cn/gongbao/')).toBe('external');
    expect(navigationDecision('http://example.com/')).toBe('deny');
    expect(navigationDecision('https://user:pw@example.com/')).toBe('deny');
    expect(navigationDecision('mailto:a@b.c')).toBe('deny');
    expect(navigationDecision('smb://server/share')).toBe('deny');
    expect(navigationDecision('file:///C:/Windows/System32/calc.exe')).toBe('deny');
  });

  it('never opens a window; https links open externally, the rest nowhere', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen({ url: 'https://example.com/a' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
    openExternal.mockClear();
    for (const url of ['app://galley/index.html', 'http://example.com/', 'file:///etc/passwd', 'javascript:void 0']) {
      expect(handleWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('refuses every permission except sanitized clipboard writes from the app', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://galley/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://galley')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(isPermissionGranted(permission, 'app://galley/index.html'), permission).toBe(false);
    }
  });

  it('installs request and check handlers that refuse by default', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    denyPermissionsByDefault({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const callback = vi.fn();
    request?.({}, 'media', callback, { requestingUrl: 'app://galley/index.html' });
    request?.({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://galley/index.html' });
    request?.({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [true], [false]]);
    expect(check?.({}, 'geolocation', 'app://galley')).toBe(false);
    expect(check?.({}, 'clipboard-sanitized-write', 'app://galley')).toBe(true);
  });
});
