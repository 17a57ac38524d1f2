// reflow-lines: on a page set one printed line per text line, a paragraph comes as a run of lines. The parser
// found which breaks fall inside a paragraph (the line fills its column, ends in a mark that needs more, or the
// next starts with a closing mark 避头尾 keeps off a line start); this rule joins exactly those, each with its reason.
import type { Bilingual, LineJoin } from '../../model/types';
import * as marks from '../../text/punctuation';
import type { CleanRule, RuleEdit } from '../rule';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { contentBounds, isAsciiAlnum } = marks;

export const REFLOW_RULE_ID = 'reflow-lines';

const REASONS: Record<LineJoin['reason'], Bilingual> = {
  full: {
    zh: '上一行排满了栏宽，段落没有结束，是同一段落的下一行，已接排',
    en: 'The line fills its column, so the paragraph goes on: the next printed line of the same paragraph, joined',
  },
  mark: {
    zh: '上一行以逗号、顿号、引号或括号等结尾，句子未完，已与下一行接排',
    en: 'The line ends in a comma, enumeration comma, quote or bracket, so the sentence goes on: joined with the next line',
  },
  closing: {
    zh: '下一行以标点开头（避头尾：行首不放句末标点、后引号），是上一行的延续，已接排',
    en: 'The next line starts with a mark no line may start with (避头尾), so it continues the line above: joined',
  },
  indent: {
    zh: '上一行是段首行，OCR 丢了首行缩进，只差缩进的两格就排满栏宽，段落没有结束，已接排',
    en: "The line is a paragraph's first line short of its column only by the indent the OCR dropped, so the paragraph goes on: joined",
  },
  fills: {
    zh: '下一行排满了栏宽，而段首行总空出缩进，所以下一行不是新段落；上一行只差一个缩进以内（OCR 丢了标点或字），已接排',
    en: "The next line fills its column, and a paragraph's first line never does (it stands short by its indent), so the line above, short by no more than an indent (a mark or character the OCR lost), runs on: joined",
  },
};

/** A join's reason, naming the column width it read. */
function reasonOf(join: LineJoin): Bilingual {
  const base = REASONS[join.reason];
  if (join.width === undefined || join.reason === 'mark' || join.reason === 'closing') return base;
  return { zh: `${base.zh}（本栏宽 ${join.width} 字）`, en: `${base.en} (column ${join.width} cells wide)` };
}

/** The reflow rule for one article body, given the joins the parser found (body line k with k + 1). */
export function reflowRule(joins: readonly LineJoin[]): CleanRule {
  const joinAfter = new Map(joins.map((j) => [j.line, j]));
  return {
    id: REFLOW_RULE_ID,
    label: { zh: '印刷行接排成段', en: 'Reflow printed lines into paragraphs' },
    reason: REASONS.full,
    apply(text: string): RuleEdit[] {
      const edits: RuleEdit[] = [];
      const bounds: Array<[number, number]> = [];
      for (let pos = 0; pos <= text.length; ) {
        let end = text.indexOf('\n', pos);
        if (end < 0) end = text.length;
        bounds.push(contentBounds(text, pos, end));
        pos = end + 1;
      }
      for (let k = 0; k + 1 < bounds.length; k++) {
        const join = joinAfter.get(k);
        if (join === undefined) continue;
        const upperEnd = bounds[k][1];
        const lowerStart = bounds[k + 1][0];
        const after = isAsciiAlnum(text[upperEnd - 1]) && isAsciiAlnum(text[lowerStart]) ? ' ' : '';
        edits.push({ start: upperEnd, end: lowerStart, after, reason: reasonOf(join) });
      }
      return edits;
    },
  };
}
