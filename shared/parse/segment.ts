// Where articles start. An article is found from the line that proves it (a lead with a byline, a photo's credit
// after an image slot, an editor's signature, a stack of two or more titles) and its heading stack is read
// upwards from there. Everything between two starts belongs to the first; noise cuts articles off.
import type { NoiseBlock } from '../model/types';
import * as credits from '../text/byline';
import * as marks from '../text/punctuation';
import type { PageLine } from './lines';
import type { LineShapes } from './shapes';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isEditorSign } = credits;
const { endsWithContinuationMark, endsWithFinalPunct, isBalanced, isVisiblyLonger, startsWithClosingMark } = marks;

/** How an article was found and which of its lines are labels and headings. */
export interface ArticlePlan {
  /** Section/column label lines above the stack. */
  labels: number[];
  /** Heading stack lines (kicker, headline, subtitle), top to bottom. */
  stack: number[];
  /** The lead line carrying the byline, when the article was found by it. */
  lead: number | null;
  /**
   * What proved the article: its lead's byline, a photo's credit, an editor's signature, a stack of headings,
   * or nothing (text at the page top or after noise).
   */
  found: 'lead' | 'photo' | 'editor-note' | 'stack' | 'orphan';
}

/** The lines of one article, in page order. */
export interface Segment {
  plan: ArticlePlan;
  lines: number[];
}

export interface SegmentContext {
  lines: readonly PageLine[];
  shapes: LineShapes;
  noise: ReadonlyMap<number, NoiseBlock['reason']>;
  imageGap: number;
}

export interface Segmentation {
  segments: Segment[];
  /** Page-level banners found above a heading stack (noise). */
  banners: number[];
}

/** A heading stack has at most this many lines; more above it are labels. */
const MAX_STACK = 3;
/** How far below a photo title its credit may come (caption paragraphs). */
const PHOTO_LOOKAHEAD = 8;
/** How many paragraphs an editor's note may have above its signature. */
const NOTE_PARAGRAPHS = 4;
/** The longest line still read as a headline when it stands alone over a lead. */
const MAX_LONG_TITLE = 60;

type Role = 'stack' | 'label' | 'banner' | 'lead' | 'body';

/** A headline too long for isTitleLike: one line, no 。, nothing left open, not a byline or credit. */
function isLongTitle(shapes: LineShapes, i: number): boolean {
  const text = shapes.text(i);
  return (
    !isVisiblyLonger(text, MAX_LONG_TITLE) &&
    !/[。；;]/.test(text) &&
    !endsWithFinalPunct(text) &&
    !endsWithContinuationMark(text) &&
    isBalanced(text) &&
    shapes.lead(i) === null &&
    !isCloser(shapes, i)
  );
}

function isCloser(shapes: LineShapes, i: number): boolean {
  return isEditorSign(shapes.text(i)) || shapes.credit(i) !== null;
}

