// The page diff and its incremental form. A diff is a pure function of (ocr, clean); PageDiffer memoises its parts
// by content — paragraph similarity per pair, region alignments, character hunks per paragraph group — and
// replays the paragraph matching when an edit cannot have changed it, so re-diffing after an edit recomputes
// what involves the edited paragraphs and looks the rest up.
import { alignRegion, groupParagraphs, matchParagraphs, stillMatches, type LineGroup, type Matching, type Shape } from './align';
import { pushChange, pushShifted } from './hunks';
import { diffParagraphText } from './paragraph';
import { reline, splitLines, type Lines } from './lines';
import { similarParagraphs } from './similarity';
import type { Hunk, ParagraphGroup, TextDiff } from './types';

/** A distinct line text, with what has been worked out about it against OCR lines (keyed by their ids). */
interface Line {
  id: number;
  /** The last diff that used it; OCR lines are pinned with Infinity. */
  used: number;
  similar?: Map<number, boolean>;
  hunks?: Map<number, Hunk[]>;
}

/** Caches keyed by several lines are swept of unused entries once they hold this many more than a diff needs. */
const SWEEP_SLACK = 4096;

class ContentCache<T> {
  private readonly map = new Map<string, { value: T; used: number }>();

  get(key: string, now: number, compute: () => T): T {
    const hit = this.map.get(key);
    if (hit) {
      hit.used = now;
      return hit.value;
    }
    const value = compute();
    this.map.set(key, { value, used: now });
    return value;
  }

  sweep(now: number, live: number): void {
    if (this.map.size <= live + SWEEP_SLACK) return;
    for (const [key, memo] of this.map) if (memo.used < now) this.map.delete(key);
  }
}

function memoised<K, T>(map: Map<K, T>, key: K, compute: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}

interface Version {
  lines: Lines;
  entries: Line[];
  matching: Matching;
  lineGroups: LineGroup[];
  diff: TextDiff;
}

const sameGroup = (a: LineGroup, b: LineGroup) => a.o0 === b.o0 && a.o1 === b.o1 && a.c0 === b.c0 && a.c1 === b.c1;

/** Diffs one OCR text against successive versions of its cleaned text, reusing work between versions. */
export class PageDiffer {
  readonly ocr: string;
  private readonly ocrLines: Lines;
  private readonly ocrIds: number[];
  private readonly known = new Map<string, Line>();
  private nextId = 0;
  private generation = 0;
  private readonly regions = new ContentCache<Shape[]>();
  private readonly groupHunks = new ContentCache<Hunk[]>();
  private last: Version | null = null;

  constructor(ocr: string) {
    this.ocr = ocr;
    this.ocrLines = splitLines(ocr);
    this.ocrIds = this.ocrLines.lines.map((text) => {
      const line = this.line(text);
      line.used = Infinity;
      return line.id;
    });
  }

  private line(text: string): Line {
    let line = this.known.get(text);
    if (!line) {
      line = { id: this.nextId++, used: this.generation };
      this.known.set(text, line);
    }
    return line;
  }

