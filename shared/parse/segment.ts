// Article boundaries from the role sequence. Every unit (a paragraph, or a line of a paragraph page) first gets
// the role its own shape and grammar give it (byline, credit, caption, editor's note, heading candidate, body);
// then each run of heading candidates is scored as the start of an article from the evidence around it (a byline
// under it, a stack of several lines, what closes the text above, whether the text above is finished, the words
// it shares with the text above and below). A run that does not start an article is subheads or body. Every
// start carries its reason and a confidence.
import type { Bilingual, LineRole, NoiseBlock } from '../model/types';
import * as credits from '../text/byline';
import * as furniture from '../text/furniture';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import type { PageLine } from './lines';
import type { LineShapes } from './shapes';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isBareNameLine, isBylineOnly, isEditorNoteHeading, isEditorSign, isEndNote, opensEditorNote, ownLineByline } = credits;
const { isJumpLine } = furniture;
const { countCommas, endsWithContinuationMark, endsWithFinalPunct, isBalanced, isVisiblyLonger, startsWithClosingMark, visibleLength } = marks;
const { hasPhraseSpace } = titles;

/** How an article was found and which of its lines are labels and headings. */
export interface ArticlePlan {
  /** Section/column label lines above the stack. */
  labels: number[];
  /** Heading stack lines (kicker, headline, subtitle), top to bottom. */
  stack: number[];
  /** The lead line carrying the byline, when the article was found by it. */
  lead: number | null;
  /** What proved the article. */
  found: 'lead' | 'photo' | 'editor-note' | 'stack' | 'orphan';
}

/** Why an article starts where it does, and how sure the parser is. */
export interface Boundary {
  reason: Bilingual;
  /** 0–1. */
  confidence: number;
}

/** The role of one unit, with its reason. */
export interface UnitRole {
  role: LineRole;
  reason: Bilingual;
}

/** A place inside an article where another may start: a heading the evidence did not quite make a start. */
export interface Doubt {
  line: string;
  /** How likely it is a start after all (0–1, below one half). */
  confidence: number;
  reason: Bilingual;
}

/** The lines of one article, in page order. */
export interface Segment {
  plan: ArticlePlan;
  lines: number[];
  boundary: Boundary;
  doubts?: Doubt[];
}

export interface SegmentContext {
  lines: readonly PageLine[];
  shapes: LineShapes;
  noise: ReadonlyMap<number, NoiseBlock['reason']>;
  imageGap: number;
  /** The page is set as printed lines (OCR zones, not paragraphs, are separated by blank lines). */
  printed: boolean;
  /** Roles given from outside (a paper profile's hints), by unit. */
  hints?: ReadonlyMap<number, UnitRole>;
  /** Each unit's type size against the page's body size, from a layout's line boxes (null or absent: unknown). */
  sizes?: readonly (number | null)[];
}

export interface Segmentation {
  segments: Segment[];
  /** Page-level banners found above a heading stack (noise). */
  banners: number[];
  /** The role of every unit. */
  roles: UnitRole[];
}

/** A heading stack has at most this many lines; more above it are labels. */
const MAX_STACK = 3;
/** The longest line still read as a headline when it stands alone over a lead. */
const MAX_LONG_TITLE = 60;
/** A subtitle runs to about this many characters; a longer comma-clause line under a heading is text. */
const MAX_SUBTITLE = 30;
/** How far below a photo's title its credit may come (caption paragraphs). */
const PHOTO_LOOKAHEAD = 8;
/** Characters of text on each side of a heading compared for cohesion. */
const COHESION_WINDOW = 400;
/** Cohesion (bigram Dice) below which the text on the two sides is about different things, and above which the same. */
const NEW_TOPIC = 0.05;
const SAME_TOPIC = 0.09;
/** Characters each side needs for its cohesion to count. */
const MIN_COHESION_TEXT = 40;
/** A line set this many times the body's size is display type: a headline's, not a subhead's. */
const LARGE_TYPE = 1.5;
/** A line set under this many times the body's size is body type. */
const BODY_TYPE = 1.2;
/** A run scoring this much starts an article; below LOW_CONFIDENCE the start is a warning for the proofreader. */
const START_SCORE = 0.5;

