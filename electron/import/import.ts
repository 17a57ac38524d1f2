// Import: each page file decoded, analysed and written atomically (a savepoint of its own inside a transaction
// that commits a group of pages), so a failure leaves nothing of that page behind while the rest of the batch
// goes on.
//
// Versions: a file whose name is already in the batch but whose content is new becomes version n+1 of that page
// ('updated'). The older version keeps its articles, revisions and edits untouched; it only leaves the lists
// (pages.list still shows it, articles.list with its pageId reaches its articles). Content already stored
// anywhere (same SHA-256 of the decoded text) is a 'duplicate' and creates nothing.
//
// Batch warnings (checks across pages) are recomputed once at the end for every batch the import touched, against
// all its current pages, so a page imported alone is compared with those already there. A batch met only through
// duplicates is relinted too: re-importing refreshes warnings stored by an older Galley, and creates no second copy.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ImportFileResult, ImportReport } from '../../shared/api/contract';
import type { PackedEdits } from '../../shared/model/edits-codec';
import type { AnalyzedArticle, Bilingual, Edit } from '../../shared/model/types';
import { inferPageDate } from '../../shared/parse/page-date';
import { layoutInPixels } from '../../shared/layout/units';
import type { BatchRecord, ScanImage, Store } from '../store/repositories';
import { refreshBatchWarnings } from '../services/batch-warnings';
import type { ServiceContext } from '../services/context';
import { scanFilesOf, type ScanFiles } from '../scans/files';
import { checkImage, type CheckedImage, type ScanImageType } from '../scans/images';
import { convertTiff, readPdfPageOffThread } from '../scans/scan-pool';
import { prepareHere, prepareText, reasonOf, RefusedFile, type Analyze, type PreparedPage, type PreparePage } from './prepare';
import type { PageSource } from './sources';

/** The author of every article's first revision: the automatic cleaning. */
export const IMPORT_AUTHOR = 'Galley';

export interface ImportOptions {
  /** The batch's name as the user gave it. */
  batch?: string;
  /** The imported folder's name, the default when the user gave none. */
  folderName?: string | null;
  /** The page analysis (analyzePage); passed in so the store side can be tested with a controlled one. */
  analyze: Analyze;
  /** Where pages are decoded and analysed (an analysis worker); by default `analyze` in this thread. */
  prepare?: PreparePage;
  /** Where page images are kept; by default scans/ beside the database. */
  scans?: ScanFiles;
}

interface Prepared extends PreparedPage {
  index: number;
  file: string;
  image: PreparedImage | null;
  /** What the import report should say about the image (a multi-page TIFF's pages, or no page for this text). */
  warning?: Bilingual;
}

/** The image the desk shows; `original` is the file as imported when that is a converted copy of it (TIFF). */
interface PreparedImage {
  checked: CheckedImage;
  bytes: Uint8Array;
  page: number | null;
  original?: { hash: string; type: ScanImageType; bytes: Uint8Array };
}

type Written =
  | { status: 'imported' | 'updated'; pageId: number; batch: BatchRecord; articles: number }
  | { status: 'duplicate'; pageId: number; batchId: number; file: string; completed: { image: boolean; layout: boolean } | null };

