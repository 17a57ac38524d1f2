// Commands on the clean editor: go to the next or previous change, revert one change.
import { EditorSelection } from '@codemirror/state';
import type { Command, EditorView } from '@codemirror/view';
import { revertChange as revertHunk } from '../../../shared/diff';
import { changeAtCursor, neighbourChange } from './attribution';
import type { AttributedChange } from './attribution';
import { setCurrentChange } from './currentChange';
import { cleanDiffField } from './diffState';

function changesOf(view: EditorView): readonly AttributedChange[] {
  return view.state.field(cleanDiffField, false)?.changes ?? [];
}

/** Put the clean text of `change` back to what the OCR had there. */
export function revertChange(view: EditorView, change: AttributedChange): boolean {
  const info = view.state.field(cleanDiffField, false);
  // A read-only editor (an article is being opened) takes no change, from a key or a button alike.
  if (!info || view.state.readOnly) return false;
  const edit = revertHunk(info.diff.ocr, change);
  view.dispatch({
    changes: edit,
    selection: EditorSelection.cursor(edit.from + edit.insert.length),
    userEvent: 'input.revert',
    scrollIntoView: true,
  });
  return true;
}

/** Revert the change the cursor is in (Ctrl+Alt+Z). */
export const revertChangeAtCursor: Command = (view) => {
  const change = changeAtCursor(changesOf(view), view.state.selection.main.head);
  return change ? revertChange(view, change) : false;
};

/**
 * Select the next (or previous) change not skipped (its rule accepted or hidden), outline it and scroll to it;
 * returns the change, or null when there is none.
 */
export function gotoChange(view: EditorView, direction: 1 | -1, skip: (change: AttributedChange) => boolean = () => false): AttributedChange | null {
  const change = neighbourChange(changesOf(view).filter((c) => !skip(c)), view.state.selection.main.from, direction);
  if (!change) return null;
  view.dispatch({
    selection: EditorSelection.range(change.cleanStart, change.cleanEnd),
    effects: setCurrentChange.of({ from: change.cleanStart, to: change.cleanEnd }),
    scrollIntoView: true,
    userEvent: 'select',
  });
  return change;
}