const R = (zh: string, en: string): Bilingual => ({ zh, en });

/** The evidence a heading run starts an article: each item a weight and what it says. */
interface Evidence {
  weight: number;
  says: Bilingual;
}

const EVIDENCE = {
  bylineBelow: { weight: 1, says: R('标题下是署名或电头', 'a byline or dispatch line under the heading') },
  bylineLineBelow: { weight: 0.4, says: R('署名或电头单独成行（正文中的小标题下不会有）', 'the byline or dispatch stands on a line of its own (a subhead never has one)') },
  stack: { weight: 0.6, says: R('两三行标题成组（引题、主题、副题）', 'a stack of two or three heading lines') },
  pageTop: { weight: 0.6, says: R('位于版面顶端或非正文之后', 'at the page top or after furniture') },
  closedAbove: { weight: 0.5, says: R('上文以图片说明或摄影署名结束', 'the text above ends with a caption or photo credit') },
  signedAbove: { weight: 0.9, says: R('上文以文末署名、编者落款或转版提示结束', 'the text above ends with its byline, an editor’s signature or a jump line') },
  editorNoteHead: { weight: 1, says: R('编者按的标题行：编者按自成一篇', 'the heading of an editor’s note, which stands apart from the stories') },
  siblingSubhead: { weight: -0.6, says: R('与本文前面的小标题格式相同（并列小标题）', 'shaped like a subhead earlier in the story (parallel subheads)') },
  signedBelow: { weight: 0.5, says: R('上文已有署名，下文又以另一署名结束', 'the story above has its byline, and the text below closes with another') },
  openAbove: { weight: -0.7, says: R('上一段句子未完', 'the paragraph above stops mid-sentence') },
  openAboveHeading: { weight: -0.3, says: R('上一段句子未完（上一篇可能转版或截断）', 'the paragraph above stops mid-sentence (the story above may be continued elsewhere)') },
  continuedBelow: { weight: -1, says: R('下一行接着本行的句子', 'the next line continues this one’s sentence') },
  nothingBelow: { weight: -0.6, says: R('标题下没有正文', 'no text under the heading') },
  newTopic: { weight: 0.55, says: R('上下文话题不同（用词几乎不重合）', 'the text above and below it are about different things (hardly a word in common)') },
  sameTopic: { weight: -0.4, says: R('上下文话题相同，像小标题', 'the text above and below it are about the same thing, like a subhead') },
  wideGap: { weight: 0.2, says: R('上方空行较多', 'more blank lines above than between paragraphs') },
  creditBelow: { weight: 0.25, says: R('下文以摄影署名结束（图片新闻）', 'the text below ends with a photo credit (photo news)') },
  imageBelow: { weight: 0.3, says: R('标题下留有图片位置', 'room for an image under the heading') },
  photo: { weight: 0.6, says: R('标题下是图片说明和摄影署名', 'a caption and a photo credit under the heading') },
  largeType: { weight: 0.6, says: R('字号是正文的1.5倍以上（版面文件的行框）', 'set in type 1.5 times the body’s or more (the layout file’s line boxes)') },
  bodyType: { weight: -0.6, says: R('字号与正文相同（版面文件的行框），像小标题或分栏截断的正文', 'set in the body’s type size (the layout file’s line boxes), like a subhead or text cut by a column break') },
} satisfies Record<string, Evidence>;

