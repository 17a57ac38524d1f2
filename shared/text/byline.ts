// Bylines, photo credits and editor's signatures. A lead paragraph opens with its byline
// (`本报讯 记者X 通讯员Y报道 近日，…`); a photo ends with its credit (`通讯员X 摄`), on its own line or stuck to
// the caption's end; an editor's note ends with `——编者`.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isHan, isSpace, trimLine } = marks;

/** Words that name a reporter's role in a byline or credit. */
const ROLE = /(?:本报|见习|实习|特约|首席|摄影)?(?:记者|通讯员)|实习生|摄影|特约撰稿人|撰稿/;
const ROLE_G = new RegExp(ROLE.source, 'g');

/** A newsroom's name before a role: 中青报·中青网, 光明日报, 快报, 德格县融媒体中心. */
const NEWSROOM = /^[\u4e00-\u9fff·]{1,9}(?:报|网|社|台|客户端|中心|在线|媒体)$/;

/**
 * Dispatch prefixes: 本报讯, 本报杭州11月20日讯, 新华社北京11月22日电, 科技日报兰州6月11日电, 中国青年报客户端讯,
 * 广州日报讯: a newsroom (本报, or a name ending in 报, 网, 社, 台, 客户端) and an optional place and date, then 讯 or 电.
 */
const DISPATCH =
  /^(?:本报|[\u4e00-\u9fff·]{1,12}?(?:报|网|社|台|客户端|融媒))(?:[\u4e00-\u9fff]{0,8}?(?:[\d一二三四五六七八九十〇○]{1,4}月)?[\d一二三四五六七八九十〇○]{1,3}日|[\u4e00-\u9fff]{0,6}?)(?:讯|电|专电)(?![\u4e00-\u9fff])/;

/** How far into a dispatch its 讯 or 电 may stand: a newsroom (15), a place and date (17), then 专电. */
const DISPATCH_REACH = 33;

/**
 * A dispatch ends in 讯 or 电 within DISPATCH_REACH: without one, the pattern (lazy runs nested three deep) need
 * not be tried. Most lines are prose, and long paragraphs hold a 电 somewhere.
 */
function mayDispatch(t: string, from: number): boolean {
  // A loop over the reach, not indexOf: that reads a whole paragraph that holds neither.
  const to = Math.min(t.length, from + DISPATCH_REACH + 1);
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === XUN || c === DIAN) return true;
  }
  return false;
}
const XUN = '讯'.charCodeAt(0);
const DIAN = '电'.charCodeAt(0);

/** A byline never runs longer than this before its 报道. */
const MAX_CREDIT = 60;

/** The byline found at the start of a lead paragraph, and where the paragraph's own text starts. */
export interface LeadByline {
  /** The byline as written, e.g. "本报讯 通讯员胡晓雨 记者潘仙德报道". */
  byline: string;
  /** Offset in the trimmed line where the text after the byline starts (line length when none). */
  rest: number;
}

/** True when every character of s may appear in a list of names and roles (Han, 、, spaces, ·). */
function isCreditChars(s: string): boolean {
  for (const ch of s) {
    if (!(isHan(ch) || ch === '、' || ch === '·' || ch === ' ' || ch === '\u3000' || ch === '\t')) return false;
  }
  return true;
}

/**
 * True when s (without roles) is a list of two or more 2–4 character names separated by 、 or spaces. A single
 * bare word before 报道 is too often a source (`据央视报道`) to be taken for a name.
 */
function isNameList(s: string, minNames: number): boolean {
  const names = s.split(/[、\s]+/).filter((x) => x.length > 0);
  if (names.length < minNames || names.length > 8) return false;
  return names.every((n) => n.replace(/·/g, '').length >= 2 && n.replace(/·/g, '').length <= 4);
}

/**
 * True when s is a run of roles and names: "记者张浩呈 通讯员陆珊宇", "毛朝阳、姚磊、张志伟". Without any role it must
 * hold at least `minNames` names.
 */
function isCreditList(s: string, minNames = 2): boolean {
  const t = s.trim();
  if (t.length === 0 || !isCreditChars(t)) return false;
  if (ROLE.test(t)) {
    // Names between roles may be run together by OCR ("施胡见习记者邹伟锋"); keep each piece short. Before the
    // first role a newsroom may stand (中青报·中青网记者, 三峡日报通讯员).
    const pieces = t.split(ROLE_G).map((p) => p.trim());
    const [prefix, ...rest] = pieces;
    if (prefix.length > 0 && !(prefix.length <= 6 || NEWSROOM.test(prefix))) return false;
    // Names run together longer than that (光明日报记者张文骁李晓东周洪双) must at least start with a surname.
    return rest.filter((p) => p.length > 0).every((p) => p.split(/[、\s]+/).every((n) => n.length <= 6 || (n.length <= 12 && SURNAMES.has(n[0]))));
  }
  return isNameList(t, minNames);
}

