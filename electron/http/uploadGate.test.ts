import { describe, expect, it } from 'vitest';
import { createUploadGate } from './uploadGate';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createUploadGate', () => {
  it('lets bodies in while they fit the budget, in arrival order, and one too large alone', async () => {
    const gate = createUploadGate(100);
    const order: string[] = [];
    const take = (name: string, bytes: number) => gate.acquire(bytes).then((release) => (order.push(name), release));
    const a = take('a', 60);
    const b = take('b', 60);
    const c = take('c', 30);
    await tick();
    expect(order).toEqual(['a']);
    (await a)();
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    (await b)();
    (await c)();
    const huge = take('huge', 500);
    await tick();
    expect(order.at(-1)).toBe('huge');
    const release = await huge;
    release();
    release();
    const d = take('d', 100);
    await tick();
    expect(order.at(-1)).toBe('d');
    (await d)();
  });
});
