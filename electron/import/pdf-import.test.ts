// PDFs imported: each page's CJK text layer with its line boxes, the PDF itself kept (once) as the pages' image;
// a page without text (a scan) and a file that is no PDF refused with reasons, leaving nothing behind.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../api/handlers';
import { testContext, type TestContext } from '../services/testing';
import { buildPdf, type PdfLine } from '../../tests/fixtures/pdf';
import { PDF_SCALE } from './pdf';

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

function setup(files: Record<string, Uint8Array>): string {
  ctx = testContext();
  handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
  const dir = join(ctx.dir, 'in');
  mkdirSync(dir);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

const scans = () => (existsSync(join(ctx.dir, 'scans')) ? readdirSync(join(ctx.dir, 'scans')) : []);

const HEADLINE: PdfLine = { text: '城市更新让老街焕发新活力', x: 60, y: 760, size: 26 };
const BODY: PdfLine[] = [
  { text: '本报讯 记者王晓明 近日，老城区的改造工程', x: 60, y: 700, size: 12 },
  { text: '全面完工，沿街店铺陆续重新开业，居民们', x: 60, y: 684, size: 12 },
  { text: '纷纷前来参观。', x: 60, y: 668, size: 12 },
];

describe('PDF import', () => {
  it('imports each page’s CJK text layer with its line boxes, the PDF stored once as the pages’ image', async () => {
    const second: PdfLine[] = [{ text: '第二版要闻', x: 60, y: 760, size: 26 }, { text: '本报讯 另一篇报道的正文内容。', x: 60, y: 700, size: 12 }];
    const dir = setup({ 'news.pdf': await buildPdf([[HEADLINE, ...BODY], second]) });
    const report = await call('import.paths', { paths: [dir], batch: 'pdf' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['news-p1.pdf', 'imported'],
      ['news-p2.pdf', 'imported'],
    ]);
    const pages = await call('pages.list', { batchId: report.batchId! });
    expect(pages.map((p) => [p.file, p.hasImage, p.hasLayout])).toEqual([
      ['news-p1.pdf', true, true],
      ['news-p2.pdf', true, true],
    ]);
    expect(scans()).toHaveLength(1);

    const scan = await call('pages.scan', { pageId: pages[0]!.id });
    expect(scan.image).toMatchObject({ type: 'pdf', page: 1, width: 595 * PDF_SCALE, height: 842 * PDF_SCALE });
    expect((await call('pages.scan', { pageId: pages[1]!.id })).image).toMatchObject({ type: 'pdf', page: 2 });

    const [summary] = await call('articles.list', { pageId: pages[0]!.id });
    const article = await call('articles.get', { id: summary!.id });
    expect(article.headline).toBe(HEADLINE.text);
    expect(article.ocrText.replace(/\s/g, '')).toBe(BODY.map((l) => l.text).join('').replace(/\s/g, ''));
    // The first body line's box: its baseline at 700 pt from the bottom, at twice the points.
    const box = article.lineBoxes![0]!;
    expect(box.x).toBe(60 * PDF_SCALE);
    expect(box.y + box.h).toBeGreaterThan((842 - 700) * PDF_SCALE - 4);
    expect(box.y).toBeLessThan((842 - 700) * PDF_SCALE);
    expect(box.fontSize).toBe(12 * PDF_SCALE);
  });

  it('refuses a scanned page without text, and a file that is not a PDF, leaving nothing behind', async () => {
    const dir = setup({ 'scan.pdf': await buildPdf([[]]), 'broken.pdf': new TextEncoder().encode('%PDF-1.7 not really') });
    const report = await call('import.paths', { paths: [dir], batch: 'pdf' });
    expect(report.files.map((f) => [f.file, f.status, f.reason?.en])).toEqual([
      ['broken.pdf', 'refused', expect.stringMatching(/^not a readable PDF/)],
      ['scan.pdf', 'refused', 'page 1 of the PDF has no text layer (a scan): run OCR on it first'],
    ]);
    expect(await call('batches.list', {})).toEqual([]);
    expect(scans()).toEqual([]);
  });

  it('imports the pages with text and refuses the scanned one among them', async () => {
    const dir = setup({ 'mixed.pdf': await buildPdf([[HEADLINE, ...BODY], []]) });
    const report = await call('import.paths', { paths: [dir], batch: 'pdf' });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['mixed-p1.pdf', 'imported'],
      ['mixed-p2.pdf', 'refused'],
    ]);
  });
});
