// An article whose text stops mid-sentence: it continues on another page, or its end was lost.
import { bylineRegions } from '../clean/byline';
import type { Warning } from '../model/types';
import { warningAt } from './warning';

/** What a finished paragraph may end with: a final mark, or a closing bracket such as （完）. */
const FINAL = new Set('。！？!?….—）)》】');
/** Closing quotes: fine after a final mark (…对症。”), not after a bare word. */
const CLOSING_QUOTES = new Set('”’」』');

/** Where the last paragraph's own text ends, skipping a trailing credit (通讯员X 摄) or sign-off (——编者). */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '' || trimmed.trimStart().startsWith('——')) {
      end = start - 1;
      continue;
    }
    const credit = bylineRegions(trimmed).find(([, e]) => e === trimmed.length);
    if (!credit) return start + trimmed.length;
    const before = trimmed.slice(0, credit[0]).trimEnd();
    if (before !== '') return start + before.length;
    end = start - 1;
  }
  return -1;
}

export function lintEnding(text: string): Warning[] {
  const end = contentEnd(text);
  let last = end - 1;
  while (last > 0 && CLOSING_QUOTES.has(text[last])) last--;
  if (end <= 0 || FINAL.has(text[last])) return [];
  return [
    warningAt(
      'truncated-ending',
      { zh: '正文在句中结束，后文可能转至他版或已丢失', en: 'The text ends mid-sentence: it may continue elsewhere, or its end was lost' },
      text,
      { start: end - 1, end },
    ),
  ];
}
