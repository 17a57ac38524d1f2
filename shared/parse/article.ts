// Turn a segment of page lines into a ParsedArticle: heading roles, byline, body in reading order, subheads.
import type { ArticleKind, LineJoin, ParsedArticle } from '../model/types';
import * as credits from '../text/byline';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import type { PageLine } from './lines';
import { kickerFirst, type Segment, type UnitRole } from './segment';
import type { LineShapes } from './shapes';
import type { Unit } from './units';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isEditorSign } = credits;
const { sectionName } = titles;
const { isVisiblyLonger, startsWithClosingMark } = marks;

/** A caption set into a paragraph is a sentence of its own, not a paragraph's few last characters. */
const MIN_INSET_CAPTION = 8;
/** How far a paragraph interrupted by an image may run on after it. */
const MAX_RESUME = 10;
/** Lines at the top of a body where a lead may still come (after an image caption). */
const LEAD_WITHIN = 3;
/** Lines at the end of a body where a photo credit is looked for. */
const CREDIT_WITHIN = 3;

/** Kicker, headline and subtitle of a stack of 1–3 lines (top to bottom). Two lines are ambiguous: see isKickerLike. */
function headings(stack: readonly number[], shapes: LineShapes): Pick<ParsedArticle, 'kicker' | 'headline' | 'subtitle'> {
  const [first, second, third] = stack.map((i) => shapes.text(i));
  if (stack.length === 0) return { kicker: null, headline: '', subtitle: null };
  if (stack.length === 1) return { kicker: null, headline: first, subtitle: null };
  if (stack.length === 2) {
    return kickerFirst(stack, shapes)
      ? { kicker: first, headline: second, subtitle: null }
      : { kicker: null, headline: first, subtitle: second };
  }
  return { kicker: first, headline: second, subtitle: third };
}

/**
 * Body lines in reading order. An image set into a paragraph splits it and puts its caption between the halves
 * (`…一方面是助` / caption / `推企业复工复产…`): the caption is moved after the paragraph it interrupted, so the
 * halves meet again.
 */
function readingOrder(body: number[], lines: readonly PageLine[], shapes: LineShapes, imageGap: number): number[] {
  const order = body.slice();
  for (let k = 1; k + 1 < order.length; k++) {
    const caption = lines[order[k]];
    if (caption.gapBefore < imageGap || shapes.ending(order[k - 1]) === null) continue;
    if (!shapes.shortCaption(order[k]) || !isVisiblyLonger(caption.text, MIN_INSET_CAPTION - 1)) continue;
    if (shapes.credit(order[k]) !== null || shapes.lead(order[k]) !== null) continue;
    let end = k + 1;
    while (end < order.length - 1 && end - k < MAX_RESUME && shapes.ending(order[end]) !== null) end++;
    if (shapes.ending(order[end]) !== null) continue;
    const [moved] = order.splice(k, 1);
    order.splice(end, 0, moved);
  }
  return order;
}

/** Subheads: short heading-shaped lines standing between finished paragraphs. */
function findSubheads(order: readonly number[], lines: readonly PageLine[], shapes: LineShapes, imageGap: number): string[] {
  const subheads: string[] = [];
  for (let k = 1; k + 1 < order.length; k++) {
    const line = lines[order[k]];
    if (line.gapBefore >= imageGap || !shapes.subhead(order[k])) continue;
    if (shapes.ending(order[k - 1]) !== null) continue;
    const next = lines[order[k + 1]].text;
    if (startsWithClosingMark(next) || (next.startsWith('的') && !next.startsWith('的确'))) continue;
    subheads.push(line.text);
  }
  return subheads;
}

/** The body's OCR lines, unit by unit, and the joins of printed lines inside each unit. */
function bodyLines(order: readonly number[], units: readonly Unit[], pageLines: readonly PageLine[], widths: readonly number[]): { texts: string[]; joins: LineJoin[] } {
  const texts: string[] = [];
  const joins: LineJoin[] = [];
  for (const u of order) {
    const unit = units[u];
    for (let k = 0; k < unit.lines.length; k++) {
      if (k > 0) joins.push({ line: texts.length - 1, reason: unit.joins[k - 1], width: widths[unit.lines[k - 1]] || widths[unit.lines[k]] || undefined });
      texts.push(pageLines[unit.lines[k]].text);
    }
  }
  return { texts, joins };
}

/**
 * Build the article for one segment. `lines` are the page's units (the segment indexes them), `pageLines` the
 * page's lines, `text` the page text they index into. `printed`: the page is set as printed lines, so the body
 * carries the joins of its lines, with the column width around each (`widths`, per page line).
 */
export function buildArticle(
  segment: Segment,
  lines: readonly Unit[],
  shapes: LineShapes,
  text: string,
  imageGap: number,
  pageLines: readonly PageLine[],
  printed: boolean,
  roles: readonly UnitRole[],
  widths: readonly number[] = [],
): ParsedArticle {
  const { plan } = segment;
  let stack = plan.stack;
  const inPlan = new Set([...plan.labels, ...plan.stack]);
  let body = segment.lines.filter((i) => !inPlan.has(i));
  // An article found without a stack (after noise, or continued from another page) may still open with a title.
  if (stack.length === 0 && body.length > 1 && shapes.title(body[0])) {
    stack = [body[0]];
    body = body.slice(1);
  }
  const order = readingOrder(body, lines, shapes, imageGap);
  const bodyTexts = order.map((i) => lines[i].text);
  const ocrLines = bodyLines(order, lines, pageLines, widths);

  let byline: string | null = null;
  let kind: ArticleKind = 'news';
  const leadLine = plan.lead ?? order.slice(0, LEAD_WITHIN).find((i) => shapes.lead(i) !== null);
  const sign = bodyTexts.find((t) => isEditorSign(t));
  const roleOf = (i: number) => roles[i]?.role;
  if (sign !== undefined) {
    kind = 'editor-note';
    byline = sign;
  } else if (leadLine !== undefined) {
    byline = shapes.lead(leadLine)?.byline ?? null;
  } else {
    // An own-line byline near the top, else the closing byline or the photo credit at the end.
    const top = order.slice(0, LEAD_WITHIN).find((i) => roleOf(i) === 'byline');
    if (top !== undefined) byline = lines[top].text;
    else {
      for (const i of order.slice(-CREDIT_WITHIN).reverse()) {
        if (roleOf(i) === 'byline') {
          byline = lines[i].text;
          break;
        }
        byline = shapes.credit(i);
        if (byline !== null) {
          kind = 'photo';
          break;
        }
      }
    }
    if (plan.found === 'photo') kind = 'photo';
  }
  if (kind === 'news' && order.some((i) => roleOf(i) === 'editor-note')) kind = 'editor-note';

  const first = segment.lines[0];
  const last = segment.lines[segment.lines.length - 1];
  const range = { start: lines[first].start, end: lines[last].end };
  // Named, not spread: V8 builds an object literal slowly when properties follow a spread.
  const { kicker, headline, subtitle } = headings(stack, shapes);
  return {
    kind,
    kicker,
    headline,
    subtitle,
    byline,
    sections: plan.labels.map((i) => sectionName(lines[i].text)).filter((s) => s.length > 0),
    subheads: findSubheads(order, lines, shapes, imageGap),
    body: ocrLines.texts.join('\n'),
    ocr: text.slice(range.start, range.end),
    range,
    lineJoins: printed ? ocrLines.joins : undefined,
    boundary: segment.boundary,
    uncertainStarts: segment.doubts,
    lineRoles: [...segment.lines].map((u) => ({ text: lines[u].text, role: roles[u].role, reason: roles[u].reason })),
  };
}
