import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, MIN_WIDTH, windowOptions } from './windowOptions';

describe('windowOptions', () => {
  const options = windowOptions({ preload: '/app/out/preload/preload.cjs', bounds: { x: 10, y: 20, width: 1200, height: 800 }, devTools: false });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.safeDialogs).toBe(true);
  });

  it('loads the given preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has DevTools only when asked (development builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ preload: 'p', bounds: { width: 1000, height: 700 }, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at the given bounds, no smaller than the desk needs', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT });
    expect(options).not.toHaveProperty('icon');
    expect(windowOptions({ preload: 'p', bounds: { width: 1000, height: 700 }, devTools: false, icon: '/i.png' }).icon).toBe('/i.png');
  });
});
