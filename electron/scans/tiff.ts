// TIFF page images made displayable: Chromium has no TIFF decoder, so the desk is given a PNG of one page
// (utif2 decodes, fast-png encodes), and the TIFF itself is kept as the original. What the conversion cannot
// render faithfully is refused with the reason rather than shown wrong: a colour model with no RGB meaning
// without a profile (CMYK, CIELab), more than 64 bits a pixel, strips or tiles that run past the file's end.
// The canvas is bounded by checkImage before anything is decoded.
import { encode as encodePng } from 'fast-png';
import UTIF, { type IFD } from 'utif2';
import { ImageRefused, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './images';

export interface DisplayableTiff {
  png: Uint8Array;
  width: number;
  height: number;
  /** The pages (full-resolution images) the TIFF holds; only the one asked for is converted. */
  pages: number;
}

const refuse = (zh: string, en: string): never => {
  throw new ImageRefused({ zh, en });
};

/** The most bits a pixel may take: four 16-bit samples (RGBA at 16 bits); beyond that is not a page scan. */
export const MAX_TIFF_BITS_PER_PIXEL = 64;

/** Compressions utif2 decodes for the page images scanners write; anything else would decode to nothing. */
const COMPRESSIONS: Record<number, string> = {
  1: 'none',
  2: 'CCITT RLE',
  3: 'CCITT G3',
  4: 'CCITT G4',
  5: 'LZW',
  7: 'JPEG',
  8: 'Deflate',
  32946: 'Deflate',
  32773: 'PackBits',
};

/** Photometric interpretations by name, for the refusal of those without an RGB rendering here. */
const PHOTOMETRIC_NAMES: Record<number, string> = { 4: 'transparency mask', 5: 'CMYK', 8: 'CIELab', 9: 'ICCLab', 10: 'ITULab', 32844: 'LogL', 32845: 'LogLuv' };

/**
 * The sample layouts utif2's toRGBA8 renders, per photometric interpretation: bits per sample → samples per
 * pixel. (YCbCr is rendered only when JPEG-compressed: the JPEG decoder gives RGB.)
 */
const RENDERED: Record<number, Record<number, readonly number[]>> = {
  0: { 1: [1], 4: [1], 8: [1], 16: [1] },
  1: { 1: [1], 2: [1], 8: [1, 2], 16: [1] },
  2: { 8: [3, 4], 16: [3, 4] },
  3: { 1: [1], 2: [1], 4: [1], 8: [1] },
};

const tag = (ifd: IFD, id: number): number[] | undefined => ifd[`t${id}`] as number[] | undefined;
const first = (ifd: IFD, id: number, fallback: number): number => tag(ifd, id)?.[0] ?? fallback;

function checkDirectory(ifd: IFD, length: number): { width: number; height: number } {
  const width = first(ifd, 256, 0);
  const height = first(ifd, 257, 0);
  if (!width || !height) refuse('TIFF 图像没有尺寸', 'the TIFF image states no size');
  // image-size bounded the canvas it read; the directory decoded is bounded again in case the two differ.
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    refuse(`图像尺寸不合理(${width}×${height} 像素):可能是解压炸弹`, `absurd image dimensions (${width}×${height} px): a decompression bomb?`);
  }
  const bits = tag(ifd, 258) ?? [1];
  const samples = first(ifd, 277, bits.length);
  const bitsPerPixel = bits.length >= samples ? bits.slice(0, samples).reduce((a, b) => a + b, 0) : bits[0]! * samples;
  if (bitsPerPixel > MAX_TIFF_BITS_PER_PIXEL) {
    refuse(`TIFF 每像素 ${bitsPerPixel} 位,超过上限 ${MAX_TIFF_BITS_PER_PIXEL} 位`, `the TIFF has ${bitsPerPixel} bits per pixel (the limit is ${MAX_TIFF_BITS_PER_PIXEL})`);
  }
  const compression = first(ifd, 259, 1);
  if (!COMPRESSIONS[compression]) refuse(`不支持的 TIFF 压缩方式 ${compression}`, `unsupported TIFF compression ${compression}`);
  const photometric = first(ifd, 262, bits[0] === 1 ? 0 : 2);
  const named = PHOTOMETRIC_NAMES[photometric];
  if (named) refuse(`不支持的 TIFF 颜色模式 ${named}(支持黑白、灰度、RGB 和调色板)`, `unsupported TIFF colour model ${named} (bilevel, greyscale, RGB and palette are)`);
  const ycbcrJpeg = photometric === 6 && compression === 7;
  const layout = RENDERED[ycbcrJpeg ? 2 : photometric]?.[bits[0]!];
  if (!layout || !layout.includes(ycbcrJpeg ? 3 : samples) || new Set(bits).size > 1) {
    refuse(
      `不支持的 TIFF 像素格式(颜色模式 ${photometric},每样本 ${bits.join('/')} 位,每像素 ${samples} 个样本)`,
      `unsupported TIFF pixel format (photometric ${photometric}, ${bits.join('/')} bits per sample, ${samples} samples per pixel)`,
    );
  }
  if (first(ifd, 284, 1) !== 1 && samples > 1) refuse('不支持分平面存储的 TIFF', 'planar TIFF (PlanarConfiguration 2) is not supported');
  // Every strip (or tile) must lie inside the file: one past the end is a truncated file.
  const offsets = tag(ifd, 322) ? tag(ifd, 324) : tag(ifd, 273);
  const counts = tag(ifd, 322) ? tag(ifd, 325) : tag(ifd, 279);
  if (!offsets?.length) refuse('TIFF 图像没有像素数据', 'the TIFF image has no pixel data');
  const ends = offsets!.map((o, i) => o + (counts?.[i] ?? 0));
  if (!counts || counts.length < offsets!.length || ends.some((end) => end > length)) refuse('图像文件不完整(被截断)', 'the image file is truncated');
  return { width, height };
}

