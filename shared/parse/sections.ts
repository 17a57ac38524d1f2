// Section labels (栏目): the short line a paper prints above a headline to name the column or series the article
// belongs to. Read from the conventions papers share — brackets, a series name with a middle dot, a serial
// marker, a name much shorter than the headline under it — and from the batch: a short line that stands above
// headlines on several pages is a column name, whatever it says.
import type { Bilingual, ParsedPage } from '../model/types';
import { splitLines } from './lines';
import { hasDate } from './masthead';
import { isRunningHeadLine } from '../text/furniture';
import { isSectionLabel, isTitleLike, sectionName } from '../text/heading';
import { endsWithFinalPunct, trimLine, visibleLength } from '../text/punctuation';

export type SectionCue = 'known' | 'bracket' | 'series' | 'numbered' | 'shape' | 'note' | 'short';

export interface SectionReading {
  /** The section name: brackets, quotes and spaces removed. */
  name: string;
  cue: SectionCue;
  reason: Bilingual;
  /** 0–1. */
  confidence: number;
}

const BRACKETED = /^[【〔［[「『]([^】〕］\]」』]{1,20})[】〕］\]」』]$/;
/** `经济聚焦·农田里的新鲜事`: a column name and a series name joined by a middle dot. */
const SERIES = /^[\u4e00-\u9fff“”"]{2,10}\s*[·•・]\s*[\u4e00-\u9fff“”"]{2,12}$/;
/** A numbered instalment: ② (often read by OCR as @), （二）, 之三. */
const NUMBERED = /(?:[\u2460-\u2473\u2776-\u277f]|@|[（(][一二三四五六七八九十\d]{1,3}[）)]|之[一二三四五六七八九十]{1,3})$/;
/** Editor's-note and letter openers stand where labels stand but are headings of their own (a ■ before them may be misread). */
const NOTE_HEADING = /^.?(?:编者按|编者的话|编后|编后语|开栏语|按语|编辑同志)[:：]?$/;
/** A bare label is at most this long, and the headline under it at least this much longer. */
const SHORT_LABEL = 5;
const SHORT_MARGIN = 2;
const LABEL_MAX = 24;
/** A page number (3, A8) alone, or opening a running head (`2 要闻`). */
const PAGE_NUMBER = /^[A-Z]?\d{1,3}(?:\s|$)/;

const READINGS: Record<SectionCue, { reason: Bilingual; confidence: number }> = {
  known: { reason: { zh: '本报已知的栏目名', en: 'a column name this paper is known to print' }, confidence: 0.95 },
  bracket: { reason: { zh: '标题上方方括号里的栏目名', en: 'a bracketed column name above the headline' }, confidence: 0.9 },
  series: { reason: { zh: '“栏目·系列”形式的栏目名', en: 'a “column · series” name above the headline' }, confidence: 0.8 },
  numbered: { reason: { zh: '带序号的系列栏目名', en: 'a numbered series name above the headline' }, confidence: 0.7 },
  shape: { reason: { zh: '栏目名的常见写法（引号、“进行时”等）', en: 'shaped like a column name (quoted term, column ending)' }, confidence: 0.75 },
  note: { reason: { zh: '编者按上方的专栏名', en: 'a column name over an editor’s note' }, confidence: 0.75 },
  short: { reason: { zh: '标题上方比标题短得多的短行', en: 'a line much shorter than the headline under it' }, confidence: 0.6 },
};

function reading(name: string, cue: SectionCue): SectionReading {
  return { name, cue, ...READINGS[cue] };
}

/**
 * Whether `line`, standing directly above `below` (the headline, or null when nothing title-like follows), is a
 * section label, and why. `known` holds the names the paper's profile or the batch has taught.
 */
