// The scan pane: an ALTO page imported with its image shows the image beside the texts; the caret's printed line
// is outlined at the line's box (checked against the ALTO's own TextLine coordinates, read here independently of
// the app's reader, at the viewer's home zoom); a click on a line moves the caret; the pane toggles and resizes,
// and remembers both.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode as decodePng } from 'fast-png';
import { api, openDesk } from './desk';
import { expect, repo, test } from './fixtures';
import { buildPdf } from '../fixtures/pdf';

const PAGE = 'b05_tupian_xinwen';
const FIXTURES = join(repo, 'tests', 'fixtures', 'ocr');
/** The fixture image is the page at half size: the ALTO's boxes are twice its pixels. */
const IMAGE = { width: 786, height: 1007, scale: 0.5 };

/** Each ALTO TextLine's text (its Strings joined) and box, straight from the file. */
function altoLines(): { text: string; x: number; y: number; w: number; h: number }[] {
  const xml = readFileSync(join(FIXTURES, `${PAGE}.xml`), 'utf8');
  return [...xml.matchAll(/<TextLine [^>]*HPOS="(\d+)" VPOS="(\d+)" WIDTH="(\d+)" HEIGHT="(\d+)">([\s\S]*?)<\/TextLine>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: Number(m[3]),
    h: Number(m[4]),
    text: [...m[5]!.matchAll(/CONTENT="([^"]*)"/g)].map((c) => c[1]).join(''),
  }));
}

const squash = (s: string) => s.replace(/\s+/g, '');

test('the caret’s line is outlined on the scan at its box; a click on the scan moves the caret', async ({ page, galley }) => {
  const dir = join(galley.dir, 'in');
  mkdirSync(dir);
  for (const ext of ['xml', 'jpg']) copyFileSync(join(FIXTURES, `${PAGE}.${ext}`), join(dir, `${PAGE}.${ext}`));
  const report = await api(galley, 'import.paths', { paths: [dir], batch: '扫描' });
  expect(report.files[0]!.status).toBe('imported');
  const summaries = await api(galley, 'articles.list', { batchId: report.batchId! });
  // An article of several printed lines, so the chosen line is not the first.
  const details = await Promise.all(summaries.map((s) => api(galley, 'articles.get', { id: s.id })));
  const article = details.find((a) => a.ocrText.split('\n').length >= 4)!;
  const ocrLines = article.ocrText.split('\n');
  const k = 2;
  const truth = altoLines().find((l) => squash(l.text) === squash(ocrLines[k]!))!;
  expect(truth).toBeDefined();

  await page.setViewportSize({ width: 1600, height: 1000 });
  await openDesk(page, galley);
  await page.locator(`[data-testid="article-item"][data-article-id="${article.id}"]`).click();
  const viewer = page.getByTestId('scan-viewer');
  await expect(viewer).toHaveAttribute('data-ready', 'true');

  // The caret on OCR line k.
  await page.getByTestId('ocr-pane').locator('.cm-line').nth(k).click();
  const outline = page.getByTestId('scan-caret-line');
  await expect(outline).toBeVisible();

  // At home zoom the image is fitted into the viewer and centred.
  const expected = async () => {
    const v = (await viewer.boundingBox())!;
    const fit = Math.min(v.width / IMAGE.width, v.height / IMAGE.height);
    const left = v.x + (v.width - IMAGE.width * fit) / 2;
    const top = v.y + (v.height - IMAGE.height * fit) / 2;
    const s = IMAGE.scale * fit;
    return { x: left + truth.x * s, y: top + truth.y * s, width: truth.w * s, height: truth.h * s };
  };
  const off = async () => {
    const [got, want] = [(await outline.boundingBox())!, await expected()];
    return Math.max(Math.abs(got.x - want.x), Math.abs(got.y - want.y), Math.abs(got.width - want.width), Math.abs(got.height - want.height));
  };
  await expect.poll(off, { timeout: 5_000 }).toBeLessThan(3);

  // A click on another line of the article puts the caret in the clean text beside it: the outline follows.
  const j = ocrLines.length - 1;
  const target = altoLines().find((l) => squash(l.text) === squash(ocrLines[j]!))!;
  const base = await expected();
  const s = base.width / truth.w;
  await page.mouse.click(base.x + (target.x - truth.x + target.w / 2) * s, base.y + (target.y - truth.y + target.h / 2) * s);
  await expect(page.getByTestId('clean-editor').locator('.cm-content')).toBeFocused();
  await expect
    .poll(async () => {
      const boxes = [await outline.boundingBox(), ...(await Promise.all((await page.getByTestId('scan-paragraph-line').all()).map((l) => l.boundingBox())))];
      return boxes.some((b) => b && Math.abs(b.y - (base.y + (target.y - truth.y) * s)) < 3);
    })
    .toBe(true);
});