const ROLE_REASONS: Record<string, UnitRole> = {
  furniture: { role: 'furniture', reason: R('版面装饰：报头、页眉、广告等', 'page furniture: masthead, running head, ad') },
  lead: { role: 'byline', reason: R('以电头或署名开头的导语', 'a lead opening with a dispatch line or byline') },
  ownByline: { role: 'byline', reason: R('单独成行的署名', 'a byline on its own line') },
  endByline: { role: 'byline', reason: R('文末的署名或括注', 'a byline or note closing the story') },
  credit: { role: 'credit', reason: R('摄影或图片署名', 'a photo credit') },
  caption: { role: 'caption', reason: R('带摄影署名的图片说明', 'a caption ending with its photo credit') },
  editorSign: { role: 'editor-note', reason: R('编者按的落款', 'the signature of an editor’s note') },
  jump: { role: 'furniture', reason: R('转版提示（下转、上接）：本版到此为止', 'a jump line (continued on / from another page)') },
  editorNote: { role: 'editor-note', reason: R('编者按、开栏语', 'an editor’s note') },
  body: { role: 'body', reason: R('正文段落', 'body text') },
  brokenParagraph: { role: 'body', reason: R('标题下比副题长、逗号相连的一行接着正文：被分栏截断的第一段', 'a comma-clause line longer than a subtitle running into the text under a heading: the first paragraph, cut by a column break') },
  subhead: { role: 'subhead', reason: R('正文中的短标题行（小标题）', 'a short heading line inside the body (subhead)') },
  bodySizedSubhead: { role: 'subhead', reason: R('正文中的短标题行，字号与正文相同（小标题）', 'a short heading line inside the body, set in the body’s type size (subhead)') },
  label: { role: 'section', reason: R('标题上方的栏目名', 'a column label above the headline') },
  spreadBanner: {
    role: 'section',
    reason: R('组图的栏目名：图片新闻只有主题、没有引题，主题（对仗的两句）比它长，不是副题', 'a photo spread’s column banner: a photo story has a headline but no kicker, and the headline under it (two parallel phrases) is the longer, so no subtitle'),
  },
  kicker: { role: 'kicker', reason: R('主题上方的引题', 'the kicker above the headline') },
  headline: { role: 'headline', reason: R('标题', 'the headline') },
  subtitle: { role: 'subtitle', reason: R('主题下方的副题', 'the subtitle under the headline') },
};

/** A labelled field of a photo or brief (`时间：3月6日上午`, `地点：…`): text, not a heading. */
const FIELD_LINE = /^(?:时间|地点|地址|人物|事件|拍摄地点|拍摄时间|来源|电话|联系电话)\s*[:：]/;
/** End notes that name no reporter: the end mark, the author's affiliation. */
const NOT_A_REPORTER = /^[（(]\s*(?:完|待续|作者|本文)/;

/** The text above a heading is only read as far back as the cohesion window. */
function keepTail(text: string): string {
  return text.length > 2 * COHESION_WINDOW ? text.slice(-COHESION_WINDOW) : text;
}

/**
 * Bigram sets for textCohesion, reused across calls: open-addressing tables of exact keys, a slot being in the
 * current set when it holds the current stamp. Two windows hold at most 2 × COHESION_WINDOW bigrams.
 */
const SLOTS = 1 << 12;
const firstKeys = new Uint32Array(SLOTS);
const firstStamps = new Uint32Array(SLOTS);
const secondKeys = new Uint32Array(SLOTS);
const secondStamps = new Uint32Array(SLOTS);
let stamp = 0;

/** Adds key to the set; false when it was there already. */
function addKey(keys: Uint32Array, stamps: Uint32Array, key: number): boolean {
  let h = Math.imul(key, 0x9e3779b1) >>> 20;
  while (stamps[h] === stamp) {
    if (keys[h] === key) return false;
    h = (h + 1) & (SLOTS - 1);
  }
  stamps[h] = stamp;
  keys[h] = key;
  return true;
}

function hasKey(keys: Uint32Array, stamps: Uint32Array, key: number): boolean {
  let h = Math.imul(key, 0x9e3779b1) >>> 20;
  while (stamps[h] === stamp) {
    if (keys[h] === key) return true;
    h = (h + 1) & (SLOTS - 1);
  }
  return false;
}

/** Adds the Han bigrams of text[from, to) to one set; counts the distinct ones, and those also in the first set. */
function markBigrams(text: string, from: number, to: number, second: boolean, counter: { both: number }): number {
  let distinct = 0;
  for (let i = from; i + 1 < to; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a < 0x4e00 || a > 0x9fff || b < 0x4e00 || b > 0x9fff) continue;
    const key = ((a << 16) | b) >>> 0;
    if (!(second ? addKey(secondKeys, secondStamps, key) : addKey(firstKeys, firstStamps, key))) continue;
    distinct++;
    if (second && hasKey(firstKeys, firstStamps, key)) counter.both++;
  }
  return distinct;
}

/**
 * How much two stretches of text share: the Dice coefficient of their Han bigram sets (TextTiling's cohesion),
 * over the end of `a` and the start of `b`. Reused tables, no allocation: it runs for many headings per page.
 */
