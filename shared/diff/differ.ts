// The page diff and its incremental form. A diff is a pure function of (ocr, clean); PageDiffer only memoises
// its parts by content — paragraph similarity per pair, region alignments, character hunks per paragraph group —
// so re-diffing after an edit recomputes what involves the edited paragraphs and looks the rest up.
import { alignParagraphs, alignRegion, type AlignMemo, type LineGroup, type Shape } from './align';
import { diffParagraphText, pushChange, pushShifted } from './hunks';
import { reline, splitLines, type Lines } from './lines';
import { similarParagraphs } from './similarity';
import type { Hunk, ParagraphGroup, TextDiff } from './types';

interface Interned {
  id: number;
  /** The last diff that used it; OCR lines are pinned with Infinity. */
  used: number;
}

interface Memo<T> {
  value: T;
  used: number;
}

// Pair keys pack two ids into one safe integer.
const ID_LIMIT = 2 ** 26;
/** Caches are swept of stale entries once they hold this many more than a diff needs. */
const SWEEP_SLACK = 4096;

class ContentCache<K, T> {
  private readonly map = new Map<K, Memo<T>>();

  get(key: K, now: number, compute: () => T): T {
    const hit = this.map.get(key);
    if (hit) {
      hit.used = now;
      return hit.value;
    }
    const value = compute();
    this.map.set(key, { value, used: now });
    return value;
  }

  sweep(now: number, keep: number): void {
    if (this.map.size <= keep + SWEEP_SLACK) return;
    for (const [key, memo] of this.map) if (memo.used < now) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}

/** Diffs one OCR text against successive versions of its cleaned text, reusing work between versions. */
export class PageDiffer {
  readonly ocr: string;
  private readonly ocrLines: Lines;
  private readonly ids = new Map<string, Interned>();
  private nextId = 0;
  private ocrIds: number[] = [];
  private generation = 0;
  private readonly similar = new ContentCache<number, boolean>();
  private readonly regions = new ContentCache<string, Shape[]>();
  private readonly groupHunks = new ContentCache<string, Hunk[]>();
  private last: { lines: Lines; entries: Interned[]; diff: TextDiff } | null = null;

  constructor(ocr: string) {
    this.ocr = ocr;
    this.ocrLines = splitLines(ocr);
    this.internOcr();
  }

  private internOcr(): void {
    this.ocrIds = this.ocrLines.lines.map((line) => {
      const entry = this.intern(line);
      entry.used = Infinity;
      return entry.id;
    });
  }

  private intern(line: string): Interned {
    let entry = this.ids.get(line);
    if (!entry) {
      entry = { id: this.nextId++, used: this.generation };
      this.ids.set(line, entry);
    }
    return entry;
  }

  /** Ids keep growing as lines are typed; once they would overflow a pair key, start over. */
  private resetIfExhausted(): void {
    if (this.nextId < ID_LIMIT) return;
    this.ids.clear();
    this.similar.clear();
    this.regions.clear();
    this.groupHunks.clear();
    this.nextId = 0;
    this.last = null;
    this.internOcr();
  }

  diff(clean: string): TextDiff {
    if (this.last && this.last.lines.text === clean) return this.last.diff;
    this.resetIfExhausted();
    const now = ++this.generation;
    const { lines, entries } = this.cleanLines(clean, now);
    const ocrLines = this.ocrLines.lines;
    const cleanIds = entries.map((e) => e.id);
    const ocrIds = this.ocrIds;

    const key = (o0: number, o1: number, c0: number, c1: number) =>
      `${ocrIds.slice(o0, o1).join(',')}|${cleanIds.slice(c0, c1).join(',')}`;
    const memo: AlignMemo = {
      similar: (i, j) => {
        const a = ocrIds[i];
        const b = cleanIds[j];
        if (a === b) return true;
        return this.similar.get(a * ID_LIMIT + b, now, () => similarParagraphs(ocrLines[i], lines.lines[j]));
      },
      region: (o0, o1, c0, c1) =>
        this.regions.get(key(o0, o1, c0, c1), now, () => alignRegion(ocrLines.slice(o0, o1), lines.lines.slice(c0, c1))),
    };
    const lineGroups = alignParagraphs(ocrLines, lines.lines, memo);
    const diff = this.assemble(clean, lines, lineGroups, (g, x, y) =>
      g.o1 - g.o0 === 1 && g.c1 - g.c0 === 1 && ocrIds[g.o0] === cleanIds[g.c0]
        ? []
        : this.groupHunks.get(key(g.o0, g.o1, g.c0, g.c1), now, () => diffParagraphText(x, y)),
    );

    const live = ocrLines.length + lines.lines.length;
    this.similar.sweep(now, live * 8);
    this.regions.sweep(now, live);
    this.groupHunks.sweep(now, live);
    if (this.ids.size > live + SWEEP_SLACK) {
      for (const [line, entry] of this.ids) if (entry.used < now) this.ids.delete(line);
    }
    this.last = { lines, entries, diff };
    return diff;
  }

