import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { samplePages } from '../../tests/fixtures/samples';
import { alignRegion, MAX_GROUP_LINES, type Shape } from './align';
import * as similarity from './similarity';

// Counts the pairs alignRegion counts shared characters for.
vi.mock('./similarity', async (original) => {
  const actual = await original<typeof import('./similarity')>();
  return { ...actual, commonChars: vi.fn(actual.commonChars) };
});

const { commonChars, similarEnough } = similarity;

/**
 * The programme alignRegion solves, counted out in full: every cell tries every candidate in the same order
 * (pair, insertion, deletion, joins, splits), a run's shared characters counted on its joined text.
 */
function fullProgramme(ocr: readonly string[], clean: readonly string[]): Shape[] {
  const width = clean.length + 1;
  const cost: number[] = new Array((ocr.length + 1) * width).fill(Infinity);
  const from: Shape[] = new Array((ocr.length + 1) * width);
  cost[0] = 0;
  const take = (i: number, j: number, a: number, b: number, common: number) => {
    const x = ocr.slice(i - a, i).join('').length;
    const y = clean.slice(j - b, j).join('').length;
    // One line against none is always allowed; otherwise the two sides must be similar enough.
    if (a > 0 && b > 0 && !similarEnough(common, x, y)) return;
    const total = cost[(i - a) * width + j - b] + (a > 0 && b > 0 ? x + y - 2 * common + (a - 1) + (b - 1) : x + y + 1);
    if (total < cost[i * width + j]) {
      cost[i * width + j] = total;
      from[i * width + j] = { ocr: a, clean: b };
    }
  };
  const shared = (a: readonly string[], b: readonly string[]) => commonChars(a.join(''), b.join(''));
  for (let i = 0; i <= ocr.length; i++) {
    for (let j = 0; j <= clean.length; j++) {
      if (i > 0 && j > 0) take(i, j, 1, 1, shared(ocr.slice(i - 1, i), clean.slice(j - 1, j)));
      if (j > 0) take(i, j, 0, 1, 0);
      if (i > 0) take(i, j, 1, 0, 0);
      for (let a = 2; j > 0 && a <= Math.min(MAX_GROUP_LINES, i); a++) take(i, j, a, 1, shared(ocr.slice(i - a, i), clean.slice(j - 1, j)));
      for (let b = 2; i > 0 && b <= Math.min(MAX_GROUP_LINES, j); b++) take(i, j, 1, b, shared(ocr.slice(i - 1, i), clean.slice(j - b, j)));
    }
  }
  const shapes: Shape[] = [];
  for (let i = ocr.length, j = clean.length; i > 0 || j > 0; ) {
    const shape = from[i * width + j];
    shapes.push(shape);
    i -= shape.ocr;
    j -= shape.clean;
  }
  return shapes.reverse();
}

const paragraphs = samplePages.flatMap((p) => p.text.split('\n'));
/** Lines from a small alphabet share many characters, so costs tie often. */
const hanLine = fc.string({ unit: fc.constantFrom('工', '会', '职', '的', ',', '，', '。', ' ', '1'), maxLength: 30 });
const line = fc.oneof(hanLine, fc.constantFrom(...paragraphs), fc.constant(''));

/** Cleaning's and proofreading's changes to a run of paragraphs: joins, splits, drops, re-punctuation. */
const edited = fc
  .record({
    start: fc.nat({ max: paragraphs.length - 10 }),
    count: fc.integer({ min: 1, max: 10 }),
    edits: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('join', 'split', 'drop', 'punct')), { maxLength: 6 }),
  })
  .map(({ start, count, edits }) => {
    const before = paragraphs.slice(start, start + count);
    const after = before.slice();
    for (const [n, at, kind] of edits) {
      const i = n % Math.max(1, after.length);
      const text = after[i] ?? '';
      const cut = at % (text.length + 1);
      if (kind === 'join' && i + 1 < after.length) after.splice(i, 2, text + after[i + 1]);
      else if (kind === 'split') after.splice(i, 1, text.slice(0, cut), text.slice(cut));
      else if (kind === 'drop') after.splice(i, 1);
      else after[i] = text.replaceAll(',', '，');
    }
    return { before, after };
  });

describe('alignRegion', () => {
  it('finds the partition the full programme finds, ties included', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.array(line, { maxLength: 10 }), (ocr, clean) => {
        expect(alignRegion(ocr, clean)).toEqual(fullProgramme(ocr, clean));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(edited, ({ before, after }) => {
        expect(alignRegion(before, after)).toEqual(fullProgramme(before, after));
        expect(alignRegion(after, before)).toEqual(fullProgramme(after, before));
      }),
      { numRuns: 150 },
    );
  });

  it('counts shared characters only for pairs near the cheap path, not for every pair', () => {
    // OCR paragraphs with a blank line between them, as a page gives them, against the cleaned ones: a region
    // like those a long article is aligned in.
    const cleaned = paragraphs.filter((p) => p.length >= 40).slice(0, 30);
    const ocr = cleaned.flatMap((p) => [p.replaceAll('，', ','), '']);
    vi.mocked(commonChars).mockClear();
    const shapes = alignRegion(ocr, cleaned);
    expect(shapes.filter((s) => s.ocr === 1 && s.clean === 1)).toHaveLength(cleaned.length);
    expect(vi.mocked(commonChars).mock.calls.length).toBeLessThan((ocr.length * cleaned.length) / 10);
  });
});
