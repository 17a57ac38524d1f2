import type { AppInfo, Settings } from '../../../../../shared/api/contract';
import type { MessageKey, MessageParams } from '../../../i18n';

export type Overlay = 'help' | 'import' | 'export' | 'find' | 'tags' | 'noise' | 'revisions' | 'series' | 'profile' | 'approve-warnings' | 'reviewer' | 'approve-check' | 'batch-delete';

/** What approving the open article asks first: the reviewer's name (none set yet); open warnings and a missing headline are the approve-warnings dialog's. */
export interface ApproveCheck {
  openNext: boolean;
  needsName: boolean;
}

export interface Notice {
  kind: 'error' | 'info';
  /** A catalogue message, or raw text from the backend. */
  key?: MessageKey;
  params?: MessageParams;
  text?: string;
  /** An action the notice offers (undo the segmentation step just made). */
  action?: 'undo-segment';
  /** The page whose step the undo takes back: the proofreader may have opened an article of another page since. */
  undoPage?: number;
}

export interface SessionState {
  booted: 'pending' | 'ready' | 'failed';
  bootError: string | null;
  appInfo: AppInfo | null;
  settings: Settings;
  overlay: Overlay | null;
  notice: Notice | null;
  approveCheck: ApproveCheck | null;
}

export const sessionInitialState: SessionState = {
  booted: 'pending',
  bootError: null,
  appInfo: null,
  settings: { reviewer: '', language: 'zh-CN' },
  overlay: null,
  notice: null,
  approveCheck: null,
};
