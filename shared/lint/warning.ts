import type { Bilingual, Range, Warning, WarningSeverity } from '../model/types';

/** Characters of context on each side of a warning's range in its excerpt. */
const CONTEXT = 12;

/** The range with a little context, clipped to its paragraph (line). */
export function excerptAt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(Math.max(lineStart, start - CONTEXT), Math.min(lineEnd, Math.max(end, start) + CONTEXT));
}

export function warningAt(
  rule: string,
  message: Bilingual,
  text: string,
  range: Range,
  severity: WarningSeverity = 'warning',
): Warning {
  return { rule, message, excerpt: excerptAt(text, range.start, range.end), range, severity };
}

/**
 * What identifies a warning for a person's "checked" mark: its rule and the text it is about. A mark outlives
 * saves elsewhere in the text; once the text around the place changes, the warning is new and asks again.
 */
export function warningKey(w: Pick<Warning, 'rule' | 'excerpt'>): string {
  return `${w.rule}\u0000${w.excerpt}`;
}