/** Index just past "…报道" when s opens with a credit list ending in 报道 followed by a space or the end. */
function creditThroughBaodao(s: string, from: number): number {
  // The first 报道 must lie within MAX_CREDIT + 2 characters of `from`.
  const at = s.indexOf('报道', from);
  if (at <= from || at + 2 > from + MAX_CREDIT + 2) return -1;
  const after = at + 2;
  if (after < s.length && !isSpace(s[after])) return -1;
  return isCreditList(s.slice(from, at)) ? after : -1;
}

/**
 * The byline at the start of a lead paragraph, or null: `本报讯 记者X报道 …`, `记者X 通讯员Y报道 …`,
 * `见习记者X报道 …`, names only `毛朝阳、姚磊报道 …`, `本报讯(记者X)…`, or a bare `本报讯 …`.
 */
export function extractLeadByline(line: string): LeadByline | null {
  const t = trimLine(line);
  // A brief column sets each item off with a mark: ■本报讯 …
  const mark = /^[■□●◆▲★]\s*/.exec(t)?.[0].length ?? 0;
  const dispatch = mayDispatch(t, mark) ? DISPATCH.exec(t.slice(mark)) : null;
  let pos = 0;
  if (dispatch) {
    pos = mark + dispatch[0].length;
    while (pos < t.length && /\s/.test(t[pos])) pos++;
    if (t[pos] === '(' || t[pos] === '（') {
      const close = t.slice(pos, pos + MAX_CREDIT).search(/[)）]/);
      if (close > 0 && isCreditList(t.slice(pos + 1, pos + close))) {
        const end = pos + close + 1;
        return { byline: t.slice(0, end), rest: skipSpace(t, end) };
      }
    }
    let end = creditThroughBaodao(t, pos);
    if (end < 0) end = creditTokens(t, pos);
    if (end > 0) return { byline: t.slice(0, end), rest: skipSpace(t, end) };
    return { byline: t.slice(0, mark + dispatch[0].length), rest: pos };
  }
  const end = creditThroughBaodao(t, 0);
  if (end > 0) return { byline: t.slice(0, end), rest: skipSpace(t, end) };
  return null;
}

/** Index just past the role+name tokens (`记者程雪`, `通讯员陈怡、白蕾`) that follow a dispatch without 报道. */
function creditTokens(s: string, from: number): number {
  let end = -1;
  let pos = from;
  while (pos < s.length) {
    let stop = pos;
    while (stop < s.length && !/\s/.test(s[stop])) stop++;
    const token = s.slice(pos, stop);
    if (token.length > 20 || !ROLE_START.test(token) || !isCreditList(token)) break;
    end = stop;
    pos = skipSpace(s, stop);
  }
  return end;
}
const ROLE_START = new RegExp(`^(?:${ROLE.source})`);

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
}

/** True when the line opens with a byline (a lead paragraph or a byline on its own). */
export function isBylineLead(line: string): boolean {
  return extractLeadByline(line) !== null;
}

/** True when the whole line is a byline with no text after it: "本报讯 记者程雪", "记者张三 通讯员李四报道". */
export function isBylineOnly(line: string): boolean {
  const t = trimLine(line);
  if (t.length === 0) return false;
  const lead = extractLeadByline(t);
  if (lead) return lead.rest >= t.length;
  return t.length <= MAX_CREDIT && ROLE.test(t) && isCreditList(t);
}

/** Credit shapes: "通讯员王林超 摄", "记者X 通讯员Y 摄", "王洁洁、薛晓斐 摄", "摄影 张三", "图/张三", "张三/摄". */
function matchCredit(t: string): boolean {
  if (t.length < 3 || t.length > MAX_CREDIT) return false;
  if (!t.endsWith('摄') && !t.endsWith('摄影') && !t.startsWith('摄影') && !t.startsWith('图')) return false;
  let m = /^(.+?)\s*[/／]?\s*摄(?:影)?$/.exec(t);
  if (m) {
    const names = m[1];
    // Without a role, only a space or slash before 摄 tells a credit from a word like 拍摄.
    if (!ROLE.test(names) && !/[\s/／]摄/.test(t)) return false;
    return isCreditList(names, 1);
  }
  m = /^(?:摄影|图)\s*[/／:：]?\s*(.+)$/.exec(t);
  if (m && /^(?:摄影|图)\s*[/／:：\s]/.test(t)) return isCreditList(m[1], 1);
  return false;
}