test('the scan pane toggles with Ctrl+Alt+S and its width is remembered', async ({ page, galley }) => {
  const dir = join(galley.dir, 'in');
  mkdirSync(dir);
  for (const ext of ['txt', 'jpg']) copyFileSync(join(FIXTURES, `${PAGE}.${ext}`), join(dir, `${PAGE}.${ext}`));
  await api(galley, 'import.paths', { paths: [dir], batch: '扫描' });
  await openDesk(page, galley);
  await page.getByTestId('article-item').first().click();
  const pane = page.getByTestId('scan-pane');
  await expect(page.getByTestId('scan-viewer')).toHaveAttribute('data-ready', 'true');
  await expect(pane).toContainText('无行框');
  // The pane and its splitter are accessible (no serious or critical axe violations).
  const axe = await new AxeBuilder({ page }).include('[data-testid="scan-pane"]').include('[data-testid="scan-splitter"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const before = (await pane.boundingBox())!.width;
  const splitter = (await page.getByTestId('scan-splitter').boundingBox())!;
  await page.mouse.move(splitter.x + 3, splitter.y + 50);
  await page.mouse.down();
  await page.mouse.move(splitter.x - 97, splitter.y + 50, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await pane.boundingBox())!.width - before)).toBe(100);

  await page.keyboard.press('Control+Alt+KeyS');
  await expect(pane).toBeHidden();
  await page.reload();
  await page.getByTestId('article-item').first().click();
  await expect(page.getByTestId('clean-editor')).toBeVisible();
  await expect(pane).toBeHidden();
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(pane).toBeVisible();
  expect(Math.round((await pane.boundingBox())!.width)).toBe(Math.round(before + 100));
});

test('a TIFF beside the text is shown in the scan pane, as the PNG the import made of it', async ({ page, galley }) => {
  const dir = join(galley.dir, 'in');
  mkdirSync(dir);
  copyFileSync(join(FIXTURES, `${PAGE}.txt`), join(dir, `${PAGE}.txt`));
  // Bitonal CCITT G4, 393 × 504: black print on white.
  copyFileSync(join(FIXTURES, 'tiff', `${PAGE}.tif`), join(dir, `${PAGE}.tif`));
  const report = await api(galley, 'import.paths', { paths: [dir], batch: 'TIFF' });
  expect(report.files.map((f) => f.status)).toEqual(['imported']);
  expect((await api(galley, 'pages.scan', { pageId: report.files[0]!.pageId! })).image).toMatchObject({ type: 'png', width: 393, height: 504 });

  await page.setViewportSize({ width: 1600, height: 1000 });
  await openDesk(page, galley);
  await page.getByTestId('article-item').first().click();
  const viewer = page.getByTestId('scan-viewer');
  await expect(viewer).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('scan-pane')).not.toContainText('无法在此显示');
  // The page as drawn at home zoom (fitted and centred): mostly paper, with print on it.
  const v = (await viewer.boundingBox())!;
  const fit = Math.min(v.width / 393, v.height / 504);
  const clip = { x: v.x + (v.width - 393 * fit) / 2 + 2, y: v.y + (v.height - 504 * fit) / 2 + 2, width: 393 * fit - 4, height: 504 * fit - 4 };
  await expect
    .poll(async () => {
      const shot = decodePng(await page.screenshot({ clip }));
      const n = shot.width * shot.height;
      let white = 0;
      let black = 0;
      for (let i = 0; i < n; i++) {
        const [r, g, b] = [shot.data[i * shot.channels]!, shot.data[i * shot.channels + 1]!, shot.data[i * shot.channels + 2]!];
        if (r > 200 && g > 200 && b > 200) white++;
        else if (r < 80 && g < 80 && b < 80) black++;
      }
      return [white / n > 0.6, black / n > 0.01];
    })
    .toEqual([true, true]);
});

