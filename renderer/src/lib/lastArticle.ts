// The article last open, kept in the browser's storage, so a reload (or the next start) returns to it.
const KEY = 'galley.lastArticle';

export interface LastArticle {
  batchId: number;
  id: number;
}

export function rememberLastArticle(last: LastArticle): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(last));
  } catch {
    // Storage may be unavailable (private mode, quota): returning to the article is a convenience only.
  }
}

export function lastArticle(): LastArticle | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { batchId, id } = value as Record<string, unknown>;
    return typeof batchId === 'number' && typeof id === 'number' ? { batchId, id } : null;
  } catch {
    return null;
  }
}
