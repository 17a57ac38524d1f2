// The masthead of a front page (报头): paper name, dates, serial and registration numbers, contacts, slogans and
// the QR caption; and, on inner pages, the date a running head prints. Found by the field conventions every
// Chinese paper prints (公历/农历 dates, 第N号, 刊号, 邮发代号, a romanised name), not by any one paper's wording.
import type { HintedLine, LineHint, Masthead, NoiseBlock, ParsedPage } from '../model/types';
import { isLearnable, lineShape } from '../profile/profile';
import { trimLine, visibleLength } from '../text/punctuation';
import type { PageLine } from './lines';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LUNAR_MONTH = '(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月';
const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十|卅)';
/** 甲辰年九月廿六 (with the cyclic year), or 农历九月廿六 (without: then the 农历 prefix is required). */
const LUNAR = new RegExp(`[${STEMS}][${BRANCHES}]年\\s*${LUNAR_MONTH}\\s*${LUNAR_DAY}|(?<=农历\\s*)${LUNAR_MONTH}${LUNAR_DAY}`);
const CN_DIGIT = '〇零○Ｏ一二三四五六七八九十';
/** 2024年10月28日, 2024-10-28, 2024.10.28, 2024/10/28, 二〇二四年十月二十八日. */
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<!\d)(\d{4})([-./])(\d{1,2})\5(\d{1,2})(?!\d)/;
const HAN_DATE = new RegExp(`([${CN_DIGIT}]{4})年([${CN_DIGIT}]{1,3})月([${CN_DIGIT}]{1,3})日`);
const WEEKDAY = /(?:星期|礼拜)[一二三四五六日天]/;
/** 周一 is a weekday only beside a date; alone it is too common a word. */
const SHORT_WEEKDAY = /(?<![\u4e00-\u9fff])周[一二三四五六日天](?![\u4e00-\u9fff])/;
/** 总第26789号 / 总第1234期 before 第26789号 / 第14064期 (the running number; 第N版 is a page, not an issue). */
const TOTAL_SERIAL = /总\s*第\s*(\d{2,})\s*[号期]/;
const SERIAL = /(?<![\d版])第\s*(\d{3,})\s*[号期]/;
const CN = /CN\s*(\d{2})\s*[-－—]\s*(\d{4})/i;
/** 邮发代号 31-2, 代号1-16 (the post office's subscription number). */
const POSTAL = /(?:邮发)?代号\s*[:：]?\s*(\d{1,2}\s*[-－—]\s*\d{1,4})/;
/** 今日12版 / 本期16版 / 今日8版: how many pages the issue has. */
const PAGE_COUNT = /^(?:今日|本期|今天)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版$/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const WEBSITE = /(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.cn)?(?![A-Za-z0-9])/i;
/** Labelled masthead fields: 电子版: …, 国内统一刊号: …, 邮发代号: …, 社址: …, 邮编: … */
const FIELD_LABEL =
  /^(?:电子版|电子信箱|电子邮件|电子邮箱|邮箱|网址|网站|国内统一刊号|国际标准连续出版物号|邮发代号|代号|社址|地址|邮编|主管|主办|出版|社长|总编辑|广告(?:经营)?许可证|定价|零售价)/;
