import { eachMatch } from '../matches';
import type { CleanRule, RuleEdit } from '../rule';

/** An English "and" between two Chinese characters (with any spaces around it): OCR put it where 和 belongs. */
const STRAY_AND_RE = /(?<=\p{Script=Han})[ \t\u3000]*and[ \t\u3000]*(?=\p{Script=Han})/gu;

export const strayAnd: CleanRule = {
  id: 'stray-and',
  label: { zh: '误识 and', en: 'Stray "and"' },
  reason: { zh: '中文之间的 and 改为“和”', en: '"and" between Chinese words replaced with 和' },
  apply(text) {
    if (!text.includes('and')) return [];
    const edits: RuleEdit[] = [];
    eachMatch(STRAY_AND_RE, text, (m) => edits.push({ start: m.index, end: m.index + m[0].length, after: '和' }));
    return edits;
  },
};
