// Hovering a change says which rule made it and why (or that it was made by hand) and offers to revert it; the
// change F7 went to is explained the same way. The card opens below the change and inside the editor, so it
// never covers the line being read, the toolbar or the save message above the panes; Esc closes it, and it
// stays closed while an input method composes.
import { closeHoverTooltips, EditorView, hasHoverTooltips, hoverTooltip, showTooltip, tooltips, ViewPlugin } from '@codemirror/view';
import type { EditorState, Extension } from '@codemirror/state';
import type { Tooltip } from '@codemirror/view';
import { getLanguage, pickBilingual, t } from '../i18n';
import type { AttributedChange } from './attribution';
import { currentChangeField, setCurrentChange } from './currentChange';
import { changeAt } from './attribution';
import { cleanDiffField } from './diffState';
import type { DiffInfo } from './diffState';
import { ruleLabel } from './rules';

function visible(text: string): string {
  if (text === '') return t('changes.empty');
  return text.replace(/\n/g, '↵');
}

function line(className: string, label: string, value: string): HTMLElement {
  const row = document.createElement('div');
  row.className = className;
  const name = document.createElement('span');
  name.className = 'tip-label';
  name.textContent = label;
  const body = document.createElement('span');
  body.className = 'tip-text';
  // OCR content is always text, never markup.
  body.textContent = value;
  row.append(name, body);
  return row;
}

/** The tooltip's content; every string goes in as textContent. */
export function changeCard(change: AttributedChange, ocr: string, clean: string, onRevert: (() => void) | null): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'change-tip';
  dom.setAttribute('data-testid', 'change-tooltip');
  const origin = document.createElement('div');
  origin.className = 'tip-origin';
  origin.textContent = change.rule === null ? t('changes.byHand') : t('changes.rule', { rule: ruleLabel(change.rule, getLanguage()) });
  dom.append(origin);
  const seen = new Set<string>();
  for (const edit of change.edits) {
    const reason = pickBilingual(edit.reason);
    if (seen.has(reason)) continue;
    seen.add(reason);
    const p = document.createElement('div');
    p.className = 'tip-reason';
    p.textContent = reason;
    dom.append(p);
  }
  dom.append(
    line('tip-was', t('changes.was'), visible(ocr.slice(change.ocrStart, change.ocrEnd))),
    line('tip-now', t('changes.now'), visible(clean.slice(change.cleanStart, change.cleanEnd))),
  );
  if (onRevert) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tip-revert';
    button.setAttribute('data-testid', 'revert-change');
    button.textContent = t('changes.revert');
    button.addEventListener('click', (e) => {
      e.preventDefault();
      onRevert();
    });
    dom.append(button);
  }
  return dom;
}

/**
 * Hover tooltips for one side, explaining the changes of the latest diff `current` gives. `revert` gets the change
 * under the pointer; it acts on the clean editor whichever side was hovered.
 */
export function changeTooltips(current: (state: EditorState) => DiffInfo | null, side: 'ocr' | 'clean', revert: (change: AttributedChange) => void): Extension {
  const hover = hoverTooltip(
    (view: EditorView, pos: number, bias: -1 | 1): Tooltip | null => {
      // While an input method composes, the card would show (and cover) text that is not there yet.
      if (view.composing) return null;
      const info = current(view.state);
      if (!info) return null;
      // The pointer is on the character before `pos` when bias is -1 (the right half of a character).
      const change = (bias < 0 && pos > 0 ? changeAt(info.changes, side, pos - 1) : null) ?? changeAt(info.changes, side, pos);
      if (!change) return null;
      const from = side === 'clean' ? change.cleanStart : change.ocrStart;
      const to = side === 'clean' ? change.cleanEnd : change.ocrEnd;
      return {
        pos: from,
        end: to,
        above: false,
        create: () => ({ dom: changeCard(change, info.diff.ocr, info.diff.clean, () => revert(change)) }),
      };
    },
    { hoverTime: 250 },
  );
  return [hover, tooltipPlacement, closeOnEscape, closeOnComposition];
}

/** Cards are placed within the editor's own box, never over what surrounds it. */
const tooltipPlacement = tooltips({ tooltipSpace: (view) => view.scrollDOM.getBoundingClientRect() });

function closeCards(view: EditorView): boolean {
  const visiting = view.state.field(currentChangeField, false) ?? null;
  if (!hasHoverTooltips(view.state) && visiting === null) return false;
  view.dispatch({ effects: [closeHoverTooltips, ...(visiting !== null ? [setCurrentChange.of(null)] : [])] });
  return true;
}

/**
 * Esc closes an open card, wherever the focus is (a hover card opens without focusing the editor); with none open,
 * Esc is left to whatever else wants it (a dialog, the search panel).
 */
const closeOnEscape = ViewPlugin.fromClass(
  class {
    private readonly onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && closeCards(this.view)) e.preventDefault();
    };
    constructor(private readonly view: EditorView) {
      view.dom.ownerDocument.defaultView?.addEventListener('keydown', this.onKey, true);
    }
    destroy() {
      this.view.dom.ownerDocument.defaultView?.removeEventListener('keydown', this.onKey, true);
    }
  },
);

const closeOnComposition = EditorView.domEventHandlers({
  compositionstart: (_event, view) => {
    closeCards(view);
    return false;
  },
});

/** The card of the change F7 went to, without a revert button (Ctrl+Alt+Z reverts it from the keyboard). */
export const currentChangeTooltip = showTooltip.compute([currentChangeField], (state): Tooltip | null => {
  const range = state.field(currentChangeField);
  const info = state.field(cleanDiffField, false) ?? null;
  if (range === null || !info) return null;
  const change = info.changes.find((c) => c.cleanStart === range.from && c.cleanEnd === range.to);
  if (!change) return null;
  return { pos: range.from, end: range.to, above: false, create: () => ({ dom: changeCard(change, info.diff.ocr, info.diff.clean, null) }) };
});
