// Paragraph alignment. First jsdiff's Myers diff over the paragraph lists, with "similar enough" as equality,
// pins the paragraphs that map one to one (almost all of them: cleaning edits a paragraph but keeps it). Each
// stretch left unmatched is then aligned together with the matched paragraph on either side by a small dynamic
// programme that may also form n:1 joins and 1:m splits, so the costly part only ever sees a few lines.
import { diffArrays } from 'diff';
import { commonChars, commonGrowing, lengthsCompatible, similarEnough, similarParagraphs } from './similarity';

/** Line index ranges [o0, o1) of the OCR text and [c0, c1) of the cleaned text aligned with each other. */
export interface LineGroup {
  o0: number;
  o1: number;
  c0: number;
  c1: number;
}

/** A group's shape inside a region: `ocr` OCR lines with `clean` cleaned lines. */
export interface Shape {
  ocr: number;
  clean: number;
}

/** Most lines one paragraph may be joined from or split into. */
export const MAX_GROUP_LINES = 8;
/** Above this many unmatched paragraphs the texts are too different to align; they are deleted and inserted. */
export const MAX_UNMATCHED_LINES = 256;
/** Largest region (lines × lines) given to the dynamic programme. */
export const MAX_REGION_CELLS = 2500;

/** Memoised building blocks; the default computes everything afresh. */
export interface AlignMemo {
  /** similarParagraphs(ocr[i], clean[j]). */
  similar(i: number, j: number): boolean;
  /** alignRegion(ocr.slice(o0, o1), clean.slice(c0, c1)). */
  region(o0: number, o1: number, c0: number, c1: number): Shape[];
}

export function directMemo(ocr: readonly string[], clean: readonly string[]): AlignMemo {
  return {
    similar: (i, j) => similarParagraphs(ocr[i], clean[j]),
    region: (o0, o1, c0, c1) => alignRegion(ocr.slice(o0, o1), clean.slice(c0, c1)),
  };
}

const ONE_TO_ONE: Shape = { ocr: 1, clean: 1 };
const DELETED: Shape = { ocr: 1, clean: 0 };
const INSERTED: Shape = { ocr: 0, clean: 1 };

/**
 * Least-cost partition of two runs of paragraphs into groups. The cost is the characters to delete and insert
 * (estimated from shared characters) plus one per paragraph break removed or added; paragraphs may only be
 * grouped when similar enough, otherwise they are deleted and inserted.
 *
 * Most cells of the programme lie far from any cheap path (a region of 60 paragraphs aside 30 is mostly pairs
 * that have nothing to do with each other), and counting shared characters is what costs. So a candidate is
 * only counted when even its lower bound (its path so far plus what its lengths alone must cost), plus the least
 * the rest can cost (the difference of the characters left on each side), does not exceed the cost of a path
 * known beforehand. A candidate above that is on no least-cost path, so skipping it changes no result, ties
 * included.
 */
