// Turns the bytes of one OCR page file into text, or refuses the file with a reason a person can act on.
//
// Decisions:
// - Encodings accepted: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, GB18030 (a superset of GBK/GB2312).
//   UTF-16 without a BOM is not guessed: its NUL bytes make it look like binary, and it is refused as such.
// - The BOM is stripped.
// - Line ends are normalised here (CRLF and lone CR → LF), so the stored page text, the parser's ranges and the
//   content hash are the same whichever platform wrote the file.
// - Refused: empty (or whitespace-only) files, files over MAX_PAGE_BYTES, binary files (NUL or many control
//   characters), and bytes no accepted encoding decodes.
import jschardet from 'jschardet';
import type { Bilingual } from '../../shared/model/types';

export type PageEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedPage {
  text: string;
  encoding: PageEncoding;
}

/** 20 MB: far above any real page (the samples are ~10 KB), low enough to keep a bad drop from stalling import. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** A file refused by decodePage; `reason` is shown per file in the import report. */
export class DecodeError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Bilingual,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = 'DecodeError';
  }
}

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'hz-gb-2312']);

/** Control characters other than tab, LF, VT, FF, CR: text files have (almost) none of them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Refuses a file by its size alone, so import can turn down a huge file before reading it. */
export function checkPageSize(size: number, file: string): void {
  if (size > MAX_PAGE_BYTES) {
    throw new DecodeError(file, { zh: `文件过大(${formatMb(size)},上限 20 MB)`, en: `file too large (${formatMb(size)}; the limit is 20 MB)` });
  }
}

export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  const refuse = (zh: string, en: string): never => {
    throw new DecodeError(file, { zh, en });
  };
  checkPageSize(bytes.length, file);
  if (bytes.length === 0) refuse('文件为空', 'file is empty');

  const decoded = decodeBytes(bytes, refuse);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) refuse('文件含有空字节(NUL),像是二进制文件而非文本', 'file contains NUL bytes: it looks binary, not text');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length / 100)) {
    refuse('文件含有大量控制字符,像是二进制文件而非文本', 'file contains many control characters: it looks binary, not text');
  }
  if (text.trim() === '') refuse('文件没有文字内容', 'file contains no text');
  return { text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array, refuse: (zh: string, en: string) => never): DecodedPage {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes);
    return text === null ? refuse('文件以 UTF-8 BOM 开头,但内容不是有效的 UTF-8', 'file starts with a UTF-8 BOM but is not valid UTF-8') : { text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    return text === null
      ? refuse(`文件以 ${encoding.toUpperCase()} BOM 开头,但内容无法按此编码解码`, `file starts with a ${encoding.toUpperCase()} BOM but does not decode as such`)
      : { text, encoding };
  }
  // NUL bytes without a UTF-16 BOM: binary (images, archives, office files, BOM-less UTF-16).
  if (bytes.includes(0)) refuse('文件含有空字节(NUL),像是二进制文件而非文本', 'file contains NUL bytes: it looks binary, not text');

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const gb = tryDecode('gb18030', bytes);
  const detected = jschardet.detect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const guess = (detected.encoding ?? '').toLowerCase();
  // GB18030 decodes many byte soups; accept it when the detector agrees or the result reads as Chinese text.
  if (gb !== null && (GB_FAMILY.has(guess) || looksChinese(gb))) return { text: gb, encoding: 'gb18030' };
  const named = guess ? `(检测结果:${detected.encoding})` : '';
  const namedEn = guess ? ` (detected: ${detected.encoding})` : '';
  return refuse(
    `无法识别文件编码${named};支持 UTF-8、带 BOM 的 UTF-16、GB18030/GBK`,
    `cannot decode the file${namedEn}; supported: UTF-8, UTF-16 with BOM, GB18030/GBK`,
  );
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM false (the default) makes the decoder strip a leading BOM of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Most non-ASCII characters are CJK ideographs or CJK/full-width punctuation. */
function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2010 && cp <= 0x2027)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function formatMb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
