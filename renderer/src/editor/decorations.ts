// Character-level diff marks: deleted text on the OCR side, inserted text on the clean side; paragraph breaks
// that were removed or added get a visible marker, since a mark on "\n" alone would not show.
import { StateField } from '@codemirror/state';
import type { EditorState, Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import type { AttributedChange } from './attribution';
import type { DiffInfo } from './diffState';

type DiffKind = 'insert' | 'delete';

class BreakMarker extends WidgetType {
  constructor(
    readonly kind: DiffKind,
    readonly join: boolean,
  ) {
    super();
  }
  override eq(other: BreakMarker): boolean {
    return other.kind === this.kind && other.join === this.join;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-diff-break cm-diff-${this.kind}`;
    span.setAttribute('data-diff', this.kind);
    span.setAttribute('aria-hidden', 'true');
    // ↵ a paragraph break; ⌒ the place where two paragraphs were joined.
    span.textContent = this.join ? '⌒' : '↵';
    return span;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

/** A caret where text was removed on this side (a pure deletion has no characters here to mark). */
class GapMarker extends WidgetType {
  constructor(readonly kind: DiffKind) {
    super();
  }
  override eq(other: GapMarker): boolean {
    return other.kind === this.kind;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-diff-gap cm-diff-${this.kind}`;
    span.setAttribute('data-diff', this.kind);
    span.setAttribute('aria-hidden', 'true');
    return span;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

const markCache = new Map<string, Decoration>();
function markFor(kind: DiffKind, byRule: boolean): Decoration {
  const key = `${kind}:${byRule}`;
  let mark = markCache.get(key);
  if (!mark) {
    mark = Decoration.mark({
      class: `cm-diff cm-diff-${kind}${byRule ? ' cm-diff-rule' : ' cm-diff-hand'}`,
      attributes: { 'data-diff': kind, 'data-origin': byRule ? 'rule' : 'hand' },
    });
    markCache.set(key, mark);
  }
  return mark;
}

const breakWidgets = {
  insert: Decoration.widget({ widget: new BreakMarker('insert', false), side: -1 }),
  delete: Decoration.widget({ widget: new BreakMarker('delete', false), side: -1 }),
  joinedInsert: Decoration.widget({ widget: new BreakMarker('insert', true), side: 1 }),
  joinedDelete: Decoration.widget({ widget: new BreakMarker('delete', true), side: 1 }),
};
const gapWidgets = {
  insert: Decoration.widget({ widget: new GapMarker('insert'), side: 1 }),
  delete: Decoration.widget({ widget: new GapMarker('delete'), side: 1 }),
};

/**
 * Decorations for one side. On the side that has the hunk's characters they are marked (breaks get a ↵ marker);
 * on the side without them a small marker shows where they went missing (⌒ for a join).
 */
export function buildDecorations(changes: readonly AttributedChange[], side: 'ocr' | 'clean', slice: (from: number, to: number) => string): DecorationSet {
  const kind: DiffKind = side === 'clean' ? 'insert' : 'delete';
  const ranges: Range<Decoration>[] = [];
  for (const c of changes) {
    const from = side === 'clean' ? c.cleanStart : c.ocrStart;
    const to = side === 'clean' ? c.cleanEnd : c.ocrEnd;
    if (from === to) {
      // Nothing on this side: the other side's characters are missing here.
      const missing: DiffKind = side === 'clean' ? 'delete' : 'insert';
      ranges.push((c.linebreak ? breakWidgets[missing === 'delete' ? 'joinedDelete' : 'joinedInsert'] : gapWidgets[missing]).range(from));
      continue;
    }
    if (c.linebreak) {
      const chars = slice(from, to);
      for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === 10) ranges.push(breakWidgets[kind].range(from + i));
      continue;
    }
    ranges.push(markFor(kind, c.rule !== null).range(from, to));
  }
  return Decoration.set(ranges, true);
}

/** Whether two change lists draw the same marks on `side`, given the same text under them. */
export function sameMarks(a: readonly AttributedChange[], b: readonly AttributedChange[], side: 'ocr' | 'clean'): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    const sameRange = side === 'clean' ? x.cleanStart === y.cleanStart && x.cleanEnd === y.cleanEnd : x.ocrStart === y.ocrStart && x.ocrEnd === y.ocrEnd;
    if (!sameRange || x.linebreak !== y.linebreak || (x.rule === null) !== (y.rule === null)) return false;
  }
  return true;
}

/**
 * Decorations drawn from a diff field, rebuilt only when the field's value changes. When the document did not
 * change and the marks come out the same (the OCR pane while typing inside a change), the old set is kept, so
 * the view has nothing to redraw or measure.
 */
export function diffDecorations(field: StateField<DiffInfo | null>, side: 'ocr' | 'clean'): Extension {
  const build = (state: EditorState, info: DiffInfo | null): DecorationSet =>
    info ? buildDecorations(info.changes, side, (from, to) => state.doc.sliceString(from, to)) : Decoration.none;
  return StateField.define<DecorationSet>({
    create: (state) => build(state, state.field(field)),
    update(marks, tr) {
      const before = tr.startState.field(field);
      const after = tr.state.field(field);
      if (before === after) return marks;
      if (!tr.docChanged && before && after && sameMarks(before.changes, after.changes, side)) return marks;
      return build(tr.state, after);
    },
    provide: (marks) => EditorView.decorations.from(marks),
  });
}
