// TIFF page images to PNG: the fixtures (bitonal G4, grey LZW stripped and tiled, RGB Deflate, written by ImageMagick) convert
// pixel for pixel to ImageMagick's own decoding of them; files the conversion cannot render faithfully are
// refused with bilingual reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, type DecodedPng } from 'fast-png';
import { describe, expect, it, vi } from 'vitest';
import { OCR_FIXTURES } from '../../tests/fixtures/ocr';
import { chainTiffs, makeTiff, type TiffSpec } from '../../tests/fixtures/tiff';
import { checkImage, ImageRefused } from './images';
import { tiffPageCount, tiffToPng } from './tiff';

const TIFFS = join(OCR_FIXTURES, 'tiff');

/** Every pixel as 8-bit samples, one per channel (1-bit rows unpacked), alpha dropped for an opaque image. */
function samples(png: DecodedPng): { channels: number; data: number[] } {
  const { width, height, depth, channels } = png;
  if (depth === 8) return { channels, data: Array.from(png.data) };
  expect(depth).toBe(1);
  const row = Math.ceil(width / 8);
  const data: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.push((png.data[y * row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0);
  return { channels: 1, data };
}

describe('TIFF fixtures convert exactly', () => {
  it.each([
    ['b05_tupian_xinwen', 1, 1],
    ['grey-lzw', 1, 8],
    ['rgb-deflate', 3, 8],
    // The same grey page in 64×64 tiles: its pixels are grey-lzw's.
    ['grey-lzw-tiled', 1, 8],
  ])('%s: the same pixels as ImageMagick decodes, in %d channel(s) of %d bit(s)', (name, channels, depth) => {
    const bytes = readFileSync(join(TIFFS, `${name}.tif`));
    const expected = decode(readFileSync(join(TIFFS, `${name.replace(/-tiled$/, '')}.expected.png`)));
    const got = tiffToPng(bytes);
    const png = decode(got.png);
    expect([got.width, got.height]).toEqual([expected.width, expected.height]);
    expect([png.width, png.height, png.channels, png.depth]).toEqual([expected.width, expected.height, channels, depth]);
    expect(samples(png)).toEqual(samples(expected));
  });
});

describe('utif2 diagnostics', () => {
  it('a tiled TIFF converts without writing to the console (utif2 logs its tile count)', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      tiffToPng(readFileSync(join(TIFFS, 'grey-lzw-tiled.tif')));
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
    // console.log is itself again afterwards.
    expect(console.log).not.toBe(log);
  });
});

const refusal = (bytes: Uint8Array): { zh: string; en: string } => {
  try {
    checkImage(bytes);
    tiffToPng(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(ImageRefused);
    return (err as ImageRefused).reason;
  }
  throw new Error('not refused');
};

/** The file with its first directory's next-directory offset set to `next`. */
function withNext(tiff: Buffer, next: number): Buffer {
  const copy = Buffer.from(tiff);
  copy.writeUInt32LE(next, 8 + 2 + copy.readUInt16LE(8) * 12);
  return copy;
}
/** Two pages whose second directory (placed where the first file ends) points back at the first. */
function loopBack(tiff: Buffer): Buffer {
  const two = chainTiffs([tiff, tiff]);
  two.writeUInt32LE(8, tiff.length + 2 + two.readUInt16LE(tiff.length) * 12);
  return two;
}

describe('TIFF files made here', () => {
  it('an 8-bit grey strip converts to the same grey values', () => {
    const pixels = Uint8Array.from({ length: 12 }, (_, i) => i * 20);
    const png = decode(tiffToPng(makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels })).png);
    expect([png.channels, png.depth, Array.from(png.data)]).toEqual([1, 8, Array.from(pixels)]);
  });

  it('a TIFF of several pages counts its pages, not its reduced-resolution copies, and shows the first', () => {
    const page = (value: number, subfile?: number) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, subfile, pixels: new Uint8Array(12).fill(value) });
    const got = tiffToPng(chainTiffs([page(10), page(99, 1), page(20, 2), page(30, 2)]));
    expect(got.pages).toBe(3);
    expect(Array.from(decode(got.png).data)).toEqual(new Array(12).fill(10));
    expect(tiffToPng(page(10)).pages).toBe(1);
  });

  it('converts the page asked for, counting pages past reduced copies, and refuses a page the TIFF lacks', () => {
    const page = (value: number, subfile?: number) => makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, subfile, pixels: new Uint8Array(12).fill(value) });
    const tiff = chainTiffs([page(10), page(99, 1), page(20, 2), page(30, 2)]);
    expect(tiffPageCount(tiff)).toBe(3);
    expect([2, 3].map((n) => decode(tiffToPng(tiff, n).png).data[0])).toEqual([20, 30]);
    expect(() => tiffToPng(tiff, 4)).toThrow(expect.objectContaining({ reason: { zh: 'TIFF 只有 3 页，没有第 4 页', en: 'the TIFF holds 3 pages, not a page 4' } }));
  });

  it.each<[string, TiffSpec | ((t: Buffer) => Uint8Array), RegExp, RegExp]>([
    ['a truncated file', (t) => t.subarray(0, t.length - 5), /truncated/, /截断/],
    ['CMYK', { width: 2, height: 2, bits: [8, 8, 8, 8], photometric: 5, pixels: new Uint8Array(16) }, /colour model CMYK/, /颜色模式 CMYK/],
    ['CIELab', { width: 2, height: 2, bits: [8, 8, 8], photometric: 8, pixels: new Uint8Array(12) }, /colour model CIELab/, /颜色模式 CIELab/],
    ['more than 64 bits a pixel', { width: 2, height: 2, bits: [32, 32, 32], photometric: 2, pixels: new Uint8Array(48) }, /96 bits per pixel \(the limit is 64\)/, /每像素 96 位/],
    ['a compression utif2 does not decode', { width: 2, height: 2, bits: [8], photometric: 1, compression: 34712, pixels: new Uint8Array(4) }, /unsupported TIFF compression 34712/, /压缩方式/],
    ['a sample layout with no rendering', { width: 2, height: 2, bits: [8, 8], photometric: 2, pixels: new Uint8Array(8) }, /unsupported TIFF pixel format/, /像素格式/],
    // utif2 would follow the chain for ever.
    ['a chain of directories that loops back', (t) => loopBack(t), /chain of directories loops back on itself/, /目录链首尾相接/],
    ['a next directory past the end', (t) => withNext(t, t.length + 100), /truncated/, /截断/],
    ['absurd dimensions', { width: 40_000, height: 40_000, bits: [1], photometric: 0, compression: 4, pixels: new Uint8Array(8) }, /absurd image dimensions \(40000×40000 px/, /解压炸弹/],
  ])('%s is refused with the reason', (_, spec, en, zh) => {
    const valid = makeTiff({ width: 4, height: 3, bits: [8], photometric: 1, pixels: new Uint8Array(12) });
    const bytes = typeof spec === 'function' ? spec(valid) : makeTiff(spec);
    const reason = refusal(bytes);
    expect(reason.en).toMatch(en);
    expect(reason.zh).toMatch(zh);
  });
});
