import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, updateDiff } from './differ';
import { reline, splitLines } from './lines';
import { checkDiff } from './testing';
import { samplePages } from '../../tests/fixtures/samples';

const paragraphs = samplePages
  .flatMap((p) => p.text.split('\n'))
  .filter((line) => line.trim() !== '');

/** Any code points (astral ones included), with "\n" frequent enough to make many paragraphs. */
const anyText = fc.string({ unit: fc.oneof({ arbitrary: fc.constant('\n'), weight: 1 }, { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 }), maxLength: 60 });
/** Short Chinese-like text from a small alphabet, so that different texts still share characters. */
const hanText = fc.string({ unit: fc.constantFrom('工', '会', '职', '的', ',', '，', '。', '\n', ' ', '1'), maxLength: 40 });

type Mutation = { kind: 'join' | 'split' | 'drop' | 'add' | 'punct' | 'type'; line: number; at: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('join', 'split', 'drop', 'add', 'punct', 'type'),
  line: fc.nat(),
  at: fc.nat(),
  text: hanText,
});

/** What cleaning and proofreading do to paragraphs: join, split, drop, add, re-punctuate, retype. */
function mutate(lines: string[], m: Mutation): string[] {
  const out = lines.slice();
  const i = m.line % Math.max(1, out.length);
  const line = out[i] ?? '';
  const at = m.at % (line.length + 1);
  switch (m.kind) {
    case 'join':
      if (i + 1 < out.length) out.splice(i, 2, line + out[i + 1]);
      break;
    case 'split':
      out.splice(i, 1, line.slice(0, at), line.slice(at));
      break;
    case 'drop':
      out.splice(i, 1);
      break;
    case 'add':
      out.splice(i, 0, m.text.replaceAll('\n', ''));
      break;
    case 'punct':
      out[i] = line.replaceAll(',', '，').replaceAll('(', '（').replaceAll(')', '）').replaceAll(':', '：');
      break;
    case 'type':
      out[i] = line.slice(0, at) + m.text + line.slice(at + (m.text.length % 3));
      break;
  }
  return out;
}

const samplePage = fc
  .record({ start: fc.nat({ max: paragraphs.length - 1 }), count: fc.integer({ min: 1, max: 25 }) })
  .map(({ start, count }) => paragraphs.slice(start, start + count));
const sampleCase = fc.record({ ocr: samplePage, mutations: fc.array(mutation, { maxLength: 12 }) }).map(({ ocr, mutations }) => ({
  ocr: ocr.join('\n'),
  clean: mutations.reduce(mutate, ocr).join('\n'),
}));

type Edit = { at: number; remove: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.oneof(anyText, hanText, fc.constant('\n')) });
const applyEdit = (text: string, e: Edit) => {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
};

/** Applies the edits one by one; after each, the incremental re-diff must equal a full diff. */
function expectIncrementalMatchesFull(ocr: string, clean: string, edits: Edit[]): void {
  let d = diffTexts(ocr, clean);
  let text = clean;
  for (const e of edits) {
    text = applyEdit(text, e);
    d = updateDiff(d, text);
    expect(d).toEqual(diffTexts(ocr, text));
  }
}

describe('diff properties', () => {
  it('rebuilds both texts from the hunks for arbitrary texts', () => {
    fc.assert(
      fc.property(anyText, anyText, (ocr, clean) => {
        expect(checkDiff(diffTexts(ocr, clean))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('rebuilds both texts for texts sharing most characters', () => {
    fc.assert(
      fc.property(hanText, hanText, (ocr, clean) => {
        expect(checkDiff(diffTexts(ocr, clean))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('rebuilds both texts for mutated sample paragraphs', () => {
    fc.assert(
      fc.property(sampleCase, ({ ocr, clean }) => {
        expect(checkDiff(diffTexts(ocr, clean))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no change between a text and itself', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, sampleCase.map((c) => c.clean)), (text) => {
        expect(diffTexts(text, text).hunks).toEqual([]);
      }),
    );
  });

  it('re-diffs incrementally exactly as a full diff, edit after edit', () => {
    fc.assert(
      fc.property(sampleCase, fc.array(edit, { minLength: 1, maxLength: 8 }), ({ ocr, clean }, edits) => expectIncrementalMatchesFull(ocr, clean, edits)),
      { numRuns: 200 },
    );
  });

  it('re-diffs incrementally exactly as a full diff for arbitrary texts', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(edit, { minLength: 1, maxLength: 6 }), (ocr, clean, edits) => expectIncrementalMatchesFull(ocr, clean, edits)),
      { numRuns: 300 },
    );
  });

  it('splits an edited text into the same lines whether or not it reuses the previous ones', () => {
    fc.assert(
      fc.property(anyText, edit, (text, e) => {
        const next = applyEdit(text, e);
        const relined = reline(splitLines(text), next);
        const fresh = splitLines(next);
        expect(relined.lines).toEqual(fresh.lines);
        expect(relined.starts).toEqual(fresh.starts);
        expect(relined.keptFront + relined.keptBack).toBeLessThanOrEqual(fresh.lines.length);
      }),
      { numRuns: 500 },
    );
  });
});