/** A group of pages written in one transaction ends after this many pages or this long, whichever comes first. */
const GROUP_PAGES = 100;
const GROUP_MS = 50;
/** Files being read ahead of the one being prepared. */
const READ_AHEAD = 8;
/** Pages prepared ahead of the one being written. */
const PREPARE_AHEAD = 128;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** "导入 2021-11-22 08:30", local time: the name of last resort. */
function fallbackName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `导入 ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export async function importSources(ctx: ServiceContext, sources: PageSource[], options: ImportOptions): Promise<ImportReport> {
  const { store, bus } = ctx;
  const prepare = options.prepare ?? prepareHere(options.analyze);
  const scans = options.scans ?? scanFilesOf(store);
  const total = sources.length;
  const results: ImportFileResult[] = sources.map((s) => ({ file: s.file, status: 'refused', reason: null, pageId: null, articles: 0 }));
  const refuse = (index: number, err: unknown) => {
    results[index] = { ...results[index]!, status: 'refused', reason: reasonOf(err) };
    bus.emit('import.progress', { file: sources[index]!.file, index: index + 1, total, status: 'refused' });
  };

  // Pages are prepared (read, decoded, analysed) ahead of the writes, which take them in order as they come.
  const sections = store.tags.list().map((t) => t.name);
  const reads = readAhead(sources);
  const prepared: Promise<void>[] = [];
  /** Per file: the prepared page, null once refused, undefined while being prepared. */
  const ready: (Prepared | null | undefined)[] = [];
  const startPreparing = (upTo: number) => {
    for (let index = prepared.length; index < Math.min(upTo, total); index++) {
      const file = sources[index]!.file;
      bus.emit('import.progress', { file, index: index + 1, total, status: 'reading' });
      prepared.push(
        reads
          .take(index)
          .then((bytes) => {
            const { pdfPage } = sources[index]!;
            if (pdfPage !== undefined) return preparePdfPage(bytes, file, pdfPage, sections, options.analyze);
            return prepare(bytes, file, sections).then(async (page) => ({ ...page, ...(await readImage(sources[index]!)) }));
          })
          .then((page) => ({ ...page, index, file }))
          .then(
            (page) => void (ready[index] = page),
            (err: unknown) => {
              ready[index] = null;
              refuse(index, err);
            },
          ),
      );
    }
  };

  // The batch may be named by a masthead date found on any page: then every page is prepared first.
  let name = options.batch ?? options.folderName;
  if (name === undefined || name === null) {
    startPreparing(total);
    await Promise.all(prepared);
    name = ready.find((p) => p?.page.meta?.date)?.page.meta?.date ?? fallbackName(ctx.now());
  }
  const batchName = name;

  let batch: BatchRecord | null = store.batches.findByName(batchName);
  let duplicateBatch: number | null = null;
  const touched = new Set<number>();
  const record = (p: Prepared, written: Written) => {
    touched.add(written.status === 'duplicate' ? written.batchId : written.batch.id);
    if (written.status === 'duplicate') {
      duplicateBatch ??= written.batchId;
      const existing = { batchName: store.batches.get(written.batchId)?.name ?? '', file: written.file };
      results[p.index] = { file: p.file, status: 'duplicate', reason: null, pageId: written.pageId, articles: 0, existing, completed: written.completed };
      if (written.completed?.image && p.warning) results[p.index]!.warnings = [p.warning];
    } else {
      batch = written.batch;
      results[p.index] = { file: p.file, status: written.status, reason: null, pageId: written.pageId, articles: written.articles };
      if (p.warning) results[p.index]!.warnings = [p.warning];
    }
    bus.emit('import.progress', { file: p.file, index: p.index + 1, total, status: written.status });
  };

  // Pages are written a group at a time, one bulk commit per group (flushed to disk with the durable commit that
  // ends the import) instead of one flushed commit per page. Each page is a savepoint of its own within it, so a
  // page that fails rolls back alone while the rest of the group is written; a page's progress is told once its
  // group has committed, the report once everything is on disk. A group takes the pages prepared so far.
  let next = 0;
  while (next < total) {
    startPreparing(next + PREPARE_AHEAD);
    await prepared[next];
    const group: { p: Prepared; outcome: Written | Error }[] = [];
    const started = performance.now();
    try {
      store.bulkTransaction(() => {
        while (next < total && ready[next] !== undefined && group.length < GROUP_PAGES && performance.now() - started < GROUP_MS) {
          const p = ready[next];
          // Written or refused from here on; the page need not stay in memory.
          ready[next++] = null;
          if (!p) continue;
          try {
            group.push({ p, outcome: store.transaction(() => writePage(ctx, scans, p, batchName)) });
          } catch (err) {
            group.push({ p, outcome: err instanceof Error ? err : new Error(String(err)) });
          }
        }
      });
      for (const { p, outcome } of group) {
        if (outcome instanceof Error) refuse(p.index, outcome);
        else record(p, outcome);
      }
    } catch (err) {
      // The commit itself failed (disk full, I/O error): nothing of the group was stored, so the image files its
      // pages brought go too, unless a page stored before refers to them.
      for (const { p } of group) refuse(p.index, err);
      scans.removeUnreferenced(store.scans, group.flatMap(({ p }) => imageFilesOf(p.image)));
    }
    await yieldToEventLoop();
  }

  // A durable commit: the groups' bulk commits are flushed to disk with it, before the import reports anything.
  if (touched.size > 0) store.transaction(() => touched.forEach((batchId) => refreshBatchWarnings(ctx, batchId, { affected: false })));

  batch ??= duplicateBatch === null ? null : store.batches.get(duplicateBatch);
  return { batchId: batch?.id ?? null, batchName: batch?.name ?? null, files: results };
}

/** Files are read a few ahead of the one being prepared, so waiting for the disk overlaps the CPU work. */
function readAhead(sources: PageSource[]): { take(index: number): Promise<Uint8Array> } {
  const pending = new Map<number, Promise<Uint8Array>>();
  let started = 0;
  return {
    take(index) {
      while (started < sources.length && started <= index + READ_AHEAD) {
        const read = sources[started]!.read();
        // Awaited in its turn; until then a failure must not count as an unhandled rejection.
        read.catch(() => undefined);
        pending.set(started++, read);
      }
      const read = pending.get(index)!;
      pending.delete(index);
      return read;
    },
  };
}

/** A page of a PDF: its text layer read in the scan worker and analysed here (PDFs are few), the PDF itself its image. */
async function preparePdfPage(bytes: Uint8Array, file: string, number: number, sections: string[], analyze: Analyze): Promise<Omit<Prepared, 'index' | 'file'>> {
  const pdf = await readPdfPageOffThread(bytes, file, number);
  const prepared = prepareText(pdf.page.text, 'pdf', pdf.page.layout, sections, analyze);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ...prepared, image: { checked: { type: 'pdf', width: pdf.width, height: pdf.height, hash }, bytes, page: number } };
}

/** The page's image, checked; a bad image refuses its page, naming the image. */
async function readImage(source: PageSource): Promise<Pick<Prepared, 'image' | 'warning'>> {
  if (!source.image) return { image: null };
  const { file } = source.image;
  const { page, imagePages, textPages } = source.imagePage ?? { page: 1, imagePages: 0, textPages: 1 };
  // A page of a multi-page text past the TIFF's last page keeps its text and says why it has no image.
  if (imagePages > 0 && page > imagePages) {
    return { image: null, warning: { zh: `页面图像 ${file} 只有 ${imagePages} 页，没有与本页文字对应的第 ${page} 页`, en: `the page image ${file} holds ${imagePages} pages, none for this text's page ${page}` } };
  }
  try {
    const bytes = await source.image.read();
    const checked = checkImage(bytes);
    if (checked.type !== 'tiff') return { image: { checked, bytes, page: null } };
    const shown = await convertTiff(bytes, page);
    const png = { type: 'png' as const, width: shown.width, height: shown.height, hash: createHash('sha256').update(shown.png).digest('hex') };
    const image: PreparedImage = { checked: png, bytes: shown.png, page: null, original: { hash: checked.hash, type: 'tiff', bytes } };
    // A page file is one printed page, so a TIFF of more pages than its text has is shown up to the text's last
    // page (its first, for a text of one page); the report says so.
    if (page !== textPages || shown.pages <= textPages) return { image };
    return {
      image,
      warning:
        textPages === 1
          ? { zh: `页面图像 ${file} 共有 ${shown.pages} 页，只导入了第 1 页`, en: `the page image ${file} holds ${shown.pages} pages; only the first was imported` }
          : {
              zh: `页面图像 ${file} 共有 ${shown.pages} 页，文字只有 ${textPages} 页，只导入了前 ${textPages} 页`,
              en: `the page image ${file} holds ${shown.pages} pages and its text ${textPages}; only the first ${textPages} were imported`,
            },
    };
  } catch (err) {
    const why = reasonOf(err);
    throw new RefusedFile(source.file, { zh: `页面图像 ${file}:${why.zh}`, en: `the page image ${file}: ${why.en}` });
  }
}