  /** The cleaned text's lines and their interned ids, reusing the previous version's where unchanged. */
  private cleanLines(clean: string, now: number): { lines: Lines; entries: Interned[] } {
    const prev = this.last;
    let lines: Lines;
    let entries: Interned[];
    if (prev) {
      const relined = reline(prev.lines, clean);
      lines = relined;
      const n = relined.lines.length;
      entries = new Array<Interned>(n);
      const back = prev.entries.length - relined.keptBack;
      for (let i = 0; i < n; i++) {
        if (i < relined.keptFront) entries[i] = prev.entries[i];
        else if (i >= n - relined.keptBack) entries[i] = prev.entries[back + i - (n - relined.keptBack)];
        else entries[i] = this.intern(relined.lines[i]);
      }
    } else {
      lines = splitLines(clean);
      entries = lines.lines.map((line) => this.intern(line));
    }
    for (const entry of entries) if (entry.used < now) entry.used = now;
    return { lines, entries };
  }

  /** Hunks and paragraph groups from the line groups; `inner` gives a two-sided group's own hunks. */
  private assemble(
    clean: string,
    cleanLines: Lines,
    lineGroups: readonly LineGroup[],
    inner: (group: LineGroup, ocr: string, clean: string) => readonly Hunk[],
  ): TextDiff {
    const ocrLines = this.ocrLines;
    const hunks: Hunk[] = [];
    const groups: ParagraphGroup[] = [];
    let ocrAt = 0;
    let cleanAt = 0;
    for (const g of lineGroups) {
      const ocrEnd = g.o1 > g.o0 ? ocrLines.starts[g.o1 - 1] + ocrLines.lines[g.o1 - 1].length : ocrAt;
      const cleanEnd = g.c1 > g.c0 ? cleanLines.starts[g.c1 - 1] + cleanLines.lines[g.c1 - 1].length : cleanAt;
      // Each group owns the break after its last paragraph, unless that paragraph ends its text.
      const ocrBreak = g.o1 > g.o0 && g.o1 < ocrLines.lines.length ? '\n' : '';
      const cleanBreak = g.c1 > g.c0 && g.c1 < cleanLines.lines.length ? '\n' : '';
      groups.push({
        ocrLines: { start: g.o0, end: g.o1 },
        cleanLines: { start: g.c0, end: g.c1 },
        ocr: { start: ocrAt, end: ocrEnd },
        clean: { start: cleanAt, end: cleanEnd },
      });
      if (g.o1 > g.o0 && g.c1 > g.c0) {
        pushShifted(hunks, inner(g, this.ocr.slice(ocrAt, ocrEnd), clean.slice(cleanAt, cleanEnd)), ocrAt, cleanAt);
        if (ocrBreak !== cleanBreak) pushChange(hunks, ocrBreak, cleanBreak, ocrEnd, cleanEnd);
      } else {
        pushChange(hunks, this.ocr.slice(ocrAt, ocrEnd) + ocrBreak, clean.slice(cleanAt, cleanEnd) + cleanBreak, ocrAt, cleanAt);
      }
      ocrAt = ocrEnd + ocrBreak.length;
      cleanAt = cleanEnd + cleanBreak.length;
    }
    return { ocr: this.ocr, clean, hunks, groups };
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
