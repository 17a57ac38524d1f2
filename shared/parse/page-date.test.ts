import { describe, expect, it } from 'vitest';
import type { Masthead, NoiseBlock } from '../model/types';
import { fileNameDate, inferPageDate } from './page-date';

const meta = (date: string | null): Masthead => ({ paper: '某某日报', date, lunarDate: null, weekday: null, serialNo: null, cn: null, postalCode: null, website: null, email: null });
const head = (text: string, reason: NoiseBlock['reason'] = 'masthead'): NoiseBlock => ({ text, range: { start: 0, end: text.length }, reason });

describe('page dates', () => {
  it('takes the masthead first, then a running head, then the file name', () => {
    expect(inferPageDate(meta('2021-10-08'), [head('2021年9月1日 星期三')], '2021-09-02_A01.txt')).toEqual({ date: '2021-10-08', source: 'masthead' });
    expect(inferPageDate(null, [head('2021年9月1日 星期三 第3版')], '2021-09-02_A01.txt')).toEqual({ date: '2021-09-01', source: 'running-head' });
    expect(inferPageDate(null, [head('2021年9月1日', 'advertisement')], '20210902-03.txt')).toEqual({ date: '2021-09-02', source: 'file-name' });
    expect(inferPageDate(null, [], 'A03.txt')).toEqual({ date: null, source: null });
    expect(inferPageDate(null, [], 'A03.txt', '2021年9月1日 星期三 第3版\n\n杭州新闻\n正文。')).toEqual({ date: '2021-09-01', source: 'running-head' });
    // A date in a sentence of the body is not the page's.
    expect(inferPageDate(null, [], 'A03.txt', '杭州新闻\n2021年9月1日，杭州举行大会。\n正文。')).toEqual({ date: null, source: null });
  });

  it('reads dates in file names in the usual spellings, and nothing that is not a day', () => {
    expect(fileNameDate('2021-09-01_A01.txt')).toBe('2021-09-01');
    expect(fileNameDate('20210901-03.txt')).toBe('2021-09-01');
    expect(fileNameDate('scans/paper_2021.09.01_p4.txt')).toBe('2021-09-01');
    expect(fileNameDate('2021年9月1日第4版.txt')).toBe('2021-09-01');
    expect(fileNameDate('2021/09/A01.txt')).toBeNull();
    expect(fileNameDate('20211345-01.txt')).toBeNull();
    expect(fileNameDate('000_a55d71f55d3cc9a0.txt')).toBeNull();
    expect(fileNameDate('12021090199.txt')).toBeNull();
    expect(fileNameDate('2021-0901.txt')).toBeNull();
  });
});