const QR_CAPTION = /(?:公众号|二维码|扫码|扫一扫|客户端|APP|App|下载)$/;
/** A paper's name: the usual endings, optionally followed on the line by its romanised name. */
const PAPER_NAME = /^([\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|时报|商报|周报|快报|导报|报))(?:\s+[A-Za-z][A-Za-z .'-]*)?$/;
/** A romanised paper name on its own line (GUANGMING DAILY, XINMIN EVENING NEWS, SICHUAN GONGREN RIBAO). */
const ROMAN_NAME = /^[A-Z][A-Z'-]*(?:\s+[A-Z][A-Z'-]*)+$|^(?=.*(?:DAILY|NEWS|TIMES|POST|RIBAO|BAO)\b)[A-Z][A-Za-z .'-]+$/;
/** A bare name before its romanised line may end any way (参考消息): a short run of Han characters. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,10}$/;

/** The first anchor must come early; the zone ends after this many lines without one. */
const FIRST_ANCHOR_WITHIN = 4;
const MAX_RUN_WITHOUT_ANCHOR = 3;
const MAX_ZONE = 40;
/** A running head sits among the first (or last) few lines of an inner page. */
const RUNNING_HEAD_LINES = 6;

type Anchor = 'field' | 'paper' | 'caption' | null;

/** Masthead fields are short; longer lines are never read with the field patterns (and never anchor). */
const MAX_FIELD_LINE = 60;

/** True when the line carries a date in any of the forms mastheads and running heads print. */
export function hasDate(text: string): boolean {
  return DATE.test(text) || HAN_DATE.test(text);
}

function anchorOf(text: string): Anchor {
  if (text.length > MAX_FIELD_LINE) return null;
  if (
    LUNAR.test(text) || hasDate(text) || WEEKDAY.test(text) || TOTAL_SERIAL.test(text) || SERIAL.test(text) ||
    CN.test(text) || POSTAL.test(text) || PAGE_COUNT.test(text)
  ) {
    return 'field';
  }
  if (FIELD_LABEL.test(text)) return 'field';
  if (PAPER_NAME.test(text) || ROMAN_NAME.test(text)) return 'paper';
  if (visibleLength(text) <= 20 && QR_CAPTION.test(text)) return 'caption';
  return null;
}

/** What the masthead zone at the top of the page holds. */
export interface MastheadZone {
  meta: Masthead | null;
  /** Reason per line index for every line of the zone. */
  reasons: Map<number, NoiseBlock['reason']>;
}

/**
 * Find the masthead zone: from the top, a run of lines held together by field lines (dates, 刊号, 第N号…, and the
 * lines `learned` names: those of the paper's masthead layout), the paper's name and QR captions; other short lines inside the run are slogans. Without a masthead, a dated line
 * among the first or last few lines (a running head or footer) still gives the page its date; those lines are
 * left to the furniture rules.
 */
export function findMasthead(lines: readonly PageLine[], learned: ReadonlySet<number> = new Set()): MastheadZone {
  const reasons = new Map<number, NoiseBlock['reason']>();
  let last = -1;
  let fields = 0;
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length && i < MAX_ZONE; i++) {
    // A line the paper's masthead layout names (hinted as masthead) anchors like a field.
    const anchor = learned.has(lines[i].index) ? 'field' : anchorOf(lines[i].text);
    anchors.push(anchor);
    if (anchor === null) {
      if ((last < 0 && i >= FIRST_ANCHOR_WITHIN) || (last >= 0 && i - last > MAX_RUN_WITHOUT_ANCHOR)) break;
      continue;
    }
    if (anchor === 'field') fields++;
    last = i;
  }
  if (fields < 2) return { meta: runningHeadMeta(lines), reasons };
  for (let i = 0; i <= last; i++) {
    const anchor = anchors[i];
    reasons.set(i, anchor === 'caption' ? 'caption' : anchor === null ? 'slogan' : 'masthead');
  }
  const texts = lines.slice(0, last + 1).map((l) => l.text);
  const meta = readMeta(texts);
  return { meta: isMasthead(meta) ? meta : runningHeadMeta(lines), reasons };
}

/** A masthead names the paper or prints a registration or serial number; dates alone are a running head's. */
function isMasthead(meta: Masthead): boolean {
  return meta.paper !== null || meta.cn !== null || meta.serialNo !== null;
}

function emptyMeta(): Masthead {
  return { paper: null, date: null, lunarDate: null, weekday: null, serialNo: null, cn: null, postalCode: null, website: null, email: null };
}

/** The date (and weekday, and the paper where it prints its name) of an inner page, from a dated running head. */
function runningHeadMeta(lines: readonly PageLine[]): Masthead | null {
  const n = lines.length;
  const near = [...lines.slice(0, RUNNING_HEAD_LINES), ...lines.slice(Math.max(RUNNING_HEAD_LINES, n - 3))];
  const dated = near.find((l) => visibleLength(l.text) <= MAX_FIELD_LINE && hasDate(l.text));
  if (!dated) return null;
  const meta = readMeta([dated.text]);
  // A running head prints its parts apart (`2 要闻 人民日报 2026年6月12日 星期五`) or on lines of their own.
  const heads = dated.index < RUNNING_HEAD_LINES ? lines.slice(0, RUNNING_HEAD_LINES) : [dated];
  for (const line of heads) {
    for (const part of trimLine(line.text).split(/[\s\u3000|｜]+/)) meta.paper ??= PAPER_NAME.exec(part)?.[1] ?? null;
  }
  return meta;
}

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二四 → 2024 (digit by digit); 二十八 → 28, 十 → 10 (counted). */
function hanNumber(s: string, digitwise: boolean): number {
  if (digitwise) return Number([...s].map((c) => HAN_DIGITS[c] ?? 0).join(''));
  const ten = s.indexOf('十');
  if (ten < 0) return HAN_DIGITS[s] ?? 0;
  const tens = ten === 0 ? 1 : (HAN_DIGITS[s[ten - 1]] ?? 0);
  const ones = ten === s.length - 1 ? 0 : (HAN_DIGITS[s[ten + 1]] ?? 0);
  return tens * 10 + ones;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date of a line in any of its printed forms, as an ISO date. */
export function readDate(text: string): string | null {
  const d = DATE.exec(text);
  if (d) return d[1] ? isoDate(+d[1], +d[2], +d[3]) : isoDate(+d[4], +d[6], +d[7]);
  const h = HAN_DATE.exec(text);
  return h ? isoDate(hanNumber(h[1], true), hanNumber(h[2], false), hanNumber(h[3], false)) : null;
}

/** The masthead fields of the zone's lines; each field is taken from the first line that prints it. */
export function readMeta(texts: readonly string[]): Masthead {
  const meta = emptyMeta();
  let bare: string | null = null;
  for (const raw of texts) {
    const text = trimLine(raw);
    if (text.length > MAX_FIELD_LINE) continue;
    meta.lunarDate ??= LUNAR.exec(text)?.[0].replace(/\s+/g, '') ?? null;
    const date = readDate(text);
    if (date && meta.date === null) {
      meta.date = date;
      meta.weekday ??= SHORT_WEEKDAY.exec(text)?.[0] ?? null;
    }
    const weekday = WEEKDAY.exec(text)?.[0] ?? null;
    if (weekday && (meta.weekday === null || !WEEKDAY.test(meta.weekday))) meta.weekday = weekday;
    meta.serialNo ??= TOTAL_SERIAL.exec(text)?.[1] ?? null;
    const cn = CN.exec(text);
    if (cn && meta.cn === null) meta.cn = `CN${cn[1]}-${cn[2]}`;
    const postal = POSTAL.exec(text);
    if (postal) meta.postalCode ??= postal[1].replace(/\s+/g, '').replace(/[－—]/, '-');
    const email = EMAIL.exec(text);
    if (email) meta.email ??= email[0];
    meta.website ??= WEBSITE.exec(text.replace(EMAIL, ''))?.[0] ?? null;
    const paper = PAPER_NAME.exec(text);
    if (paper) meta.paper ??= paper[1];
    else if (ROMAN_NAME.test(text) && bare !== null) meta.paper ??= bare;
    bare = BARE_NAME.test(text) ? text : null;
  }
  // 第N号 only when no 总第N号 is printed: some papers print both, the total is the serial number.
  if (meta.serialNo === null) {
    for (const raw of texts) {
      const text = trimLine(raw);
      if (text.length <= MAX_FIELD_LINE) meta.serialNo ??= SERIAL.exec(text)?.[1] ?? null;
    }
  }
  return meta;
}

/** A learned masthead line stands within this many lines of the page top (blank lines counted). */
const LAYOUT_ZONE = 40;

/**
 * Each paper's masthead layout, learned from the batch's front pages: the shapes (see lineShape) of the lines of
 * every masthead zone that named its paper, by paper. Another front page of the same paper whose own fields did
 * not hold together (a date the OCR garbled) is recognised by the same name, slogan and contact lines.
 */
export function mastheadLayouts(pages: readonly Pick<ParsedPage, 'meta' | 'noise'>[]): Map<string, Set<string>> {
  const layouts = new Map<string, Set<string>>();
  for (const p of pages) {
    const paper = p.meta?.paper;
    if (paper == null) continue;
    let shapes = layouts.get(paper);
    if (!shapes) layouts.set(paper, (shapes = new Set()));
    for (const block of p.noise) {
      if (block.reason !== 'masthead' && block.reason !== 'slogan' && block.reason !== 'caption') continue;
      for (const line of block.text.split(/\r?\n|\r/)) if (isLearnable(line)) shapes.add(lineShape(line));
    }
  }
  return layouts;
}

/** The learned layout as line hints: a line of that shape near the page top is masthead. */
export function mastheadHint(layout: ReadonlySet<string>): (line: HintedLine) => LineHint | null {
  const reason = { zh: '与本批次其他头版的报头行相同', en: 'the same as a masthead line of another front page in the batch' };
  return (line) => (line.index < LAYOUT_ZONE && layout.has(lineShape(line.text)) ? { role: 'masthead', reason, origin: 'batch:masthead' } : null);
}