export function alignRegion(ocr: readonly string[], clean: readonly string[]): Shape[] {
  const k = ocr.length;
  const l = clean.length;
  const width = l + 1;
  const cost = new Float64Array((k + 1) * width).fill(Infinity);
  const fromOcr = new Int8Array((k + 1) * width);
  const fromClean = new Int8Array((k + 1) * width);
  cost[0] = 0;
  const consider = (i: number, j: number, a: number, b: number, step: number) => {
    const total = cost[(i - a) * width + (j - b)] + step;
    const at = i * width + j;
    if (total < cost[at]) {
      cost[at] = total;
      fromOcr[at] = a;
      fromClean[at] = b;
    }
  };
  // Shared characters of a line pair, counted when first asked. A run of lines shares at most the sum of its
  // lines' counts with a line, so runs that cannot be similar are ruled out without counting them.
  const pairCommon = new Int32Array(k * l).fill(-1);
  const pair = (p: number, q: number) => {
    const at = p * l + q;
    if (pairCommon[at] < 0) pairCommon[at] = commonChars(ocr[p], clean[q]);
    return pairCommon[at];
  };
  const ceiling = knownPathCost(ocr, clean, pair);
  const ocrLeft = charsLeft(ocr);
  const cleanLeft = charsLeft(clean);
  // What a candidate for cell (i, j) must cost less than to matter (costs are whole numbers).
  const beat = (i: number, j: number) => Math.min(cost[i * width + j], ceiling - Math.abs(ocrLeft[i] - cleanLeft[j]) + 1);

  // Candidates are tried simplest first, so a tie keeps paragraphs apart rather than joining or splitting them.
  for (let i = 0; i <= k; i++) {
    for (let j = 0; j <= l; j++) {
      const x = i > 0 ? ocr[i - 1].length : 0;
      const y = j > 0 ? clean[j - 1].length : 0;
      if (i > 0 && j > 0 && lengthsCompatible(x, y) && cost[(i - 1) * width + j - 1] + Math.abs(x - y) < beat(i, j)) {
        const common = pair(i - 1, j - 1);
        if (similarEnough(common, x, y)) consider(i, j, 1, 1, x + y - 2 * common);
      }
      // Insertion before deletion: on a tie the path ends with the insertion, so deletions come first in order.
      if (j > 0) consider(i, j, 0, 1, y + 1);
      if (i > 0) consider(i, j, 1, 0, x + 1);
      if (i > 1 && j > 0) {
        // a:1 joins, a >= 2: OCR lines i-a … i-1 into cleaned line j-1.
        const runs = feasibleRuns(
          (a) => ocr[i - a].length,
          (a) => pair(i - a, j - 1),
          y,
          i,
          (a) => cost[(i - a) * width + j - 1],
          beat(i, j),
        );
        if (runs > 1) {
          const common = commonGrowing(clean[j - 1], ocr, i - 1, -1, runs);
          let length = x;
          for (let a = 2; a <= common.length; a++) {
            length += ocr[i - a].length;
            if (similarEnough(common[a - 1], length, y)) consider(i, j, a, 1, length + y - 2 * common[a - 1] + (a - 1));
          }
        }
      }
      if (i > 0 && j > 1) {
        // 1:b splits, b >= 2: OCR line i-1 split into cleaned lines j-b … j-1.
        const runs = feasibleRuns(
          (b) => clean[j - b].length,
          (b) => pair(i - 1, j - b),
          x,
          j,
          (b) => cost[(i - 1) * width + j - b],
          beat(i, j),
        );
        if (runs > 1) {
          const common = commonGrowing(ocr[i - 1], clean, j - 1, -1, runs);
          let length = y;
          for (let b = 2; b <= common.length; b++) {
            length += clean[j - b].length;
            if (similarEnough(common[b - 1], x, length)) consider(i, j, 1, b, x + length - 2 * common[b - 1] + (b - 1));
          }
        }
      }
    }
  }
  const shapes: Shape[] = [];
  for (let i = k, j = l; i > 0 || j > 0; ) {
    const at = i * width + j;
    const a = fromOcr[at];
    const b = fromClean[at];
    shapes.push(a === 1 && b === 1 ? ONE_TO_ONE : a === 1 && b === 0 ? DELETED : a === 0 && b === 1 ? INSERTED : { ocr: a, clean: b });
    i -= a;
    j -= b;
  }
  return shapes.reverse();
}

/** charsLeft(lines)[n]: the characters of lines[n], lines[n + 1], … */
function charsLeft(lines: readonly string[]): Float64Array {
  const left = new Float64Array(lines.length + 1);
  for (let n = lines.length - 1; n >= 0; n--) left[n] = left[n + 1] + lines[n].length;
  return left;
}

/**
 * The cost of one partition alignRegion may choose, found greedily in one pass (so the least cost is at most
 * this): similar lines paired in order; otherwise the line a pair follows on the other side is deleted or
 * inserted, else the shorter of the two.
 */
