// Builds resources/suspect/glyphs.bin, the glyph images the suspicion engine compares to tell which characters
// look alike (形近字): the most frequent Han characters of the jieba dictionary, drawn in Noto Sans CJK SC and
// Noto Serif CJK SC (SIL Open Font License 1.1; Debian: fonts-noto-cjk) in Chromium, each reduced to a 16×16
// grid of ink (sans and serif added, 0–255 per cell).
// usage: node scripts/build-glyphs.mjs   (CHROMIUM=/path/to/chromium if not /usr/bin/chromium; about a minute)
// Format: uint32 LE count, count × uint16 LE character codes, count × 256 bytes of ink, row by row.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const CHARS = 8000; // the most frequent characters of the dictionary's corpus: OCR rarely turns a page into rarer ones
const SIZE = 32; // rendering, pixels
const CELL = 16; // grid: (SIZE/CELL)² pixels averaged per cell
const FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC'];

function frequentChars() {
  const freq = new Map();
  for (const line of readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
    const [word, f] = line.split(' ');
    if (!word || !(+f > 0)) continue;
    for (const c of word) if (/^[\u4e00-\u9fff\u3400-\u4dbf]$/u.test(c)) freq.set(c, (freq.get(c) ?? 0) + +f);
  }
  return [...freq].sort((a, b) => b[1] - a[1]).slice(0, CHARS).map(([c]) => c);
}

async function render(chars) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
  const page = await browser.newPage();
  const ink = new Float32Array(chars.length * CELL * CELL);
  for (const font of FONTS) {
    const grids = await page.evaluate(({ chars, font, SIZE, CELL }) => {
      const canvas = document.createElement('canvas');
      canvas.width = SIZE;
      canvas.height = SIZE;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.font = `${SIZE * 0.9}px "${font}"`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const step = SIZE / CELL;
      return chars.map((c) => {
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, SIZE, SIZE);
        ctx.fillStyle = '#000';
        ctx.fillText(c, SIZE / 2, SIZE / 2);
        const data = ctx.getImageData(0, 0, SIZE, SIZE).data;
        const grid = new Array(CELL * CELL).fill(0);
        for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) grid[Math.floor(y / step) * CELL + Math.floor(x / step)] += (255 - data[(y * SIZE + x) * 4]) / 255;
        return grid;
      });
    }, { chars, font, SIZE, CELL });
    grids.forEach((grid, i) => grid.forEach((v, k) => (ink[i * CELL * CELL + k] += v)));
  }
  await browser.close();
  return ink;
}

const chars = frequentChars();
const ink = await render(chars);
const max = ink.reduce((m, v) => Math.max(m, v), 0) || 1;
const out = Buffer.alloc(4 + chars.length * 2 + ink.length);
out.writeUInt32LE(chars.length, 0);
chars.forEach((c, i) => out.writeUInt16LE(c.charCodeAt(0), 4 + i * 2));
ink.forEach((v, k) => (out[4 + chars.length * 2 + k] = Math.round((v / max) * 255)));
writeFileSync(new URL('../resources/suspect/glyphs.bin', import.meta.url), out);
console.log(`${chars.length} glyphs`);
