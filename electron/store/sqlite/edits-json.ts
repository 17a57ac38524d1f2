// The stored form of an article's automatic edits. Every edit carries its rule's bilingual reason, and a page's
// few hundred edits share a handful of reasons: written out in full they were ten times the size of the text
// they describe. Stored here with each distinct reason once and edits as tuples pointing at it.
// Rows written before this form (a plain array of edits) still read.
import type { Bilingual, Edit } from '../../../shared/model/types';

type EditTuple = [rule: string, start: number, end: number, before: string, after: string, reason: number];

interface StoredEdits {
  reasons: Bilingual[];
  edits: EditTuple[];
}

export function encodeEdits(edits: readonly Edit[]): string {
  const reasons: Bilingual[] = [];
  // Rules hand out one reason object per kind of change, so identity finds most repeats at once.
  const byObject = new Map<Bilingual, number>();
  const byText = new Map<string, number>();
  const tuples = edits.map((e): EditTuple => {
    let at = byObject.get(e.reason);
    if (at === undefined) {
      const key = `${e.reason.zh}\u0000${e.reason.en}`;
      at = byText.get(key);
      if (at === undefined) {
        at = reasons.push({ zh: e.reason.zh, en: e.reason.en }) - 1;
        byText.set(key, at);
      }
      byObject.set(e.reason, at);
    }
    return [e.rule, e.start, e.end, e.before, e.after, at];
  });
  return JSON.stringify({ reasons, edits: tuples } satisfies StoredEdits);
}

export function decodeEdits(json: string): Edit[] {
  const stored = JSON.parse(json) as StoredEdits | Edit[];
  if (Array.isArray(stored)) return stored;
  return stored.edits.map(([rule, start, end, before, after, reason]) => ({ rule, start, end, before, after, reason: stored.reasons[reason]! }));
}
