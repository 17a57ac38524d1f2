import { DOUBLED_ROLE_RE, bylineRegions, leadingRole } from '../byline';
import { eachMatch } from '../matches';
import type { CleanRule, RuleEdit } from '../rule';

/** Whether a doubled role occurs anywhere: without one no byline region can hold one, so none is looked for. */
const ANY_DOUBLED_RE = new RegExp(DOUBLED_ROLE_RE.source);

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
    if (!ANY_DOUBLED_RE.test(text)) return edits;
    for (const [start, end] of bylineRegions(text)) {
      eachMatch(DOUBLED_ROLE_RE, text.slice(start, end), (m) => {
        const keep = leadingRole(m[0]).length;
        edits.push({ start: start + m.index + keep, end: start + m.index + m[0].length, after: '' });
      });
    }
    return edits;
  },
};