/** True when the whole line is a photo credit. */
export function isPhotoCredit(line: string): boolean {
  return matchCredit(trimLine(line));
}

/** The photo credit of a line: the whole line, or a credit stuck to a caption's end (`…大拇指。通讯员X 摄`). */
export function extractPhotoCredit(line: string): string | null {
  const whole = trimLine(line);
  // The picture agency or source in brackets after the credit (`X摄（影像中国）`, `X 摄（新华社发）`; OCR reads （ as 《〈).
  const source = /[）)]$/.test(whole) ? CREDIT_SOURCE.exec(whole) : null;
  if (source !== null) {
    const credit = extractPhotoCredit(whole.slice(0, source.index));
    return credit === null ? null : credit + whole.slice(source.index);
  }
  const t = whole;
  if (matchCredit(t)) return t;
  // A credit in brackets closing the caption: `活动现场（石家豪摄）`, `…（记者 张三 摄）`.
  // (Tried only on a line closing a bracket: unanchored at its start, the pattern is tried at every position.)
  const bracketed = /[）)]$/.test(t) ? BRACKETED_CREDIT.exec(t) : null;
  if (bracketed) {
    const inner = bracketed[1].trim();
    return matchCredit(inner) || (/^[\u4e00-\u9fff]{2,4}\s*摄$/.test(inner) && SURNAMES.has(inner[0])) ? bracketed[0].trim() : null;
  }
  if (!t.endsWith('摄') && !t.endsWith('摄影')) return null;
  const cut = Math.max(
    t.lastIndexOf('。'),
    t.lastIndexOf('！'),
    t.lastIndexOf('!'),
    t.lastIndexOf('？'),
    t.lastIndexOf('?'),
    t.lastIndexOf('”'),
  );
  if (cut < 0) return null;
  const tail = t.slice(cut + 1).trim();
  if (ROLE.test(tail) && matchCredit(tail)) return tail;
  // A credit set off by a space after a caption that is not one sentence: `…前往火车站 本报记者 陈梦泽 摄`.
  for (let w = t.length - 3; w > cut + 1; w--) {
    if (!isSpace(t[w]) || isSpace(t[w - 1])) continue;
    const spaced = t.slice(w + 1).trim();
    if (ROLE.test(spaced) && matchCredit(spaced) && /^(?:本报|[^\s]{0,12}?(?:报|网|社|台|中心))?(?:记者|通讯员|摄影)/.test(spaced)) return spaced;
  }
  // A bare name after the caption's last sentence: `颗粒归仓。 李艳秋摄`, `…线巡远。陈冰恩摄`.
  return /^[\u4e00-\u9fff]{2,4}\s*摄$/.test(tail) && SURNAMES.has(tail[0]) ? tail : null;
}

const CREDIT_SOURCE = /(?<=摄(?:影)?)[\s\u3000]*[（(《〈][\u4e00-\u9fff]{2,8}[）)]$/;
const BRACKETED_CREDIT = /[\s\u3000]*[（(]([^（）()]{2,40}?摄(?:影)?)\s*[）)]$/;

/** True for an editor's signature line closing a note: "——编者". */
export function isEditorSign(line: string): boolean {
  const t = trimLine(line);
  return t.length <= 12 && /^[—－\-─]{1,4}\s*编\s*者$/.test(t);
}

/** True for the first paragraph of an editor's note: `编者按：…`, `【开栏语】…`. */
export function opensEditorNote(line: string): boolean {
  return EDITOR_NOTE_START.test(trimLine(line));
}
const EDITOR_NOTE_START = /^[【［[]?(?:编者按|编者的话|开栏语|编辑手记|编后)[】］\]]?[:：\s]/;

/** True for an editor's note's own heading line: `编者按`, `■编者按` (OCR reads the ■ as a character often enough). */
export function isEditorNoteHeading(line: string): boolean {
  return EDITOR_NOTE_HEADING.test(trimLine(line));
}
const EDITOR_NOTE_HEADING = /^[^\s]?\s*[【［[]?(?:编者按|编者的话|开栏语)[】］\]]?[:：]?$/;