function textCohesion(a: string, b: string): number {
  stamp++;
  const counter = { both: 0 };
  const x = markBigrams(a, Math.max(0, a.length - COHESION_WINDOW), a.length, false, counter);
  const y = markBigrams(b, 0, Math.min(b.length, COHESION_WINDOW), true, counter);
  return x === 0 || y === 0 ? 0 : (2 * counter.both) / (x + y);
}

/** Find the article starts and cut the page into segments. */
export function segmentPage(ctx: SegmentContext): Segmentation {
  const { lines, shapes, noise, imageGap } = ctx;
  const n = lines.length;
  const text = (i: number) => lines[i].text;
  const isNoise = (i: number) => noise.has(i) || ctx.hints?.get(i)?.role === 'furniture';
  const size = (i: number) => ctx.sizes?.[i] ?? null;

  // 1. Each unit's own role.
  const own = new Array<keyof typeof ROLE_REASONS | 'heading'>(n);
  for (let i = 0; i < n; i++) {
    const t = text(i);
    const hint = ctx.hints?.get(i);
    if (isNoise(i)) own[i] = 'furniture';
    else if (hint && hint.role !== 'body') own[i] = hint.role === 'headline' || hint.role === 'kicker' || hint.role === 'subtitle' ? 'heading' : hint.role === 'section' ? 'label' : hint.role === 'byline' ? 'ownByline' : hint.role === 'credit' ? 'credit' : 'body';
    else if (isEditorSign(t)) own[i] = 'editorSign';
    else if (isJumpLine(t)) own[i] = 'jump';
    else if (isEditorNoteHeading(t)) own[i] = 'heading';
    else if (shapes.credit(i) === t) own[i] = 'credit';
    else if (shapes.lead(i) !== null) own[i] = 'lead';
    else if (ownLineByline(t) !== null) own[i] = 'ownByline';
    else if (isEndNote(t)) own[i] = 'endByline';
    else if (shapes.credit(i) !== null) own[i] = 'caption';
    else if (opensEditorNote(t)) own[i] = 'editorNote';
    else if (FIELD_LINE.test(t)) own[i] = 'body';
    else if (shapes.title(i) || kickerWithDash(t)) own[i] = 'heading';
    else own[i] = 'body';
  }
  // An over-long headline standing alone between a finished paragraph and a lead.
  // (A photo and its caption may stand between them.)
  for (let i = 0; i + 1 < n; i++) {
    const leadBelow = own[i + 1] === 'lead' || ((own[i + 1] === 'caption' || own[i + 1] === 'credit') && i + 2 < n && own[i + 2] === 'lead');
    if (own[i] !== 'body' || !leadBelow || !isLongTitle(shapes, i)) continue;
    if (i === 0 || own[i - 1] === 'furniture' || endsWithFinalPunct(text(i - 1)) || own[i - 1] === 'credit' || own[i - 1] === 'editorSign') own[i] = 'heading';
  }
  // A bare line of names between a heading and the text is the story's byline (`弘扬…的职责` / `万静` / text).
  for (let i = 1; i + 1 < n; i++) {
    if (own[i] === 'heading' && own[i - 1] === 'heading' && own[i + 1] === 'body' && isBareNameLine(text(i))) own[i] = 'ownByline';
  }
  // A bare line of names right after a finished paragraph and before a heading or the end is the story's byline.
  for (let i = 1; i < n; i++) {
    if (own[i] !== 'heading' || !isBareNameLine(text(i)) || own[i - 1] !== 'body' || !endsWithFinalPunct(text(i - 1))) continue;
    if (i + 1 >= n || own[i + 1] === 'heading' || own[i + 1] === 'furniture') own[i] = 'endByline';
  }
  // Under an editor's note's heading (`编者按`) stands the note's text, never a subtitle.
  for (let i = 1; i < n; i++) {
    if (own[i] === 'heading' && own[i - 1] === 'heading' && isEditorNoteHeading(text(i - 1))) own[i] = 'editorNote';
  }
  // Under a heading, a line longer than any subtitle that runs clause after clause into body text (no byline
  // between) is the story's first paragraph cut by a column break (`1月7日晚上,福建省…走进福州市鼓` / `楼区…`).
  const broken = new Set<number>();
  for (let i = 1; i + 1 < n; i++) {
    if (own[i] !== 'heading' || own[i - 1] !== 'heading' || own[i + 1] !== 'body' || !isVisiblyLonger(text(i), MAX_SUBTITLE) || countCommas(text(i)) === 0) continue;
    own[i] = 'body';
    broken.add(i);
  }
  /** A photo credit within a few units from `from`, before any heading or byline. */
  const creditWithin = (from: number) => {
    for (let k = from; k < n && k < from + PHOTO_LOOKAHEAD; k++) {
      if (own[k] === 'credit' || own[k] === 'caption') return true;
      if (own[k] === 'lead' || own[k] === 'ownByline' || own[k] === 'furniture') return false;
    }
    return false;
  };
  const closes = (i: number) =>
    own[i] === 'credit' || own[i] === 'caption' || own[i] === 'editorSign' || own[i] === 'endByline' || (own[i] === 'jump' && !/上接|接第/.test(text(i))) ||
    (own[i] === 'ownByline' && i > 0 && own[i - 1] === 'body');

  /** The text from `from` closes with a reporter's byline (own line or in brackets) before any heading, lead or furniture. */
  const closesWithByline = (from: number) => {
    for (let k = from; k < n; k++) {
      if (own[k] === 'heading' || own[k] === 'lead' || own[k] === 'furniture') return false;
      if (own[k] === 'ownByline') return k > from && own[k - 1] === 'body';
      if (own[k] === 'endByline') return !NOT_A_REPORTER.test(text(k));
    }
    return false;
  };

  // 2. Heading runs, scored.
  const roles = new Array<UnitRole>(n);
  const plans = new Map<number, { plan: ArticlePlan; boundary: Boundary }>();
  const banners: number[] = [];
  /** Heading runs that did not start an article though some evidence said so, by their first unit. */
  const doubts = new Map<number, Doubt>();
  /** Leads already claimed by the heading above them. */
  const leads = new Set<number>();
  /** Text of the current article so far, for the words a heading shares with it. */
  let above = '';
  /** The current article has its byline already (a lead or an own-line byline). */
  let signed = false;
  /** The forms of the current article's subheads (subheadForm). */
  const forms = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (own[i] !== 'heading') {
      if (own[i] === 'furniture') {
        above = '';
        signed = false;
        forms.clear();
      } else {
        above = keepTail(above + text(i));
        if (own[i] === 'lead' || own[i] === 'ownByline') signed = true;
      }
      // A lead with no heading above it after a finished paragraph opens a story of its own (news in brief),
      // unless a ■ sets it off as one item of a brief column.
      if (own[i] === 'lead' && !leads.has(i) && i > 0 && (own[i - 1] === 'body' || own[i - 1] === 'lead') && shapes.ending(i - 1) === null && !/^[■●◆▲★]/.test(text(i))) {
        plans.set(i, {
          plan: { labels: [], stack: [], lead: i, found: 'lead' },
          boundary: { reason: R('没有标题的导语（简讯）', 'a lead without a heading (news in brief)'), confidence: 0.6 },
        });
        above = text(i);
      }
      continue;
    }
    let end = i;
    while (end + 1 < n && own[end + 1] === 'heading') end++;
    const run: number[] = [];
    for (let k = i; k <= end; k++) run.push(k);
    const next = end + 1 < n ? end + 1 : -1;
    const prev = i - 1;
    const ev: Evidence[] = [];
    // An image and its one-sentence caption may sit between the heading and the lead.
    // (On a page of OCR zones every zone is set off by one blank line, the image's too.)
    const captionBelow =
      next >= 0 && next + 1 < n && own[next] === 'body' && (lines[next].gapBefore >= imageGap || ctx.printed) && shapes.shortCaption(next);
    const leadAt = captionBelow && own[next + 1] === 'lead' ? next + 1 : next;
    if (leadAt >= 0 && (own[leadAt] === 'lead' || own[leadAt] === 'ownByline')) {
      ev.push(EVIDENCE.bylineBelow);
      // A byline line with no text after it is set apart as a story's own; a lead's byline may be a quoted source.
      if (own[leadAt] === 'ownByline' || isBylineOnly(text(leadAt))) ev.push(EVIDENCE.bylineLineBelow);
    }
    // Without a byline to prove it, every line of a stack must look like a heading, not merely be short:
    // `此次《意见》的出台是海宁市` is a sentence broken by a column.
    // Above the last line a title of two comma clauses is a kicker however long its second clause.
    const stackLine = (k: number) => shapes.heading(k) || shapes.kicker(k) || shapes.label(k) || kickerWithDash(text(k)) || (k < end && shapes.clauses(k));
    if (run.length >= 2 && (ev.includes(EVIDENCE.bylineBelow) || run.every(stackLine))) {
      ev.push(EVIDENCE.stack);
    }
    if (isEditorNoteHeading(text(end))) ev.push(EVIDENCE.editorNoteHead);
    const form = subheadForm(text(i));
    if (form !== null && forms.has(form)) ev.push(EVIDENCE.siblingSubhead);
    if (prev < 0 || own[prev] === 'furniture') ev.push(EVIDENCE.pageTop);
    else if (closes(prev)) ev.push(own[prev] === 'credit' || own[prev] === 'caption' ? EVIDENCE.closedAbove : EVIDENCE.signedAbove);
    else if (shapes.ending(prev) !== null && !(own[prev] === 'ownByline' || own[prev] === 'lead')) {
      ev.push(run.some((k) => shapes.heading(k)) ? EVIDENCE.openAboveHeading : EVIDENCE.openAbove);
    }
    if (next < 0 || own[next] === 'furniture') ev.push(EVIDENCE.nothingBelow);
    const imageBelow = next >= 0 && lines[next].gapBefore >= imageGap;
    if (imageBelow) ev.push(EVIDENCE.imageBelow);
    if (next >= 0 && (imageBelow || own[next] === 'caption' || own[next] === 'credit') && creditWithin(next)) ev.push(EVIDENCE.photo);
    else if (next >= 0 && creditWithin(next)) ev.push(EVIDENCE.creditBelow);
    // One story, one byline: text below that closes with a reporter's byline of its own, under a story that was
    // signed already, is another story.
    if (signed && next >= 0 && closesWithByline(next)) ev.push(EVIDENCE.signedBelow);
    if (next >= 0 && (startsWithClosingMark(text(next)) || (text(next).startsWith('的') && !text(next).startsWith('的确')))) ev.push(EVIDENCE.continuedBelow);
    if (lines[i].gapBefore >= imageGap && prev >= 0 && own[prev] !== 'furniture') ev.push(EVIDENCE.wideGap);
    // The layout's type sizes: a headline is set larger than the text, a subhead (or a paragraph's line a
    // column break left alone) in the text's own size.
    if (run.some((k) => (size(k) ?? 0) >= LARGE_TYPE)) ev.push(EVIDENCE.largeType);
    else if (run.every((k) => size(k) !== null && size(k)! < BODY_TYPE)) ev.push(EVIDENCE.bodyType);
    const sure = ev.reduce((s, e) => s + e.weight, 0);
    // Cohesion is only read where it could still decide.
    const open = sure < START_SCORE + Math.abs(EVIDENCE.sameTopic.weight) && sure > START_SCORE - EVIDENCE.newTopic.weight;
    if (open && run.length === 1 && prev >= 0 && own[prev] !== 'furniture' && !ev.includes(EVIDENCE.bylineBelow) && !ev.includes(EVIDENCE.photo)) {
      let below = '';
      for (let k = end + 1; k < n && own[k] !== 'heading' && own[k] !== 'furniture' && below.length < COHESION_WINDOW; k++) below += text(k);
      // TextTiling's test: the text on either side of a subhead is about the same thing, on either side of a
      // new story's headline it is not.
      // Too little text on either side says nothing.
      const cohesion = above.length >= MIN_COHESION_TEXT && below.length >= MIN_COHESION_TEXT ? textCohesion(above, below) : -1;
      if (cohesion >= 0 && cohesion < NEW_TOPIC) ev.push(EVIDENCE.newTopic);
      else if (cohesion >= SAME_TOPIC) ev.push(EVIDENCE.sameTopic);
    }
    const score = ev.reduce((s, e) => s + e.weight, 0);
    if (score >= START_SCORE) {
      const photoBelow = ev.includes(EVIDENCE.photo) || ev.includes(EVIDENCE.creditBelow);
      const { labels, stack, extras, banner } = splitRun(run, shapes, ctx.printed, ev.includes(EVIDENCE.pageTop), photoBelow);
      for (const k of extras) banners.push(k);
      const reasons = ev.filter((e) => e.weight > 0).map((e) => e.says);
      const lead = leadAt >= 0 && own[leadAt] === 'lead' ? leadAt : null;
      if (lead !== null) leads.add(lead);
      plans.set(Math.min(...labels, ...stack), {
        plan: { labels, stack, lead, found: lead !== null ? 'lead' : ev.includes(EVIDENCE.photo) ? 'photo' : run.length >= 2 ? 'stack' : 'orphan' },
        boundary: {
          reason: { zh: reasons.map((r) => r.zh).join('；'), en: reasons.map((r) => r.en).join('; ') },
          confidence: Math.min(0.99, Math.round((0.5 + score / 3) * 100) / 100),
        },
      });
      for (const k of labels) roles[k] = k === banner ? ROLE_REASONS.spreadBanner : ROLE_REASONS.label;
      for (const k of extras) roles[k] = ROLE_REASONS.furniture;
      stackRoles(stack, shapes).forEach((r, k) => (roles[stack[k]] = r));
      above = run.map(text).join('');
      signed = false;
      forms.clear();
    } else {
      const positive = ev.filter((e) => e.weight > 0);
      if (positive.length > 0 && score > 0) {
        doubts.set(i, {
          line: text(i),
          confidence: Math.round(Math.max(0.05, score / START_SCORE / 2) * 100) / 100,
          reason: { zh: positive.map((e) => e.says.zh).join('；'), en: positive.map((e) => e.says.en).join('; ') },
        });
      }
      const subhead = ev.includes(EVIDENCE.bodyType) ? ROLE_REASONS.bodySizedSubhead : ROLE_REASONS.subhead;
      for (const k of run) {
        roles[k] = shapes.subhead(k) && prev >= 0 && shapes.ending(prev) === null ? subhead : ROLE_REASONS.body;
        const form = subheadForm(text(k));
        if (form !== null && roles[k] === subhead) forms.add(form);
        above = keepTail(above + text(k));
      }
    }
    i = end;
  }
  for (let i = 0; i < n; i++) {
    if (roles[i] !== undefined) continue;
    const o = own[i];
    roles[i] = broken.has(i) ? ROLE_REASONS.brokenParagraph : ROLE_REASONS[o === 'heading' ? 'body' : o];
  }
  const bannerSet = new Set(banners);
  const segments = cut(lines, (i) => isNoise(i) || bannerSet.has(i), plans);
  for (const seg of segments) {
    const inside = seg.lines.filter((u) => doubts.has(u)).map((u) => doubts.get(u)!);
    if (inside.length > 0) seg.doubts = inside;
  }
  return { segments, banners, roles };
}