test('a PDF page is rendered by pdf.js in the scan pane, its caret line outlined', async ({ page, galley }) => {
  const dir = join(galley.dir, 'in');
  mkdirSync(dir);
  const lines = [
    { text: '城市更新让老街焕发新活力', x: 60, y: 760, size: 26 },
    { text: '本报讯 记者王晓明 近日，老城区的改造工程', x: 60, y: 700, size: 12 },
    { text: '全面完工，沿街店铺陆续重新开业，居民们', x: 60, y: 684, size: 12 },
  ];
  writeFileSync(join(dir, 'news.pdf'), await buildPdf([lines]));
  const report = await api(galley, 'import.paths', { paths: [dir], batch: 'PDF' });
  expect(report.files[0]!.status).toBe('imported');
  await openDesk(page, galley);
  await page.getByTestId('article-item').first().click();
  await expect(page.getByTestId('scan-viewer')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.getByTestId('ocr-pane').locator('.cm-line').nth(1).click();
  const caretLine = page.getByTestId('scan-caret-line');
  await expect(caretLine).toBeVisible();
  const viewer = (await page.getByTestId('scan-viewer').boundingBox())!;
  // The page (595 × 842 pt) fitted into the viewer: the second body line's baseline 684 pt from the bottom.
  const fit = Math.min(viewer.width / 595, viewer.height / 842);
  const top = viewer.y + (viewer.height - 842 * fit) / 2;
  // Polled: the outline is placed once pdf.js has laid the page out, which takes a while on a loaded machine.
  await expect
    .poll(async () => {
      const outline = await caretLine.boundingBox();
      return outline === null ? null : [Math.abs(outline.y + outline.height - (top + (842 - 684) * fit)) < 4, Math.abs(outline.x - (viewer.x + (viewer.width - 595 * fit) / 2 + 60 * fit)) < 3];
    })
    .toEqual([true, true]);
});

test('a CJK PDF whose font is not embedded is drawn with pdf.js’s CMaps, fetched from the desk’s own origin', async ({ page, galley }) => {
  const dir = join(galley.dir, 'in');
  mkdirSync(dir);
  // STSong-Light through UniGB-UCS2-H: pdf.js reads the text's characters only with that CMap.
  writeFileSync(join(dir, 'cjk.pdf'), await buildPdf([[{ text: '城市更新让老街焕发新活力', x: 60, y: 760, size: 26 }, { text: '本报讯 老城区的改造工程全面完工', x: 60, y: 700, size: 12 }]]));
  expect((await api(galley, 'import.paths', { paths: [dir], batch: 'CJK' })).files[0]!.status).toBe('imported');
  const fetched: [string, number][] = [];
  const warnings: string[] = [];
  page.on('response', (r) => void fetched.push([new URL(r.url()).pathname, r.status()]));
  // pdf.js warns when it lacks a data file (a CMap, standard font data); not of system fonts the machine lacks.
  page.on('console', (m) => void (/cmap|standardFontData|wasmUrl|iccUrl/i.test(m.text()) && warnings.push(m.text())));
  await openDesk(page, galley);
  await page.getByTestId('article-item').first().click();
  await expect(page.getByTestId('scan-viewer')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect.poll(() => fetched.find(([path]) => path === '/pdfjs/cmaps/UniGB-UCS2-H.bcmap') ?? null).toEqual(['/pdfjs/cmaps/UniGB-UCS2-H.bcmap', 200]);
  expect(warnings).toEqual([]);
  // The headline is drawn (without the CMap pdf.js draws no character at all): ink where its 12 characters of
  // 26 pt stand, 760 pt above the foot of the page fitted into the viewer.
  const v = (await page.getByTestId('scan-viewer').boundingBox())!;
  const fit = Math.min(v.width / 595, v.height / 842);
  const clip = { x: v.x + (v.width - 595 * fit) / 2 + 60 * fit, y: v.y + (v.height - 842 * fit) / 2 + (842 - 760 - 26) * fit, width: 12 * 26 * fit, height: 30 * fit };
  await expect
    .poll(async () => {
      const shot = decodePng(await page.screenshot({ clip }));
      let ink = 0;
      for (let i = 0; i < shot.width * shot.height; i++) if (shot.data[i * shot.channels]! < 100) ink++;
      return ink / (shot.width * shot.height) > 0.03;
    })
    .toBe(true);
});