/** Marks that set off an own-line byline or a brief: ■本报记者 X, ● X. */
const BYLINE_MARK = /^[■□●○◆◇▲△★☆▶►]\s*/;
const MISREAD_MARK = /^口\s+/;
const NEWSROOM_COLON = /([报网社台])[:：](?=[\u4e00-\u9fff])/g;
/** Labelled credits: 文/X, 图/X, 文/图 X, 拍摄者：X, 作者：X. */
const LABELLED = /^(?:文\s*[/／]\s*图|文图|图文|文|图|摄影|拍摄者|作者|撰文|文字)\s*[/／:：]\s*(.+)$/;
/** Trailing credits: X/文, X 文/图, X/摄. */
const TRAILING = /^(.+?)\s*[/／]\s*(?:文|图|摄)$|^(.+?)\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文)$/;
/** What a byline may end with after the names: 报道, 整理, 摄影报道, 执笔. */
const BYLINE_TAIL = /\s*(?:摄影报道|报道|整理|执笔|撰文|采写)$/;
const CREDIT_MARK = /[/／:：]/;
/** The last characters TRAILING and BYLINE_TAIL can end on. */
const TRAILING_END = new Set(['文', '图', '摄']);
const TAIL_END = new Set(['道', '理', '笔', '文', '写']);

/**
 * The byline standing on a line of its own, or null: `本报记者 X`, `■本报记者 X`, `光明日报记者X Y`,
 * `中青报·中青网记者 X 实习生 Y`, `文/X`, `X/文`, `文/图 X`, `拍摄者：本报记者 X`, `本报记者 X 整理`, `■X`.
 */
export function ownLineByline(line: string): string | null {
  const t = trimLine(line);
  if (t.length < 2 || t.length > MAX_CREDIT) return null;
  const marked = BYLINE_MARK.test(t);
  // Without a mark, a role, or the slash or colon a labelled or trailing credit needs, no byline can come out.
  if (!marked && !CREDIT_MARK.test(t) && !ROLE.test(t)) return null;
  // OCR reads a ■ before a space as 口: taken for the mark only when a reporter's role follows.
  const misread = MISREAD_MARK.exec(t);
  // Two newsrooms joined by a middle dot that OCR read as a colon: `中国妇女报:中国女网记者 X`.
  let rest = misread && ROLE.test(t) ? t.slice(misread[0].length) : t.replace(BYLINE_MARK, '');
  // The patterns below are tried only on lines holding what each needs (a colon, the trailing label or tail
  // word): most lines are prose, and these scan the whole line to fail.
  if (rest.includes(':') || rest.includes('：')) rest = rest.replace(NEWSROOM_COLON, '$1·');
  const labelled = LABELLED.exec(rest);
  const trailing = labelled || !TRAILING_END.has(rest[rest.length - 1]) ? null : TRAILING.exec(rest);
  if (labelled) rest = labelled[1];
  else if (trailing) rest = trailing[1] ?? trailing[2];
  if (TAIL_END.has(rest[rest.length - 1])) rest = rest.replace(BYLINE_TAIL, '');
  rest = rest.trim();
  if (rest.length === 0) return null;
  if (ROLE.test(rest)) return isCreditList(rest, 1) ? t : null;
  // Names alone make a byline only when something marks them as one: ■, 文/, /文.
  return (marked || labelled || trailing) && isNameList(rest, 1) ? t : null;
}

/** What closes a story in brackets: （完）, （作者单位：…）, （作者为…）, （记者 X）, （X Y）. */
const END_NOTE = /^[（(]\s*(.{1,60}?)\s*[）)]$/;
const END_WORDS = /^(?:完|待续|作者单位[:：]|作者为|作者系|作者是|本文作者|据|来源[:：]|记者|通讯员)/;

/** True for a story's closing line in brackets: the end mark, the author's note or the reporter's name. */
export function isEndNote(line: string): boolean {
  const m = END_NOTE.exec(trimLine(line));
  if (!m) return false;
  const inner = m[1];
  // A reporter's name may come spaced out by OCR: (刘 婧).
  return END_WORDS.test(inner) || isCreditList(inner, 1) || (inner.length <= 8 && SURNAMES.has(inner[0]) && isCreditChars(inner));
}

/** Common surnames (百家姓, the most frequent): a bare line of names is only read as one when they start so. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡钮',
  ),
);

/**
 * True for a line of one to four bare names (`王星海 耿志清`, `万静`): 2–3 Han characters each, each starting with
 * a common surname. At the end of a story that is its byline.
 */
export function isBareNameLine(line: string): boolean {
  const t = trimLine(line);
  if (t.length < 2 || t.length > 20) return false;
  const names = t.split(/[、\s]+/);
  if (names.length > 4) return false;
  return names.every((n) => n.length >= 2 && n.length <= 3 && SURNAMES.has(n[0]) && [...n].every(isHan));
}
