// Page images checked before anything is stored: the format and dimensions from the header (image-size), bounds
// on both so a decompression bomb (a small file declaring an enormous canvas) is refused before anyone decodes
// it, and the file's end marker, so a truncated download is refused instead of showing half a page.
import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import type { Bilingual } from '../../shared/model/types';

export const SCAN_IMAGE_TYPES = ['png', 'jpg', 'webp', 'tiff', 'pdf'] as const;
export type ScanImageType = (typeof SCAN_IMAGE_TYPES)[number];

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'] as const;

export const MEDIA_TYPES: Record<ScanImageType, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
};

/** 200 MB: an uncompressed 600 dpi broadsheet scan is about that. */
export const MAX_IMAGE_BYTES = 200 * 1024 * 1024;
/** A side of 30,000 px is a broadsheet at well over 1,200 dpi. */
export const MAX_IMAGE_SIDE = 30_000;
/** 150 megapixels decode to 600 MB of RGBA: the most a page image may ask of memory. */
export const MAX_IMAGE_PIXELS = 150_000_000;

export class ImageRefused extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'ImageRefused';
  }
}

export interface CheckedImage {
  type: ScanImageType;
  width: number;
  height: number;
  hash: string;
}

export function isImageFile(name: string): boolean {
  const lower = name.toLowerCase();
  return IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const refuse = (zh: string, en: string): never => {
  throw new ImageRefused({ zh, en });
};

const PNG_END = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** Whether the file ends as its format says a whole file ends. */
function complete(type: ScanImageType, bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (type === 'png') return PNG_END.every((b, i) => bytes[n - PNG_END.length + i] === b);
  if (type === 'jpg') {
    // The end-of-image marker, allowing for the padding some writers leave after it.
    for (let i = n - 2; i >= Math.max(0, n - 1024); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
    return false;
  }
  if (type === 'webp') return n >= 12 && new DataView(bytes.buffer, bytes.byteOffset, n).getUint32(4, true) + 8 <= n;
  // TIFF keeps its directory anywhere in the file; a directory past the end is caught before image-size reads it
  // (directoryPastEnd), strips past the end when it is decoded (tiff.ts).
  return true;
}

/** Whether a classic TIFF's first directory starts past the file's end: a file cut short (writers often put it last). */
function directoryPastEnd(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  const order = String.fromCharCode(bytes[0]!, bytes[1]!);
  if (order !== 'II' && order !== 'MM') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const little = order === 'II';
  return view.getUint16(2, little) === 42 && view.getUint32(4, little) + 2 > bytes.length;
}

const TYPES: Record<string, ScanImageType> = { png: 'png', jpg: 'jpg', webp: 'webp', tiff: 'tiff' };

export function checkImage(bytes: Uint8Array): CheckedImage {
  if (bytes.length === 0) refuse('图像文件为空', 'the image file is empty');
  if (bytes.length > MAX_IMAGE_BYTES) refuse('图像文件过大(上限 200 MB)', 'the image file is too large (the limit is 200 MB)');
  if (directoryPastEnd(bytes)) refuse('图像文件不完整(被截断)', 'the image file is truncated');
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch (err) {
    return refuse(`无法读取图像:${(err as Error).message}`, `not a readable image: ${(err as Error).message}`);
  }
  const type = TYPES[size.type ?? ''];
  if (!type) return refuse(`不支持的图像格式 ${size.type ?? ''}(支持 PNG、JPEG、TIFF、WebP)`, `unsupported image format ${size.type ?? ''} (PNG, JPEG, TIFF and WebP are)`);
  const { width, height } = size;
  if (!width || !height) return refuse('图像没有尺寸', 'the image states no size');
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    refuse(
      `图像尺寸不合理(${width}×${height} 像素,上限 ${MAX_IMAGE_SIDE} 像素边长、1.5 亿像素):可能是解压炸弹`,
      `absurd image dimensions (${width}×${height} px; the limits are ${MAX_IMAGE_SIDE} px a side and 150 megapixels): a decompression bomb?`,
    );
  }
  if (!complete(type, bytes)) refuse('图像文件不完整(被截断)', 'the image file is truncated');
  return { type, width, height, hash: createHash('sha256').update(bytes).digest('hex') };
}