function knownPathCost(ocr: readonly string[], clean: readonly string[], pair: (p: number, q: number) => number): number {
  const similar = (p: number, q: number) => p < ocr.length && q < clean.length && similarEnough(pair(p, q), ocr[p].length, clean[q].length);
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < ocr.length || j < clean.length) {
    if (similar(i, j)) {
      total += ocr[i].length + clean[j].length - 2 * pair(i, j);
      i++;
      j++;
    } else if (i < ocr.length && (j === clean.length || similar(i + 1, j) || (!similar(i, j + 1) && ocr[i].length <= clean[j].length))) {
      total += ocr[i++].length + 1;
    } else {
      total += clean[j++].length + 1;
    }
  }
  return total;
}

interface Region extends LineGroup {
  /** Whether the region starts / ends with a one-to-one matched pair. */
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

/**
 * How many lines a run of lines (the n-th counted back from the cell has `lengthOf(n)` characters and shares
 * `common(n)` with the other side's line of length `other`) may take and still be similar to that line by the
 * pairwise upper bound, at a cost that could be below `best`; `before(n)` is the cost of the path up to a run of
 * n. 0 when no run of two or more can.
 */
function feasibleRuns(
  lengthOf: (n: number) => number,
  common: (n: number) => number,
  other: number,
  available: number,
  before: (n: number) => number,
  best: number,
): number {
  let longest = 0;
  let length = 0;
  for (let n = 1; n <= Math.min(MAX_GROUP_LINES, available); n++) {
    length += lengthOf(n);
    if (length > other && !lengthsCompatible(other, length)) break;
    // The lengths alone bound the cost from below; the shared counts only need counting when that is not enough.
    if (n === 1 || before(n) + Math.abs(length - other) + (n - 1) >= best) continue;
    let bound = 0;
    for (let m = 1; m <= n; m++) bound += common(m);
    const shared = Math.min(bound, other, length);
    if (similarEnough(shared, length, other) && before(n) + length + other - 2 * shared + (n - 1) < best) longest = n;
  }
  return longest;
}

const cells = (r: LineGroup) => (r.o1 - r.o0 + 1) * (r.c1 - r.c0 + 1);

/** The one-to-one matches of the paragraph diff, and the questions it asked (so that it can be replayed). */
export interface Matching {
  /** Matched (OCR line, cleaned line) pairs, in order; empty when the texts are too different. */
  pairs: Array<[number, number]>;
  /** asked[j]: the OCR lines compared with cleaned line j, as i + 1 when found similar and -(i + 1) when not. */
  asked: number[][];
}

export function matchParagraphs(ocrCount: number, cleanCount: number, similar: (i: number, j: number) => boolean): Matching {
  const asked: number[][] = Array.from({ length: cleanCount }, () => []);
  const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
  const changes = diffArrays(indices(ocrCount), indices(cleanCount), {
    comparator: (i: number, j: number) => {
      const answer = similar(i, j);
      asked[j].push(answer ? i + 1 : -(i + 1));
      return answer;
    },
    maxEditLength: MAX_UNMATCHED_LINES,
  });
  const pairs: Array<[number, number]> = [];
  if (!changes) return { pairs, asked };
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let n = 0; n < change.count; n++) pairs.push([i++, j++]);
  }
  return { pairs, asked };
}

/**
 * Whether `matching` is still what matchParagraphs returns after cleaned lines [from, to) changed content (the
 * line count unchanged). The diff is deterministic and learns about the texts only through its questions, so
 * if every question it asked about those lines gets the same answer, it takes the same path.
 */
export function stillMatches(matching: Matching, from: number, to: number, similar: (i: number, j: number) => boolean): boolean {
  for (let j = from; j < to; j++) {
    for (const question of matching.asked[j]) {
      if (similar(Math.abs(question) - 1, j) !== question > 0) return false;
    }
  }
  return true;
}

