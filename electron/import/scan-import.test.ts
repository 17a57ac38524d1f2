// Pages with their scans: layout files (ALTO, hOCR) and images beside the text, through the API as a client sees
// them, and hostile files refused without leaving anything behind.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode as decodePng } from 'fast-png';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../api/handlers';
import { readPageFile } from './prepare';
import { ORPHAN_AGE_MS } from '../scans/files';
import { testContext, type TestContext } from '../services/testing';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { encodeGb18030 } from '../../tests/fixtures/bad-input/corpus';
import { chainTiffs, makeTiff } from '../../tests/fixtures/tiff';

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

const PAGE = 'b05_tupian_xinwen';

function setup(): void {
  ctx = testContext();
  handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
}

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

/** A folder holding the named fixture files (renamed where a pair says so). */
function folder(files: (string | [string, string])[]): string {
  const dir = join(ctx.dir, 'in', String(Math.random()).slice(2));
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    const [from, to] = typeof f === 'string' ? [f, f] : f;
    copyFileSync(join(OCR_FIXTURES, from), join(dir, to));
  }
  return dir;
}

const scansDir = () => join(ctx.dir, 'scans');
const storedScans = () => (existsSync(scansDir()) ? readdirSync(scansDir()) : []);

describe('layout files and images beside the text', () => {
  it.each([
    ['ALTO', `${PAGE}.xml`],
    ['hOCR', `${PAGE}.hocr`],
  ])('%s with its image: the page has boxes and an image; each article line has its printed line’s box', async (_, file) => {
    setup();
    const dir = folder([file, `${PAGE}.jpg`]);
    const report = await call('import.paths', { paths: [dir], batch: 'scan' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([[file, 'imported']]);
    const [page] = await call('pages.list', { batchId: report.batchId! });
    expect(page).toMatchObject({ file, hasImage: true, hasLayout: true });

    const scan = await call('pages.scan', { pageId: page!.id });
    expect(scan.image).toMatchObject({ type: 'jpg', width: 786, height: 1007 });
    expect(scan.layout).toMatchObject({ format: file.endsWith('.xml') ? 'alto' : 'hocr', width: 1572, height: 2014 });
    const hash = scan.image!.url.match(/([0-9a-f]{64})\.jpg$/)![1];
    expect(readFileSync(join(scansDir(), `${hash}.jpg`))).toEqual(readFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`)));

    const articles = await call('articles.list', { batchId: report.batchId! });
    expect(articles.length).toBeGreaterThan(0);
    const layout = scan.layout!;
    const pageLines = (await call('articles.get', { id: articles[0]!.id })).ocrRaw;
    for (const summary of articles) {
      const a = await call('articles.get', { id: summary.id });
      expect(a).toMatchObject({ hasImage: true, hasLayout: true });
      const lines = a.ocrText.split('\n');
      expect(a.lineBoxes).toHaveLength(lines.length);
      // Every body line is a printed line of the page, so every one finds its box, and it is the box the layout
      // gives the page line with that text.
      a.lineBoxes!.forEach((box, i) => {
        expect(box, lines[i]).not.toBeNull();
        const at = layout.lines.indexOf(layout.lines.find((b) => b && b.x === box!.x && b.y === box!.y)!);
        expect(at).toBeGreaterThanOrEqual(0);
      });
    }
    expect(pageLines.length).toBeGreaterThan(0);
  });

  it('a text page with its image beside it; the same image again stores nothing new', async () => {
    setup();
    const dir = folder([`${PAGE}.txt`, `${PAGE}.jpg`, `${PAGE}.xml`]);
    const report = await call('import.paths', { paths: [dir], batch: 'scan' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      [`${PAGE}.txt`, 'imported'],
      [`${PAGE}.xml`, 'imported'],
    ]);
    const pages = await call('pages.list', { batchId: report.batchId! });
    expect(pages.map((p) => [p.file, p.hasImage, p.hasLayout])).toEqual([
      [`${PAGE}.txt`, true, false],
      [`${PAGE}.xml`, true, true],
    ]);
    // Both pages share the one stored image.
    expect(storedScans()).toHaveLength(1);
    const again = await call('import.paths', { paths: [dir], batch: 'scan' });
    expect(again.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate']);
    const other = folder([[`${PAGE}.txt`, 'renamed.txt']]);
    writeFileSync(join(other, 'renamed.txt'), readFileSync(join(OCR_FIXTURES, `${PAGE}.txt`), 'utf8') + '\n补记一行。\n');
    copyFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`), join(other, 'renamed.jpg'));
    expect((await call('import.paths', { paths: [other], batch: 'scan' })).files[0]!.status).toBe('imported');
    expect(storedScans()).toHaveLength(1);
  });

  it('an image picked with its text pairs by name; an image alone is refused with the reason', async () => {
    setup();
    const dir = folder([`${PAGE}.txt`, `${PAGE}.jpg`, ['b01_xmwb_front.jpg', 'lonely.jpg']]);
    const report = await call('import.paths', { paths: [join(dir, `${PAGE}.txt`), join(dir, `${PAGE}.jpg`), join(dir, 'lonely.jpg')], batch: 'pick' });
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en ?? null])).toEqual([
      [`${PAGE}.txt`, 'imported', null],
      ['lonely.jpg', 'refused', 'an image without its page text (a .txt or layout file of the same name) beside it'],
    ]);
    const upload = (name: string, from: string) => ({ name, base64: readFileSync(join(OCR_FIXTURES, from)).toString('base64') });
    const dropped = await call('import.files', { files: [upload('p.hocr', `${PAGE}.hocr`), upload('p.jpg', `${PAGE}.jpg`)], batch: 'drop' });
    expect(dropped.files.map((f) => [f.file, f.status])).toEqual([['p.hocr', 'imported']]);
    expect((await call('pages.list', { batchId: dropped.batchId! }))[0]).toMatchObject({ hasImage: true, hasLayout: true });
  });
});

