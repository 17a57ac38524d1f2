// Character-level diff marks: deleted text on the OCR side, inserted text on the clean side; paragraph breaks
// that were removed or added get a visible marker, since a mark on "\n" alone would not show.
import { StateField } from '@codemirror/state';
import type { ChangeDesc, EditorState, Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, WidgetType } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import type { AttributedChange } from './attribution';
import type { DiffInfo } from './diffState';

type DiffKind = 'insert' | 'delete';

/** The rule a mark belongs to, so the change summary can hide or mute one rule's marks. */
function markRule(span: HTMLElement, rule: string | null): void {
  span.setAttribute('data-rule', rule ?? 'hand');
}

class BreakMarker extends WidgetType {
  constructor(
    readonly kind: DiffKind,
    readonly join: boolean,
    readonly rule: string | null,
  ) {
    super();
  }
  override eq(other: BreakMarker): boolean {
    return other.kind === this.kind && other.join === this.join && other.rule === this.rule;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-diff-break cm-diff-${this.kind}`;
    span.setAttribute('data-diff', this.kind);
    markRule(span, this.rule);
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
  constructor(
    readonly kind: DiffKind,
    readonly rule: string | null,
  ) {
    super();
  }
  override eq(other: GapMarker): boolean {
    return other.kind === this.kind && other.rule === this.rule;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-diff-gap cm-diff-${this.kind}`;
    span.setAttribute('data-diff', this.kind);
    markRule(span, this.rule);
    span.setAttribute('aria-hidden', 'true');
    return span;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

// One decoration per kind and rule, made once: rules are few, and equal decorations let the view skip redraws.
const decorationCache = new Map<string, Decoration>();
function cached(key: string, make: () => Decoration): Decoration {
  let decoration = decorationCache.get(key);
  if (!decoration) {
    decoration = make();
    decorationCache.set(key, decoration);
  }
  return decoration;
}

function markFor(kind: DiffKind, rule: string | null): Decoration {
  return cached(`mark:${kind}:${rule}`, () =>
    Decoration.mark({
      class: `cm-diff cm-diff-${kind}${rule !== null ? ' cm-diff-rule' : ' cm-diff-hand'}`,
      attributes: { 'data-diff': kind, 'data-origin': rule !== null ? 'rule' : 'hand', 'data-rule': rule ?? 'hand' },
    }),
  );
}

function breakWidget(kind: DiffKind, join: boolean, rule: string | null): Decoration {
  return cached(`break:${kind}:${join}:${rule}`, () => Decoration.widget({ widget: new BreakMarker(kind, join, rule), side: join ? 1 : -1 }));
}

function gapWidget(kind: DiffKind, rule: string | null): Decoration {
  return cached(`gap:${kind}:${rule}`, () => Decoration.widget({ widget: new GapMarker(kind, rule), side: 1 }));
}

type Side = 'ocr' | 'clean';

const startOn = (c: AttributedChange, side: Side) => (side === 'clean' ? c.cleanStart : c.ocrStart);
const endOn = (c: AttributedChange, side: Side) => (side === 'clean' ? c.cleanEnd : c.ocrEnd);

/** The decoration ranges of `changes` on one side, in text order (see buildDecorations). */
function rangesFor(changes: readonly AttributedChange[], side: Side, slice: (from: number, to: number) => string): Range<Decoration>[] {
  const kind: DiffKind = side === 'clean' ? 'insert' : 'delete';
  const ranges: Range<Decoration>[] = [];
  for (const c of changes) {
    const from = startOn(c, side);
    const to = endOn(c, side);
    if (from === to) {
      // Nothing on this side: the other side's characters are missing here.
      const missing: DiffKind = side === 'clean' ? 'delete' : 'insert';
      ranges.push((c.linebreak ? breakWidget(missing, true, c.rule) : gapWidget(missing, c.rule)).range(from));
      continue;
    }
    if (c.linebreak) {
      const chars = slice(from, to);
      for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === 10) ranges.push(breakWidget(kind, false, c.rule).range(from + i));
      continue;
    }
    ranges.push(markFor(kind, c.rule).range(from, to));
  }
  return ranges;
}

/**
 * Decorations for one side. On the side that has the hunk's characters they are marked (breaks get a ↵ marker);
 * on the side without them a small marker shows where they went missing (⌒ for a join).
 */
export function buildDecorations(changes: readonly AttributedChange[], side: Side, slice: (from: number, to: number) => string): DecorationSet {
  return Decoration.set(rangesFor(changes, side, slice), true);
}

/** Whether `x`, moved by `shift`, draws the same marks on `side` as `y` (the same text under them assumed). */
function sameMark(x: AttributedChange, y: AttributedChange, side: Side, shift = 0): boolean {
  return (
    startOn(x, side) + shift === startOn(y, side) &&
    endOn(x, side) + shift === endOn(y, side) &&
    x.linebreak === y.linebreak &&
    x.rule === y.rule
  );
}

/**
 * `marks`, drawn for `before`, brought up to `after` across a transaction's `changes`: the marks of the changes
 * both lists share before and after the edit are only mapped, and just the stretch in between is redrawn. The
 * set keeps its untouched chunks, so the view compares and redraws only that stretch. The result is what
 * buildDecorations would draw for `after`.
 */
export function updateDecorations(
  marks: DecorationSet,
  before: readonly AttributedChange[],
  after: readonly AttributedChange[],
  side: Side,
  changes: ChangeDesc,
  slice: (from: number, to: number) => string,
): DecorationSet {
  // The edited stretch of the old text (none on the OCR side, whose text never changes).
  let editFrom = Infinity;
  let editTo = -Infinity;
  changes.iterChangedRanges((fromA, toA) => {
    editFrom = Math.min(editFrom, fromA);
    editTo = Math.max(editTo, toA);
  });
  const shift = changes.newLength - changes.length;
  const n = before.length;
  const m = after.length;
  // Changes wholly before the edit keep their place; those wholly after it move by the length it added.
  let head = 0;
  while (head < n && head < m && endOn(before[head], side) < editFrom && sameMark(before[head], after[head], side)) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && startOn(before[n - 1 - tail], side) > editTo && sameMark(before[n - 1 - tail], after[m - 1 - tail], side, shift)) tail++;
  // A kept change that touches a redrawn one shares a position with it; redraw it as well, so that what is
  // removed below is exactly the redrawn changes' marks.
  const touching = (list: readonly AttributedChange[], i: number) => endOn(list[i - 1], side) >= startOn(list[i], side);
  for (let settled = false; !settled; ) {
    settled = true;
    if (head > 0 && ((head < n - tail && touching(before, head)) || (head < m - tail && touching(after, head)))) {
      head--;
      settled = false;
    }
    if (tail > 0 && ((n - tail > head && touching(before, n - tail)) || (m - tail > head && touching(after, m - tail)))) {
      tail--;
      settled = false;
    }
  }
  const mapped = marks.map(changes);
  const removed = before.slice(head, n - tail);
  const added = rangesFor(after.slice(head, m - tail), side, slice);
  if (removed.length === 0) return added.length === 0 ? mapped : mapped.update({ add: added, sort: true });
  // Mapping is monotonic, so every mark of the removed changes lies in [lo, hi] and no kept mark does.
  const lo = changes.mapPos(startOn(removed[0], side), -1);
  const hi = changes.mapPos(endOn(removed[removed.length - 1], side), 1);
  return mapped.update({ add: added, sort: true, filterFrom: lo, filterTo: hi, filter: (from, to) => from < lo || to > hi });
}

