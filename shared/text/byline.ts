// Bylines, photo credits and editor's signatures. A lead paragraph opens with its byline
// (`本报讯 记者X 通讯员Y报道 近日，…`); a photo ends with its credit (`通讯员X 摄`), on its own line or stuck to
// the caption's end; an editor's note ends with `——编者`.
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isHan, isSpace, trimLine } = marks;

/** Words that name a reporter's role in a byline or credit. */
const ROLE = /(?:本报|见习|实习|特约|首席)?(?:记者|通讯员)|实习生|摄影|特约撰稿人/;
const ROLE_G = new RegExp(ROLE.source, 'g');

/** Dispatch prefixes: 本报讯, 本报杭州11月20日讯, 新华社北京11月22日电. */
const DISPATCH = /^(?:本报讯|本报[^\s，,。：:]{1,12}?讯|[\u4e00-\u9fff]{2,6}社[^\s，,。：:]{0,12}?电)/;

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
    // Names between roles may be run together by OCR ("施胡见习记者邹伟锋"); keep each piece short.
    const pieces = t.split(ROLE_G).map((p) => p.trim()).filter((p) => p.length > 0);
    return pieces.every((p) => p.split(/[、\s]+/).every((n) => n.length <= 6));
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
  const dispatch = DISPATCH.exec(t);
  let pos = 0;
  if (dispatch) {
    pos = dispatch[0].length;
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
    return { byline: dispatch[0], rest: pos };
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
  const t = trimLine(line);
  if (matchCredit(t)) return t;
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
  return ROLE.test(tail) && matchCredit(tail) ? tail : null;
}

/** True for an editor's signature line closing a note: "——编者". */
export function isEditorSign(line: string): boolean {
  const t = trimLine(line);
  return t.length <= 12 && /^[—－\-─]{1,4}\s*编\s*者$/.test(t);
}
