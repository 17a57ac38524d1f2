import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import { attributeChanges } from './attribution';
import { buildDecorations, diffDecorations } from './decorations';
import { ocrDiffField, setOcrChanges } from './diffState';
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

describe('diffDecorations', () => {
  const ocr = '杭州市总工会召开会议\n全省职工参加';
  const infoFor = (clean: string): DiffInfo => {
    const diff = diffTexts(ocr, clean);
    return { diff, changes: attributeChanges(diff.hunks, []), edits: [] };
  };
  const marksOf = (state: EditorState) => {
    const sets = state.facet(EditorView.decorations).filter((d) => typeof d !== 'function');
    expect(sets).toHaveLength(1);
    return sets[0];
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