/**
 * utif2 writes to console.log from inside its decoder (a tile count for every tiled image, a timing from its JPEG
 * decoder), which would land in the CLI's stdout and the host's log. Its calls are synchronous, so nothing else
 * logs while console.log is stilled for one of them.
 */
function quietly<T>(run: () => T): T {
  const log = console.log;
  console.log = () => undefined;
  try {
    return run();
  } finally {
    console.log = log;
  }
}

/** The most directories (pages, reduced copies) read from a TIFF: a scanner's multi-page file has tens. */
export const MAX_TIFF_DIRECTORIES = 10_000;

/**
 * The chain of directories walked before utif2 reads it: utif2 follows each next-directory offset with no end,
 * so a chain that loops back on itself (a damaged or hostile file) would hold the import for ever.
 */
function checkDirectoryChain(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  // Only classic TIFF has this chain of 32-bit offsets; what else utif2 is given it refuses itself.
  if (bytes.length < 8 || view.getUint16(2, little) !== 42) return;
  const seen = new Set<number>();
  for (let offset = view.getUint32(4, little); offset !== 0; ) {
    if (seen.has(offset)) refuse('TIFF 的目录链首尾相接(文件损坏)', 'the TIFF’s chain of directories loops back on itself (a damaged file)');
    if (seen.size >= MAX_TIFF_DIRECTORIES) refuse(`TIFF 的目录超过 ${MAX_TIFF_DIRECTORIES} 个`, `the TIFF has more than ${MAX_TIFF_DIRECTORIES} directories`);
    seen.add(offset);
    const next = offset + 2 + (offset + 2 <= bytes.length ? view.getUint16(offset, little) * 12 : 0);
    if (next + 4 > bytes.length) refuse('图像文件不完整(被截断)', 'the image file is truncated');
    offset = view.getUint32(next, little);
  }
}

/** NewSubfileType bits of an image that is not a page of its own: a reduced-resolution copy (1), a mask (4). */
const NOT_A_PAGE = 1 | 4;

