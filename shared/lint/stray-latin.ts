// Latin letters inside Chinese sentences that are probably OCR debris (丽园4s商圈), not names, codes or units.
import * as chars from '../clean/chars';
import { eachMatch } from '../clean/matches';
import { SpanCursor, addressSpans } from '../clean/spans';
import type { Warning } from '../model/types';
import { warningAt } from './warning';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isAsciiLetter, isAsciiLower, isHanAt, isHanCode } = chars;

/** A Latin word, with the digits stuck to its front (4s, 5km) so units can be told apart. */
const WORD_RE = /\d*[A-Za-z][A-Za-z'-]*/g;
/** Units that follow a number. */
const UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'nm', 'kg', 'g', 'mg', 't', 'ml', 'mL', 'L', 'kW', 'kWh', 'MW', 'GW', 'kV', 'V', 'W', 'Hz',
  'kHz', 'MHz', 'GHz', 'KB', 'MB', 'GB', 'TB', 'Mbps', 'Gbps', 'ppm', 'dB', 'mAh', 'h', 'min', 'ms', 'px', 'pH',
]);
/** Lower-case words Chinese news copy uses as they are. */
const LOANWORDS = new Set(['app', 'apps', 'logo', 'vlog', 'blog', 'wifi', 'wi-fi', 'iphone', 'ipad', 'email', 'e-mail', 'ok']);
/** A line with more Latin letters than Han ones is Latin text (an advertisement, a sponsor line). */
function latinLine(line: string): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isAsciiLetter(c)) latin++;
    else if (isHanCode(c)) han++;
  }
  return latin > han;
}

/** The nearest non-space character on each side is a Han one. */
function besideHan(text: string, start: number, end: number): boolean {
  let l = start - 1;
  while (l >= 0 && text[l] === ' ') l--;
  let r = end;
  while (r < text.length && text[r] === ' ') r++;
  return (l >= 0 && isHanAt(text, l)) || (r < text.length && isHanAt(text, r));
}

export function lintStrayLatin(text: string): Warning[] {
  if (!/[a-z]/.test(text)) return [];
  const warnings: Warning[] = [];
  const addresses = new SpanCursor(addressSpans(text));
  let lineEnd = -1;
  let skipLine = false;
  eachMatch(WORD_RE, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (start > lineEnd) {
      const ls = text.lastIndexOf('\n', start) + 1;
      lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
      skipLine = latinLine(text.slice(ls, lineEnd));
    }
    if (skipLine || addresses.covers(start)) return;
    const word = m[0].replace(/^\d+/, '');
    // Only all-lower-case-ish words: acronyms and codes (IP, CN33, E+) and capitalised names (Beijing) are meant.
    if (!isAsciiLower(word.charCodeAt(word.length - 1)) || !isAsciiLower(word.charCodeAt(0))) return;
    const afterNumber = word.length < m[0].length || /\d ?$/.test(text.slice(Math.max(0, start - 2), start));
    if (afterNumber && UNITS.has(word)) return;
    if (LOANWORDS.has(word.toLowerCase())) return;
    if (!besideHan(text, start, end)) return;
    warnings.push(
      warningAt(
        'stray-latin',
        { zh: `中文里夹杂拉丁字母“${m[0]}”，可能是识别错误`, en: `Latin letters "${m[0]}" inside Chinese text: possibly an OCR error` },
        text,
        { start, end },
        'info',
      ),
    );
  });
  return warnings;
}