/** A headline too long for isTitleLike: one line, no 。, nothing left open, not a byline or credit. */
function isLongTitle(shapes: LineShapes, i: number): boolean {
  const t = shapes.text(i);
  return !isVisiblyLonger(t, MAX_LONG_TITLE) && !/[。；;]/.test(t) && !endsWithFinalPunct(t) && !endsWithContinuationMark(t) && (isBalanced(t) || bracketsPair(t));
}

/** As many brackets open as close, of whatever kind: OCR reads one bracket for another (`〈四川凉山专场)`). */
function bracketsPair(t: string): boolean {
  return (t.match(/[（(〈《【[]/g)?.length ?? 0) === (t.match(/[）)〉》】\]]/g)?.length ?? 0);
}

/**
 * The form parallel subheads share, or null: a short name before a colon (`越秀区：…`, `荔湾区：…`, by its last
 * character), or a numbering (`一、`, `2.`, `（三）`).
 */
function subheadForm(t: string): string | null {
  // Names of one kind end alike (越秀区、荔湾区): `专家：` and `记者手记：` are no pair.
  const named = /^[\u4e00-\u9fff]{1,4}([\u4e00-\u9fff])\s*[:：]\s*\S/.exec(t);
  if (named) return `…${named[1]}：`;
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(t)) return '一、';
  if (/^\d{1,2}[、.．](?!\d)/.test(t)) return '1.';
  if (/^[（(][一二三四五六七八九十\d]{1,3}[）)]/.test(t)) return '（一）';
  return null;
}

