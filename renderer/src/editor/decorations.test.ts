import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import type { Edit } from '../../../shared/model/types';
import { attributeChanges } from './attribution';
import { buildDecorations, diffDecorations } from './decorations';
import { cleanDiffField, cleanDiffState, ocrDiffField, setOcrChanges } from './diffState';
import type { DiffInfo } from './diffState';

function spans(set: ReturnType<typeof buildDecorations>) {
  const out: { from: number; to: number; diff: string | undefined; widget: boolean }[] = [];
  set.between(0, 1e9, (from, to, deco) => {
    const spec = deco.spec as { attributes?: Record<string, string>; widget?: { kind: string } };
    out.push({ from, to, diff: spec.attributes?.['data-diff'] ?? spec.widget?.kind, widget: !!spec.widget });
  });
  return out;
}

describe('buildDecorations', () => {
  const ocr = '我能行, 我肯定行!\n杭州市总\n工会';
  const clean = '我能行，我肯定行！\n杭州市总工会';
  const changes = attributeChanges(diffTexts(ocr, clean).hunks, []);

  it('marks inserted text on the clean side and deleted text on the OCR side', () => {
    const cleanSpans = spans(buildDecorations(changes, 'clean', (f, t) => clean.slice(f, t)));
    const ocrSpans = spans(buildDecorations(changes, 'ocr', (f, t) => ocr.slice(f, t)));
    const insertedText = cleanSpans.filter((s) => !s.widget).map((s) => clean.slice(s.from, s.to));
    expect(insertedText).toContain('，');
    expect(insertedText).toContain('！');
    for (const s of cleanSpans.filter((s) => !s.widget)) expect(s.diff).toBe('insert');
    for (const s of ocrSpans.filter((s) => !s.widget)) expect(s.diff).toBe('delete');
    expect(ocrSpans.filter((s) => !s.widget).map((s) => ocr.slice(s.from, s.to))).toContain(', ');
  });

  it('shows a removed paragraph break as a marker on both sides', () => {
    const breakAt = ocr.indexOf('\n', ocr.indexOf('杭州'));
    const ocrSpans = spans(buildDecorations(changes, 'ocr', (f, t) => ocr.slice(f, t)));
    expect(ocrSpans).toContainEqual({ from: breakAt, to: breakAt, diff: 'delete', widget: true });
    const cleanSpans = spans(buildDecorations(changes, 'clean', (f, t) => clean.slice(f, t)));
    expect(cleanSpans).toContainEqual({ from: clean.indexOf('工会'), to: clean.indexOf('工会'), diff: 'delete', widget: true });
  });
});

const marksOf = (state: EditorState) => {
  const sets = state.facet(EditorView.decorations).filter((d) => typeof d !== 'function');
  expect(sets).toHaveLength(1);
  return sets[0];
};

describe('diffDecorations', () => {
  const ocr = '杭州市总工会召开会议\n全省职工参加';
  const infoFor = (clean: string): DiffInfo => {
    const diff = diffTexts(ocr, clean);
    return { diff, changes: attributeChanges(diff.hunks, []), edits: [] };
  };
  const ocrPane = (info: DiffInfo) =>
    EditorState.create({ doc: ocr, extensions: [ocrDiffField.init(() => info), diffDecorations(ocrDiffField, 'ocr')] });

  it('starts with the initial diff drawn', () => {
    const state = ocrPane(infoFor('杭州市总工会召开了会议\n全省职工参加'));
    expect(spans(marksOf(state))).toEqual([{ from: ocr.indexOf('会议'), to: ocr.indexOf('会议'), diff: 'insert', widget: true }]);
  });

  it('keeps the OCR marks when typing inside a change leaves them as they were', () => {
    const state = ocrPane(infoFor('杭州市总工会召开了会议\n全省职工参加'));
    const widened = state.update({ effects: setOcrChanges.of(infoFor('杭州市总工会召开了了会议\n全省职工参加')) }).state;
    expect(marksOf(widened)).toBe(marksOf(state));
    const moved = state.update({ effects: setOcrChanges.of(infoFor('杭州市总工会召开会议了\n全省职工参加')) }).state;
    expect(marksOf(moved)).not.toBe(marksOf(state));
    expect(spans(marksOf(moved))).toEqual([{ from: ocr.indexOf('\n'), to: ocr.indexOf('\n'), diff: 'insert', widget: true }]);
  });
});

describe('diffDecorations while typing', () => {
  /** A small alphabet with breaks, so that edits make, widen, join and split changes and break markers. */
  const text = fc.string({ unit: fc.constantFrom('工', '会', '职', ',', '，', '\n', 'q'), maxLength: 30 });
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.string({ unit: fc.constantFrom('工', '，', '\n', 'q'), maxLength: 3 }) });
  const ruleEdits = (ocr: string): Edit[] =>
    [...ocr.matchAll(/,/g)].map((m) => ({ rule: 'punct-fullwidth', start: m.index, end: m.index + 1, before: ',', after: '，', reason: { zh: '全角', en: 'full width' } }));
  /** Every range with its decoration itself, so a rule's mark and a hand mark differ. */
  const ranges = (set: ReturnType<typeof buildDecorations>) => {
    const out: [number, number, unknown][] = [];
    set.between(0, 1e9, (from, to, deco) => void out.push([from, to, deco]));
    return out;
  };

  it('updates both panes to exactly the marks a fresh build draws', () => {
    fc.assert(
      fc.property(text, text, fc.array(edit, { minLength: 1, maxLength: 8 }), (ocr, start, edits) => {
        let clean = EditorState.create({ doc: start, extensions: [cleanDiffState(ocr, ruleEdits(ocr)), diffDecorations(cleanDiffField, 'clean')] });
        let ocrPane = EditorState.create({ doc: ocr, extensions: [ocrDiffField.init(() => clean.field(cleanDiffField)), diffDecorations(ocrDiffField, 'ocr')] });
        for (const e of edits) {
          const from = e.at % (clean.doc.length + 1);
          const to = Math.min(clean.doc.length, from + e.remove);
          clean = clean.update({ changes: { from, to, insert: e.insert } }).state;
          const info = clean.field(cleanDiffField)!;
          ocrPane = ocrPane.update({ effects: setOcrChanges.of(info) }).state;
          const doc = clean.doc.toString();
          expect(ranges(marksOf(clean))).toEqual(ranges(buildDecorations(info.changes, 'clean', (f, t) => doc.slice(f, t))));
          expect(ranges(marksOf(ocrPane))).toEqual(ranges(buildDecorations(info.changes, 'ocr', (f, t) => ocr.slice(f, t))));
        }
      }),
      { numRuns: 400 },
    );
  });
});
