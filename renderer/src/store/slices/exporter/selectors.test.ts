import { describe, expect, it } from 'vitest';
import { cleanSelection, exportFraction } from './selectors';

describe('cleanSelection', () => {
  it('drops empty lists and dates and defaults the status to approved', () => {
    expect(cleanSelection({ batchId: 3, pageIds: [], sections: [], dateFrom: '', dateTo: undefined })).toEqual({ batchId: 3, status: 'approved' });
  });

  it('keeps what was chosen', () => {
    const selection = { batchId: 1, pageIds: [4, 5], sections: ['产改进行时'], dateFrom: '2021-11-01', dateTo: '2021-11-30', status: 'all' as const };
    expect(cleanSelection(selection)).toEqual(selection);
  });
});

describe('exportFraction', () => {
  it('is null before progress is known and clamps to 0…1', () => {
    expect(exportFraction({ exportProgress: null })).toBeNull();
    expect(exportFraction({ exportProgress: { done: 0, total: 0 } })).toBeNull();
    expect(exportFraction({ exportProgress: { done: 3, total: 4 } })).toBe(0.75);
  });
});
