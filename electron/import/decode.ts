// Turns the bytes of one OCR page file into text, or refuses the file with a reason a person can act on.
//
// Decisions:
// - Encodings accepted: UTF-8 (with or without BOM), UTF-16 LE/BE (a BOM decides; without one, the byte order
//   that decodes to Chinese text), GB18030 (a superset of GBK/GB2312). GB18030 and BOM-less UTF-16 decode many
//   byte strings that are no such thing, so they are taken only when the result reads as Chinese (plausible.ts);
//   text the detector places in another CJK encoding (Shift_JIS, EUC-KR, Big5…) is refused naming it.
// - The BOM is stripped.
// - Line ends are normalised here (CRLF and lone CR → LF), so the stored page text, the parser's ranges and the
//   content hash are the same whichever platform wrote the file.
// - Refused: empty (or whitespace-only) files, files over MAX_PAGE_BYTES, binary files (NUL or many control
//   characters), and bytes no accepted encoding decodes.
import jschardet from 'jschardet';
import type { Bilingual } from '../../shared/model/types';
import { judgeChinese } from './plausible';

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

/** Control characters other than tab, LF, VT, FF, CR: text files have (almost) none of them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Refuses a file by its size alone, so import can turn down a huge file before reading it. */
export function checkPageSize(size: number, file: string): void {
  if (size > MAX_PAGE_BYTES) {
    throw new DecodeError(file, { zh: `文件过大（${formatMb(size)}，上限 20 MB）`, en: `file too large (${formatMb(size)}; the limit is 20 MB)` });
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
  if (text.includes('\u0000')) refuse('文件含有空字节（NUL），像是二进制文件而非文本', 'file contains NUL bytes: it looks binary, not text');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length / 100)) {
    refuse('文件含有大量控制字符，像是二进制文件而非文本', 'file contains many control characters: it looks binary, not text');
  }
  if (text.trim() === '') refuse('文件没有文字内容', 'file contains no text');
  return { text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array, refuse: (zh: string, en: string) => never): DecodedPage {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes);
    return text === null ? refuse('文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8', 'file starts with a UTF-8 BOM but is not valid UTF-8') : { text, encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes);
    return text === null
      ? refuse(`文件以 ${encoding.toUpperCase()} BOM 开头，但内容无法按此编码解码`, `file starts with a ${encoding.toUpperCase()} BOM but does not decode as such`)
      : { text, encoding };
  }
  // NUL bytes without a UTF-16 BOM: BOM-less UTF-16 (ASCII's high bytes are NUL), or binary.
  if (bytes.includes(0)) return decodeWithNuls(bytes, refuse);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const detected = detectEncoding(bytes);
  const guess = detected.encoding ?? '';
  const script = OTHER_SCRIPTS[guess.toLowerCase()];
  // The detector's own GB2312 model decides between Chinese and another CJK encoding whose bytes GB18030 also
  // decodes (EUC-KR's hangul land on common hanzi): a confident other guess wins unless that model accepts too.
  if (script && detected.confidence >= 0.8 && !gbModelAccepts(bytes)) {
    return refuse(
      `文件像是 ${guess} 编码的${script.zh}文字，不是中文；请另存为 UTF-8 后再导入`,
      `the file looks like ${script.en} text in ${guess}, not Chinese; save it as UTF-8 and import again`,
    );
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    const verdict = judgeChinese(gb);
    if (verdict.plausible) return { text: gb, encoding: 'gb18030' };
    const share = Math.round(verdict.commonShare * 100);
    return refuse(
      `按 GB18030 解码后不像中文（常用汉字仅占 ${share}%），可能是其他编码或并非文本；支持 UTF-8、UTF-16、GB18030/GBK`,
      `decoded as GB18030 it does not read as Chinese (only ${share}% common characters): another encoding, or not text; supported: UTF-8, UTF-16, GB18030/GBK`,
    );
  }
  const named = guess ? `（检测结果：${guess}）` : '';
  const namedEn = guess ? ` (detected: ${guess})` : '';
  return refuse(
    `无法识别文件编码${named}；支持 UTF-8、UTF-16、GB18030/GBK`,
    `cannot decode the file${namedEn}; supported: UTF-8, UTF-16, GB18030/GBK`,
  );
}

/** The encodings whose bytes GB18030 also decodes, by jschardet's names, and the script they carry. */
const OTHER_SCRIPTS: Record<string, Bilingual> = {
  shift_jis: { zh: '日文', en: 'Japanese' },
  'euc-jp': { zh: '日文', en: 'Japanese' },
  'iso-2022-jp': { zh: '日文', en: 'Japanese' },
  'euc-kr': { zh: '韩文', en: 'Korean' },
  'iso-2022-kr': { zh: '韩文', en: 'Korean' },
  big5: { zh: '繁体中文（Big5）', en: 'traditional Chinese (Big5)' },
  'euc-tw': { zh: '繁体中文（EUC-TW）', en: 'traditional Chinese (EUC-TW)' },
};

/**
 * jschardet's guess, or none when it throws: its Shift_JIS context model indexes past its table on some byte runs
 * (e.g. A0 82 F2 82 …), and a detector's crash must not turn into a failed import.
 */
function detectEncoding(bytes: Uint8Array): { encoding: string | null; confidence: number } {
  try {
    return jschardet.detect(asBuffer(bytes));
  } catch {
    return { encoding: null, confidence: 0 };
  }
}

function gbModelAccepts(bytes: Uint8Array): boolean {
  try {
    const [gb] = jschardet.detectAll(asBuffer(bytes), { detectEncodings: ['GB2312'], minimumThreshold: 0 });
    return (gb?.confidence ?? 0) >= 0.5;
  } catch {
    return false;
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Bytes with NULs and no BOM: UTF-16 if one byte order decodes them as Chinese text; refused as BOM-less UTF-16
 * when the NULs fall on one parity as UTF-16's do, else as binary.
 */
function decodeWithNuls(bytes: Uint8Array, refuse: (zh: string, en: string) => never): DecodedPage {
  if (bytes.length % 2 === 0) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(encoding, bytes);
      if (text !== null && judgeChinese(text).plausible) return { text, encoding };
    }
    if (nulsOnOneParity(bytes)) {
      refuse(
        '文件像是不带 BOM 的 UTF-16，但解码后不像中文；请另存为 UTF-8 或带 BOM 的 UTF-16',
        'the file looks like UTF-16 without a BOM but does not decode as Chinese text; save it as UTF-8 or as UTF-16 with a BOM',
      );
    }
  }
  return refuse('文件含有空字节（NUL），像是二进制文件而非文本', 'file contains NUL bytes: it looks binary, not text');
}

/** UTF-16 puts the NUL of an ASCII character on odd offsets (little-endian) or even ones (big-endian), never both. */
function nulsOnOneParity(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.min(even, odd) <= (even + odd) / 20;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM false (the default) makes the decoder strip a leading BOM of its own encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function formatMb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
