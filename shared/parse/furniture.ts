// Page furniture outside the masthead, from the line grammar of shared/text/furniture and the line's position:
// running heads and page numbers at the top or foot of the page, editors' lines, teaser and weather boxes,
// public-service ads and QR captions with the short lines beside them, and lines that recur across the batch.
import type { NoiseBlock } from '../model/types';
import * as credits from '../text/byline';
import * as furniture from '../text/furniture';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import * as reflow from '../text/reflow';
import type { PageLine } from './lines';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const {
  isAdMarker,
  isDateLine,
  isEditorLine,
  isFurnitureCompanion,
  isImprintLine,
  isPageNumber,
  isQrCaption,
  isRunningHeadLine,
  isTeaserLine,
  isTeaserTitle,
  isWeatherLine,
  recurrenceKey,
} = furniture;
const { cells } = reflow;
const { extractLeadByline, opensEditorNote, ownLineByline } = credits;
const { isTitleLike } = titles;
const { endsWithFinalPunct } = marks;

/** Lines from the page top (and foot) where running heads, page numbers and dates are read as furniture. */
const TOP_ZONE = 6;
const FOOT_ZONE = 3;
/** A section word beside a running head's part is this short; between two parts a little longer. */
const MAX_HEAD_WORD = 6;
const MAX_SANDWICHED = 10;

type Reason = NoiseBlock['reason'];

/** No furniture line is wider (the publisher's footer, at most 80 cells). */
const MAX_FURNITURE = 80;

/** The furniture reason of a line wherever it stands, or null. */
function anywhere(text: string): Reason | null {
  // Every furniture line is short: most body lines are ruled out by their length alone.
  if (cells(text) > MAX_FURNITURE) return null;
  if (isEditorLine(text) || isImprintLine(text) || isTeaserTitle(text) || isTeaserLine(text) || isWeatherLine(text)) return 'other';
  if (isAdMarker(text)) return 'advertisement';
  if (isQrCaption(text)) return 'caption';
  return null;
}

/**
 * A line recurring across the batch is furniture at the page's top or foot, unless it is a sentence or heads a
 * story (a lead under it): column labels recur above headlines too, and they are no furniture.
 */
function recurs(lines: readonly PageLine[], i: number, recurring: ReadonlySet<string> | undefined): boolean {
  if (recurring === undefined || recurring.size === 0) return false;
  const t = lines[i].text;
  if (endsWithFinalPunct(t) || !recurring.has(recurrenceKey(t))) return false;
  const next = lines[i + 1]?.text;
  return next === undefined || (extractLeadByline(next) === null && !isTitleLike(next));
}

/** The furniture reason of a line at the page's top or foot, or null. */
function atEdge(text: string): Reason | null {
  return isRunningHeadLine(text) || isPageNumber(text) || isDateLine(text) ? 'banner' : null;
}

/**
 * Reasons for the furniture lines not `taken` already (by the masthead). `recurring`: keys (recurrenceKey) of
 * short lines found on several pages of the batch.
 */
export function findFurniture(
  lines: readonly PageLine[],
  taken: ReadonlyMap<number, Reason>,
  recurring?: ReadonlySet<string>,
  runsOn?: (i: number) => boolean,
): Map<number, Reason> {
  const reasons = new Map<number, Reason>();
  const n = lines.length;
  const isSet = (i: number) => i >= 0 && i < n && (reasons.has(i) || taken.has(i));
  // A printed line that carries on the unfinished sentence of the full line above it is running text, whatever
  // its words (`…中国江苏` / `网、…客户端、…`): a box of furniture never starts mid-sentence. (The line above
  // being furniture itself says nothing: a teaser box's items are as wide as its column.)
  // (runsOn is asked of a line by every loop below: each line's answer worked out once.)
  const runs: (boolean | undefined)[] = [];
  const inText = (i: number) => !isSet(i - 1) && (runs[i] ??= runsOn?.(i) === true);
  for (let i = 0; i < n; i++) {
    if (taken.has(i) || inText(i)) continue;
    const t = lines[i].text;
    const edge = i < TOP_ZONE || i >= n - FOOT_ZONE;
    const reason = anywhere(t) ?? (edge && cells(t) <= MAX_FURNITURE ? (atEdge(t) ?? (recurs(lines, i, recurring) ? 'other' : null)) : null);
    if (reason !== null) reasons.set(i, reason);
  }
  // A teaser box's title opens it: its lines follow until the first that is not one of them.
  for (let i = 0; i < n; i++) {
    if (!isTeaserTitle(lines[i].text)) continue;
    for (let k = i + 1; k < n && !taken.has(k) && !inText(k) && (isTeaserLine(lines[k].text) || reasons.has(k)); k++) reasons.set(k, 'other');
  }
  // Short lines beside furniture belong to its box: the section word of a running head (`2` / `要闻`), the
  // slogan of a public-service ad, the name above a QR code. At the page's edges only, or beside an ad or QR.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if (isSet(i) || lines[i].text.length > 2 * MAX_SANDWICHED || inText(i) || !isFurnitureCompanion(lines[i].text)) continue;
      // A headline is short too, but a story's lead (or an editor's note) follows it.
      const next = i + 1 < n && !isSet(i + 1) ? lines[i + 1].text : null;
      if (next !== null && (extractLeadByline(next) !== null || ownLineByline(next) !== null || opensEditorNote(next))) continue;
      const above = isSet(i - 1) ? (reasons.get(i - 1) ?? taken.get(i - 1)) : undefined;
      const below = isSet(i + 1) ? (reasons.get(i + 1) ?? taken.get(i + 1)) : undefined;
      const boxed = [above, below].find((r) => r === 'advertisement' || r === 'caption');
      const c = cells(lines[i].text);
      const edgeZone = i < TOP_ZONE + 2 || i >= n - FOOT_ZONE;
      if (boxed) reasons.set(i, boxed);
      else if (edgeZone && above !== undefined && below !== undefined && c <= MAX_SANDWICHED) reasons.set(i, 'banner');
      else if (edgeZone && (above !== undefined || below !== undefined) && c <= MAX_HEAD_WORD && topRun(i)) reasons.set(i, 'banner');
    }
  }
  return reasons;

  /** Every line above i (or below it, at the foot) is furniture: i stands in the page's edge zone. */
  function topRun(i: number): boolean {
    let up = true;
    for (let k = 0; k < i; k++) if (!isSet(k)) up = false;
    let down = true;
    for (let k = i + 1; k < n; k++) if (!isSet(k)) down = false;
    return up || down;
  }
}

/**
 * Keys of the short lines that recur on at least two pages of a batch (and on at least a quarter of its pages
 * when the batch is large): running heads, editors' lines, slogans, ads. Bylines and credits recur too (one
 * reporter, many stories) and are no furniture: the caller leaves out what `isStory` says belongs to a story.
 */
export function recurringLines(pages: readonly (readonly string[])[], isStory: (line: string) => boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const line of lines) {
      if (cells(line) > 30 || cells(line) < 2 || isStory(line)) continue;
      const key = recurrenceKey(line);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const need = Math.max(2, Math.ceil(pages.length / 4));
  const keys = new Set<string>();
  for (const [key, count] of counts) if (count >= need) keys.add(key);
  return keys;
}