describe('TIFF page images in layout exports', () => {
  it('an ALTO page with a TIFF exports the TIFF as imported, named in its XML and the METS', async () => {
    setup();
    const dir = folder([`${PAGE}.xml`, [join('tiff', `${PAGE}.tif`), `${PAGE}.tif`]]);
    const report = await call('import.paths', { paths: [dir], batch: 'tiff' });
    expect(report.files.map((f) => f.status)).toEqual(['imported']);
    const out = join(ctx.dir, 'out');
    const result = await call('export.layout', { selection: { batchId: report.batchId!, status: 'all' }, format: 'alto', dir: out, images: true, mets: true });
    expect(result.files).toEqual([join(out, `${PAGE}.xml`)]);
    expect(readFileSync(join(out, `${PAGE}.tif`))).toEqual(readFileSync(TIFF));
    expect(readFileSync(join(out, `${PAGE}.xml`), 'utf8')).toContain(`${PAGE}.tif`);
    const mets = readFileSync(result.mets!, 'utf8');
    expect(mets).toContain('MIMETYPE="image/tiff"');
    expect(mets).toContain(sha256(readFileSync(TIFF)));
  });
});

describe('a duplicate page that brings what the stored page lacks', () => {
  it('its image completes the stored page; the same again adds nothing', async () => {
    setup();
    const first = await call('import.paths', { paths: [folder([`${PAGE}.txt`])], batch: 'dup' });
    const pageId = first.files[0]!.pageId!;
    expect((await call('pages.list', { batchId: first.batchId! }))[0]).toMatchObject({ hasImage: false });

    const dir = folder([`${PAGE}.txt`, `${PAGE}.jpg`]);
    const again = await call('import.paths', { paths: [dir], batch: 'dup' });
    expect(again.files.map((f) => [f.status, f.pageId, f.completed])).toEqual([['duplicate', pageId, { image: true, layout: false }]]);
    expect((await call('pages.scan', { pageId })).image).toMatchObject({ type: 'jpg', width: 786, height: 1007 });
    expect(storedScans()).toHaveLength(1);
    expect(await call('pages.list', { batchId: first.batchId! })).toHaveLength(1);

    const third = await call('import.paths', { paths: [dir], batch: 'dup' });
    expect(third.files.map((f) => [f.status, f.completed ?? null])).toEqual([['duplicate', null]]);
    expect(storedScans()).toHaveLength(1);
  });

  it('its line boxes complete a text page with an image, in the image’s pixels; its articles then have boxes', async () => {
    setup();
    // A text page holding exactly the text the mm10 ALTO reads as (so the ALTO is its duplicate), with the image.
    const altoBytes = readFileSync(join(OCR_FIXTURES, 'mm10', `${PAGE}.xml`));
    const dir = folder([[`${PAGE}.jpg`, 'p.jpg']]);
    writeFileSync(join(dir, 'p.txt'), readPageFile(altoBytes, 'p.xml').text);
    const first = await call('import.paths', { paths: [dir], batch: 'dup' });
    const pageId = first.files[0]!.pageId!;
    const alto = join(ctx.dir, 'p.xml');
    writeFileSync(alto, altoBytes);
    const again = await call('import.paths', { paths: [alto], batch: 'dup' });
    expect(again.files.map((f) => [f.status, f.pageId, f.completed])).toEqual([['duplicate', pageId, { image: false, layout: true }]]);
    const scan = await call('pages.scan', { pageId });
    expect(scan.image).toMatchObject({ type: 'jpg', width: 786 });
    // The boxes were in tenths of a millimetre; against the image they are its pixels.
    expect(scan.layout).toMatchObject({ width: 786, height: 1007 });
    const [summary] = await call('articles.list', { batchId: first.batchId! });
    const article = await call('articles.get', { id: summary!.id });
    expect(article).toMatchObject({ hasImage: true, hasLayout: true });
    expect(article.lineBoxes!.some((b) => b !== null)).toBe(true);
  });
});

