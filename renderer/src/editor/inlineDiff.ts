// A revision compared with the current text, as runs to render inline (React text nodes, never HTML).
import { diffTexts } from '../../../shared/diff';

export interface DiffRun {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

/** Runs that read as `now`, with what `old` had instead shown as deletions just before each insertion. */
export function inlineDiff(old: string, now: string): DiffRun[] {
  const runs: DiffRun[] = [];
  let at = 0;
  for (const h of diffTexts(old, now).hunks) {
    if (h.cleanStart > at) runs.push({ kind: 'same', text: now.slice(at, h.cleanStart) });
    if (h.ocrEnd > h.ocrStart) runs.push({ kind: 'delete', text: old.slice(h.ocrStart, h.ocrEnd) });
    if (h.cleanEnd > h.cleanStart) runs.push({ kind: 'insert', text: now.slice(h.cleanStart, h.cleanEnd) });
    at = h.cleanEnd;
  }
  if (at < now.length) runs.push({ kind: 'same', text: now.slice(at) });
  return runs;
}