  diff(clean: string): TextDiff {
    const prev = this.last;
    if (prev && prev.lines.text === clean) return prev.diff;
    const now = ++this.generation;
    const { lines, entries, changed, keptFront, keptBack } = this.cleanLines(clean, now);
    const ocrLines = this.ocrLines.lines;
    const ocrIds = this.ocrIds;
    const cleanIds = entries.map((e) => e.id);

    const similar = (i: number, j: number) => {
      const entry = entries[j];
      if (ocrIds[i] === entry.id) return true;
      return memoised((entry.similar ??= new Map()), ocrIds[i], () => similarParagraphs(ocrLines[i], lines.lines[j]));
    };
    const key = (g: LineGroup) => `${ocrIds.slice(g.o0, g.o1).join(',')}|${cleanIds.slice(g.c0, g.c1).join(',')}`;
    const region = (o0: number, o1: number, c0: number, c1: number) =>
      this.regions.get(key({ o0, o1, c0, c1 }), now, () => alignRegion(ocrLines.slice(o0, o1), lines.lines.slice(c0, c1)));

    const matching =
      prev && changed && stillMatches(prev.matching, changed.from, changed.to, similar)
        ? prev.matching
        : matchParagraphs(ocrLines.length, lines.lines.length, similar);
    const lineGroups = groupParagraphs(matching.pairs, ocrLines.length, lines.lines.length, region);
    // Leading groups that are the same as before and end before the first changed line keep their hunks (and the
    // breaks after them: a line before keptFront is never a text's last).
    let same = 0;
    if (prev) {
      const before = prev.lineGroups;
      const limit = Math.min(before.length, lineGroups.length);
      while (same < limit && sameGroup(before[same], lineGroups[same]) && lineGroups[same].c1 < keptFront) same++;
    }
    // Trailing groups made of the same lines, only moved, keep their hunks shifted.
    let tail = 0;
    if (prev) {
      const before = prev.lineGroups;
      const moved = lines.lines.length - prev.lines.lines.length;
      const firstKept = lines.lines.length - keptBack;
      const limit = Math.min(before.length, lineGroups.length) - same;
      while (tail < limit) {
        const a = before[before.length - 1 - tail];
        const b = lineGroups[lineGroups.length - 1 - tail];
        if (b.c0 < firstKept || a.o0 !== b.o0 || a.o1 !== b.o1 || a.c0 + moved !== b.c0 || a.c1 + moved !== b.c1) break;
        tail++;
      }
    }
    const reuse = prev ? { diff: prev.diff, head: same, tail } : null;
    const diff = this.assemble(clean, lines, lineGroups, (g, ocrText, cleanText) => {
      if (g.o1 - g.o0 === 1 && g.c1 - g.c0 === 1) {
        const entry = entries[g.c0];
        if (ocrIds[g.o0] === entry.id) return [];
        return memoised((entry.hunks ??= new Map()), ocrIds[g.o0], () => diffParagraphText(ocrText(), cleanText()));
      }
      return this.groupHunks.get(key(g), now, () => diffParagraphText(ocrText(), cleanText()));
    }, reuse);

    const live = ocrLines.length + lines.lines.length;
    this.regions.sweep(now, live);
    this.groupHunks.sweep(now, live);
    if (this.known.size > live + SWEEP_SLACK) {
      for (const [text, line] of this.known) if (line.used < now) this.known.delete(text);
    }
    this.last = { lines, entries, matching, lineGroups, diff };
    return diff;
  }

  /**
   * The cleaned text's lines and their entries, reusing the previous version's where unchanged, and which lines
   * changed when their number did not.
   */
  private cleanLines(
    clean: string,
    now: number,
  ): { lines: Lines; entries: Line[]; changed: { from: number; to: number } | null; keptFront: number; keptBack: number } {
    const prev = this.last;
    let lines: Lines;
    let entries: Line[];
    let changed: { from: number; to: number } | null = null;
    let keptFront = 0;
    let keptBack = 0;
    if (prev) {
      const relined = reline(prev.lines, clean);
      lines = relined;
      const n = relined.lines.length;
      const back = n - relined.keptBack;
      const shift = prev.entries.length - n;
      entries = new Array<Line>(n);
      for (let i = 0; i < n; i++) {
        if (i < relined.keptFront) entries[i] = prev.entries[i];
        else if (i >= back) entries[i] = prev.entries[i + shift];
        else entries[i] = this.line(relined.lines[i]);
      }
      if (shift === 0) changed = { from: relined.keptFront, to: back };
      keptFront = relined.keptFront;
      keptBack = relined.keptBack;
    } else {
      lines = splitLines(clean);
      entries = lines.lines.map((text) => this.line(text));
    }
    for (const entry of entries) if (entry.used < now) entry.used = now;
    return { lines, entries, changed, keptFront, keptBack };
  }

