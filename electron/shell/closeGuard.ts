// Closing the window never loses the last second of typing. While a save is pending the desk's beforeunload
// handler refuses the unload (and starts the save); Electron then cancels the close without a word
// ('will-prevent-unload'). This guard tries the close again shortly after, until the desk lets it go, and after
// `giveUpMs` closes regardless, so a hung save never keeps the window open for ever.

export interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of BrowserWindow the guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: () => void): unknown;
  webContents: { on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown };
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuardOptions {
  retryMs?: number;
  giveUpMs?: number;
  now?: () => number;
  schedule?: (fn: () => void, ms: number) => unknown;
}

export function guardClose(w: GuardedWindow, { retryMs = 200, giveUpMs = 5000, now = Date.now, schedule = setTimeout }: CloseGuardOptions = {}): void {
  let closingSince: number | null = null;
  w.on('close', () => {
    closingSince ??= now();
  });
  w.webContents.on('will-prevent-unload', (event) => {
    // A refused reload (not a close) stays refused; the save is under way and the next reload goes through.
    if (closingSince === null) return;
    if (now() - closingSince >= giveUpMs) {
      // preventDefault here overrides the page's refusal: the window closes.
      event.preventDefault();
      return;
    }
    schedule(() => {
      if (!w.isDestroyed()) w.close();
    }, retryMs);
  });
}
