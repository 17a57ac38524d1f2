// The scan pane in Chromium against a real `galley serve`, with a 2,500 × 3,500 page image (a JPEG drawn in the
// page itself: grey columns of text-like strokes, so it compresses like a scan) imported beside a sample page.
//
// open-scan: from the click that opens the pane until the frame after OpenSeadragon has opened the image (the
// viewer created, the image fetched from the host — the browser's cache after the first time, as when a
// proofreader toggles the pane — decoded and drawn). Baseline, in the same run: the page decoding the same image
// by itself (an <img> at a fresh URL: fetched and decoded), the part no viewer can avoid.
//
// scan-pan: the cost of each frame while the image is dragged and wheel-zoomed with the mouse (Playwright's real
// input): from a requestAnimationFrame callback to a message posted from it, which runs once the frame's script,
// layout and paint are done. Baseline: the same frames with the viewer idle.
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDesk, openArticle, withDesk, type Desk } from './lib/browser';
import type { BenchContext, BenchRun, Benchmark } from './lib/types';

const WIDTH = 2500;
const HEIGHT = 3500;
const OPENS = 20;
const WARMUP = 3;

/** A page-like JPEG drawn on a canvas in the page, as base64. */
function drawPage(page: Page): Promise<string> {
  return page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#f4f1ea';
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#333';
      let seed = 7;
      const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (let col = 0; col < 6; col++) {
        for (let y = 200; y < height - 100; y += 36) {
          for (let x = 80 + col * 400; x < 40 + (col + 1) * 400 - 60; x += 26) if (rand() > 0.08) g.fillRect(x, y, 20 + rand() * 4, 22);
        }
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { width: WIDTH, height: HEIGHT },
  );
}

/** A sample page with the big image beside it, imported; its first article opened with the pane showing. */
async function setUp(root: string, desk: Desk): Promise<{ imageUrl: string }> {
  const samples = join(root, 'resources', 'samples');
  const text = readFileSync(join(samples, readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0]!));
  await desk.page.goto(desk.url);
  const jpeg = await drawPage(desk.page);
  const report = await desk.call('import.files', {
    batch: 'scan',
    files: [
      { name: 'page.txt', base64: text.toString('base64') },
      { name: 'page.jpg', base64: jpeg },
    ],
  });
  const pageId = report.files[0]!.pageId!;
  const scan = await desk.call('pages.scan', { pageId });
  if (!scan.image || scan.image.width !== WIDTH) throw new Error('the page image was not imported');
  const [first] = await desk.call('articles.list', { pageId });
  await desk.page.reload();
  await openArticle(desk.page, first!.id);
  await desk.page.locator('[data-testid="scan-viewer"][data-ready="true"]').waitFor();
  return { imageUrl: scan.image.url };
}

/** In the page: the time from the next click until the frame after the viewer reports the image open. */
async function timeOpen(page: Page): Promise<number> {
  await page.evaluate(() => {
    const result = new Promise<number>((resolve, reject) => {
      let start = -1;
      const body = document.querySelector('.review-body')!;
      const observer = new MutationObserver(() => {
        if (start < 0 || !document.querySelector('[data-testid="scan-viewer"][data-ready="true"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      document.addEventListener('click', (e) => (start = e.timeStamp), { capture: true, once: true });
      setTimeout(() => reject(new Error('the scan did not open within 10 s')), 10_000);
    });
    (window as unknown as { galleyScan: Promise<number> }).galleyScan = result;
  });
  await page.getByTestId('scan-toggle').click();
  return page.evaluate(() => (window as unknown as { galleyScan: Promise<number> }).galleyScan);
}

function timeDecode(page: Page, url: string, k: number): Promise<number> {
  return page.evaluate(
    async ({ url, k }) => {
      const start = performance.now();
      const img = new Image();
      // A URL of its own each time, so the image is fetched and decoded afresh rather than taken from memory.
      img.src = `${url}?sample=${k}`;
      await img.decode();
      return performance.now() - start;
    },
    { url, k },
  );
}

/** Starts sampling frame costs in the page; the returned function stops it and gives them. */
async function sampleFrames(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const costs: number[] = [];
    const state = { on: true, costs };
    const frame = () => {
      if (!state.on) return;
      const t0 = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => costs.push(performance.now() - t0);
      channel.port2.postMessage(null);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    (window as unknown as { galleyFrames: typeof state }).galleyFrames = state;
  });
  return () =>
    page.evaluate(() => {
      const state = (window as unknown as { galleyFrames: { on: boolean; costs: number[] } }).galleyFrames;
      state.on = false;
      return state.costs;
    });
}

async function panAndZoom(page: Page): Promise<void> {
  const box = (await page.getByTestId('scan-viewer').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
    await page.mouse.down();
    await page.mouse.move(cx - 150, cy - 200, { steps: 40 });
    await page.mouse.move(cx + 150, cy + 100, { steps: 40 });
    await page.mouse.up();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 120);
    await page.mouse.move(cx, cy, { steps: 10 });
  }
}

function scanBench(name: 'open-scan' | 'scan-pan'): Benchmark {
  return {
    name,
    unit: 'ms',
    better: 'lower',
    target: { stat: 'p95', op: '<=', value: name === 'open-scan' ? 300 : 16 },
    async run({ root, tmpDir, log }: BenchContext): Promise<BenchRun> {
      const { missing, stale } = checkDesk(root, log);
      if (missing) return { samples: [], skipped: missing };
      return withDesk(root, tmpDir, async (desk) => {
        const { imageUrl } = await setUp(root, desk);
        const notes = { imageWidth: WIDTH, imageHeight: HEIGHT, ...(stale ? { staleBuild: stale } : {}) };
        const page = desk.page;
        if (name === 'open-scan') {
          const samples: number[] = [];
          const baseline: number[] = [];
          for (let k = 0; k < WARMUP + OPENS; k++) {
            await page.getByTestId('scan-toggle').click();
            await page.getByTestId('scan-pane').waitFor({ state: 'hidden' });
            const ms = await timeOpen(page);
            if (k < WARMUP) continue;
            samples.push(ms);
            baseline.push(await timeDecode(page, imageUrl, k));
          }
          log(`${samples.length} opens`);
          return { samples, baseline: { name: 'decoding the image in the page', samples: baseline }, notes };
        }
        const idle = await sampleFrames(page);
        await page.waitForTimeout(1500);
        const baseline = await idle();
        const busy = await sampleFrames(page);
        await panAndZoom(page);
        const samples = await busy();
        log(`${samples.length} frames while panning and zooming`);
        return { samples, baseline: { name: 'frames with the viewer idle', samples: baseline }, notes: { ...notes, frames: samples.length } };
      });
    },
  };
}

export default [scanBench('open-scan'), scanBench('scan-pan')];