function writePage(ctx: ServiceContext, scans: ScanFiles, p: Prepared, batchName: string): Written {
  const { store } = ctx;
  const duplicate = store.pages.findByHash(p.hash);
  // The image files are on disk before a page refers to them; if the page then fails, the files it brought go too.
  const undo = duplicate ? null : putImageFiles(scans, p.image);
  try {
    if (duplicate) {
      return { status: 'duplicate', pageId: duplicate.id, batchId: duplicate.batchId, file: duplicate.file, completed: completeScan(ctx, scans, duplicate.id, p) };
    }
    return writePageRows(ctx, p, batchName);
  } catch (err) {
    undo?.();
    throw err;
  }
}

/** The files of a page's image: the one shown and, for a converted one, the original. */
const imageFilesOf = (image: PreparedImage | null): { hash: string; type: ScanImageType; bytes: Uint8Array }[] =>
  image ? [{ hash: image.checked.hash, type: image.checked.type, bytes: image.bytes }, ...(image.original ? [image.original] : [])] : [];

/** Stores the image (and its original); returns what removes the files this call wrote. */
function putImageFiles(scans: ScanFiles, image: PreparedImage | null): () => void {
  if (!image) return () => undefined;
  const files = imageFilesOf(image);
  const written = files.filter((f) => scans.put(f.hash, f.type, f.bytes));
  return () => written.forEach((f) => scans.remove(f.hash, f.type));
}

