// The change F7 went to, outlined in the clean pane until the text is next edited, so it stands out among the
// other marks (the selection alone is easy to miss on a marked character).
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';

export const setCurrentChange = StateEffect.define<{ from: number; to: number } | null>();

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

export const currentChangeField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setCurrentChange)) continue;
      const range = effect.value;
      value = range === null ? Decoration.none : Decoration.set([(range.from < range.to ? currentMark.range(range.from, range.to) : currentGap.range(range.from))]);
    }
    // Typing ends the visit: the outline would only mark where the change was.
    return tr.docChanged && value !== Decoration.none ? Decoration.none : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});
