import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../shared/diff';
import { attributeChanges } from './attribution';
import { buildDecorations } from './decorations';

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