export function readSectionLabel(line: string, below: string | null, known: readonly string[] = []): SectionReading | null {
  const t = trimLine(line);
  if (t.length === 0 || visibleLength(t) > LABEL_MAX || endsWithFinalPunct(t) || NOTE_HEADING.test(t)) return null;
  const name = sectionName(t);
  if (name.length === 0) return null;
  if (known.some((k) => sectionName(k) === name)) return reading(name, 'known');
  const bracket = BRACKETED.exec(t);
  if (bracket) return reading(sectionName(bracket[1]), 'bracket');
  if (isSectionLabel(t)) return reading(name, 'shape');
  const head = below === null ? null : trimLine(below);
  // Under a label stands a headline, never a running head's date or page number.
  if (head === null || head.length === 0 || !isTitleLike(head) || hasDate(head) || PAGE_NUMBER.test(head)) return null;
  if (SERIES.test(t)) return reading(name, 'series');
  // A special issue's or series' name heads its 编者按; the note's own heading is the word 编者按.
  if (NOTE_HEADING.test(head) && isTitleLike(t)) return reading(name, 'note');
  if (NUMBERED.test(t) && isTitleLike(t.replace(NUMBERED, ''))) return reading(name, 'numbered');
  // Quotes and spaces aside (OCR often mangles them: `新时代 "面孔`), a bare name of a few characters.
  const bare = name.replace(/[“”‘’"']/g, '');
  const short = bare.length;
  if (/^[\u4e00-\u9fff]+$/.test(bare) && short >= 2 && short <= SHORT_LABEL && sectionName(head).length >= short + SHORT_MARGIN) return reading(name, 'short');
  return null;
}

/** One page's candidate labels: a short line and whether a heading stood right under it. */
export interface LabelCandidate {
  text: string;
  /** The next line is the first heading line of an article. */
  aboveHeading: boolean;
}

/** Recurring labels are found on at least this many pages. */
const MIN_PAGES = 2;

/**
 * Column names a batch teaches: short title-like lines that stand above an article's heading on several pages.
 * Running heads recur too, but stand above dates and editor lines rather than headlines, so they are not counted.
 */
export function recurringSections(pages: readonly (readonly LabelCandidate[])[]): string[] {
  const seen = new Map<string, Set<number>>();
  pages.forEach((candidates, page) => {
    for (const c of candidates) {
      const t = trimLine(c.text);
      if (!c.aboveHeading || PAGE_NUMBER.test(t) || visibleLength(t) > LABEL_MAX / 2 || endsWithFinalPunct(t) || !isTitleLike(t) || NOTE_HEADING.test(t)) continue;
      const name = sectionName(t);
      if (name.length < 2) continue;
      let on = seen.get(name);
      if (!on) seen.set(name, (on = new Set()));
      on.add(page);
    }
  });
  return [...seen].filter(([, on]) => on.size >= MIN_PAGES).map(([name]) => name);
}

/**
 * A parsed page's label candidates: the top line of each article's heading stack (it stands above a heading) and
 * the line just above the article.
 */
export function labelCandidates(text: string, page: Pick<ParsedPage, 'articles'>): LabelCandidate[] {
  const lines = splitLines(text);
  const out: LabelCandidate[] = [];
  // A running head's parts recur above the first headline too: a line under the page number or the date is
  // furniture rather than a column name.
  const underHead = (k: number) => lines.slice(Math.max(0, k - 2), k).some((l) => PAGE_NUMBER.test(l.text) || hasDate(l.text));
  let next = 0;
  for (const a of page.articles) {
    // Lines before the article: those ending at or before its start (articles come in page order).
    while (next < lines.length && lines[next]!.end <= a.range.start) next++;
    if (a.headline === '') continue;
    // The top of a heading stack of two or more lines may be a label the page's own evidence did not show.
    const top = a.kicker ?? (a.subtitle !== null ? a.headline : null);
    if (top !== null) out.push({ text: top, aboveHeading: !underHead(next) });
    if (next > 0) out.push({ text: lines[next - 1]!.text, aboveHeading: !underHead(next - 1) });
  }
  return out;
}

/** Lines within this many non-blank lines of the page top belong to its running head, not to a column label. */
const TOP_ZONE = 2;

/**
 * Lines of the batch's raw page texts that stand like a column label above a heading on two or more pages (a short
 * line, the next a title-like line of its own): recurring, yet no furniture. For the batch's furniture
 * recurrence to leave alone.
 */
export function labelLinesAcross(texts: readonly string[]): Set<string> {
  const pages = texts.map((t) => t.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== ''));
  const candidates = pages.map((lines) =>
    lines.flatMap((line, i): LabelCandidate[] => {
      const below = lines[i + 1];
      if (i < TOP_ZONE || below === undefined || !isTitleLike(below) || endsWithFinalPunct(below) || hasDate(below) || PAGE_NUMBER.test(below)) return [];
      return [{ text: line, aboveHeading: true }];
    }),
  );
  const names = new Set(recurringSections(candidates));
  return new Set(pages.flat().filter((l) => names.has(sectionName(l))));
}

/** A column label under the running head stands among the page's first few lines. */
const HEAD_ZONE = 8;

/**
 * Lines the page-furniture rules took for part of the running head that are a column label: a label under a
 * complete running head (page number and page name on one line, not a bare page number whose name follows), above
 * a heading that is no furniture (`2    工会新闻` / `新闻特写` / `异地送荣誉 走亲传真情`).
 */
export function labelsUnderRunningHead(lines: readonly { text: string }[], noise: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  for (let i = 1; i < Math.min(lines.length - 1, HEAD_ZONE); i++) {
    const head = lines[i - 1]!.text;
    if (!noise.has(i) || !noise.has(i - 1) || noise.has(i + 1) || !isRunningHeadLine(head) || /^[A-Z]?\d{1,3}$/.test(head.trim())) continue;
    if (readSectionLabel(lines[i]!.text, lines[i + 1]!.text) !== null) out.push(i);
  }
  return out;
}
