import type { ErrorLike } from '../../../i18n';
import type { ArticleDetail, SegmentStep } from '../../../../../shared/api/contract';
import type { Range, Revision, Warning } from '../../../../../shared/model/types';

export interface HeadingFields {
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  byline: string | null;
}

export type SaveStateName = 'saved' | 'dirty' | 'saving' | 'failed';

export interface EditorState {
  article: ArticleDetail | null;
  articleLoading: boolean;
  /** The text as the proofreader last typed it. */
  draft: string;
  fields: HeadingFields;
  /** The revision the draft was based on; sent with each save. */
  baseRevision: number;
  saveState: SaveStateName;
  saveError: ErrorLike | null;
  warnings: Warning[];
  /** Bumped whenever the editor must take its text from the store (open, reload, restore, replace). */
  docNonce: number;
  /** A range the editor should select and show (a warning was clicked). */
  jump: (Range & { nonce: number }) | null;
  revisions: Revision[] | null;
  /** The open article's page's segmentation history, newest first; null until loaded. */
  segmentSteps: SegmentStep[] | null;
  /** The page whose segmentation step was the last thing done: Ctrl+Z undoes it until the text is edited or another article is opened. */
  segmentUndoPage: number | null;
  /** An approval waiting for the approver to confirm the open warnings (whether to open the next article after). */
  pendingApproval: { openNext: boolean } | null;
}

export const emptyFields: HeadingFields = { kicker: null, headline: '', subtitle: null, byline: null };

export const editorInitialState: EditorState = {
  article: null,
  articleLoading: false,
  draft: '',
  fields: emptyFields,
  baseRevision: 0,
  saveState: 'saved',
  saveError: null,
  warnings: [],
  docNonce: 0,
  jump: null,
  revisions: null,
  segmentSteps: null,
  segmentUndoPage: null,
  pendingApproval: null,
};