/** Find the article starts and cut the page into segments. */
export function segmentPage(ctx: SegmentContext): Segmentation {
  const { lines, shapes, noise, imageGap } = ctx;
  const n = lines.length;
  const roles = new Array<Role | undefined>(n);
  const plans = new Map<number, ArticlePlan>();
  const banners: number[] = [];
  const text = (i: number) => lines[i].text;
  const free = (i: number) => i >= 0 && i < n && !noise.has(i) && roles[i] === undefined;
  const title = (i: number) => free(i) && shapes.title(i);
  /** No article line stands above i: the page top, or only noise. */
  const atPageTop = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (!noise.has(k)) return false;
    return true;
  };
  /** The line above i ends whatever came before: page top, noise, final punctuation, a credit or signature. */
  const closedAbove = (i: number) =>
    i === 0 || noise.has(i - 1) || endsWithFinalPunct(text(i - 1)) || isCloser(shapes, i - 1);

  /** Record an article whose title lines (top to bottom) are `heads`. */
  const addPlan = (heads: number[], lead: number | null, found: ArticlePlan['found']) => {
    const stack = heads.slice();
    const labels: number[] = [];
    const extras: number[] = [];
    while (stack.length > MAX_STACK) extras.push(stack.shift()!);
    while (stack.length >= 2 && shapes.label(stack[0])) labels.push(stack.shift()!);
    // Two kicker-shaped lines over a headline: the upper one is a banner or column label, not a second kicker.
    if (stack.length === MAX_STACK && shapes.kicker(stack[0]) && shapes.kicker(stack[1])) extras.push(stack.shift()!);
    for (const i of extras) {
      if (!shapes.label(i) && atPageTop(i)) banners.push(i);
      else labels.push(i);
    }
    labels.sort((a, b) => a - b);
    for (const i of labels) roles[i] = 'label';
    for (const i of banners) roles[i] = 'banner';
    for (const i of stack) roles[i] = 'stack';
    if (lead !== null) roles[lead] = 'lead';
    const first = Math.min(...labels, ...stack, lead ?? n);
    plans.set(first, { labels, stack, lead, found });
  };

  // 1. Leads: `本报讯 记者X报道 …` under 1–3 title lines (an image and its caption may sit between). A lead with
  //    no title above (news in brief) still opens an article of its own.
  for (let i = 0; i < n; i++) {
    if (!free(i) || shapes.lead(i) === null) continue;
    let j = i - 1;
    if (free(j) && lines[j].gapBefore >= imageGap && endsWithFinalPunct(text(j)) && shapes.shortCaption(j) && title(j - 1)) j--;
    const heads: number[] = [];
    while (heads.length <= MAX_STACK && title(j)) heads.unshift(j--);
    // A byline always opens an article; over-long headlines still stand alone between finished paragraphs.
    if (heads.length === 0 && free(j) && isLongTitle(shapes, j) && closedAbove(j)) heads.push(j);
    addPlan(heads, i, 'lead');
  }

  // 2. Editor's notes: title, note paragraphs, `——编者`.
  for (let e = 0; e < n; e++) {
    if (!free(e) || !isEditorSign(text(e))) continue;
    let k = e - 1;
    let paragraphs = 0;
    while (paragraphs < NOTE_PARAGRAPHS && free(k) && !shapes.title(k) && !isCloser(shapes, k)) {
      k--;
      paragraphs++;
    }
    const heads: number[] = [];
    while (heads.length < MAX_STACK && title(k)) heads.unshift(k--);
    if (paragraphs > 0 && heads.length > 0) {
      addPlan(heads, null, 'editor-note');
      for (let b = heads[heads.length - 1] + 1; b <= e; b++) roles[b] = 'body';
    }
  }

  // 3. Photos: a title, an image slot, caption paragraphs and a credit (`通讯员X 摄`).
  for (let h = 0; h + 1 < n; h++) {
    if (!title(h) || !free(h + 1) || lines[h + 1].gapBefore < imageGap) continue;
    let credit = -1;
    for (let m = h + 1; m <= h + PHOTO_LOOKAHEAD && free(m); m++) {
      if (shapes.lead(m) !== null) break;
      if (shapes.credit(m) !== null) {
        credit = m;
        break;
      }
    }
    if (credit < 0) continue;
    const heads = [h];
    // A kicker or label may stand above the photo's title when nothing is left open above it.
    while (heads.length < MAX_STACK && title(heads[0] - 1) && closedAbove(heads[0] - 1)) {
      const k = heads[0] - 1;
      if (!shapes.kicker(k) && !shapes.label(k)) break;
      heads.unshift(k);
    }
    addPlan(heads, null, 'photo');
    for (let b = h + 1; b <= credit; b++) roles[b] = 'body';
  }

  // 4. Two or more heading-shaped lines standing together after a finished paragraph, then prose: a headed
  //    article without a byline. (A single short line there is a subhead.) Without a byline to prove it, every
  //    line must look like a heading, not merely be short: `此次《意见》的出台是海宁市` is a broken sentence.
  const heading = (i: number) => title(i) && (shapes.heading(i) || shapes.kicker(i) || shapes.label(i));
  for (let i = 0; i + 2 < n; i++) {
    if (!heading(i) || !heading(i + 1) || !closedAbove(i)) continue;
    const heads = [i];
    while (heads.length <= MAX_STACK && heading(heads[heads.length - 1] + 1)) heads.push(heads[heads.length - 1] + 1);
    const next = heads[heads.length - 1] + 1;
    if (!free(next) || shapes.title(next) || startsWithClosingMark(text(next))) continue;
    addPlan(heads, null, 'stack');
  }

  return { segments: cut(lines, shapes, noise, roles, plans), banners };
}

/** Cut the page at article starts and noise; an editor's signature or a photo's credit also ends its article. */
function cut(
  lines: readonly PageLine[],
  shapes: LineShapes,
  noise: ReadonlyMap<number, NoiseBlock['reason']>,
  roles: ReadonlyArray<Role | undefined>,
  plans: ReadonlyMap<number, ArticlePlan>,
): Segment[] {
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (noise.has(i) || roles[i] === 'banner') {
      cur = null;
      continue;
    }
    const plan = plans.get(i);
    if (plan || cur === null) {
      cur = { plan: plan ?? { labels: [], stack: [], lead: null, found: 'orphan' }, lines: [] };
      segments.push(cur);
    }
    cur.lines.push(i);
    const t = lines[i].text;
    const photoEnds = cur.plan.lead === null && cur.plan.found !== 'editor-note' && shapes.credit(i) !== null;
    if (isEditorSign(t) || photoEnds) cur = null;
  }
  return segments;
}
