// The live diff of the clean text against the OCR text, kept in the clean editor's state and updated
// incrementally on every change; the OCR editor receives the same changes through an effect.
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { diffTexts, updateDiff } from '../../../shared/diff';
import type { TextDiff } from '../../../shared/diff/types';
import type { Edit } from '../../../shared/model/types';
import { whenIdle } from '../lib/idle';
import { attributeChanges } from './attribution';
import type { AttributedChange } from './attribution';
import { sameMarks } from './decorations';

export interface DiffInfo {
  diff: TextDiff;
  changes: AttributedChange[];
  edits: readonly Edit[];
}

function compute(prev: DiffInfo | null, ocr: string, clean: string, edits: readonly Edit[]): DiffInfo {
  const diff = prev ? updateDiff(prev.diff, clean) : diffTexts(ocr, clean);
  return { diff, changes: attributeChanges(diff.hunks, edits), edits };
}

/** The clean side: recomputed from the document whenever it changes. */
export const cleanDiffField = StateField.define<DiffInfo | null>({
  create: () => null,
  update(value, tr) {
    if (!value || !tr.docChanged) return value;
    return compute(value, value.diff.ocr, tr.newDoc.toString(), value.edits);
  },
});

/** Extensions for a clean editor diffed against `ocr`, attributing changes to the rules' `edits`. */
export function cleanDiffState(ocr: string, edits: readonly Edit[]): Extension {
  return cleanDiffField.init((state: EditorState) => compute(null, ocr, state.doc.toString(), edits));
}

/** The OCR side only mirrors what the clean side computed. */
export const setOcrChanges = StateEffect.define<DiffInfo>();

/**
 * The diff whose marks the OCR pane shows. It is replaced only when the OCR marks change (showInOcr), and a moment
 * after the clean side's (followInOcr), so it may be an older diff: read the latest one from the clean editor.
 */
export const ocrDiffField = StateField.define<DiffInfo | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setOcrChanges)) value = effect.value;
    return value;
  },
});

/**
 * Show the clean side's new diff in the OCR pane. Most keystrokes leave the OCR marks as they were (typing inside
 * a change, or anywhere on the clean side of an unchanged one); then the pane is not touched at all, so it has
 * nothing to update, lay out or measure.
 */
function showInOcr(view: EditorView, info: DiffInfo): void {
  const shown = view.state.field(ocrDiffField, false);
  if (shown && sameMarks(shown.changes, info.changes, 'ocr')) return;
  view.dispatch({ effects: setOcrChanges.of(info) });
}

/** The longest the OCR pane's marks wait for an idle moment while typing goes on. */
const OCR_IDLE_TIMEOUT_MS = 100;

export interface OcrFollower {
  /** The clean side's diff changed: show it in the OCR pane when the page is next idle. */
  changed(): void;
  /** Drop an update still waiting (the panes get new states). */
  stop(): void;
}

/**
 * Keeps the OCR pane's marks on the clean editor's latest diff, updated when the page is next idle (normally the
 * moment after the keystroke's frame). The keystroke's frame then has only the clean pane to update, lay out and
 * paint, and a burst of keystrokes costs the OCR pane one update.
 */
export function followInOcr(ocr: EditorView, clean: EditorView): OcrFollower {
  let cancel: (() => void) | null = null;
  return {
    changed() {
      cancel ??= whenIdle(() => {
        cancel = null;
        const info = clean.state.field(cleanDiffField, false);
        if (info) showInOcr(ocr, info);
      }, OCR_IDLE_TIMEOUT_MS);
    },
    stop() {
      cancel?.();
      cancel = null;
    },
  };
}
