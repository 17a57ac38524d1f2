import type { CleanRule, RuleEdit } from '../rule';

/**
 * A Markdown-style list marker ("- ", "* ", "+ ") opening a line: OCR output for a printed numbered list.
 * Chinese print never starts a paragraph with a hyphen and a space.
 */
const BULLET_RE = /^(?:[-*+][ \t\u3000]+)+(?=\S)/gm;

export const listBullet: CleanRule = {
  id: 'list-bullet',
  label: { zh: '列表符号', en: 'List bullets' },
  reason: { zh: '删除识别产生的行首列表符号', en: 'Removed a list bullet the OCR added at the start of a line' },
  apply(text) {
    const edits: RuleEdit[] = [];
    for (const m of text.matchAll(BULLET_RE)) edits.push({ start: m.index, end: m.index + m[0].length, after: '' });
    return edits;
  },
};