/** A PNG header (signature and IHDR) declaring the given size, followed by nothing. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.alloc(64)]);
}

const TIFF = join(OCR_FIXTURES, 'tiff', `${PAGE}.tif`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('TIFF page images', () => {
  it('are shown as a PNG of the same pixels and kept as imported; the same TIFF again stores nothing new', async () => {
    setup();
    const dir = folder([`${PAGE}.txt`, [join('tiff', `${PAGE}.tif`), `${PAGE}.tif`]]);
    const report = await call('import.paths', { paths: [dir], batch: 'tiff' });
    expect(report.files.map((f) => f.status)).toEqual(['imported']);
    const scan = await call('pages.scan', { pageId: report.files[0]!.pageId! });
    expect(scan.image).toMatchObject({ type: 'png', width: 393, height: 504 });
    const png = readFileSync(join(scansDir(), scan.image!.url.match(/([0-9a-f]{64}\.png)$/)![1]!));
    expect(decodePng(png)).toMatchObject({ width: 393, height: 504, depth: 1 });
    const tiff = readFileSync(TIFF);
    expect(storedScans().sort()).toEqual([`${sha256(png)}.png`, `${sha256(tiff)}.tiff`].sort());
    expect(readFileSync(join(scansDir(), `${sha256(tiff)}.tiff`))).toEqual(tiff);

    // The same TIFF beside another page: no new file, the page shows the same PNG.
    const other = folder([[join('tiff', `${PAGE}.tif`), 'other.tif']]);
    writeFileSync(join(other, 'other.txt'), readFileSync(join(OCR_FIXTURES, `${PAGE}.txt`), 'utf8') + '\n补记一行。\n');
    const again = await call('import.paths', { paths: [other], batch: 'tiff' });
    expect(again.files.map((f) => f.status)).toEqual(['imported']);
    expect((await call('pages.scan', { pageId: again.files[0]!.pageId! })).image!.url).toBe(scan.image!.url);
    expect(storedScans()).toHaveLength(2);
  });
});

describe('a TIFF of several pages', () => {
  it('imports its first page beside the text, and the report says how many pages it holds', async () => {
    setup();
    const dir = folder([`${PAGE}.txt`]);
    const page = (value: number) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels: new Uint8Array(12).fill(value) });
    writeFileSync(join(dir, `${PAGE}.tif`), chainTiffs([page(10), page(20), page(30)]));
    const report = await call('import.paths', { paths: [dir], batch: 'tiff' });
    expect(report.files.map((f) => f.status)).toEqual(['imported']);
    expect(report.files[0]!.warnings).toEqual([
      { zh: `页面图像 ${PAGE}.tif 共有 3 页，只导入了第 1 页`, en: `the page image ${PAGE}.tif holds 3 pages; only the first was imported` },
    ]);
    const scan = await call('pages.scan', { pageId: report.files[0]!.pageId! });
    const png = decodePng(readFileSync(join(scansDir(), scan.image!.url.match(/([0-9a-f]{64}\.png)$/)![1]!)));
    expect(Array.from(png.data)).toEqual(new Array(12).fill(10));
  });

  /** Three short texts, one per printed page (each of its own article), joined as Tesseract joins a TIFF's pages. */
  const PAGES = ['第一版新闻', '第二版新闻', '第三版新闻'].map((h) => `${h}标题\n\n\u3000\u3000本报讯 ${h}的正文写在这里，说明这一页是哪一页。这一段足够长，让解析器把它当作正文读。\n`);
  const greyTiff = (...greys: number[]) => chainTiffs(greys.map((g) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels: new Uint8Array(12).fill(g) })));
  const shownGrey = async (pageId: number) => {
    const scan = await call('pages.scan', { pageId });
    return decodePng(readFileSync(join(scansDir(), scan.image!.url.match(/([0-9a-f]{64}\.png)$/)![1]!))).data[0];
  };
  const pageTexts = async (batchId: number) => {
    const texts: string[] = [];
    for (const a of await call('articles.list', { batchId })) texts.push((await call('articles.get', { id: a.id })).ocrRaw);
    return texts.join('\n');
  };

  it('a text of several pages (form feeds, as Tesseract writes) pairs page n with the TIFF’s page n', async () => {
    setup();
    const dir = folder([]);
    writeFileSync(join(dir, 'scan.txt'), PAGES.join('\f') + '\f');
    writeFileSync(join(dir, 'scan.tif'), greyTiff(10, 20, 30));
    const report = await call('import.paths', { paths: [dir], batch: 'tiff' });
    expect(report.files.map((f) => [f.file, f.status, f.warnings])).toEqual([
      ['scan-p1.txt', 'imported', undefined],
      ['scan-p2.txt', 'imported', undefined],
      ['scan-p3.txt', 'imported', undefined],
    ]);
    expect(await Promise.all(report.files.map((f) => shownGrey(f.pageId!)))).toEqual([10, 20, 30]);
    const pages = await call('pages.list', { batchId: report.batchId! });
    for (const [i, page] of pages.entries()) {
      const articles = await call('articles.list', { batchId: report.batchId!, pageId: page.id });
      const text = (await call('articles.get', { id: articles[0]!.id })).ocrRaw;
      expect(text).toContain(['第一版', '第二版', '第三版'][i]);
      expect(text).not.toContain('\f');
    }
    // The TIFF is kept once, with the three pages' PNGs.
    expect(storedScans().filter((f) => f.endsWith('.tiff'))).toHaveLength(1);
    expect(storedScans()).toHaveLength(4);
    // The same folder again: every page found again.
    const again = await call('import.paths', { paths: [dir], batch: 'tiff' });
    expect(again.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });

  it('a text with fewer pages than the TIFF says so on its last page; a text with more keeps its pages without image', async () => {
    setup();
    const fewer = folder([]);
    writeFileSync(join(fewer, 'a.txt'), PAGES.slice(0, 2).join('\f'));
    writeFileSync(join(fewer, 'a.tif'), greyTiff(10, 20, 30));
    const report = await call('import.paths', { paths: [fewer], batch: 'fewer' });
    expect(report.files.map((f) => [f.file, f.status, f.warnings])).toEqual([
      ['a-p1.txt', 'imported', undefined],
      ['a-p2.txt', 'imported', [{ zh: '页面图像 a.tif 共有 3 页，文字只有 2 页，只导入了前 2 页', en: 'the page image a.tif holds 3 pages and its text 2; only the first 2 were imported' }]],
    ]);

    const more = folder([]);
    writeFileSync(join(more, 'b.txt'), PAGES.map((p) => p.replace('本报讯', '本报讯（另一批）')).join('\f'));
    writeFileSync(join(more, 'b.tif'), greyTiff(40, 50));
    const longer = await call('import.paths', { paths: [more], batch: 'more' });
    expect(longer.files.map((f) => [f.file, f.status, f.warnings])).toEqual([
      ['b-p1.txt', 'imported', undefined],
      ['b-p2.txt', 'imported', undefined],
      ['b-p3.txt', 'imported', [{ zh: '页面图像 b.tif 只有 2 页，没有与本页文字对应的第 3 页', en: 'the page image b.tif holds 2 pages, none for this text\'s page 3' }]],
    ]);
    expect(await shownGrey(longer.files[1]!.pageId!)).toBe(50);
    expect((await call('pages.scan', { pageId: longer.files[2]!.pageId! })).image).toBeNull();
    expect(await pageTexts(longer.batchId!)).toContain('第三版');
  });

  it.each([
    ['UTF-16LE', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['GB18030', (t: string) => encodeGb18030(t)],
  ])('a %s text of several pages splits at its form feeds into pages of readable text', async (_, encode) => {
    setup();
    const dir = folder([]);
    writeFileSync(join(dir, 'c.txt'), encode(PAGES.slice(0, 2).join('\f')));
    writeFileSync(join(dir, 'c.tif'), greyTiff(10, 20));
    const report = await call('import.paths', { paths: [dir], batch: 'enc' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['c-p1.txt', 'imported'],
      ['c-p2.txt', 'imported'],
    ]);
    const text = await pageTexts(report.batchId!);
    expect(text).toContain('第一版新闻');
    expect(text).toContain('第二版新闻');
  });

  it('a text without form feeds beside a multi-page TIFF stays one page, named as its file', async () => {
    setup();
    const dir = folder([]);
    writeFileSync(join(dir, 'd.txt'), PAGES[0]! + '\f\n');
    writeFileSync(join(dir, 'd.tif'), greyTiff(10, 20));
    const report = await call('import.paths', { paths: [dir], batch: 'one' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([['d.txt', 'imported']]);
    expect(report.files[0]!.warnings).toEqual([{ zh: '页面图像 d.tif 共有 2 页，只导入了第 1 页', en: 'the page image d.tif holds 2 pages; only the first was imported' }]);
  });

  it('a one-page TIFF brings no warning', async () => {
    setup();
    const report = await call('import.paths', { paths: [folder([`${PAGE}.txt`, [join('tiff', `${PAGE}.tif`), `${PAGE}.tif`]])], batch: 'tiff' });
    expect(report.files[0]!.status).toBe('imported');
    expect(report.files[0]!.warnings).toBeUndefined();
  });
});

describe('page images leave scans/ with the last page that refers to them', () => {
  it('at the next start, images no page refers to and temporary files older than an hour go; recent ones and other files stay', async () => {
    setup();
    const kept = await call('import.paths', { paths: [folder([`${PAGE}.txt`, `${PAGE}.jpg`])], batch: 'kept' });
    expect(kept.files[0]!.status).toBe('imported');
    const [inUse] = storedScans();
    const orphan = `${'a'.repeat(64)}.png`;
    const fresh = `${'b'.repeat(64)}.png`;
    const temp = `${'c'.repeat(64)}.png.0123456789ab.tmp`;
    for (const name of [orphan, fresh, temp, 'notes.txt']) writeFileSync(join(scansDir(), name), 'x');
    const hoursAgo = new Date(Date.now() - 2 * ORPHAN_AGE_MS);
    for (const name of [inUse!, orphan, temp, 'notes.txt']) utimesSync(join(scansDir(), name), hoursAgo, hoursAgo);
    // A restart: the handlers are made again on the same store.
    handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
    await call('import.files', { files: [{ name: 'late.txt', base64: Buffer.from('补记一行。\n').toString('base64') }] });
    expect(storedScans().sort()).toEqual([inUse!, fresh, 'notes.txt'].sort());
  });

  const deleteBatch = async (id: number) => {
    const batch = (await call('batches.list', {})).find((b) => b.id === id)!;
    await call('batches.delete', { id, articles: batch.articleCount, approved: batch.byStatus.approved });
  };

  it('deleting a batch removes the images only its pages used, shown and original, and keeps those another batch uses', async () => {
    setup();
    const first = await call('import.paths', { paths: [folder([`${PAGE}.txt`, `${PAGE}.jpg`])], batch: 'first' });
    const jpeg = `${sha256(readFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`)))}.jpg`;
    // The second batch: the same JPEG beside another text, and a page with a TIFF (a PNG shown, the TIFF kept).
    const dir = folder([[`${PAGE}.jpg`, 'shared.jpg'], [join('tiff', `${PAGE}.tif`), 'scanned.tif']]);
    writeFileSync(join(dir, 'shared.txt'), readFileSync(join(OCR_FIXTURES, `${PAGE}.txt`), 'utf8') + '\n补记一行。\n');
    writeFileSync(join(dir, 'scanned.txt'), readFileSync(join(OCR_FIXTURES, 'b01_xmwb_front.txt')));
    const second = await call('import.paths', { paths: [dir], batch: 'second' });
    expect(second.files.map((f) => f.status)).toEqual(['imported', 'imported']);
    const tiff = `${sha256(readFileSync(TIFF))}.tiff`;
    expect(storedScans()).toHaveLength(3);
    expect(storedScans()).toEqual(expect.arrayContaining([jpeg, tiff]));

    await deleteBatch(second.batchId!);
    expect(storedScans()).toEqual([jpeg]);
    await deleteBatch(first.batchId!);
    expect(storedScans()).toEqual([]);
  });

  it('an older version of a page keeps its image while it is stored', async () => {
    setup();
    const dir = folder([`${PAGE}.txt`, `${PAGE}.jpg`]);
    const batchId = (await call('import.paths', { paths: [dir], batch: 'v' })).batchId!;
    // Version 2 of the page, with another image: version 1 still refers to the JPEG.
    writeFileSync(join(dir, `${PAGE}.txt`), readFileSync(join(OCR_FIXTURES, `${PAGE}.txt`), 'utf8') + '\n补记一行。\n');
    rmSync(join(dir, `${PAGE}.jpg`));
    copyFileSync(join(OCR_FIXTURES, 'b01_xmwb_front.jpg'), join(dir, `${PAGE}.jpg`));
    expect((await call('import.paths', { paths: [dir], batch: 'v' })).files[0]!.status).toBe('updated');
    expect(storedScans()).toHaveLength(2);
    await deleteBatch(batchId);
    expect(storedScans()).toEqual([]);
  });

  it('an import whose commit fails leaves none of the image files it wrote', async () => {
    setup();
    // The group's pages are written, then its commit fails: everything rolls back.
    const failing = vi.spyOn(ctx.store, 'bulkTransaction').mockImplementation((write) =>
      ctx.store.transaction(() => {
        write();
        throw new Error('disk full');
      }),
    );
    const report = await call('import.paths', { paths: [folder([`${PAGE}.txt`, [join('tiff', `${PAGE}.tif`), `${PAGE}.tif`]])], batch: 'full' });
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    expect(report.files.map((f) => [f.status, f.reason?.en])).toEqual([['refused', 'could not import: disk full']]);
    expect(await call('batches.list', {})).toEqual([]);
    expect(storedScans()).toEqual([]);
  });
});

describe('hostile files are refused with reasons and leave nothing behind', () => {
  const jpeg = () => readFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`));
  const text = () => readFileSync(join(OCR_FIXTURES, `${PAGE}.txt`));
  const cases: [string, Record<string, Buffer | string>, RegExp][] = [
    ['a 60,000×60,000 PNG header', { 'p.txt': text(), 'p.png': pngHeader(60_000, 60_000) }, /the page image p\.png: absurd image dimensions \(60000×60000 px/],
    ['a truncated JPEG', { 'p.txt': text(), 'p.jpg': jpeg().subarray(0, jpeg().length >> 1) }, /the page image p\.jpg: the image file is truncated/],
    // ImageMagick writes the directory after the strips: cut short, the file has lost it.
    ['a truncated TIFF', { 'p.txt': text(), 'p.tif': readFileSync(TIFF).subarray(0, 2000) }, /the page image p\.tif: the image file is truncated/],
    ['not an image at all', { 'p.txt': text(), 'p.webp': 'RIFF....' }, /the page image p\.webp: /],
    [
      'an XML bomb',
      {
        'p.xml': `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="9" HEIGHT="9"><PrintSpace><TextBlock><TextLine><String CONTENT="&c;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`,
        'p.jpg': jpeg(),
      },
      /declares XML entities/,
    ],
    [
      'an external entity',
      {
        'p.xml': `<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "file:///etc/hostname">]><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="9" HEIGHT="9"><PrintSpace><TextBlock><TextLine><String CONTENT="&x;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`,
      },
      /declares XML entities/,
    ],
    ['malformed ALTO', { 'p.xml': '<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">\n<Layout>\n</alto>\n' }, /malformed XML \(line 3\)/],
  ];

  it.each(cases)('%s', async (_, files, reason) => {
    setup();
    const dir = join(ctx.dir, 'hostile');
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const report = await call('import.paths', { paths: [dir], batch: 'hostile' });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.status).toBe('refused');
    expect(report.files[0]!.reason!.en).toMatch(reason);
    expect(report.files[0]!.reason!.zh).not.toBe('');
    expect(await call('batches.list', {})).toEqual([]);
    expect(storedScans()).toEqual([]);
  });
});