const scanImageOf = (image: PreparedImage): ScanImage => ({
  hash: image.checked.hash,
  type: image.checked.type,
  width: image.checked.width,
  height: image.checked.height,
  page: image.page,
  original: image.original ? { hash: image.original.hash, type: image.original.type } : null,
});

/**
 * The same text again, now with an image or line boxes the stored page lacks: the stored page takes them (its
 * articles are the same text, so they stay as they are). What the stored page already has is kept, never replaced
 * by a duplicate. Returns what was added, null when nothing was.
 */
function completeScan(ctx: ServiceContext, scans: ScanFiles, pageId: number, p: Prepared): { image: boolean; layout: boolean } | null {
  const scan = ctx.store.scans.get(pageId);
  const addImage = p.image !== null && !scan?.image;
  const addLayout = p.layout !== null && !scan?.layout;
  if (!addImage && !addLayout) return null;
  const undo = addImage ? putImageFiles(scans, p.image) : null;
  try {
    const image = addImage ? scanImageOf(p.image!) : (scan?.image ?? null);
    const layout = addLayout ? p.layout : (scan?.layout ?? null);
    // A stored layout still in mm10/inch1200 (it had no image) becomes the new image's pixels now.
    ctx.store.scans.put(pageId, { layout: layout && image ? layoutInPixels(layout, image) : layout, image });
  } catch (err) {
    undo?.();
    throw err;
  }
  return { image: addImage, layout: addLayout };
}

function writePageRows(ctx: ServiceContext, p: Prepared, batchName: string): Written {
  const { store } = ctx;

  const now = ctx.now().toISOString();
  const batch = store.batches.findByName(batchName) ?? store.batches.create(batchName, now);
  const previous = store.pages.findCurrent(batch.id, p.file);
  if (previous) store.pages.supersede(previous.id);
  const meta = p.page.meta;
  const dated = inferPageDate(meta, p.page.noise, p.file, p.text);
  const pageId = store.pages.insert({
    batchId: batch.id,
    file: p.file,
    hash: p.hash,
    encoding: p.encoding,
    version: previous ? previous.version + 1 : 1,
    text: p.text,
    meta,
    date: dated.date,
    dateSource: dated.source,
    noise: p.page.noise,
    importedAt: now,
  });
  store.batches.fillMasthead(batch.id, meta?.date ?? null, meta?.paper ?? null);
  const image = p.image?.checked;
  if (p.layout || image) {
    // Boxes in mm10/inch1200 become the image's pixels here, once, so the desk and exports see pixels.
    const layout = p.layout && image ? layoutInPixels(p.layout, image) : p.layout;
    store.scans.put(pageId, { layout, image: p.image ? scanImageOf(p.image) : null });
  }

  insertArticles(store, pageId, p.page.articles, now);
  return { status: previous ? 'updated' : 'imported', pageId, batch: store.batches.get(batch.id)!, articles: p.page.articles.length };
}

/** A page's analysed articles, each with its first revision (the automatic cleaning) and its section tags. */
export function insertArticles(store: Store, pageId: number, articles: readonly (Omit<AnalyzedArticle, 'edits'> & { edits: Edit[] | PackedEdits })[], now: string): void {
  for (const [i, a] of articles.entries()) {
    const id = store.articles.insert({
      pageId,
      ord: i + 1,
      kind: a.kind,
      kicker: a.kicker,
      headline: a.headline,
      subtitle: a.subtitle,
      byline: a.byline,
      subheads: a.subheads,
      ocrRaw: a.ocr,
      ocrText: a.body,
      autoText: a.text,
      edits: a.edits,
      text: a.text,
      warnings: a.warnings,
      createdAt: now,
      updatedAt: now,
    });
    store.revisions.insert({ articleId: id, seq: 1, author: IMPORT_AUTHOR, createdAt: now, text: a.text, origin: 'import' });
    for (const section of a.sections) store.tags.assign(id, store.tags.idByName(section) ?? store.tags.create(section).id);
  }
}
