// The masthead of a front page (报头): paper name, dates, serial and registration numbers, contacts, slogans and
// the QR caption. It is found by its field lines near the top of the page, not by any one paper's wording.
import type { Masthead, NoiseBlock } from '../model/types';
import { trimLine, visibleLength } from '../text/punctuation';
import type { PageLine } from './lines';

const LUNAR = /[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年闰?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九]{1,3}/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const WEEKDAY = /(?:星期|礼拜)[一二三四五六日天]/;
const SERIAL = /总第\s*(\d+)\s*[号期]/;
const CN = /CN\s*(\d{2})\s*[-－]\s*(\d{4})/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const WEBSITE = /(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.cn)?(?![A-Za-z0-9])/i;
/** Labelled masthead fields: 电子版: …, 国内统一刊号: …, 邮发代号: …, 社址: …, 邮编: … */
const FIELD_LABEL =
  /^(?:电子版|电子信箱|电子邮件|电子邮箱|邮箱|网址|网站|国内统一刊号|国际标准连续出版物号|邮发代号|社址|地址|邮编|主管|主办|出版|社长|总编辑|广告(?:经营)?许可证|定价|零售价)/;
const QR_CAPTION = /(?:公众号|二维码|扫码|扫一扫|客户端|APP|App)$/;
const PAPER = /^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|时报|商报|周报|快报|导报|报)$/;

/** The first anchor must come early; the zone ends after this many lines without one. */
const FIRST_ANCHOR_WITHIN = 4;
const MAX_RUN_WITHOUT_ANCHOR = 3;
const MAX_ZONE = 40;

type Anchor = 'field' | 'paper' | 'caption' | null;

/** Masthead fields are short; longer lines are never read with the field patterns (and never anchor). */
const MAX_FIELD_LINE = 60;

function anchorOf(text: string): Anchor {
  if (text.length > MAX_FIELD_LINE) return null;
  if (LUNAR.test(text) || DATE.test(text) || WEEKDAY.test(text) || SERIAL.test(text) || CN.test(text)) {
    return 'field';
  }
  if (FIELD_LABEL.test(text)) return 'field';
  if (PAPER.test(text)) return 'paper';
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
 * Find the masthead zone: from the top, a run of lines held together by field lines (dates, 刊号, 总第N号, 社址…),
 * the paper's name and QR captions; other short lines inside the run are slogans. Inner pages may have a dated
 * running head: it is noise too, but only a paper name, 刊号 or serial number makes it a masthead with meta.
 */
export function findMasthead(lines: readonly PageLine[]): MastheadZone {
  const reasons = new Map<number, NoiseBlock['reason']>();
  let last = -1;
  let fields = 0;
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length && i < MAX_ZONE; i++) {
    const anchor = anchorOf(lines[i].text);
    anchors.push(anchor);
    if (anchor === null) {
      if ((last < 0 && i >= FIRST_ANCHOR_WITHIN) || (last >= 0 && i - last > MAX_RUN_WITHOUT_ANCHOR)) break;
      continue;
    }
    if (anchor === 'field') fields++;
    last = i;
  }
  if (fields < 2) return { meta: null, reasons };
  for (let i = 0; i <= last; i++) {
    const anchor = anchors[i];
    reasons.set(i, anchor === 'caption' ? 'caption' : anchor === null ? 'slogan' : 'masthead');
  }
  return { meta: readMeta(lines.slice(0, last + 1).map((l) => l.text)), reasons };
}

function readMeta(texts: readonly string[]): Masthead | null {
  const meta: Masthead = { paper: null, date: null, lunarDate: null, weekday: null, serialNo: null, cn: null, website: null, email: null };
  for (const raw of texts) {
    const text = trimLine(raw);
    if (text.length > MAX_FIELD_LINE) continue;
    meta.lunarDate ??= LUNAR.exec(text)?.[0] ?? null;
    const date = DATE.exec(text);
    if (date && meta.date === null) meta.date = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
    meta.weekday ??= WEEKDAY.exec(text)?.[0] ?? null;
    meta.serialNo ??= SERIAL.exec(text)?.[1] ?? null;
    const cn = CN.exec(text);
    if (cn && meta.cn === null) meta.cn = `CN${cn[1]}-${cn[2]}`;
    const email = EMAIL.exec(text);
    if (email) meta.email ??= email[0];
    meta.website ??= WEBSITE.exec(text.replace(EMAIL, ''))?.[0] ?? null;
    if (PAPER.test(text)) meta.paper ??= text;
  }
  return meta.paper !== null || meta.cn !== null || meta.serialNo !== null ? meta : null;
}
