// Line hints (ParseOptions.lineHint): roles decided outside the page's own evidence, such as a paper profile's
// rules. Asked once per non-blank line; a hint overrides what the parser would make of the line.
import type { HintedLine, LineHint } from '../model/types';
import type { PageLine } from './lines';

/** HintedLine.top / bottom: among this many non-blank lines from the page's top or bottom. */
const EDGE_LINES = 5;

/** Each hinted line's hint, by its index among the non-blank lines. */
export function hintLines(text: string, lines: readonly PageLine[], lineHint: (line: HintedLine) => LineHint | null): Map<number, LineHint> {
  const hints = new Map<number, LineHint>();
  let rawIndex = 0;
  let pos = 0;
  for (const [k, l] of lines.entries()) {
    // Raw line index, blank lines counted: the line breaks before the line's start.
    for (let at = text.indexOf('\n', pos); at >= 0 && at < l.start; at = text.indexOf('\n', at + 1)) rawIndex++;
    pos = l.start;
    const hint = lineHint({ text: l.text, index: rawIndex, top: k < EDGE_LINES, bottom: k >= lines.length - EDGE_LINES });
    if (hint) hints.set(l.index, hint);
  }
  return hints;
}