/** Whether two change lists draw the same marks on `side`, given the same text under them. */
export function sameMarks(a: readonly AttributedChange[], b: readonly AttributedChange[], side: Side): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameMark(a[i], b[i], side)) return false;
  return true;
}

/**
 * Decorations drawn from a diff field, updated only when the field's value changes, and then only where the
 * marks changed (see updateDecorations). When nothing changed for this side (the OCR pane while typing inside a
 * change) the old set is kept, so the view has nothing to redraw or measure.
 */
export function diffDecorations(field: StateField<DiffInfo | null>, side: Side): Extension {
  const build = (state: EditorState, info: DiffInfo | null): DecorationSet =>
    info ? buildDecorations(info.changes, side, (from, to) => state.doc.sliceString(from, to)) : Decoration.none;
  return StateField.define<DecorationSet>({
    create: (state) => build(state, state.field(field)),
    update(marks, tr) {
      const before = tr.startState.field(field);
      const after = tr.state.field(field);
      if (before === after) return marks.map(tr.changes);
      if (!before || !after) return build(tr.state, after);
      return updateDecorations(marks, before.changes, after.changes, side, tr.changes, (from, to) => tr.state.doc.sliceString(from, to));
    },
    provide: (marks) => EditorView.decorations.from(marks),
  });
}
