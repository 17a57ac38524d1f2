// A compact form of an edit list, one string: how the store keeps an article's automatic edits and how the
// analysis worker hands them over. Every edit carries its rule's bilingual reason, and a page's few hundred edits
// share a handful of reasons: written out in full they were ten times the size of the text they describe, and
// as objects they cost more to pass between threads than the rest of the page. Here each distinct reason is
// written once and the edits are tuples pointing at it. A plain JSON array of edits (the store's older rows)
// unpacks too.
import type { Bilingual, Edit } from './types';

/** packEdits' output; the brand keeps any other string from passing for one. */
export type PackedEdits = string & { readonly __packedEdits: unique symbol };

type EditTuple = [rule: string, start: number, end: number, before: string, after: string, reason: number];

interface Packed {
  reasons: Bilingual[];
  edits: EditTuple[];
}

export function packEdits(edits: readonly Edit[]): PackedEdits {
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
  return JSON.stringify({ reasons, edits: tuples } satisfies Packed) as PackedEdits;
}

export function unpackEdits(json: string): Edit[] {
  const stored = JSON.parse(json) as Packed | Edit[];
  if (Array.isArray(stored)) return stored;
  return stored.edits.map(([rule, start, end, before, after, reason]) => ({ rule, start, end, before, after, reason: stored.reasons[reason]! }));
}
