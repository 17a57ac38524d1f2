import type { NoiseItem } from '../../../../../shared/api/contract';

/** Noise grouped by page file, pages in first-seen order. */
export function noiseByPage(items: readonly NoiseItem[]): { pageFile: string; items: NoiseItem[] }[] {
  const groups = new Map<string, NoiseItem[]>();
  for (const item of items) {
    const list = groups.get(item.pageFile);
    if (list) list.push(item);
    else groups.set(item.pageFile, [item]);
  }
  return [...groups].map(([pageFile, list]) => ({ pageFile, items: list }));
}
