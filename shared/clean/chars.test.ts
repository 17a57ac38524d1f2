import { describe, expect, it } from 'vitest';
import { unitTable } from './chars';

describe('unitTable', () => {
  it('marks exactly the code units of the given characters', () => {
    const table = unitTable('，(\n');
    expect(table.length).toBe(0x10000);
    expect([...table.keys()].filter((c) => table[c] === 1)).toEqual([0x0a, 0x28, 0xff0c]);
  });
});
