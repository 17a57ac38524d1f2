// Paths opened from the OS arrive one by one (macOS sends an 'open-file' per file, even before the app is ready).
// Collect them and import them together once the store and window exist.
export interface OpenQueue {
  add(paths: readonly string[]): void;
  /** The app is ready: import what waited and, from now on, what arrives. */
  start(): void;
}

export function createOpenQueue(importPaths: (paths: string[]) => void, delayMs = 250): OpenQueue {
  const waiting = new Set<string>();
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (waiting.size === 0) return;
    const paths = [...waiting];
    waiting.clear();
    importPaths(paths);
  };
  return {
    add(paths) {
      for (const path of paths) waiting.add(path);
      if (started && paths.length > 0 && timer === undefined) timer = setTimeout(flush, delayMs);
    },
    start() {
      started = true;
      flush();
    },
  };
}
