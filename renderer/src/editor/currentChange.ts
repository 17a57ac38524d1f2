// The change F7 went to, outlined in the clean pane (and explained, see tooltip.ts) until the text is next edited
// or Esc is pressed, so it stands out among the other marks (the selection alone is easy to miss on a marked
// character).
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';

export interface CurrentRange {
  from: number;
  to: number;
}

export const setCurrentChange = StateEffect.define<CurrentRange | null>();

class CurrentGap extends WidgetType {
  override eq(): boolean {
    return true;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-diff-current cm-diff-current-gap';
    span.setAttribute('data-testid', 'current-change');
    span.setAttribute('aria-hidden', 'true');
    return span;
  }
}

const currentMark = Decoration.mark({ class: 'cm-diff-current', attributes: { 'data-testid': 'current-change' } });
const currentGap = Decoration.widget({ widget: new CurrentGap(), side: 1 });

export const currentChangeField = StateField.define<CurrentRange | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setCurrentChange)) value = effect.value;
    // Typing ends the visit: the outline would only mark where the change was.
    return tr.docChanged ? null : value;
  },
  provide: (field) =>
    EditorView.decorations.from(field, (range) =>
      range === null ? Decoration.none : Decoration.set([range.from < range.to ? currentMark.range(range.from, range.to) : currentGap.range(range.from)]),
    ),
});
