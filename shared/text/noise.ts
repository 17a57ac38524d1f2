// Lines that belong to no article: hotlines, advertisements, page headers.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { endsWithFinalPunct, isVisiblyLonger, trimLine, visibleLength } = marks;

/** True for a newsroom hotline line: a bare phone number (`88851111`) or a short `…热线` caption. */
export function isHotlineLine(line: string): boolean {
  const t = trimLine(line);
  if (t.length > 40 || t.includes('。')) return false;
  if (/^\d{7,8}$/.test(t)) return true;
  if (/热线$/.test(t)) return visibleLength(t) <= 14;
  return /^[\u4e00-\u9fff]{0,6}(?:热线|电话)[:：]?\s*\d[\d-]{6,}$/.test(t);
}

/** An ad line is short: more visible characters than this and it is text. */
const MAX_AD_VISIBLE = 60;

/**
 * Counts of visible characters, ASCII letters and digits; null as soon as the line shows it is no ad: a
 * sentence comma (either width: OCR writes ， as ,) or 。, or more than MAX_AD_VISIBLE characters.
 */
function adProfile(t: string): { visible: number; letters: number; digits: number } | null {
  let visible = 0;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    if (++visible > MAX_AD_VISIBLE) return null;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x3002 || c === 0xff0c || c === 0x2c) return null;
  }
  return { visible, letters, digits };
}

/**
 * True for a line that reads as advertisement copy on its own: mostly Latin text (`Official Partner of …`),
 * a web address or a service number with no sentence around it (`客服热线:95599 www.abchina.com`), or a sponsor
 * line (`…官方合作伙伴`).
 */
export function isAdLine(line: string): boolean {
  const t = trimLine(line);
  if (t.length === 0 || t.length > 120) return false;
  const profile = adProfile(t);
  if (profile === null) return false;
  const { visible, letters, digits } = profile;
  if (letters >= 3 && letters / visible >= 0.5) return true;
  if (letters >= 3 && /(?:www\.|https?:\/\/)[\w.-]+/i.test(t) && !t.includes(',')) return true;
  if (digits >= 3 && /(?:热线|电话|客服)(?:银行)?[:：]\s*\d{3,}/.test(t)) return true;
  return /(?:合作伙伴|赞助商|指定用品)$/.test(t);
}

/** True for a short brand line such as a bank's name, which is advertisement copy inside an ad block. */
export function isBrandLine(line: string): boolean {
  const t = trimLine(line);
  return !isVisiblyLonger(t, 16) && /(?:银行|保险|证券|分行|支行)$/.test(t.replace(/^[A-Za-z]+\s*/, ''));
}

/** True for a page header line: editor credits (`责任编辑:X`) or a page number (`第2版`). */
export function isPageHeaderLine(line: string): boolean {
  const t = trimLine(line);
  if (t.length > 80 || isVisiblyLonger(t, 40) || endsWithFinalPunct(t)) return false;
  return /(?:责任编辑|版式设计|美术编辑|美编|校对)[:：]/.test(t) || /^第?\s*\d{1,2}\s*版(?:\s|$)/.test(t);
}