/** Unmatched stretches widened by the matched pair on either side; neighbours sharing a pair are merged. */
function regionsBetween(pairs: ReadonlyArray<[number, number]>, ocrCount: number, cleanCount: number): Region[] {
  const regions: Region[] = [];
  for (let g = 0; g <= pairs.length; g++) {
    const before = g > 0 ? pairs[g - 1] : null;
    const after = g < pairs.length ? pairs[g] : null;
    const gapOcr = (after ? after[0] : ocrCount) - (before ? before[0] + 1 : 0);
    const gapClean = (after ? after[1] : cleanCount) - (before ? before[1] + 1 : 0);
    if (gapOcr === 0 && gapClean === 0) continue;
    const region: Region = {
      o0: before ? before[0] : 0,
      o1: after ? after[0] + 1 : ocrCount,
      c0: before ? before[1] : 0,
      c1: after ? after[1] + 1 : cleanCount,
      anchoredStart: before !== null,
      anchoredEnd: after !== null,
    };
    const last = regions.at(-1);
    if (last && region.o0 < last.o1) {
      const merged = { ...last, o1: region.o1, c1: region.c1, anchoredEnd: region.anchoredEnd };
      if (cells(merged) <= MAX_REGION_CELLS) {
        regions[regions.length - 1] = merged;
        continue;
      }
      // Too big to merge: the shared pair stays with the earlier region.
      region.o0++;
      region.c0++;
      region.anchoredStart = false;
    }
    regions.push(region);
  }
  return regions;
}

/** Shapes for a region too large for the programme: its matched ends kept, everything between replaced. */
function coarseShapes(region: Region): Shape[] {
  const inner = {
    ocr: region.o1 - region.o0 - Number(region.anchoredStart) - Number(region.anchoredEnd),
    clean: region.c1 - region.c0 - Number(region.anchoredStart) - Number(region.anchoredEnd),
  };
  const shapes: Shape[] = [];
  if (region.anchoredStart) shapes.push(ONE_TO_ONE);
  for (let n = 0; n < inner.ocr; n++) shapes.push(DELETED);
  for (let n = 0; n < inner.clean; n++) shapes.push(INSERTED);
  if (region.anchoredEnd) shapes.push(ONE_TO_ONE);
  return shapes;
}

/** Paragraph groups around the matched pairs; `region` aligns each stretch between them (see alignRegion). */
export function groupParagraphs(
  pairs: ReadonlyArray<[number, number]>,
  ocrCount: number,
  cleanCount: number,
  region: AlignMemo['region'],
): LineGroup[] {
  const groups: LineGroup[] = [];
  let i = 0;
  let j = 0;
  const emit = (a: number, b: number) => {
    // A run of deleted (or of inserted) paragraphs is one group.
    const last = groups.at(-1);
    if (last && ((a === 0 && last.o0 === last.o1) || (b === 0 && last.c0 === last.c1))) {
      last.o1 += a;
      last.c1 += b;
    } else {
      groups.push({ o0: i, o1: i + a, c0: j, c1: j + b });
    }
    i += a;
    j += b;
  };
  for (const r of regionsBetween(pairs, ocrCount, cleanCount)) {
    while (i < r.o0) emit(1, 1);
    const shapes = cells(r) <= MAX_REGION_CELLS ? region(r.o0, r.o1, r.c0, r.c1) : coarseShapes(r);
    for (const shape of shapes) emit(shape.ocr, shape.clean);
  }
  while (i < ocrCount) emit(1, 1);
  return groups;
}

/** Aligns two texts' paragraphs; the groups cover both line lists in order. */
export function alignParagraphs(
  ocr: readonly string[],
  clean: readonly string[],
  memo: AlignMemo = directMemo(ocr, clean),
): LineGroup[] {
  const { pairs } = matchParagraphs(ocr.length, clean.length, memo.similar);
  return groupParagraphs(pairs, ocr.length, clean.length, memo.region);
}
