// The shapes of a page's lines that the parser asks about again and again (title-like? a lead's byline? a
// credit?), each worked out at most once per line.
import * as credits from '../text/byline';
import type { LeadByline } from '../text/byline';
import * as titles from '../text/heading';
import * as marks from '../text/punctuation';
import * as sentences from '../text/sentence';
import type { OpenEnding } from '../text/sentence';
import type { PageLine } from './lines';
import { readSectionLabel } from './sections';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { extractLeadByline, extractPhotoCredit } = credits;
const { clauseTitleShape, headingShape, isTitleLike, kickerShape, subheadShape } = titles;
const { endsWithFinalPunct, hasInnerSentenceEnd, isVisiblyLonger } = marks;
const { openEnding } = sentences;

/** A caption under an image is one short sentence. */
const MAX_CAPTION = 40;

export class LineShapes {
  private readonly titles: (boolean | undefined)[] = [];
  private readonly kickers: (boolean | undefined)[] = [];
  private readonly headings: (boolean | undefined)[] = [];
  private readonly subheads: (boolean | undefined)[] = [];
  private readonly labels: (boolean | undefined)[] = [];
  private readonly leads: (LeadByline | null | undefined)[] = [];
  private readonly credits: (string | null | undefined)[] = [];
  private readonly endings: (OpenEnding | null | undefined)[] = [];

  constructor(
    private readonly lines: readonly PageLine[],
    private readonly sections: readonly string[],
  ) {}

  text(i: number): string {
    return this.lines[i].text;
  }

  /** isTitleLike of line i. */
  title(i: number): boolean {
    return (this.titles[i] ??= isTitleLike(this.lines[i].text));
  }

  /** isKickerLike of line i. */
  kicker(i: number): boolean {
    return this.title(i) && (this.kickers[i] ??= kickerShape(this.lines[i].text));
  }

  /** isHeadingLike of line i. */
  heading(i: number): boolean {
    return this.title(i) && (this.headings[i] ??= headingShape(this.lines[i].text));
  }

  /** Title-like line i is two comma clauses (clauseTitleShape). */
  clauses(i: number): boolean {
    return this.title(i) && clauseTitleShape(this.lines[i].text);
  }

  /** isSubheadLike of line i. */
  subhead(i: number): boolean {
    return this.title(i) && (this.subheads[i] ??= subheadShape(this.lines[i].text));
  }

  /** Whether line i reads as a section label over the line under it, with the page's known section names. */
  label(i: number): boolean {
    return (this.labels[i] ??= readSectionLabel(this.lines[i].text, this.lines[i + 1]?.text ?? null, this.sections) !== null);
  }

  /** extractLeadByline of line i. */
  lead(i: number): LeadByline | null {
    const known = this.leads[i];
    if (known !== undefined) return known;
    return (this.leads[i] = extractLeadByline(this.lines[i].text));
  }

  /** True for one short sentence: a caption under an image. */
  shortCaption(i: number): boolean {
    const text = this.lines[i].text;
    return !isVisiblyLonger(text, MAX_CAPTION) && !hasInnerSentenceEnd(text) && (endsWithFinalPunct(text) || this.title(i));
  }

  /** openEnding of line i. */
  ending(i: number): OpenEnding | null {
    const known = this.endings[i];
    if (known !== undefined) return known;
    return (this.endings[i] = openEnding(this.lines[i].text));
  }

  /** extractPhotoCredit of line i. */
  credit(i: number): string | null {
    const known = this.credits[i];
    if (known !== undefined) return known;
    return (this.credits[i] = extractPhotoCredit(this.lines[i].text));
  }
}
