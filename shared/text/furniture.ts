// Page furniture: the lines a page carries besides its articles — running heads (`2 要闻`, `A06 郑州新闻`), the
// editors' line (`责任编辑：X 美编：Y`), dates, teaser (导读) and weather boxes, public-service ads, QR captions,
// the publisher's footer. Each test reads the line's grammar, never one paper's wording.
import * as credits from './byline';
import * as marks from './punctuation';
import * as reflow from './reflow';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isBylineLead } = credits;
const { endsWithFinalPunct, trimLine } = marks;
const { cells } = reflow;

/** Role words of the people who made the page, not the story. */
const EDITOR_ROLE = /(?:本版|责任|美术|图片|文字|版面)?(?:编辑|责编|美编|校对|制作|版式设计|版式|设计|统筹|监制|审核|终审|主编|组版|排版)/;
const EDITOR_ROLE_G = new RegExp(EDITOR_ROLE.source, 'g');
const EDITOR_START = new RegExp(`^(?:${EDITOR_ROLE.source})\\s*[:：]?\\s*[\\u4e00-\\u9fff]`);
/** Role words that are verbs too: run straight into a word (`制作煎饼果子`, `设计新方案`) they are a caption or a phrase. */
const VERB_PHRASE = /^(?:制作|设计|统筹|监制|审核|排版|组版)[\u4e00-\u9fff]/;

/**
 * True for the editors' line of a page: `责任编辑：刘 宁 杨 帆`, `编辑 张 博 制作 李 波`, `本版编辑:王 燕 校对:刘 强`,
 * `本版责编：陈 晨 版式设计：张 悦`, `本版编辑: 工会新闻部`: role words and short names only.
 */
export function isEditorLine(line: string): boolean {
  const t = trimLine(line);
  if (t.length > 60 || !EDITOR_START.test(t) || VERB_PHRASE.test(t)) return false;
  const names = t.replace(EDITOR_ROLE_G, ' ').replace(/[:：·\s]+/g, ' ').trim();
  if (names.length === 0) return false;
  return names.split(' ').every((n) => /^[\u4e00-\u9fff]{1,6}$/.test(n));
}

/** A page number as printed in a running head: `2`, `A06`, `第3版`, `B2版`. */
const PAGE_NO = /^(?:第\s*)?[A-Z]?\d{1,3}\s*(?:版)?$|^第[一二三四五六七八九十]{1,3}版$/;
/** A date as printed: 2026年6月12日, 1963年6月13日. */
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const WEEKDAY = /星期[一二三四五六日天]/;

/** True for a page number standing alone. */
export function isPageNumber(line: string): boolean {
  return PAGE_NO.test(trimLine(line));
}

/** True for a dated line that is not a sentence: a running head's date, `光明日报 2022年5月16日 星期一`. */
export function isDateLine(line: string): boolean {
  const t = trimLine(line);
  return (DATE.test(t) || WEEKDAY.test(t)) && cells(t) <= 32 && !/[，,。；;]/.test(t) && !endsWithFinalPunct(t);
}

/**
 * True for a running head on one line: a page number with the page's name (`3 综合新闻`, `A2 要闻`,
 * `第2版 综合新闻`), or parts spread across the page width by long runs of spaces (`2          工会新闻`).
 */
export function isRunningHeadLine(line: string): boolean {
  const t = trimLine(line);
  if (cells(t) > 40 || /[，,。；;！!？?]/.test(t)) return false;
  const parts = t.split(/\s+/);
  if (parts.length >= 2 && parts.length <= 6 && PAGE_NO.test(parts[0]) && parts.slice(1).every((p) => cells(p) <= 10)) return true;
  if (parts.length >= 2 && PAGE_NO.test(parts[parts.length - 1]) && parts.slice(0, -1).every((p) => cells(p) <= 10) && /\s{3,}/.test(t)) return true;
  return /\S\s{4,}\S/.test(t) && t.split(/\s{4,}/).every((p) => cells(p) <= 12);
}

/** A teaser box line: `从读者到作者——我与光明日报 5版`, a heading with the page it is on. */
export function isTeaserLine(line: string): boolean {
  const t = trimLine(line);
  return /\s(?:第?\s*[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版$/.test(t) && cells(t) <= 40 && !/[。]/.test(t);
}

/** The title of a teaser box: 今日导读, 本期导读, 导读. */
export function isTeaserTitle(line: string): boolean {
  return /^(?:今日|本期|本版)?导读$|^今日\d{1,2}版$/.test(trimLine(line));
}

/** A weather box line: `北京天气`, `今天 晴 -6℃—3℃`, `北风二三级`. */
export function isWeatherLine(line: string): boolean {
  const t = trimLine(line);
  if (cells(t) > 24 || /[，,。]/.test(t)) return false;
  return /天气$/.test(t) || /[℃°]/.test(t) || /^[东南西北]{1,2}风\s*[\d一二三四五六七八九十～~—-]+\s*级$/.test(t);
}

/** A public-service ad's marker: 公益广告. */
export function isAdMarker(line: string): boolean {
  return /^(?:公益)?广告$/.test(trimLine(line));
}

/** A QR code's caption: `扫码下载`, `四川工人日报微信公众号`, `请扫二维码了解新闻详情`, `新民APP`. */
export function isQrCaption(line: string): boolean {
  const t = trimLine(line);
  if (cells(t) > 18 || /[，,。]/.test(t) || isBylineLead(t)) return false;
  return /(?:扫码|二维码|扫一扫|公众号|客户端|APP|App|app|微信|微博|抖音|视频号)/.test(t) && !/[讯电]/.test(t);
}

/** The publisher's footer: `光明日报社出版 地址：… 邮编：…`, `社址：…`. */
export function isImprintLine(line: string): boolean {
  const t = trimLine(line);
  return cells(t) <= 80 && /(?:地址|社址|邮编|邮政编码|订阅|发行|印刷)[:：]/.test(t) && !/[。]$/.test(t);
}

/** A short line that may belong to a box of furniture it stands beside (a slogan, a section word, a QR's name). */
export function isFurnitureCompanion(line: string): boolean {
  const t = trimLine(line);
  return cells(t) <= 16 && !/[，,。；;：:]/.test(t) && !endsWithFinalPunct(t) && !isBylineLead(t);
}

/** The key a line recurs under across a batch's pages: spaces dropped, digits folded (page numbers and dates change). */
export function recurrenceKey(line: string): string {
  return trimLine(line).replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

/** A jump line: `（下转第2版）`, `（上接第一版）`, `>>4版`. It belongs to its story but ends (or opens) it on this page. */
export function isJumpLine(line: string): boolean {
  return JUMP.test(trimLine(line));
}
const JUMP = /^[（(]?\s*(?:下转|转|上接|接)\s*(?:第|到第)?\s*[\dA-Z一二三四五六七八九十]{1,3}\s*版\s*[）)]?$|^>{1,2}\s*[A-Z]?\d{1,2}\s*版$/;
