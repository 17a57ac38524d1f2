// Paragraph alignment. First jsdiff's Myers diff over the paragraph lists, with "similar enough" as equality,
// pins the paragraphs that map one to one (almost all of them: cleaning edits a paragraph but keeps it). Each
// stretch left unmatched is then aligned together with the matched paragraph on either side by a small dynamic
// programme that may also form n:1 joins and 1:m splits, so the costly part only ever sees a few lines.
import { diffArrays } from 'diff';
import { commonGrowing, similarEnough, similarParagraphs } from './similarity';

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
  // Candidates are tried simplest first, so a tie keeps paragraphs apart rather than joining or splitting them.
  for (let i = 0; i <= k; i++) {
    for (let j = 0; j <= l; j++) {
      const joins = i > 0 && j > 0 ? ocr.slice(Math.max(0, i - MAX_GROUP_LINES), i).reverse() : [];
      const joinCommons = joins.length > 0 ? commonGrowing(clean[j - 1], joins) : [];
      if (joinCommons.length > 0) {
        const [x, y] = [ocr[i - 1].length, clean[j - 1].length];
        if (similarEnough(joinCommons[0], x, y)) consider(i, j, 1, 1, x + y - 2 * joinCommons[0]);
      }
      // Insertion before deletion: on a tie the path ends with the insertion, so deletions come first in order.
      if (j > 0) consider(i, j, 0, 1, clean[j - 1].length + 1);
      if (i > 0) consider(i, j, 1, 0, ocr[i - 1].length + 1);
      // a:1 joins, a >= 2: OCR lines i-a … i-1 into cleaned line j-1.
      let length = joins.length > 0 ? joins[0].length : 0;
      for (let a = 2; a <= joinCommons.length; a++) {
        length += joins[a - 1].length;
        const y = clean[j - 1].length;
        if (similarEnough(joinCommons[a - 1], length, y)) consider(i, j, a, 1, length + y - 2 * joinCommons[a - 1] + (a - 1));
      }
      // 1:b splits, b >= 2: OCR line i-1 into cleaned lines j-b … j-1.
      if (i > 0 && j > 1) {
        const pieces = clean.slice(Math.max(0, j - MAX_GROUP_LINES), j).reverse();
        const commons = commonGrowing(ocr[i - 1], pieces);
        length = pieces[0].length;
        for (let b = 2; b <= commons.length; b++) {
          length += pieces[b - 1].length;
          const x = ocr[i - 1].length;
          if (similarEnough(commons[b - 1], x, length)) consider(i, j, 1, b, x + length - 2 * commons[b - 1] + (b - 1));
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

interface Region extends LineGroup {
  /** Whether the region starts / ends with a one-to-one matched pair. */
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

const cells = (r: LineGroup) => (r.o1 - r.o0 + 1) * (r.c1 - r.c0 + 1);

/** Matched one-to-one pairs (OCR line, cleaned line), in order; empty when the texts are too different. */
function matchParagraphs(ocrCount: number, cleanCount: number, memo: AlignMemo): Array<[number, number]> {
  const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
  const changes = diffArrays(indices(ocrCount), indices(cleanCount), {
    comparator: (i: number, j: number) => memo.similar(i, j),
    maxEditLength: MAX_UNMATCHED_LINES,
  });
  const pairs: Array<[number, number]> = [];
  if (!changes) return pairs;
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let n = 0; n < change.count; n++) pairs.push([i++, j++]);
  }
  return pairs;
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

/** Aligns two texts' paragraphs; the groups cover both line lists in order. */
export function alignParagraphs(
  ocr: readonly string[],
  clean: readonly string[],
  memo: AlignMemo = directMemo(ocr, clean),
): LineGroup[] {
  const pairs = matchParagraphs(ocr.length, clean.length, memo);
  const groups: LineGroup[] = [];
  let i = 0;
  let j = 0;
  const emit = (a: number, b: number) => {
    groups.push({ o0: i, o1: i + a, c0: j, c1: j + b });
    i += a;
    j += b;
  };
  for (const region of regionsBetween(pairs, ocr.length, clean.length)) {
    while (i < region.o0) emit(1, 1);
    const shapes = cells(region) <= MAX_REGION_CELLS ? memo.region(region.o0, region.o1, region.c0, region.c1) : coarseShapes(region);
    for (const shape of shapes) emit(shape.ocr, shape.clean);
  }
  while (i < ocr.length) emit(1, 1);
  return groups;
}
