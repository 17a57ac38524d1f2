// The scan pane's place on the desk (shown or not, its width), remembered across reloads in this profile.
const KEY = 'galley.scanPane';

export interface ScanPrefs {
  open: boolean;
  /** Width in CSS pixels. */
  width: number;
}

export const SCAN_WIDTH = { min: 240, default: 480, max: 1600 } as const;

export function clampScanWidth(width: number): number {
  return Math.round(Math.min(SCAN_WIDTH.max, Math.max(SCAN_WIDTH.min, width)));
}

export function loadScanPrefs(): ScanPrefs {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as Partial<ScanPrefs> | null;
    return { open: raw?.open ?? true, width: clampScanWidth(typeof raw?.width === 'number' ? raw.width : SCAN_WIDTH.default) };
  } catch {
    return { open: true, width: SCAN_WIDTH.default };
  }
}

export function saveScanPrefs(prefs: ScanPrefs): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage refused (private mode, quota): the pane still works, it just is not remembered.
  }
}
