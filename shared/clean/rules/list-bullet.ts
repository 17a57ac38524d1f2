import { isListItem } from '../../text/list';
import { eachMatch } from '../matches';
import type { CleanRule, RuleEdit } from '../rule';

/** Markdown-style list markers ("- ", "* ", "+ ") opening a line: OCR output for a printed numbered list. */
const BULLET_RE = /^(?:[-*+][ \t\u3000]+)+(?=\S)/gm;

/**
 * Strips the marker when what follows is itself a list item (1.杭州…, （一）…): the print has the number, the
 * hyphen is OCR's. The line stays a list item, so line joining judges it the same before and after.
 */
export const listBullet: CleanRule = {
  id: 'list-bullet',
  label: { zh: '列表符号', en: 'List bullets' },
  reason: { zh: '删除识别产生的行首列表符号', en: 'Removed a list bullet the OCR added at the start of a line' },
  apply(text) {
    const edits: RuleEdit[] = [];
    eachMatch(BULLET_RE, text, (m) => {
      const end = m.index + m[0].length;
      const lineEnd = text.indexOf('\n', end);
      if (isListItem(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) edits.push({ start: m.index, end, after: '' });
    });
    return edits;
  },
};
