// The desk window's options. The security settings follow Electron's checklist; each is stated even where it is
// Electron's default, so a changed default cannot loosen them.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;

export interface WindowOptionsInput {
  /** The built preload (out/preload/preload.cjs). */
  preload: string;
  bounds: WindowBounds;
  /** Window icon (Linux and Windows; macOS takes the bundle's). */
  icon?: string;
  /** Development builds keep DevTools. */
  devTools: boolean;
}

export function windowOptions({ preload, bounds, icon, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: '校样台 Galley',
    // Shown on 'ready-to-show', so a slow start never flashes an empty frame.
    show: false,
    backgroundColor: '#f6f4ef',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropped files are the desk's to import, not a page to navigate to.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  };
}
