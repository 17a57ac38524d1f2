import { EditorSelection, EditorState } from '@codemirror/state';
import type { TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import type { Suspicion } from '../../../shared/model/types';
import { applySuspicion, gotoSuspicion, setSuspicions, suspicionAtSelection, suspicionField } from './suspicions';

const s = (start: number, text: string, proposal: string): Suspicion => ({ start, end: start + text.length, text, proposal, reason: '形近字', confidence: 0.8 });

/** Just what the commands use of a view: its state and dispatch. */
function fakeView(doc: string, list: Suspicion[], cursor = 0) {
  const view = {
    state: EditorState.create({ doc, selection: EditorSelection.cursor(cursor), extensions: [suspicionField.init(() => list)] }),
    dispatch(spec: TransactionSpec) {
      view.state = view.state.update(spec).state;
    },
  };
  return view as typeof view & EditorView;
}

describe('suspicions in the editor', () => {
  const doc = '他申请人会。老张申请人会了。';
  const list = [s(3, '人', '入'), s(10, '人', '入')];

  it('move with edits elsewhere and drop when their characters change', () => {
    let state = EditorState.create({ doc, extensions: [suspicionField.init(() => list)] });
    state = state.update({ changes: { from: 0, insert: '前言' } }).state;
    expect(state.field(suspicionField).map((x) => x.start)).toEqual([5, 12]);
    state = state.update({ changes: { from: 5, to: 6, insert: '入' } }).state;
    expect(state.field(suspicionField).map((x) => x.start)).toEqual([12]);
    // Typing inside a two-character suspicion changes it too.
    state = state.update({ effects: setSuspicions.of([s(0, '前言', '前沿')]) }).state;
    state = state.update({ changes: { from: 1, insert: 'x' } }).state;
    expect(state.field(suspicionField)).toEqual([]);
  });

  it('are stepped through in text order and found at the cursor', () => {
    const view = fakeView(doc, list);
    expect(gotoSuspicion(view, 1)).toEqual(list[0]);
    expect(view.state.selection.main).toMatchObject({ from: 3, to: 4 });
    expect(suspicionAtSelection(view.state)).toEqual(list[0]);
    expect(gotoSuspicion(view, 1)).toEqual(list[1]);
    expect(gotoSuspicion(view, 1)).toBeNull();
    expect(gotoSuspicion(view, -1)).toEqual(list[0]);
    expect(gotoSuspicion(view, -1)).toBeNull();
    // A cursor right at a suspicion's start goes to that one.
    const at = fakeView(doc, list, 10);
    expect(gotoSuspicion(at, 1)).toEqual(list[1]);
  });

  it('are accepted by putting the proposal in, only while the text is still the suspicious one', () => {
    const view = fakeView(doc, list);
    expect(applySuspicion(view, list[1]!)).toBe(true);
    expect(view.state.doc.toString()).toBe('他申请人会。老张申请入会了。');
    expect(view.state.field(suspicionField)).toEqual([list[0]]);
    expect(applySuspicion(view, list[1]!)).toBe(false);
  });
});
