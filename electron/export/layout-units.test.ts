// An ALTO page in tenths of a millimetre (mm10): imported with its image, its boxes are the image's pixels, and
// the export says pixel; imported alone, the boxes stay in mm10 and the ALTO export says mm10.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { readLayout } from '../../shared/layout';
import { createHandlers } from '../api/handlers';
import { testContext, type TestContext } from '../services/testing';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';

const NAME = 'b05_tupian_xinwen';
const SCHEMAS = join(OCR_FIXTURES, '..', 'schemas');
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const pixel = readLayout(readFileSync(join(OCR_FIXTURES, `${NAME}.xml`), 'utf8'), `${NAME}.xml`);
const mm10 = readLayout(readFileSync(join(OCR_FIXTURES, 'mm10', `${NAME}.xml`), 'utf8'), `${NAME}.xml`);

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

async function imported(withImage: boolean) {
  ctx = testContext();
  handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
  const dir = join(ctx.dir, 'in');
  mkdirSync(dir);
  copyFileSync(join(OCR_FIXTURES, 'mm10', `${NAME}.xml`), join(dir, `${NAME}.xml`));
  if (withImage) copyFileSync(join(OCR_FIXTURES, `${NAME}.jpg`), join(dir, `${NAME}.jpg`));
  const report = await call('import.paths', { paths: [dir], batch: 'mm10' });
  const [page] = await call('pages.list', { batchId: report.batchId! });
  return { batchId: report.batchId!, page: page! };
}

function validAlto(file: string): boolean {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, 'alto-4-4.xsd'), file], { env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') } });
  return run.status === 0;
}

const near = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }, tolerance: number) =>
  (['x', 'y', 'w', 'h'] as const).every((k) => Math.abs(a[k] - b[k]) <= tolerance);

describe('ALTO in mm10', () => {
  it('with its image: the stored boxes and the export are in the image’s pixels', async () => {
    const { batchId, page } = await imported(true);
    expect(page).toMatchObject({ hasImage: true, hasLayout: true });
    const [first] = await call('articles.list', { pageId: page.id });
    const article = await call('articles.get', { id: first!.id });
    const boxes = article.lineBoxes!.filter((b) => b !== null);
    expect(boxes.length).toBeGreaterThan(0);
    // The image is half the size Tesseract read: each box is the pixel ALTO's halved.
    for (const box of boxes) expect(pixel.layout.lines.some((o) => o && near(box, { x: o.x / 2, y: o.y / 2, w: o.w / 2, h: o.h / 2 }, 1))).toBe(true);

    const out = join(ctx.dir, 'out');
    const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'alto', dir: out })).files;
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('<MeasurementUnit>pixel</MeasurementUnit>');
    expect(readLayout(xml, 'x.xml').layout).toMatchObject({ width: 786, height: 1007 });
    if (xmllint) expect(validAlto(file!)).toBe(true);
  });

  it('without an image: the boxes stay in mm10 and the ALTO export keeps the unit; PAGE is in pixels at 300 dpi', async () => {
    const { batchId, page } = await imported(false);
    expect(page).toMatchObject({ hasImage: false, hasLayout: true });
    const out = join(ctx.dir, 'out');
    const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'alto', dir: out })).files;
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('<MeasurementUnit>mm10</MeasurementUnit>');
    const back = readLayout(xml, 'x.xml').layout;
    expect(back).toMatchObject({ unit: 'mm10', width: 1996, height: 2558 });
    for (const box of back.lines) if (box) expect(mm10.layout.lines.some((o) => o && near(box, o, 1))).toBe(true);
    if (xmllint) expect(validAlto(file!)).toBe(true);

    const [pageFile] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'page', dir: join(ctx.dir, 'page') })).files;
    expect(readLayout(readFileSync(pageFile!, 'utf8'), 'x.xml').layout).toMatchObject({ width: Math.round((1996 * 300) / 254), height: Math.round((2558 * 300) / 254) });
  });
});
