// ALTO 4 and PAGE 2019 export of an edited article: valid against the official schemas (xmllint, where installed),
// the corrected text on the original line boxes, and the ALTO read back in gives the corrected text again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, ApiMethod, ApiRequest, ApiResponses } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { readLayout } from '../../shared/layout';
import type { LineBox } from '../../shared/model/types';
import { createHandlers } from '../api/handlers';
import { testContext, type TestContext } from '../services/testing';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';

const SCHEMAS = join(OCR_FIXTURES, '..', 'schemas');
const PAGE = 'b05_tupian_xinwen';
const METS = 'http://www.loc.gov/METS/';
const XLINK = 'http://www.w3.org/1999/xlink';
const xmllint = spawnSync('xmllint', ['--version']).status === 0;

let ctx: TestContext;
let handlers: ApiHandlers;
afterEach(() => ctx?.dispose());

async function call<M extends ApiMethod>(method: M, payload: ApiRequest<M>): Promise<ApiResponses[M]> {
  const envelope = await dispatch(handlers, method, payload, { transport: 'test' });
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as ApiResponses[M];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** How many of `b`'s characters (outside spaces) `a` also has, counted as a multiset. */
function sharedChars(a: string, b: string): number {
  const left = new Map<string, number>();
  for (const ch of squash(a)) left.set(ch, (left.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of squash(b)) {
    const k = left.get(ch) ?? 0;
    if (k > 0) {
      left.set(ch, k - 1);
      n++;
    }
  }
  return n;
}

/** An ALTO page and a plain-text page imported; one article of the ALTO page edited by hand. */
async function editedBatch() {
  ctx = testContext();
  handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
  const dir = join(ctx.dir, 'in');
  mkdirSync(dir);
  for (const f of [`${PAGE}.xml`, `${PAGE}.jpg`, 'b01_xmwb_front.txt']) copyFileSync(join(OCR_FIXTURES, f), join(dir, f));
  const report = await call('import.paths', { paths: [dir], batch: 'edited' });
  const altoPage = (await call('pages.list', { batchId: report.batchId! })).find((p) => p.file === `${PAGE}.xml`)!;
  const [first] = await call('articles.list', { pageId: altoPage.id });
  const article = await call('articles.get', { id: first!.id });
  // A word changed in the middle of the text and a new word added at the end.
  const middle = article.text.indexOf('\n') > 0 ? article.text.indexOf('\n') >> 1 : 3;
  const text = `${article.text.slice(0, middle)}校样${article.text.slice(middle + 2)}（完）`;
  // The headline corrected too: its last character changed and one added.
  const headline = `${article.headline.slice(0, -1)}${article.headline.endsWith('中') ? '时' : '中'}了`;
  await call('articles.save', { id: article.id, baseRevision: article.revision, text, fields: { headline } });
  return { batchId: report.batchId!, article, text, headline };
}

function validate(file: string, schema: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('ALTO and PAGE export', () => {
  it.skipIf(!xmllint)('validates against ALTO 4.4 and PAGE 2019 (skipped without xmllint: apt-get install libxml2-utils)', async () => {
    const { batchId } = await editedBatch();
    for (const [format, schema] of [
      ['alto', 'alto-4-4.xsd'],
      ['page', 'pagecontent-2019-07-15.xsd'],
    ] as const) {
      const out = join(ctx.dir, `out-${format}`);
      const result = await call('export.layout', { selection: { batchId, status: 'all' }, format, dir: out, images: true });
      expect(result.files).toEqual([join(out, `${PAGE}.xml`)]);
      expect(result.skipped).toEqual(['b01_xmwb_front.txt']);
      expect(validate(result.files[0]!, schema)).toEqual({ ok: true, output: expect.stringContaining('validates') });
      expect(readFileSync(join(out, `${PAGE}.jpg`))).toEqual(readFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`)));
    }
  });

  it.skipIf(!xmllint)('the validation can fail: a broken export is caught', async () => {
    const { batchId } = await editedBatch();
    const out = join(ctx.dir, 'out');
    const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'alto', dir: out })).files;
    const broken = join(out, 'broken.xml');
    writeFileSync(broken, readFileSync(file!, 'utf8').replace(/ HPOS="\d+"/, ' HPOS="left"'));
    expect(validate(broken, 'alto-4-4.xsd').ok).toBe(false);
  });

  it('puts the corrected text on the printed lines, and the ALTO read back in gives it again', async () => {
    const { batchId, article, text } = await editedBatch();
    const out = join(ctx.dir, 'out');
    const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'alto', dir: out, images: true })).files;
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('xmlns="http://www.loc.gov/standards/alto/ns-v4#"');
    expect(xml).toContain(`<fileName>${PAGE}.jpg</fileName>`);

    // Read back as a layout: the edited article's corrected text, in order, on the lines its OCR text had.
    const back = readLayout(xml, `${PAGE}.xml`);
    expect(squash(back.text)).toContain(squash(text));
    expect(squash(back.text)).not.toContain(squash(article.text));
    // Boxes are in the exported image's pixels: the fixture image is half the size the ALTO was made at.
    expect(back.layout).toMatchObject({ width: 786, height: 1007 });
    // The widest of the article's printed lines (a full line of body text, which the edit cannot have emptied).
    const first = article.lineBoxes!.reduce((a, b) => (b && (!a || b.w > a.w) ? b : a), null as LineBox | null)!;
    expect(back.layout.lines.some((b) => b && Math.abs(b.x - first.x / 2) <= 1 && Math.abs(b.y - first.y / 2) <= 1)).toBe(true);

    // And imported again (with the image copied beside it), the page's articles carry the corrected text.
    const report = await call('import.paths', { paths: [out], batch: 'again' });
    expect(report.files.map((f) => f.status)).toEqual(['imported']);
    const texts = await Promise.all((await call('articles.list', { batchId: report.batchId! })).map(async (s) => (await call('articles.get', { id: s.id })).ocrRaw));
    // The parser may cut the page into articles differently the second time (and set credits apart as bylines):
    // every corrected paragraph is in the articles' OCR slices.
    for (const paragraph of text.split('\n')) expect(squash(texts.join(''))).toContain(squash(paragraph));
    const [page] = await call('pages.list', { batchId: report.batchId! });
    expect(page).toMatchObject({ hasImage: true, hasLayout: true });
    expect(existsSync(join(out, `${PAGE}.jpg`))).toBe(true);
  });

  it('puts the corrected headline on the headline’s printed line, and the ALTO read back in has it as a headline', async () => {
    const { batchId, article, headline } = await editedBatch();
    const before = readLayout(readFileSync(join(OCR_FIXTURES, `${PAGE}.xml`), 'utf8'), `${PAGE}.xml`);
    const line = before.text.split('\n').findIndex((l) => squash(l) === squash(article.headline));
    expect(line).toBeGreaterThanOrEqual(0);
    const box = before.layout.lines[line]!;
    for (const format of ['alto', 'page'] as const) {
      const out = join(ctx.dir, `head-${format}`);
      const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format, dir: out, images: true })).files;
      const back = readLayout(readFileSync(file!, 'utf8'), `${PAGE}.xml`);
      const lines = back.text.split('\n');
      const at = lines.findIndex((l) => squash(l) === squash(headline));
      expect(at, format).toBeGreaterThanOrEqual(0);
      expect(lines.some((l) => squash(l) === squash(article.headline)), format).toBe(false);
      // On the box the OCR headline had (the exported image is half the size the ALTO was made at).
      const moved = back.layout.lines[at]!;
      expect([moved.x, moved.y, moved.w].map(Math.round), format).toEqual([box.x / 2, box.y / 2, box.w / 2].map(Math.round));
      if (format === 'alto') {
        expect(validate(file!, 'alto-4-4.xsd').ok || !xmllint).toBe(true);
        const report = await call('import.paths', { paths: [out], batch: 'headline' });
        const headlines = await Promise.all((await call('articles.list', { batchId: report.batchId! })).map(async (s) => (await call('articles.get', { id: s.id })).headline));
        expect(headlines.map(squash)).toContain(squash(headline));
      } else if (xmllint) expect(validate(file!, 'pagecontent-2019-07-15.xsd').ok).toBe(true);
    }
  });

  it.skipIf(!xmllint)('writes a METS wrapper valid against METS 1.12.1 that points at each page’s XML and image', async () => {
    const { batchId } = await editedBatch();
    // A second layout page in the batch, so the wrapper lists two.
    const more = join(ctx.dir, 'more');
    mkdirSync(more);
    for (const f of ['b01_xmwb_front.hocr', 'b01_xmwb_front.jpg']) copyFileSync(join(OCR_FIXTURES, f), join(more, f));
    await call('import.paths', { paths: [more], batch: 'edited' });
    for (const format of ['alto', 'page'] as const) {
      const out = join(ctx.dir, `mets-${format}`);
      const result = await call('export.layout', { selection: { batchId, status: 'all' }, format, dir: out, images: true, mets: true });
      expect(result.mets).toBe(join(out, 'mets.xml'));
      expect(validate(result.mets!, 'mets-1-12-1.xsd')).toEqual({ ok: true, output: expect.stringContaining('validates') });
      const doc = new DOMParser().parseFromString(readFileSync(result.mets!, 'utf8'), 'text/xml');
      const files = new Map(
        [...doc.getElementsByTagNameNS(METS, 'file')].map((f) => [f.getAttribute('ID')!, { href: f.getElementsByTagNameNS(METS, 'FLocat')[0]!.getAttributeNS(XLINK, 'href')!, sum: f.getAttribute('CHECKSUM') }]),
      );
      const pages = [...doc.getElementsByTagNameNS(METS, 'div')].filter((d) => d.getAttribute('TYPE') === 'page');
      expect(pages.map((p) => p.getAttribute('LABEL')).sort()).toEqual(['b01_xmwb_front.hocr', `${PAGE}.xml`]);
      for (const div of pages) {
        const hrefs = [...div.getElementsByTagNameNS(METS, 'fptr')].map((f) => files.get(f.getAttribute('FILEID')!)!);
        const stem = div.getAttribute('LABEL')!.replace(/\.[^.]+$/, '');
        expect(hrefs.map((h) => h.href)).toEqual([`${stem}.jpg`, `${stem}.xml`]);
        // Every file named is there beside it, with the checksum the wrapper gives.
        for (const h of hrefs) expect(createHash('sha256').update(readFileSync(join(out, h.href))).digest('hex')).toBe(h.sum);
      }
    }
    // A page file called mets would be overwritten by the wrapper: refused before anything is written.
    const named = join(ctx.dir, 'named');
    mkdirSync(named);
    // (A word changed, so the page is not a duplicate of the one already imported.)
    writeFileSync(join(named, 'mets.xml'), readFileSync(join(OCR_FIXTURES, `${PAGE}.xml`), 'utf8').replace('CONTENT="图"', 'CONTENT="画"'));
    copyFileSync(join(OCR_FIXTURES, `${PAGE}.jpg`), join(named, 'mets.jpg'));
    const metsBatch = (await call('import.paths', { paths: [named], batch: 'named' })).batchId!;
    const refused = join(ctx.dir, 'refused');
    await expect(call('export.layout', { selection: { batchId: metsBatch, status: 'all' }, format: 'alto', dir: refused, mets: true })).rejects.toThrow(/invalid-request: .*named mets/);
    expect(existsSync(refused)).toBe(false);
    // Without the flag no wrapper is written.
    const plain = await call('export.layout', { selection: { batchId, status: 'all' }, format: 'alto', dir: join(ctx.dir, 'plain') });
    expect(plain.mets).toBeNull();
    expect(existsSync(join(ctx.dir, 'plain', 'mets.xml'))).toBe(false);
  });

  it('keeps every printed line’s own text when nothing was edited (a joined paragraph’s lines stay on their lines)', async () => {
    ctx = testContext();
    handlers = createHandlers({ store: ctx.store, bus: ctx.bus, info: { version: 't', host: 'http', nativeDialogs: false, dbPath: ctx.store.path }, now: ctx.now });
    const dir = join(ctx.dir, 'in');
    mkdirSync(dir);
    for (const name of ['b01_xmwb_front', PAGE]) copyFileSync(join(OCR_FIXTURES, `${name}.xml`), join(dir, `${name}.xml`));
    const report = await call('import.paths', { paths: [dir], batch: 'plain' });
    const out = join(ctx.dir, 'out');
    const { files } = await call('export.layout', { selection: { batchId: report.batchId!, status: 'all' }, format: 'alto', dir: out });
    expect(files).toHaveLength(2);
    for (const file of files) {
      const name = basename(file);
      const lines = (xml: string) => readLayout(xml, name).text.split('\n').filter((l) => l.trim() !== '');
      const before = lines(readFileSync(join(OCR_FIXTURES, name), 'utf8'));
      const after = lines(readFileSync(file, 'utf8'));
      expect(after.length, name).toBe(before.length);
      // The cleaning changes punctuation and spaces only: each line keeps nearly all of its own characters.
      after.forEach((line, i) => expect(sharedChars(line, before[i]!) / squash(before[i]!).length, `${name} line ${i}: ${line}`).toBeGreaterThan(0.8));
    }
  });

  it('writes PAGE with the corrected text per line, region and reading order', async () => {
    const { batchId, text } = await editedBatch();
    const out = join(ctx.dir, 'page');
    const [file] = (await call('export.layout', { selection: { batchId, status: 'all' }, format: 'page', dir: out })).files;
    const back = readLayout(readFileSync(file!, 'utf8'), 'x.xml');
    expect(back.layout.format).toBe('page');
    expect(squash(back.text)).toContain(squash(text));
  });
});
