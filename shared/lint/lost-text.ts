// Text lost at a column break: the cleaning joined the two parts, but the junction does not read.
import { isHanAt } from '../clean/chars';
import type { Edit, Warning } from '../model/types';
import { warningAt } from './warning';

/** The line breaks in s, counted without splitting it. */
function breaks(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n++;
  return n;
}

/** Offsets in the cleaned text where an edit joined two lines, from the edits that produced it. */
export function joinPoints(edits: readonly Edit[]): number[] {
  const points: number[] = [];
  let delta = 0;
  for (const e of edits) {
    let k = e.before.indexOf('\n');
    if (k >= 0 && breaks(e.before) > breaks(e.after)) {
      for (; k >= 0; k = e.before.indexOf('\n', k + 1)) points.push(e.start + delta + Math.min(k, e.after.length));
    }
    delta += e.after.length - (e.end - e.start);
  }
  return points;
}

/**
 * Junctions that do not occur in running Chinese, by the last character before the join. 的 before a
 * list-closing 等 (服务杭州职工的|等关爱服务) or another particle means words fell out between them; the
 * look-aheads keep compounds that do start that way (的等待, 的地方, 的及时).
 */
const BAD_AFTER: Record<string, RegExp> = {
  的: /^(?:等(?![待级同候于到次量价号额])|的(?!确)|地(?![方区点位址域标图铁面下球])|得(?![到出以益失分奖主])|和(?![谐平睦美])|与(?!会)|及(?![时早格])|或(?![许者缺]))/,
  '、': /^(?:等|和|与|及|或|[，。、；：！？])/,
  和: /^[的了等和与及或，。、；]/,
  与: /^[的了等和与及或，。、；]/,
  及: /^[的了等和与及或，。、；]/,
  把: /^[的了等和与及或，。、；]/,
  被: /^[的了等和与及或，。、；]/,
  '，': /^[，。、；：！？]/,
  '“': /^[”，。、；：！？]/,
  '（': /^[）]/,
  '《': /^[》]/,
};

const MISSING = { zh: '分栏接合处读不通，可能漏字', en: 'The joined column break does not read: text may be missing here' };
const REPEATED = {
  zh: '分栏接合处前后是同一个字，可能漏字或重字',
  en: 'The same character on both sides of a joined column break: text may be missing or doubled',
};

export function lintLostText(text: string, joins: readonly number[]): Warning[] {
  const warnings: Warning[] = [];
  for (const j of joins) {
    if (j <= 0 || j >= text.length) continue;
    let r = j;
    while (r < text.length && text[r] === ' ') r++;
    const left = text[j - 1];
    const range = { start: j - 1, end: r + 1 };
    if (BAD_AFTER[left]?.test(text.slice(r, r + 2))) warnings.push(warningAt('lost-text', MISSING, text, range));
    // 线|线下 (线上线下 lost its 上); a doubled word (一次次) rarely straddles a column end.
    else if (left === text[r] && isHanAt(text, j - 1)) warnings.push(warningAt('lost-text', REPEATED, text, range, 'info'));
  }
  return warnings;
}
