import type { PageScanInfo } from '../../../../../shared/api/contract';
import { loadScanPrefs } from '../../../lib/scanPrefs';

export interface ScanState {
  /** The open article's page scan, once loaded; null without one. */
  scan: PageScanInfo | null;
  scanOpen: boolean;
  scanWidth: number;
}

const prefs = loadScanPrefs();

export const scanInitialState: ScanState = { scan: null, scanOpen: prefs.open, scanWidth: prefs.width };
