import { eachMatch } from '../matches';
import type { CleanRule, RuleEdit } from '../rule';

// Only ０-９Ａ-Ｚａ-ｚ: NFKC would also flatten the full-width punctuation the page needs.
const FULLWIDTH_ALNUM_RE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;
const OFFSET = 0xfee0;

export const fullwidthAlnum: CleanRule = {
  id: 'fullwidth-alnum',
  label: { zh: '全角字母数字', en: 'Full-width letters and digits' },
  reason: { zh: '全角字母、数字改为半角', en: 'Full-width letters and digits made half-width' },
  apply(text) {
    const edits: RuleEdit[] = [];
    eachMatch(FULLWIDTH_ALNUM_RE, text, (m) => {
      let after = '';
      for (let i = 0; i < m[0].length; i++) after += String.fromCharCode(m[0].charCodeAt(i) - OFFSET);
      edits.push({ start: m.index, end: m.index + m[0].length, after });
    });
    return edits;
  },
};