/** A kicker that hands over to the headline with a dash: `“一带一路”国际合作高峰论坛上的志愿者——`. */
function kickerWithDash(t: string): boolean {
  return /——$/.test(t) && !isVisiblyLonger(t, 40) && !/[。；;]/.test(t) && isBalanced(t);
}

/** Labels, stack and page banners of a heading run that starts an article. */
function splitRun(
  run: readonly number[],
  shapes: LineShapes,
  printed: boolean,
  pageTop: boolean,
  photoBelow: boolean,
): { labels: number[]; stack: number[]; extras: number[]; banner: number | null } {
  let stack = run.slice();
  const labels: number[] = [];
  const above: number[] = [];
  // On a page of OCR zones a photo story's captions follow its title as headings of their own.
  if (printed && stack.length > MAX_STACK) stack = stack.slice(0, 1);
  while (stack.length > MAX_STACK) above.push(stack.shift()!);
  while (stack.length >= 2 && shapes.label(stack[0])) labels.push(stack.shift()!);
  // Over a photo spread (no kicker there), a plain line above a longer headline of parallel phrases (a subtitle
  // is the shorter) is the spread's column banner.
  let banner: number | null = null;
  if (photoBelow && stack.length === 2 && !shapes.kicker(stack[0]) && !hasPhraseSpace(shapes.text(stack[0])) && hasPhraseSpace(shapes.text(stack[1])) && isVisiblyLonger(shapes.text(stack[1]), visibleLength(shapes.text(stack[0])))) {
    banner = stack.shift()!;
    labels.push(banner);
  }
  // Two kicker-shaped lines over a headline: the upper one is a banner or column label, not a second kicker.
  if (stack.length === MAX_STACK && shapes.kicker(stack[0]) && shapes.kicker(stack[1])) above.push(stack.shift()!);
  // Lines above a full stack are column labels, or at the page top a page banner (红五月 颂劳动).
  const extras = pageTop ? above.filter((i) => !shapes.label(i)) : [];
  for (const i of above) if (!extras.includes(i)) labels.push(i);
  labels.sort((a, b) => a - b);
  return { labels, stack, extras, banner };
}