/** The directories of a TIFF (utif2's reading of its tags, no pixels), its chain checked first. */
function directories(bytes: Uint8Array): { buffer: ArrayBuffer; ifds: IFD[] } {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  checkDirectoryChain(bytes);
  try {
    return { buffer, ifds: quietly(() => UTIF.decode(buffer)) };
  } catch (err) {
    return refuse(`无法读取 TIFF:${String(err)}`, `not a readable TIFF: ${String(err)}`);
  }
}

/** The directories that are pages of their own (not reduced copies or masks). */
const pageDirectories = (ifds: readonly IFD[]) => ifds.filter((d) => (first(d, 254, 0) & NOT_A_PAGE) === 0);

/** How many pages a TIFF holds (at least 1 when it holds an image), or ImageRefused. */
export function tiffPageCount(bytes: Uint8Array): number {
  const { ifds } = directories(bytes);
  if (ifds.length === 0) return refuse('TIFF 中没有图像', 'the TIFF holds no image');
  return Math.max(pageDirectories(ifds).length, 1);
}

/**
 * Page `page` (1-based; the first by default) of a TIFF as a PNG (bilevel, grey, RGB or RGBA, whichever holds its
 * pixels exactly), or ImageRefused.
 * The caller has checked the file's size and stated dimensions (checkImage).
 */
export function tiffToPng(bytes: Uint8Array, page = 1): DisplayableTiff {
  const { buffer, ifds } = directories(bytes);
  const pages = pageDirectories(ifds);
  // The first directory is the first page even when it is flagged otherwise, as every viewer shows it.
  const ifd = page === 1 ? ifds[0] : pages[page - 1];
  if (!ifd) {
    if (ifds.length === 0) return refuse('TIFF 中没有图像', 'the TIFF holds no image');
    return refuse(`TIFF 只有 ${pages.length} 页，没有第 ${page} 页`, `the TIFF holds ${pages.length} pages, not a page ${page}`);
  }
  const { width, height } = checkDirectory(ifd, bytes.length);
  let rgba: Uint8Array;
  try {
    rgba = quietly(() => {
      UTIF.decodeImage(buffer, ifd);
      return UTIF.toRGBA8(ifd);
    });
  } catch (err) {
    // utif2 throws strings and numbers as well as errors.
    return refuse(`无法解码 TIFF 图像:${err instanceof Error ? err.message : String(err)}`, `the TIFF image does not decode: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (ifd.width !== width || ifd.height !== height || rgba.length !== width * height * 4) refuse('图像文件不完整(被截断)', 'the image file is truncated');
  return { png: encodePng(packed(rgba, width, height)), width, height, pages: Math.max(pages.length, 1) };
}

/** The pixels in as few channels and bits as hold them exactly: a bilevel scan stays one bit, a grey one a channel. */
function packed(rgba: Uint8Array, width: number, height: number): { width: number; height: number; data: Uint8Array; channels: number; depth: 1 | 8 } {
  let grey = true;
  let bilevel = true;
  let opaque = true;
  for (let i = 0; i < rgba.length && (grey || opaque); i += 4) {
    if (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2]) grey = false;
    if (rgba[i] !== 0 && rgba[i] !== 255) bilevel = false;
    if (rgba[i + 3] !== 255) opaque = false;
  }
  if (!opaque) return { width, height, data: rgba, channels: 4, depth: 8 };
  if (grey && bilevel) {
    // PNG rows of 1-bit samples, each row starting on a byte, the first pixel in the high bit.
    const row = Math.ceil(width / 8);
    const data = new Uint8Array(row * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if (rgba[(y * width + x) * 4]) data[y * row + (x >> 3)]! |= 0x80 >> (x & 7);
    }
    return { width, height, data, channels: 1, depth: 1 };
  }
  const channels = grey ? 1 : 3;
  const data = new Uint8Array(width * height * channels);
  for (let p = 0, i = 0; p < data.length; i += 4) {
    data[p++] = rgba[i]!;
    if (!grey) {
      data[p++] = rgba[i + 1]!;
      data[p++] = rgba[i + 2]!;
    }
  }
  return { width, height, data, channels, depth: 8 };
}
