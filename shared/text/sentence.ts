// Does a line stop in the middle of a sentence? The question a column or page break raises.
import * as credits from './byline';
import * as titles from './heading';
import * as lists from './list';
import * as adLines from './noise';
import * as marks from './punctuation';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { extractPhotoCredit, isBylineOnly, isEditorSign } = credits;
const { isHeadingLike } = titles;
const { isListItem } = lists;
const { isAdLine } = adLines;
const { endsWithContinuationMark, endsWithFinalPunct, hasUnclosedBracket, isVisiblyLonger, trimLine } = marks;

/** A line ending in —— this short is a heading handing over to what follows. */
const MAX_DASH_HEADING = 30;

/** Why a line is judged to stop inside a sentence. */
export type OpenEnding = 'mark' | 'bracket' | 'prose';

/**
 * How the line stops inside a sentence, or null when it does not: it ends in a mark such as ，、“（ ('mark'),
 * leaves a quote or bracket open ('bracket'), or is body prose that stops without final punctuation ('prose').
 * Headings, bylines, credits, signatures, ad lines and list items are not sentences and never stop inside one
 * (unless they end in a mark or leave a bracket open).
 */
export function openEnding(line: string): OpenEnding | null {
  const t = trimLine(line);
  if (t.length === 0 || endsWithFinalPunct(t)) return null;
  if (extractPhotoCredit(t) !== null || isBylineOnly(t) || isEditorSign(t) || isAdLine(t)) return null;
  // A short line handing over with a dash is a kicker or subhead (`…“关键一跃”——`), not a broken sentence.
  if (/——$/.test(t) && !isVisiblyLonger(t, MAX_DASH_HEADING) && !/[。；;！!？?]/.test(t)) return null;
  if (endsWithContinuationMark(t)) return 'mark';
  if (hasUnclosedBracket(t)) return 'bracket';
  if (isListItem(t) || isHeadingLike(t)) return null;
  return 'prose';
}

/** True when the line stops inside a sentence (see openEnding). */
export function endsInsideSentence(line: string): boolean {
  return openEnding(line) !== null;
}
