// rejoin-break: a paragraph split by a column or page break comes out of OCR as two lines (`…杭州市总` /
// `工会已连续多年…`). Join them when the first part stops inside a sentence and the second is not a heading,
// byline, credit, list item or ad line. Lines that are headings, bylines, captions' credits or ads never take the
// next line, so joins never swallow structure.
import type { Bilingual } from '../../model/types';
import type { CleanRule, RuleEdit } from '../rule';
import * as credits from '../../text/byline';
import * as titles from '../../text/heading';
import * as lists from '../../text/list';
import * as adLines from '../../text/noise';
import * as marks from '../../text/punctuation';
import * as sentences from '../../text/sentence';
import type { OpenEnding } from '../../text/sentence';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isBylineLead, isEditorSign, isPhotoCredit } = credits;
const { isHeadingLike } = titles;
const { isListItem } = lists;
const { isAdLine } = adLines;
const { contentBounds, isAsciiAlnum } = marks;
const { openEnding } = sentences;

const REASONS: Record<OpenEnding, Bilingual> = {
  mark: {
    zh: '上一行以逗号、顿号、引号或括号等结尾，句子未完，是分栏或转版断开的同一段落，已合并',
    en: 'The line ends in a comma, enumeration comma, quote or bracket, so the sentence goes on: one paragraph split by a column or page break, joined',
  },
  bracket: {
    zh: '上一行有未闭合的引号或括号，是分栏或转版断开的同一段落，已合并',
    en: 'The line leaves a quote or bracket open: one paragraph split by a column or page break, joined',
  },
  prose: {
    zh: '上一行是正文句子却没有句末标点，下一行不是标题、署名或图片说明，是分栏或转版断开的同一段落，已合并',
    en: 'The line is body prose that stops without final punctuation and the next is no heading, byline or credit: one paragraph split by a column or page break, joined',
  },
};

/**
 * True when the line must start a paragraph of its own: a byline lead, a credit on its own line, a signature, a
 * list item, an ad line or a heading. (A caption with a credit stuck to its end may still continue a line.)
 */
function startsOwnParagraph(line: string): boolean {
  return (
    isBylineLead(line) ||
    isPhotoCredit(line) ||
    isEditorSign(line) ||
    isListItem(line) ||
    isAdLine(line) ||
    isHeadingLike(line)
  );
}

/** Why `upper` continues into `lower`, or null when they stay apart. */
function joinReason(upper: string, lower: string): OpenEnding | null {
  const ending = openEnding(upper);
  if (ending === null || startsOwnParagraph(lower)) return null;
  return ending;
}

/** A line of the text being joined: its trimmed content, where that content lies in the input, and the round
 * that built it (a pair of lines that did not change since the last round needs no second look). */
interface Piece {
  text: string;
  start: number;
  end: number;
  round: number;
}

function piecesOf(text: string): Array<Piece | null> {
  const pieces: Array<Piece | null> = [];
  for (let pos = 0; pos <= text.length; ) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const [from, to] = contentBounds(text, pos, lineEnd);
    pieces.push(from === to ? null : { text: text.slice(from, to), start: from, end: to, round: 0 });
    pos = lineEnd + 1;
  }
  return pieces;
}

/** Latin words or numbers on both sides of the break keep a space between them. */
function joiner(upper: string, lower: string): string {
  return isAsciiAlnum(upper[upper.length - 1]) && isAsciiAlnum(lower[0]) ? ' ' : '';
}

/**
 * Decide the joins left to right: each decision looks at the line built so far (A, or A+B after a join) and the
 * next line. Repeated on the joined lines until nothing changes, so running the rule on its own output proposes
 * nothing. A blank line is a hard paragraph boundary.
 */
function findJoins(text: string): RuleEdit[] {
  const edits: RuleEdit[] = [];
  // One line has nothing to join (headings and bylines are cleaned one line at a time).
  if (!text.includes('\n')) return edits;
  let lines = piecesOf(text);
  for (let round = 0; ; round++) {
    const merged: Array<Piece | null> = [];
    let joined = false;
    for (const piece of lines) {
      const upper = merged.length > 0 ? merged[merged.length - 1] : null;
      const fresh = upper !== null && piece !== null && (upper.round >= round || piece.round >= round);
      const why = fresh ? joinReason(upper.text, piece.text) : null;
      if (upper && piece && why) {
        const after = joiner(upper.text, piece.text);
        edits.push({ start: upper.end, end: piece.start, after, reason: REASONS[why] });
        merged[merged.length - 1] = { text: upper.text + after + piece.text, start: upper.start, end: piece.end, round: round + 1 };
        joined = true;
      } else merged.push(piece);
    }
    if (!joined) break;
    lines = merged;
  }
  return edits.sort((a, b) => a.start - b.start);
}

export const rejoinBreakRule: CleanRule = {
  id: 'rejoin-break',
  label: { zh: '合并断开的段落', en: 'Rejoin broken paragraphs' },
  reason: {
    zh: '同一段落被分栏或转版断成两行，已合并',
    en: 'One paragraph was split into two lines by a column or page break; joined',
  },
  apply: findJoins,
};
