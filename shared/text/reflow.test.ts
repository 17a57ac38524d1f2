import { describe, expect, it } from 'vitest';
import { cells, columnWidths, reflowReason, startsShortByIndent, type PrintedLine } from './reflow';

const line = (text: string, width: number, extra: Partial<PrintedLine> = {}): PrintedLine => ({
  text,
  cells: cells(text),
  indented: false,
  width,
  gapBefore: 0,
  run: 2,
  titleLike: false,
  phrased: false,
  first: false,
  alone: false,
  fullNext: false,
  ...extra,
});

describe('printed lines', () => {
  it('counts Latin and digits as half a cell, ASCII brackets and marks as one, spaces as none', () => {
    expect(cells('锂同位素')).toBe(4);
    expect(cells('LIBS技术')).toBe(4);
    expect(cells('　　研究 团队')).toBe(4);
    // Brackets and marks in Chinese text are full-width, whatever the OCR wrote.
    expect(cells('各县 (市) 纷纷')).toBe(7);
    expect(cells('指数: 52.1%')).toBe(5.5);
  });

  it('finds the column width where lines share a length, and none on a paragraph page', () => {
    const column = ['一二三四五六七八九十一二三四五六', '一二三四五六七八九十一二三四五六', '一二三四五六七八九十一二三四五', '一二三四五六七八九十一二三四五六', '短行。', '一二三四五六七八九十一二三四五六'];
    expect(columnWidths(column.map(cells))[2]).toBe(16);
    const paragraphs = ['一'.repeat(80), '一'.repeat(120), '一'.repeat(45), '一'.repeat(200), '一'.repeat(66)];
    expect(columnWidths(paragraphs.map(cells)).every((w) => w === 0)).toBe(true);
  });

  it('reads the width full lines reach, not one less for the paragraph starts short by their dropped indent', () => {
    const full = '一二三四五六七八九十一二三';
    const start = '一二三四五六七八九十一';
    const column = [start, full, full, '一二三四五六七八九十一二', full, '短行。', start, full, full, start, full, '一二三四五六七八九十一二三。', full];
    expect(columnWidths(column.map(cells))[6]).toBe(13);
    // Half-width digits bring a full line half a cell short: it still counts at the width.
    const digits = ['一二三四五六七八九十一二三', '一二三四五六七八九十一二3', '一二三四五六七八九十一二3', start, start, start, '一二三四五六七八九十一二三'];
    expect(columnWidths(digits.map(cells))[3]).toBe(13);
  });

  it('runs a line short by no more than an indent on into a full line: a paragraph would start short by its indent', () => {
    const lower = line('一二三四五六七八九十一二三', 13);
    expect(reflowReason(line('在“瓯江红， 盐城城市驿', 13), lower, false, true)).toBe('fills');
    // Not into a line short by the indent (a paragraph start), nor from a line shorter than that, nor across a blank line.
    expect(reflowReason(line('在“瓯江红， 盐城城市驿', 13), line('一二三四五六七八九十一', 13), false, true)).toBeNull();
    expect(reflowReason(line('一二三四五六七八九十', 13), lower, false, true)).toBeNull();
    expect(reflowReason(line('在“瓯江红， 盐城城市驿', 13), line('一二三四五六七八九十一二三', 13, { gapBefore: 1 }), false, true)).toBeNull();
  });

  it('runs a line short by no more than an indent on only where paragraphs start short by their dropped indent', () => {
    expect(reflowReason(line('在“瓯江红， 盐城城市驿', 13), line('一二三四五六七八九十一二三', 13), false, false)).toBeNull();
  });

  it('starts a paragraph at the first line of a zone short by just an indent with full lines under it', () => {
    const full = '一二三四五六七八九十一二三';
    const start = line('在一家网红奶茶店前，记', 13, { gapBefore: 1, run: 1, fullNext: true });
    expect(reflowReason(line(full, 13), start, false, true)).toBeNull();
    // Not where the zone is that one line, nor a line at the column's width, nor where indents mark paragraphs.
    expect(reflowReason(line(full, 13), { ...start, fullNext: false }, false, true)).toBe('full');
    expect(reflowReason(line(full, 13), line(full, 13, { gapBefore: 1, run: 1, fullNext: true }), false, true)).toBe('full');
    expect(reflowReason(line(full, 13), start, true, false)).toBe('full');
    expect(reflowReason(line(full, 13), start, false, false)).toBe('full');
  });

  it('runs a full line ending a sentence on into a full line where paragraphs start short by their dropped indent', () => {
    const full = '一二三四五六七八九十一二三';
    expect(reflowReason(line('一二三四五六七八九十一二。', 13), line(full, 13), false, true)).toBe('full');
    // Not into a line short by the indent, nor where paragraphs start flush.
    expect(reflowReason(line('一二三四五六七八九十一二。', 13), line('一二三四五六七八九十一', 13), false, true)).toBeNull();
    expect(reflowReason(line('一二三四五六七八九十一二。', 13), line(full, 13), false, false)).toBeNull();
  });

  it('tells whether paragraphs start short by a dropped indent from the lines after paragraph ends', () => {
    const ends = (t: string) => t.endsWith('。');
    const page = (starts: string) => ['一二三四五六七八九十一二三', '一二三四五。', starts, '一二三四五六七八九十一二三', '一二三四。', starts, '一二三四五六七八九十一二三'];
    const shortStarts = page('一二三四五六七八九十一');
    const flush = page('一二三四五六七八九十一二三');
    const read = (texts: string[]) => startsShortByIndent(texts.map(cells), texts.map(() => 13), (i) => ends(texts[i]));
    expect(read(shortStarts)).toBe(true);
    expect(read(flush)).toBe(false);
  });

  it('joins a full line, a line ending in a mark, a line before a closing mark; not a short one or an indented next line', () => {
    expect(reflowReason(line('一二三四五六七八九十一二三四五六', 16), line('七八九', 16), false)).toBe('full');
    expect(reflowReason(line('短句，', 16), line('七八九', 16), false)).toBe('mark');
    expect(reflowReason(line('一二三四五', 16), line('。七八九', 16), false)).toBe('closing');
    expect(reflowReason(line('一二三四五', 16), line('七八九', 16), false)).toBeNull();
    expect(reflowReason(line('一二三四五六七八九十一二三四五六', 16), line('七八九', 16, { indented: true }), true)).toBeNull();
  });

  it('never runs a column line into a line set wider than the column (a heading across columns)', () => {
    const wide = line('一二三四五六七八九十一二三四五六七八九十一二三', 16);
    expect(reflowReason(line('一二三四五六七八九十一二三四五六', 16), wide, false)).toBeNull();
    expect(reflowReason(line('短句，', 16), wide, false)).toBeNull();
    // Under a line as wide, it is the next line of that wider block (a headline broken at its own measure).
    expect(reflowReason(line('“阅读经典好书 争当时代工匠”全国工会职', 12), line('工书屋示范性主题阅读交流活动〈四川凉山', 12), false)).toBe('full');
    expect(reflowReason(line('“阅读经典好书 争当时代工匠”全国工会。', 12), line('工书屋示范性主题阅读交流活动〈四川凉山', 12), false)).toBeNull();
    // A line a cell or two long (half-width digits, a hanging mark) is still the column's.
    expect(reflowReason(line('一二三四五六七八九十一二三四五六', 16), line('一二三四五六七八九十一二三四五六七', 16), false)).toBe('full');
  });

  it('keeps a finished sentence apart across a blank line, and without indents', () => {
    expect(reflowReason(line('一二三四五六七八九十一二三四五。', 16), line('七八九', 16, { gapBefore: 1 }), false)).toBeNull();
    expect(reflowReason(line('一二三四五六七八九十一二三四五。', 16), line('七八九', 16), false)).toBeNull();
    expect(reflowReason(line('一二三四五六七八九十一二三四五。', 16), line('七八九', 16), true)).toBe('full');
  });

  it('runs on from a first line whose indent the OCR dropped', () => {
    expect(reflowReason(line('一二三四五六七八九十一二三四', 16, { first: true }), line('七八九', 16), false)).toBe('indent');
    expect(reflowReason(line('一二三四五六七八九十一二三四', 16), line('七八九', 16), false)).toBeNull();
    // Also when the OCR set the paragraph's first line as a zone of its own.
    expect(reflowReason(line('“我家里的电阅最近总跳', 13, { first: true, run: 1, gapBefore: 1 }), line('曾，不知道是怎么回事? ”', 13, { gapBefore: 1, run: 1 }), false)).toBe('indent');
  });

  it('keeps a one-line zone of heading shape apart, unless it carries on the paragraph above', () => {
    const zone = { gapBefore: 1, run: 1, titleLike: true };
    // `匠、技术能手的业务专长、技` continues `…活动发挥了劳模工`: no heading, though shaped like one.
    expect(reflowReason(line('匠、技术能手的业务专长、技术', 14, { ...zone }), line('术优势作用，在全矿形成了良好', 14, { gapBefore: 1, run: 1 }), false)).toBe('full');
    expect(reflowReason(line('匠、技术能手的业务专长、技术', 14, { ...zone, first: true }), line('术优势作用，在全矿形成了良好', 14, { gapBefore: 1, run: 1 }), false)).toBeNull();
  });

  it('does not run a short zone-ending line on past a comma: only a paragraph stops short (its 。 misread as ，)', () => {
    const next = line('喜欢缝缝补补的罗年香则是义', 14, { gapBefore: 1, run: 1 });
    expect(reflowReason(line('得更加丰富多彩，', 14, { run: 3 }), next, false)).toBeNull();
    // A full line, or a one-line zone (a kicker `天津：，`), still runs on.
    expect(reflowReason(line('“带着去做义工”，老年生活变，', 14, { run: 3 }), next, false)).toBe('mark');
    expect(reflowReason(line('天津：，', 14, { run: 1 }), next, false)).toBe('mark');
  });
});
