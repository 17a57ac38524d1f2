import { eachMatch } from '../matches';
import type { CleanRule, RuleEdit } from '../rule';

const SPACES_RE = /[ \t\u00a0\u3000]+/g;

/** The code units of single-unit marks: neighbours are read by code unit. */
function codes(marks: string): ReadonlySet<number> {
  return new Set(Array.from(marks, (m) => m.charCodeAt(0)));
}

/** Marks that take no space on either side in Chinese text (clreq: full-width marks carry their own spacing). */
const BARE = codes('，。、；：！？…—');
/** Opening marks: a space after one is inside the quotation; a space before one may separate heading phrases. */
const OPENERS = codes('“‘《（【〈「『〔');
/** Closing marks: a space before one is inside; a space after one may separate phrases (坚持“两手硬” 助力…). */
const CLOSERS = codes('”’》）】〉」』〕');

export const spacePunct: CleanRule = {
  id: 'space-punct',
  label: { zh: '标点旁空格', en: 'Spaces by punctuation' },
  reason: { zh: '删除全角标点旁的多余空格', en: 'Removed a space next to full-width punctuation' },
  apply(text) {
    const edits: RuleEdit[] = [];
    eachMatch(SPACES_RE, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // NaN (no neighbour) is in none of the sets.
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      if (BARE.has(before) || BARE.has(after) || OPENERS.has(before) || CLOSERS.has(after)) {
        edits.push({ start, end, after: '' });
      }
    });
    return edits;
  },
};
