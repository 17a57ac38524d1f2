// Noise outside the masthead: advertisements, hotlines and running heads.
import type { NoiseBlock } from '../model/types';
import * as adLines from '../text/noise';
import * as marks from '../text/punctuation';
import type { PageLine } from './lines';

// Bound once at load: under the tsx loader (CLI, benchmarks) every call through an import costs two getter calls.
const { isAdLine, isBrandLine, isHotlineLine, isPageHeaderLine } = adLines;
const { endsWithFinalPunct, isVisiblyLonger } = marks;

/** An ad block's lines are short slogans, names and numbers, never sentences. */
const MAX_AD_LINE = 60;

function adCompatible(line: PageLine): boolean {
  return !isVisiblyLonger(line.text, MAX_AD_LINE) && !line.text.includes('。') && !endsWithFinalPunct(line.text);
}

/**
 * Reasons for the noise lines outside the masthead zone. Ad copy comes in blocks set tighter than paragraphs
 * (`中国农业银行` / `大行普惠 伴您成长` / `客服热线:95599 …`): a block with one ad line is an ad as a whole. Lines are
 * only set tighter than paragraphs when the page separates paragraphs by blank lines (paragraphGap > 0).
 */
export function findNoise(
  lines: readonly PageLine[],
  paragraphGap: number,
  taken: ReadonlyMap<number, NoiseBlock['reason']>,
): Map<number, NoiseBlock['reason']> {
  const reasons = new Map<number, NoiseBlock['reason']>();
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    if (paragraphGap > 0) while (j < lines.length && lines[j].gapBefore < paragraphGap) j++;
    const block = lines.slice(i, j).filter((l) => !taken.has(l.index));
    // A block of ad copy counts as a whole; a line standing alone is a hotline before it is an ad.
    const isAdBlock = block.length > 1 && block.some((l) => isAdLine(l.text)) && block.every((l) => adCompatible(l) || isBrandLine(l.text));
    for (const l of block) {
      if (isAdBlock) reasons.set(l.index, 'advertisement');
      else if (isHotlineLine(l.text)) reasons.set(l.index, 'hotline');
      else if (isAdLine(l.text)) reasons.set(l.index, 'advertisement');
      else if (isPageHeaderLine(l.text)) reasons.set(l.index, 'masthead');
    }
    i = j;
  }
  return reasons;
}