  /**
   * Hunks and paragraph groups from the line groups; `inner` gives a two-sided group's own hunks. The first
   * `reuse.head` groups are taken over from the previous version as they are (unchanged lines, same offsets),
   * the last `reuse.tail` shifted (unchanged lines, moved by the edit).
   */
  private assemble(
    clean: string,
    cleanLines: Lines,
    lineGroups: readonly LineGroup[],
    inner: (group: LineGroup, ocr: () => string, clean: () => string) => readonly Hunk[],
    reuse: { diff: TextDiff; head: number; tail: number } | null,
  ): TextDiff {
    const ocr = this.ocr;
    const ocrLines = this.ocrLines;
    const count = reuse?.head ?? 0;
    const end = lineGroups.length - (reuse?.tail ?? 0);
    const groups: ParagraphGroup[] = reuse ? reuse.diff.groups.slice(0, count) : [];
    const hunks: Hunk[] = count > 0 && reuse ? reuse.diff.hunks.slice(0, groups[count - 1].hunks.end) : [];
    // Each group owns the break after its last paragraph, unless that paragraph ends its text.
    const ocrBreakAfter = (g: LineGroup) => (g.o1 > g.o0 && g.o1 < ocrLines.lines.length ? '\n' : '');
    const cleanBreakAfter = (g: LineGroup) => (g.c1 > g.c0 && g.c1 < cleanLines.lines.length ? '\n' : '');
    let ocrAt = 0;
    let cleanAt = 0;
    if (count > 0) {
      ocrAt = groups[count - 1].ocr.end + ocrBreakAfter(lineGroups[count - 1]).length;
      cleanAt = groups[count - 1].clean.end + cleanBreakAfter(lineGroups[count - 1]).length;
    }
    for (let n = count; n < end; n++) {
      const g = lineGroups[n];
      const ocrEnd = g.o1 > g.o0 ? ocrLines.starts[g.o1 - 1] + ocrLines.lines[g.o1 - 1].length : ocrAt;
      const cleanEnd = g.c1 > g.c0 ? cleanLines.starts[g.c1 - 1] + cleanLines.lines[g.c1 - 1].length : cleanAt;
      const ocrBreak = ocrBreakAfter(g);
      const cleanBreak = cleanBreakAfter(g);
      const first = hunks.length;
      const own: Hunk[] = [];
      const [o, c] = [ocrAt, cleanAt];
      if (g.o1 > g.o0 && g.c1 > g.c0) {
        pushShifted(own, inner(g, () => ocr.slice(o, ocrEnd), () => clean.slice(c, cleanEnd)), ocrAt, cleanAt);
        if (ocrBreak !== cleanBreak) pushChange(own, ocrBreak, cleanBreak, ocrEnd, cleanEnd);
      } else {
        pushChange(own, ocr.slice(ocrAt, ocrEnd) + ocrBreak, clean.slice(cleanAt, cleanEnd) + cleanBreak, ocrAt, cleanAt);
      }
      for (const h of own) hunks.push(h);
      groups.push({
        ocrLines: { start: g.o0, end: g.o1 },
        cleanLines: { start: g.c0, end: g.c1 },
        ocr: { start: ocrAt, end: ocrEnd },
        clean: { start: cleanAt, end: cleanEnd },
        hunks: { start: first, end: hunks.length },
      });
      ocrAt = ocrEnd + ocrBreak.length;
      cleanAt = cleanEnd + cleanBreak.length;
    }
    if (reuse && end < lineGroups.length) {
      const before = reuse.diff;
      const moved = cleanLines.lines.length - (before.groups.at(-1)?.cleanLines.end ?? 0);
      const shift = clean.length - before.clean.length;
      const from = before.groups.length - (lineGroups.length - end);
      const hunkShift = hunks.length - before.groups[from].hunks.start;
      for (let k = before.groups[from].hunks.start; k < before.hunks.length; k++) {
        const h = before.hunks[k];
        hunks.push(
          shift === 0
            ? h
            : { op: h.op, ocrStart: h.ocrStart, ocrEnd: h.ocrEnd, cleanStart: h.cleanStart + shift, cleanEnd: h.cleanEnd + shift, linebreak: h.linebreak },
        );
      }
      for (let k = from; k < before.groups.length; k++) {
        const g = before.groups[k];
        groups.push({
          ocrLines: g.ocrLines,
          cleanLines: { start: g.cleanLines.start + moved, end: g.cleanLines.end + moved },
          ocr: g.ocr,
          clean: { start: g.clean.start + shift, end: g.clean.end + shift },
          hunks: { start: g.hunks.start + hunkShift, end: g.hunks.end + hunkShift },
        });
      }
    }
    return { ocr, clean, hunks, groups };
  }
}

const differs = new WeakMap<TextDiff, PageDiffer>();

/** Diffs a cleaned text against its OCR text. */
export function diffTexts(ocr: string, clean: string): TextDiff {
  const differ = new PageDiffer(ocr);
  const diff = differ.diff(clean);
  differs.set(diff, differ);
  return diff;
}

/**
 * The diff of `prev.ocr` against `clean`, reusing the work behind `prev` (same result as diffTexts). Meant for
 * re-diffing on every edit; a diff not made by diffTexts/updateDiff is redone from scratch.
 */
export function updateDiff(prev: TextDiff, clean: string): TextDiff {
  let differ = differs.get(prev);
  if (!differ) {
    differ = new PageDiffer(prev.ocr);
    differs.set(prev, differ);
  }
  const diff = differ.diff(clean);
  differs.set(diff, differ);
  return diff;
}
