// Suspected misreadings in the clean editor: marked apart from diff marks (a wavy underline, no background),
// explained on hover, stepped through (F9 / Shift+F9), accepted (Alt+Enter) or dismissed (Alt+Shift+Enter).
// The list follows the text as it is edited: a suspicion whose characters are touched is dropped, the others
// move with the text, until the backend's list for the saved text replaces them.
import { EditorSelection, StateEffect, StateField } from '@codemirror/state';
import type { EditorState, Extension, Transaction } from '@codemirror/state';
import { Decoration, EditorView, hoverTooltip } from '@codemirror/view';
import type { DecorationSet, Tooltip } from '@codemirror/view';
import type { Suspicion } from '../../../shared/model/types';
import { t } from '../i18n';

/** Replace the editor's suspicions (the backend's list for the text now in the editor). */
export const setSuspicions = StateEffect.define<readonly Suspicion[]>();

function mapThrough(list: readonly Suspicion[], tr: Transaction): readonly Suspicion[] {
  if (!tr.docChanged || list.length === 0) return list;
  const out: Suspicion[] = [];
  for (const s of list) {
    let touched = false;
    tr.changes.iterChangedRanges((fromA, toA) => {
      if (fromA < s.end && toA > s.start) touched = true;
      // An insertion right inside the span (fromA === toA) changes it too.
      if (fromA === toA && fromA > s.start && fromA < s.end) touched = true;
    });
    if (touched) continue;
    const start = tr.changes.mapPos(s.start, 1);
    const end = tr.changes.mapPos(s.end, -1);
    if (end - start === s.end - s.start) out.push({ ...s, start, end });
  }
  return out;
}

/** Whether two lists mark the same places with the same proposals and reasons. */
export function sameSuspicions(a: readonly Suspicion[], b: readonly Suspicion[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end && s.proposal === b[i]!.proposal && s.reason === b[i]!.reason);
}

export const suspicionField = StateField.define<readonly Suspicion[]>({
  create: () => [],
  update(list, tr) {
    for (const e of tr.effects) if (e.is(setSuspicions)) return e.value;
    return mapThrough(list, tr);
  },
});

const markFor = (s: Suspicion) =>
  Decoration.mark({
    class: 'cm-suspicion',
    attributes: { 'data-suspicion': s.text, 'data-proposal': s.proposal, 'data-testid': 'suspicion-mark' },
  });

function buildMarks(list: readonly Suspicion[], length: number): DecorationSet {
  return Decoration.set(
    list.filter((s) => s.end <= length && s.start < s.end).map((s) => markFor(s).range(s.start, s.end)),
    true,
  );
}

const suspicionMarks = StateField.define<DecorationSet>({
  create: (state) => buildMarks(state.field(suspicionField), state.doc.length),
  update(marks, tr) {
    const before = tr.startState.field(suspicionField);
    const after = tr.state.field(suspicionField);
    if (before === after) return marks.map(tr.changes);
    if (tr.effects.some((e) => e.is(setSuspicions))) return buildMarks(after, tr.state.doc.length);
    // Typing moved the marks along (and maybe dropped the ones it touched): map them rather than redraw them all.
    const mapped = marks.map(tr.changes);
    if (after.length === before.length) return mapped;
    const kept = new Set(after.map((s) => `${s.start}:${s.end}`));
    return mapped.update({ filter: (from, to) => kept.has(`${from}:${to}`) });
  },
  provide: (marks) => EditorView.decorations.from(marks),
});

/** The suspicion at the selection: the one it covers exactly, else the one holding the cursor. */
export function suspicionAtSelection(state: EditorState): Suspicion | null {
  const { from, to, head } = state.selection.main;
  const list = state.field(suspicionField, false) ?? [];
  return list.find((s) => s.start === from && s.end === to) ?? list.find((s) => s.start <= head && head <= s.end) ?? null;
}

