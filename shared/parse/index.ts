// The page parser: raw OCR page text → masthead meta, articles in reading order, noise kept apart.
import type { HintedLine, LineBox, LineHint, NoiseBlock, ParsedPage } from '../model/types';
import { relativeSizes } from '../layout/evidence';
import { buildArticle } from './article';
import { imageGapOf, paragraphGapOf, splitLines, type PageLine } from './lines';
import { findFurniture } from './furniture';
import { hintLines } from './hints';
import { findMasthead } from './masthead';
import { findNoise } from './noise';
import { labelsUnderRunningHead } from './sections';
import { segmentPage, type UnitRole } from './segment';
import { LineShapes } from './shapes';
import { isPrintedPage, pageShape, pageUnits, runsOnPrinted } from './units';

export interface ParseOptions {
  /** Known section/column names (e.g. "产改进行时"), recognised above an article besides shape-based labels. */
  sections?: string[];
  /** Roles decided outside the page's own evidence (the paper profile); a hint overrides the parser's reading. */
  lineHint?: (line: HintedLine) => LineHint | null;
  /** Line boxes from a layout format, by line index of the page text (null for lines without one). */
  layout?: readonly (LineBox | null)[];
  /** Keys (recurrenceKey) of short lines that recur across the batch's pages: furniture (see recurringLines). */
  recurring?: ReadonlySet<string>;
}

/** Group noise lines into blocks: consecutive lines with the same reason. */
function noiseBlocks(lines: readonly PageLine[], reasons: ReadonlyMap<number, NoiseBlock['reason']>, text: string): NoiseBlock[] {
  const blocks: NoiseBlock[] = [];
  let open: { first: number; last: number; reason: NoiseBlock['reason'] } | null = null;
  const flush = () => {
    if (!open) return;
    const range = { start: lines[open.first].start, end: lines[open.last].end };
    blocks.push({ text: text.slice(range.start, range.end), range, reason: open.reason });
    open = null;
  };
  for (const l of lines) {
    const reason = reasons.get(l.index);
    if (reason === undefined || (open && open.reason !== reason)) flush();
    if (reason === undefined) continue;
    if (open) open.last = l.index;
    else open = { first: l.index, last: l.index, reason };
  }
  flush();
  return blocks;
}

/**
 * Each unit's type size against the page's body size, from the layout's boxes (indexed by raw line, blank lines
 * counted): the lower middle of its lines' sizes, so one line's tall box (a bracket, a misread speck) does not
 * make a paragraph display type.
 */
function unitSizes(text: string, lines: readonly PageLine[], units: readonly { lines: number[] }[], layout: readonly (LineBox | null)[]): (number | null)[] {
  const boxes: (LineBox | null)[] = [];
  let raw = 0;
  let pos = 0;
  for (const l of lines) {
    for (let at = text.indexOf('\n', pos); at >= 0 && at < l.start; at = text.indexOf('\n', at + 1)) raw++;
    pos = l.start;
    boxes.push(layout[raw] ?? null);
  }
  const sizes = relativeSizes(lines.map((l, i) => ({ box: boxes[i]!, chars: l.text.length })));
  return units.map((u) => {
    const known = u.lines.flatMap((i) => (sizes[i] === null ? [] : [sizes[i]!])).sort((a, b) => a - b);
    return known.length === 0 ? null : known[(known.length - 1) >> 1]!;
  });
}

/** Parse one OCR'd newspaper page. Never throws; every range indexes into `text`. */
export function parsePage(text: string, options: ParseOptions = {}): ParsedPage {
  const lines = splitLines(text);
  const paragraphGap = paragraphGapOf(lines);
  const imageGap = imageGapOf(paragraphGap);
  const hints = options.lineHint ? hintLines(text, lines, options.lineHint) : new Map<number, LineHint>();
  const masthead = findMasthead(lines, new Set([...hints].filter(([, h]) => h.role === 'masthead').map(([i]) => i)));
  const noise = new Map(masthead.reasons);
  for (const [i, reason] of findNoise(lines, paragraphGap, masthead.reasons)) noise.set(i, reason);
  const shape = pageShape(lines);
  for (const [i, reason] of findFurniture(lines, noise, options.recurring, (i) => runsOnPrinted(lines, shape, i))) noise.set(i, reason);
  for (const i of labelsUnderRunningHead(lines, noise)) noise.delete(i);
  const sections = [...(options.sections ?? [])];
  for (const [i, hint] of hints) {
    if (hint.role === 'furniture' || hint.role === 'masthead') noise.set(i, noise.get(i) ?? (hint.role === 'masthead' ? 'masthead' : 'other'));
    else if (hint.role === 'section') sections.push(lines[i].text);
  }

  // Roles and boundaries are read on paragraph units: on a page of printed lines, the runs of lines of one paragraph.
  const printed = isPrintedPage(shape);
  const units = pageUnits(lines, shape, noise);
  const unitNoise = new Map<number, NoiseBlock['reason']>();
  for (const u of units) {
    const reason = noise.get(u.lines[0]);
    if (reason !== undefined) unitNoise.set(u.index, reason);
  }
  // The other hinted roles (headline, byline, body…) decide their unit's role, with the hint's reason.
  const unitHints = new Map<number, UnitRole>();
  for (const u of units) {
    const hint = hints.get(u.lines[0]);
    if (hint && hint.role !== 'furniture' && hint.role !== 'masthead' && hint.role !== 'section') unitHints.set(u.index, { role: hint.role, reason: hint.reason });
  }
  const shapes = new LineShapes(units, sections);
  const sizes = options.layout ? unitSizes(text, lines, units, options.layout) : undefined;
  const { segments, banners, roles } = segmentPage({ lines: units, shapes, noise: unitNoise, imageGap, printed, hints: unitHints, sizes });
  for (const u of banners) for (const i of units[u].lines) noise.set(i, 'banner');
  return {
    meta: masthead.meta,
    articles: segments.map((s) => buildArticle(s, units, shapes, text, imageGap, lines, printed, roles, shape.widths)),
    noise: noiseBlocks(lines, noise, text),
  };
}