/** Roles of the stack lines: kicker, headline, subtitle (two lines: a kicker-shaped first line is the kicker). */
function stackRoles(stack: readonly number[], shapes: LineShapes): UnitRole[] {
  if (stack.length === 1) return [ROLE_REASONS.headline];
  if (stack.length === 2) {
    return kickerFirst(stack, shapes) ? [ROLE_REASONS.kicker, ROLE_REASONS.headline] : [ROLE_REASONS.headline, ROLE_REASONS.subtitle];
  }
  return [ROLE_REASONS.kicker, ROLE_REASONS.headline, ROLE_REASONS.subtitle];
}

/** Of two heading lines, the first is a kicker when it is shaped like one or hands over with a dash; a second line opening with —— is a subtitle. */
export function kickerFirst(stack: readonly number[], shapes: LineShapes): boolean {
  const [first, second] = stack.map((i) => shapes.text(i));
  if (/^[—－]{1,2}/.test(second)) return false;
  return shapes.kicker(stack[0]) || /——$/.test(first);
}

/** Cut the page at article starts; furniture cuts an article off. */
function cut(
  lines: readonly PageLine[],
  isNoise: (i: number) => boolean,
  plans: ReadonlyMap<number, { plan: ArticlePlan; boundary: Boundary }>,
): Segment[] {
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (isNoise(i)) {
      cur = null;
      continue;
    }
    const start = plans.get(i);
    if (start || cur === null) {
      cur = {
        plan: start?.plan ?? { labels: [], stack: [], lead: null, found: 'orphan' },
        lines: [],
        boundary: start?.boundary ?? { reason: R('版面顶端或非正文之后的文字', 'text at the page top or after furniture'), confidence: 0.4 },
      };
      segments.push(cur);
    }
    cur.lines.push(i);
  }
  return segments;
}