/** Select the next (or previous) suspicion after (before) the selection; null when there is none. */
export function gotoSuspicion(view: EditorView, direction: 1 | -1): Suspicion | null {
  const list = view.state.field(suspicionField, false) ?? [];
  const { from, to } = view.state.selection.main;
  // A cursor at a suspicion's start goes to that one; a selected suspicion goes on to the next.
  const target = direction === 1 ? list.find((s) => s.start > from || (from === to && s.start === from)) : [...list].reverse().find((s) => s.start < from);
  if (!target) return null;
  view.dispatch({ selection: EditorSelection.range(target.start, target.end), scrollIntoView: true, userEvent: 'select' });
  return target;
}

/** Put the proposal in place of the suspicious text. */
export function applySuspicion(view: EditorView, s: Suspicion): boolean {
  if (view.state.readOnly || view.state.sliceDoc(s.start, s.end) !== s.text) return false;
  view.dispatch({
    changes: { from: s.start, to: s.end, insert: s.proposal },
    selection: EditorSelection.cursor(s.start + s.proposal.length),
    userEvent: 'input.suggestion',
    scrollIntoView: true,
  });
  return true;
}

export interface SuspicionCallbacks {
  /** A suspicion was accepted in the editor (its text already replaced). */
  accepted(s: Suspicion): void;
  dismiss(s: Suspicion): void;
}

function tipRow(className: string, label: string, value: string): HTMLElement {
  const row = document.createElement('div');
  row.className = className;
  const name = document.createElement('span');
  name.className = 'tip-label';
  name.textContent = label;
  const body = document.createElement('span');
  body.className = 'tip-text';
  body.textContent = value;
  row.append(name, body);
  return row;
}

function tipButton(label: string, testId: string, run: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('data-testid', testId);
  button.textContent = label;
  button.addEventListener('click', (e) => {
    e.preventDefault();
    run();
  });
  return button;
}

/** The hover card: why the text is suspicious, what it probably was, and the two ways out. Text only, never markup. */
export function suspicionCard(s: Suspicion, accept: () => void, dismiss: () => void): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'change-tip suspicion-tip';
  dom.setAttribute('data-testid', 'suspicion-tooltip');
  const title = document.createElement('div');
  title.className = 'tip-origin';
  title.textContent = t('suspicions.tip', { percent: Math.round(s.confidence * 100) });
  const reason = document.createElement('div');
  reason.className = 'tip-reason';
  reason.setAttribute('lang', 'zh-CN');
  reason.textContent = s.reason;
  const actions = document.createElement('div');
  actions.className = 'tip-actions';
  actions.append(tipButton(t('suspicions.accept'), 'accept-suspicion', accept), tipButton(t('suspicions.dismiss'), 'dismiss-suspicion', dismiss));
  dom.append(title, reason, tipRow('tip-was', t('suspicions.read'), s.text), tipRow('tip-now', t('suspicions.proposal'), s.proposal), actions);
  return dom;
}

/** Everything suspicions need in the clean editor: the list, its marks and the hover card. */
export function suspicionExtension(initial: readonly Suspicion[], callbacks: SuspicionCallbacks): Extension {
  const accept = (view: EditorView, s: Suspicion) => {
    if (applySuspicion(view, s)) callbacks.accepted(s);
  };
  return [
    suspicionField.init(() => initial),
    suspicionMarks,
    hoverTooltip(
      (view, pos, bias): Tooltip | null => {
        const list = view.state.field(suspicionField);
        const at = bias < 0 && pos > 0 ? pos - 1 : pos;
        const s = list.find((x) => x.start <= at && at < x.end);
        if (!s) return null;
        return {
          pos: s.start,
          end: s.end,
          above: false,
          create: () => ({ dom: suspicionCard(s, () => accept(view, s), () => callbacks.dismiss(s)) }),
        };
      },
      { hoverTime: 250 },
    ),
  ];
}

/** Alt+Enter: accept the suspicion at the selection. */
export function acceptAtSelection(view: EditorView, callbacks: SuspicionCallbacks): boolean {
  const s = suspicionAtSelection(view.state);
  if (!s || !applySuspicion(view, s)) return false;
  callbacks.accepted(s);
  return true;
}

/** Alt+Shift+Enter: dismiss the suspicion at the selection. */
export function dismissAtSelection(view: EditorView, callbacks: SuspicionCallbacks): boolean {
  const s = suspicionAtSelection(view.state);
  if (!s) return false;
  callbacks.dismiss(s);
  return true;
}
