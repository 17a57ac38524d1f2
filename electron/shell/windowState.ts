// The window remembers its size and position in a small JSON file in userData, and comes back onto a screen that
// still exists (a monitor may have been unplugged since).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.output<typeof windowStateSchema>;

/** The saved state, or null when there is none or it is unreadable (the window then opens at its default). */
export function loadWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write through a temporary file, so a crash mid-write leaves the old state rather than half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state)}\n`);
  renameSync(tmp, file);
}

export interface WindowDefaults {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

function overlap(a: WindowBounds, b: Rect): number {
  if (a.x === undefined || a.y === undefined) return 0;
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Fit `saved` onto the displays' work areas (the primary first): on the display it overlaps most, no larger than
 * that display and wholly inside it; centred on the primary display when it overlaps none or nothing was saved.
 */
export function clampToDisplays(saved: WindowState | null, workAreas: readonly Rect[], defaults: WindowDefaults): WindowState {
  const primary = workAreas[0];
  const wanted = saved ?? { width: defaults.width, height: defaults.height, maximized: false, fullScreen: false };
  if (!primary) return { ...wanted };

  let area = primary;
  let best = 0;
  for (const candidate of workAreas) {
    const shared = overlap(wanted, candidate);
    if (shared > best) [area, best] = [candidate, shared];
  }
  const width = clamp(wanted.width, Math.min(defaults.minWidth, area.width), area.width);
  const height = clamp(wanted.height, Math.min(defaults.minHeight, area.height), area.height);
  const x = best > 0 && wanted.x !== undefined ? clamp(wanted.x, area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = best > 0 && wanted.y !== undefined ? clamp(wanted.y, area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { x, y, width, height, maximized: wanted.maximized, fullScreen: wanted.fullScreen };
}

/** What tracking reads from a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

export function currentState(win: TrackedWindow): WindowState {
  // Normal bounds: a maximised window remembers the size it returns to.
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

/** Save the window's state shortly after it moves or resizes, and at once when it closes. */
export function trackWindowState(win: TrackedWindow, save: (state: WindowState) => void, delayMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => save(currentState(win)), delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save(currentState(win));
  });
}
