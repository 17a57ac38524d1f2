import { describe, expect, it } from 'vitest';
import { importFraction, importTally } from './selectors';

describe('import selectors', () => {
  it('counts a file as done once it has a status, not while reading', () => {
    expect(importFraction({ importProgress: { file: 'a.txt', index: 0, total: 4, status: 'reading' } })).toBe(0);
    expect(importFraction({ importProgress: { file: 'a.txt', index: 1, total: 4, status: 'imported' } })).toBe(0.5);
    expect(importFraction({ importProgress: null })).toBeNull();
  });

  it('tallies the report by status', () => {
    const file = (status: 'imported' | 'duplicate' | 'updated' | 'refused') => ({ file: status, status, reason: null, pageId: null, articles: 0 });
    expect(importTally({ importReport: { batchId: 1, batchName: 'b', files: [file('imported'), file('imported'), file('refused')] } })).toEqual({
      imported: 2,
      duplicate: 0,
      updated: 0,
      refused: 1,
    });
  });
});
