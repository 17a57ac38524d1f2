import { describe, expect, it } from 'vitest';
import type { DeskApi } from '../../../api';
import { createDeskStore } from '../../index';
import { importFraction, importTally } from './selectors';

describe('import selectors', () => {
  it('is the share of files finished', () => {
    expect(importFraction({ importProgress: { file: 'a.txt', index: 1, total: 4, status: 'reading' }, importDone: 0 })).toBe(0);
    expect(importFraction({ importProgress: { file: 'b.txt', index: 2, total: 4, status: 'imported' }, importDone: 2 })).toBe(0.5);
    expect(importFraction({ importProgress: null, importDone: 0 })).toBeNull();
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

describe('import progress events', () => {
  it('counts finished files whatever order the host reports them in', () => {
    const api = { transport: 'http', call: () => Promise.reject(new Error('unused')), on: () => () => {}, exportFileUrl: () => null, onDeskMessage: () => () => {} } as DeskApi;
    const store = createDeskStore(api);
    const total = 3;
    store.getState().onImportProgress({ file: 'c.txt', index: 3, total, status: 'refused' });
    store.getState().onImportProgress({ file: 'a.txt', index: 1, total, status: 'reading' });
    store.getState().onImportProgress({ file: 'a.txt', index: 1, total, status: 'imported' });
    expect(importFraction(store.getState())).toBeCloseTo(2 / 3);
    store.getState().onImportProgress({ file: 'b.txt', index: 2, total, status: 'duplicate' });
    expect(importFraction(store.getState())).toBe(1);
  });
});
