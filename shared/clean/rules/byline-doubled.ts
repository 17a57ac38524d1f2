import { DOUBLED_ROLE_RE, bylineRegions, leadingRole } from '../byline';
import type { CleanRule, RuleEdit } from '../rule';

/**
 * 通讯员员郁诗怡 → 通讯员郁诗怡, only inside bylines: elsewhere a doubled character is ordinary Chinese
 * (件件关乎民生, 一次次晚会).
 */
export const bylineDoubled: CleanRule = {
  id: 'byline-doubled',
  label: { zh: '署名重字', en: 'Doubled byline words' },
  reason: { zh: '删除署名中重复识别的字', en: 'Removed a character the OCR doubled in a byline' },
  apply(text) {
    const edits: RuleEdit[] = [];
    for (const [start, end] of bylineRegions(text)) {
      const region = text.slice(start, end);
      for (const m of region.matchAll(DOUBLED_ROLE_RE)) {
        const keep = leadingRole(m[0]).length;
        edits.push({ start: start + m.index + keep, end: start + m.index + m[0].length, after: '' });
      }
    }
    return edits;
  },
};
