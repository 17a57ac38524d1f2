// A page's date, and where it came from. A front page's masthead dates itself; an inner page often carries its date
// in a running head (`2021年9月1日 星期三 第3版`); else the file name may hold it (`2021-09-01_A01.txt`,
// `20210901-03.txt`). Otherwise the page has no date: it does not borrow another page's, the desk asks.
import type { Masthead, NoiseBlock } from '../model/types';

export type PageDateSource = 'masthead' | 'running-head' | 'file-name' | 'manual';

export interface PageDate {
  date: string | null;
  source: PageDateSource | null;
}

const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** Year, month and day run together or separated by one of - _ . — not inside a longer run of digits. */
const FILE_DATE = /(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/;

/** The ISO date when year, month and day make a real day. */
export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function chineseDate(text: string): string | null {
  const m = CHINESE_DATE.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

/** The date in a file name (its last path segment), if it holds one. */
export function fileNameDate(file: string): string | null {
  const name = file.split(/[\\/]/).pop() ?? file;
  const chinese = chineseDate(name);
  if (chinese) return chinese;
  const m = FILE_DATE.exec(name);
  return m ? isoDate(m[1]!, m[3]!, m[4]!) : null;
}

/** A running head is one short line: the date with a page number, weekday or section name, never a sentence. */
const MAX_RUNNING_HEAD = 40;
const SENTENCE_END = /[。！？!?]$/u;
/** Where running heads sit: the first lines of the page, or its last ones (a footer). */
const HEAD_LINES = 3;
const FOOT_LINES = 2;

function runningHeadDate(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (const line of [...lines.slice(0, HEAD_LINES), ...lines.slice(-FOOT_LINES)]) {
    if ([...line].length > MAX_RUNNING_HEAD || SENTENCE_END.test(line)) continue;
    const date = chineseDate(line);
    if (date) return date;
  }
  return null;
}

/**
 * Masthead, else a running head (page-header noise the parser set apart, or a short dated line at the top or
 * foot of the page), else the file name.
 */
export function inferPageDate(meta: Masthead | null, noise: readonly NoiseBlock[], file: string, text = ''): PageDate {
  if (meta?.date) return { date: meta.date, source: 'masthead' };
  for (const block of noise) {
    if (block.reason !== 'masthead') continue;
    const date = chineseDate(block.text);
    if (date) return { date, source: 'running-head' };
  }
  const head = runningHeadDate(text);
  if (head) return { date: head, source: 'running-head' };
  const fromName = fileNameDate(file);
  if (fromName) return { date: fromName, source: 'file-name' };
  return { date: null, source: null };
}
