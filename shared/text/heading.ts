// The shapes of heading lines: titles (kicker, headline, subtitle), subheads inside a body, and section labels.
// Without font sizes these are guesses from the line alone; the parser adds the context (what stands around).
import * as credits from './byline';
import * as lists from './list';
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { extractPhotoCredit, isBylineLead, isEditorSign } = credits;
const { isListItem } = lists;
const {
  countCommas,
  endsWithContinuationMark,
  endsWithFinalPunct,
  isBalanced,
  isVisiblyLonger,
  hasHan,
  startsWithClosingMark,
  trimLine,
  visibleLength,
} = marks;

/** Headlines run up to ~35 characters; a little slack for OCR noise. */
const MAX_TITLE = 40;
/** Subheads are shorter than headlines. */
const MAX_SUBHEAD = 30;
/** A subhead with neither comma nor space is one short phrase. */
const MAX_PLAIN_SUBHEAD = 20;

/** Discourse markers that open a sentence, never a heading, when a comma follows: "据悉，", "其中，". */
const MARKER_COMMA =
  /^(?:据悉|据了解|据介绍|据统计|据报道|其中|此外|另外|同时|目前|截至目前|近日|日前|近期|然而|但是|因此|为此|此前|随后|对此|当前|如今|首先|其次|最后|总之|事实上|另一方面|一方面)[，,]/;

/** Words that open a body sentence but hardly ever a subhead. */
const SENTENCE_OPENER =
  /^(?:据悉|据了解|据介绍|据统计|据报道|其中|此外|另外|同时|目前|截至|近日|日前|近期|然而|但是|而且|并且|因此|所以|为此|此前|此次|随后|对此|当前|如今|首先|其次|这|该|记者)/;

/** A time phrase opening a sentence: "一个月来，", "近年来，". */
const TIME_OPENER = /^[^，,\s]{1,6}来[，,]/;

/** Characters a heading does not end on: they need an object or a noun after them. */
const FUNCTION_END = new Set(['的', '把', '被', '将', '对', '从', '与', '及', '和', '或', '并', '向', '让', '使', '由', '于', '在', '是']);

/**
 * A line stopping on a particle or preposition that needs what follows (`…意义不止于`, `…连通成一张全新的`) is a
 * sentence cut by a column break, never a title. (终于, 目的, 棉被, 一把 are words that may close one.)
 */
const DANGLING_END = /(?:[^终]于|[^目]的|[^棉]被|[^一火]把)$/;

/** A line starting with 的 continues the previous line ("的大街小巷…"); 的确 is the exception. */
function startsWithParticle(t: string): boolean {
  return t.startsWith('的') && !t.startsWith('的确');
}

/** ！or ？ with more text right after it (not a space between phrases): a sentence ends inside the line. */
const INNER_EXCLAMATION = /[！!？?][”’」』)）]*[^\s”’」』)）]/;
/** What a title never holds: 。 or ； anywhere, or ！？ inside it (one search for both). */
const NOT_IN_TITLE = new RegExp(`[。；;]|${INNER_EXCLAMATION.source}`);

function lastChar(t: string): string {
  return t.length > 0 ? t[t.length - 1] : '';
}

/** True when a space stands between two Han characters: headings and credits have them, prose does not. */
export function hasPhraseSpace(line: string): boolean {
  return PHRASE_SPACE.test(trimLine(line));
}
const PHRASE_SPACE = /[\u4e00-\u9fff“”《》][ \u3000]+[\u4e00-\u9fff“”《》]/;

/** The space-separated phrases of a line. */
function phrases(t: string): string[] {
  return t.split(/[\s\u3000]+/).filter((p) => p.length > 0);
}

/**
 * True when the line has the shape of a title (kicker, headline, subtitle): short, no 。 (a closing ！？… is
 * fine), nothing left open, not a byline, credit, list item or signature, and not a sentence opener.
 */
export function isTitleLike(line: string): boolean {
  const t = trimLine(line);
  if (t.length > 2 * MAX_TITLE) return false;
  if (!isVisiblyLonger(t, 1) || isVisiblyLonger(t, MAX_TITLE)) return false;
  // 。； never stand in a title; ！？ only at its end or before a space between phrases (`好消息! 杭州…`).
  if (NOT_IN_TITLE.test(t)) return false;
  if (endsWithFinalPunct(t) && !/[！!？?…]$/.test(t.replace(/[”’」』)）\s]+$/, ''))) return false;
  if (endsWithContinuationMark(t) || !isBalanced(t)) return false;
  if (startsWithClosingMark(t) || startsWithParticle(t) || DANGLING_END.test(t)) return false;
  if (countCommas(t) > 2 || MARKER_COMMA.test(t)) return false;
  if (isBylineLead(t) || extractPhotoCredit(t) !== null || isListItem(t) || isEditorSign(t)) return false;
  return hasHan(t);
}

