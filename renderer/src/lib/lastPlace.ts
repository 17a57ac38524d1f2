// Where the proofreader was (batch and article), kept in this browser profile so a reload or a new start returns
// there. Storage may be unavailable (private mode, quota): then nothing is remembered and nothing fails.
const KEY = 'galley.lastPlace';

export interface Place {
  batchId: number;
  articleId: number | null;
}

export function rememberPlace(place: Place): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // Not remembered: the desk opens the newest batch next time, as on a first start.
  }
}

export function recallPlace(): Place | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { batchId, articleId } = value as Record<string, unknown>;
    if (typeof batchId !== 'number') return null;
    return { batchId, articleId: typeof articleId === 'number' ? articleId : null };
  } catch {
    return null;
  }
}
