import { EditorState } from '@codemirror/state';
import type { TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { useManualIdle } from '../../../tests/fixtures/manualIdle';
import { cleanDiffField, cleanDiffState, followInOcr, ocrDiffField } from './diffState';

/** Just what followInOcr uses of a view: its state and dispatch, counted. */
function fakeView(state: EditorState) {
  const view = {
    state,
    dispatches: 0,
    dispatch(spec: TransactionSpec) {
      view.state = view.state.update(spec).state;
      view.dispatches++;
    },
  };
  return view;
}

describe('followInOcr', () => {
  const ocr = '杭州市总工会召开会议\n全省职工参加';
  const { runIdle } = useManualIdle();
  const panes = () => {
    const clean = fakeView(EditorState.create({ doc: ocr, extensions: [cleanDiffState(ocr, [])] }));
    const ocrPane = fakeView(EditorState.create({ doc: ocr, extensions: [ocrDiffField.init(() => clean.state.field(cleanDiffField))] }));
    const type = (at: number, text: string) => clean.dispatch({ changes: { from: at, insert: text } });
    return { clean, ocrPane, type, follower: followInOcr(ocrPane as unknown as EditorView, clean as unknown as EditorView) };
  };

  it('shows the latest diff in the OCR pane once the page is idle, once for a burst of keystrokes', () => {
    const { clean, ocrPane, type, follower } = panes();
    type(6, '了');
    follower.changed();
    type(7, '了');
    follower.changed();
    expect(ocrPane.dispatches).toBe(0);
    runIdle();
    expect(ocrPane.dispatches).toBe(1);
    expect(ocrPane.state.field(ocrDiffField)).toBe(clean.state.field(cleanDiffField));
  });

  it('leaves the OCR pane alone when its marks stay the same, and drops a stopped update', () => {
    const { ocrPane, type, follower } = panes();
    type(6, '了');
    follower.changed();
    runIdle();
    expect(ocrPane.dispatches).toBe(1);
    // Typing inside the insertion widens it on the clean side; the OCR side keeps its one marker.
    type(7, '了');
    follower.changed();
    runIdle();
    expect(ocrPane.dispatches).toBe(1);
    type(0, '新');
    follower.changed();
    follower.stop();
    runIdle();
    expect(ocrPane.dispatches).toBe(1);
  });
});