/**
 * True when a title-like line reads as a kicker (引题): parallel phrases split by spaces (`优中选优 树立标杆`),
 * an exclamation (`每年50万元!`) or a trailing ellipsis (`有求必应、“私人订制”……`).
 */
export function isKickerLike(line: string): boolean {
  const t = trimLine(line);
  return isTitleLike(t) && kickerShape(t);
}

/** The kicker test for a trimmed line already known to be title-like. */
export function kickerShape(t: string): boolean {
  if (/[！!]$/.test(t) || /(?:…|\.\.\.)$/.test(t)) return true;
  const parts = phrases(t);
  if (parts.length < 2 || parts.length > 4) return false;
  const lengths = parts.map(visibleLength);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return min >= 2 && max <= 12 && max <= 2 * min + 2;
}

/**
 * True when a line inside a body reads as a subhead (小标题): a short title-like line made of parallel phrases
 * (`破题解难 稳步推进`), two comma clauses (`没有感同身受,哪来设身处地`) or one short phrase (`引领职工最强音`),
 * that does not open like a sentence (`据悉,…`, `此次…`, `一个月来,…`) or stop on a function word (…的, …把).
 */
export function isSubheadLike(line: string): boolean {
  const t = trimLine(line);
  return isTitleLike(t) && subheadShape(t);
}

/** The subhead test for a trimmed line already known to be title-like. */
export function subheadShape(t: string): boolean {
  const n = visibleLength(t);
  if (n > MAX_SUBHEAD || endsWithFinalPunct(t)) return false;
  if (SENTENCE_OPENER.test(t) || TIME_OPENER.test(t)) return false;
  if (FUNCTION_END.has(lastChar(t))) return false;
  const commas = countCommas(t);
  if (phrases(t).length >= 2 && hasPhraseSpace(t)) return commas <= 1;
  if (commas === 1) {
    // Two clauses of a subhead are parallel, about as long as each other (`没有感同身受,哪来设身处地`); a short
    // opener and a long run-on clause is a sentence cut by a column break (`从布局看,新通道将与…连通成一张`).
    const [a, b] = t.split(/[，,]/).map(visibleLength);
    return Math.min(a, b) >= 3 && Math.max(a, b) <= 2 * Math.min(a, b) + 2;
  }
  return commas === 0 && n <= MAX_PLAIN_SUBHEAD;
}

/**
 * A title of two comma clauses, whatever their lengths (`昨天凌晨,记者探访坚守一线的人们`): over a headline it is a
 * kicker, though inside a body so lopsided a line is a broken sentence (see subheadShape).
 */
export function clauseTitleShape(t: string): boolean {
  if (countCommas(t) !== 1 || SENTENCE_OPENER.test(t) || FUNCTION_END.has(lastChar(t))) return false;
  const [a, b] = t.split(/[，,]/).map(visibleLength);
  return Math.min(a, b) >= 3;
}

/** True when the line is heading-shaped: a subhead, or a title made of space-separated phrases. */
export function isHeadingLike(line: string): boolean {
  const t = trimLine(line);
  return isTitleLike(t) && headingShape(t);
}

/** The heading test for a trimmed line already known to be title-like. */
export function headingShape(t: string): boolean {
  return hasPhraseSpace(t) || subheadShape(t);
}

/** Column-name endings that make a short line a section label: `“产改”进行时`, `…在行动`. */
const LABEL_SUFFIX = /(?:进行时|在行动|专栏|特刊|面对面|系列报道|看变化)$/;
const BRACKET_LABEL = /^[【〔［[「『][^】〕］\]」』]{1,10}[】〕］\]」』]$/;
const QUOTED_LABEL = /^[“"‘][^”"’]{1,6}[”"’][\u4e00-\u9fff]{1,4}$/;
const LABEL_MAX = 12;

const QUOTED = /[“‘"']([^“”‘’"']*)[”’"']/g;

/**
 * The section name of a label: brackets, spaces and paired quotes removed (`“产改”进行时` → `产改进行时`). A quote
 * without its partner is kept: it is no enclosure but an OCR misreading the proofreader has to see (`新时代"面孔`).
 */
export function sectionName(line: string): string {
  return trimLine(line).replace(/[【】〔〕［］[\]「」『』\s\u3000]/g, '').replace(QUOTED, '$1');
}

/**
 * True when the line is shaped like a section/column label: a short bracketed name (`【民生】`), a quoted term
 * with a short tail (`“产改”进行时`), a column-name ending, or a name from the given vocabulary.
 */
export function isSectionLabel(line: string, vocabulary: readonly string[] = []): boolean {
  const t = trimLine(line);
  if (t.length === 0) return false;
  const name = sectionName(t);
  if (name.length > 0 && vocabulary.some((v) => sectionName(v) === name)) return true;
  if (isVisiblyLonger(t, LABEL_MAX) || !isTitleLike(t)) return false;
  return BRACKET_LABEL.test(t) || QUOTED_LABEL.test(t) || LABEL_SUFFIX.test(name);
}
