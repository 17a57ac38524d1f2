// ALTO and PAGE export: one XML per page that has line boxes, DIR/<page file stem>.xml, the selected articles'
// corrected text placed on the page's printed lines; with `images`, the page image copied beside it under the
// same stem; with `mets`, DIR/mets.xml wrapping the pages written (their XML and image, in export order). Pages
// without a layout (plain text) are not written in these formats and are reported as skipped.
import { createHash } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ApiParsedRequest, LayoutExportResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { correctedLines, type CorrectedArticle } from '../../shared/layout/corrected-lines';
import { toAlto, toPage } from '../../shared/layout/export';
import { LAYOUT_MIME, toMets, type MetsPage } from '../../shared/layout/mets';
import type { ServiceContext } from '../services/context';
import { selectionFilter } from '../services/exports';
import { scanFilesOf } from '../scans/files';
import { MEDIA_TYPES } from '../scans/images';
import { writeFileAtomic } from './atomic';

const IMAGE_EXTENSION: Record<string, string> = { png: 'png', jpg: 'jpg', webp: 'webp', tiff: 'tif', pdf: 'pdf' };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function exportLayout(ctx: ServiceContext, req: ApiParsedRequest<'export.layout'>): Promise<LayoutExportResult> {
  const { store } = ctx;
  const dir = resolve(req.dir);
  const byPage = new Map<number, CorrectedArticle[]>();
  for (const a of store.articles.rows(selectionFilter(req.selection))) {
    byPage.set(a.pageId, [...(byPage.get(a.pageId) ?? []), { ocrText: a.ocrText, ocrRaw: a.ocrRaw, text: a.text, headings: [a.kicker, a.headline, a.subtitle, a.byline] }]);
  }
  // The wrapper's name is fixed (DIR/mets.xml), so a page file called mets would be written over.
  const isMets = (pageId: number) => {
    const { file } = store.pages.get(pageId)!;
    return basename(file, extname(file)).toLowerCase() === 'mets';
  };
  if (req.mets && [...byPage.keys()].some((pageId) => isMets(pageId) && store.scans.get(pageId)?.layout)) {
    throw new ApiError('invalid-request', '有页面文件名为 mets,会与 METS 封装文件 mets.xml 重名 / A page file is named mets: its XML would be overwritten by the METS wrapper mets.xml');
  }
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const skipped: string[] = [];
  const metsPages: MetsPage[] = [];
  const scans = scanFilesOf(store);
  const created = ctx.now().toISOString();
  for (const [pageId, articles] of byPage) {
    const page = store.pages.get(pageId)!;
    const scan = store.scans.get(pageId);
    if (!scan?.layout) {
      skipped.push(page.file);
      continue;
    }
    const stem = basename(page.file, extname(page.file));
    const stored = scan.image;
    let image: { file: string; width: number; height: number } | null = null;
    // The image as imported: a TIFF rather than the PNG the desk shows of it.
    const kept = stored ? (stored.original ?? stored) : null;
    if (stored && kept) {
      const file = `${stem}.${IMAGE_EXTENSION[kept.type]}`;
      if (req.images) await copyFile(scans.path(kept.hash, kept.type)!, join(dir, file));
      image = { file: req.images ? file : (scan.layout.image ?? file), width: stored.width, height: stored.height };
    }
    const content = { layout: scan.layout, lines: correctedLines(page.text, articles), image };
    const xml = new TextEncoder().encode(req.format === 'alto' ? toAlto(content) : toPage(content, created));
    const out = join(dir, `${stem}.xml`);
    await writeFileAtomic(out, xml);
    files.push(out);
    metsPages.push({
      label: page.file,
      xml: { href: `${stem}.xml`, mime: LAYOUT_MIME[req.format], sha256: sha256(xml) },
      image: kept && image ? { href: image.file, mime: MEDIA_TYPES[kept.type], sha256: kept.hash } : null,
    });
  }
  let mets: string | null = null;
  if (req.mets && metsPages.length > 0) {
    mets = join(dir, 'mets.xml');
    await writeFileAtomic(mets, new TextEncoder().encode(toMets(metsPages, req.format, created)));
  }
  return { files, skipped, mets };
}
