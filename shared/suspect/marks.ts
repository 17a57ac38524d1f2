// Marks an OCR engine put where Chinese text (GB/T 15834) has none of its kind: a backtick, asterisk or square
// bracket in running Chinese text, a hyphen beside a dash stroke, a full stop of ASCII between characters, an
// opening bracket closed by another kind. Each is a misread mark, and the usual original is proposed.
import type { Suspicion } from '../model/types';

const HAN = '\\u4e00-\\u9fff';

interface MarkRule {
  pattern: RegExp;
  /** The original proposed for the match (the suspicious span is the whole match). */
  proposal(match: string): string;
  reason: string;
}

const RULES: MarkRule[] = [
  {
    // A dash (——) read as a hyphen and the stroke 一, or as a hyphen between characters.
    pattern: new RegExp(`[-－]+一+|一+[-－]+|(?<=[${HAN}”])[-－](?=[${HAN}“])`, 'g'),
    proposal: () => '——',
    reason: '标点误读：连字符与“一”连用，原文多为破折号 ——',
  },
  {
    pattern: new RegExp(`(?<=[${HAN}])[\`*](?=[${HAN}“])`, 'g'),
    proposal: () => '·',
    reason: '标点误读：中文里的 ` 或 * 多为间隔号 · 的误读',
  },
  {
    pattern: /[[\]]/g,
    proposal: (m) => (m === '[' ? '【' : '】'),
    reason: '标点误读：中文报刊用方头括号【】，方括号多为误读',
  },
  {
    // A full stop read as "." after a character and before the next sentence (not a decimal point).
    pattern: new RegExp(`(?<=[${HAN}])\\.(?=[${HAN}0-9“])`, 'g'),
    proposal: () => '。',
    reason: '标点误读：汉字后的半角点号多为句号 。的误读',
  },
  {
    // An opening bracket 〈 or 《 whose closing mark is a parenthesis: the engine misread （.
    pattern: /[〈《](?=[^〈《〉》()（）\n]{1,20}[)）])/g,
    proposal: () => '（',
    reason: '标点误读：以圆括号收尾的 〈 或 《，原文多为 （',
  },
  {
    pattern: new RegExp(`(?<=[${HAN}])'(?=[${HAN}“])|(?<=[“"])'(?=[${HAN}])`, 'g'),
    proposal: () => '‘',
    reason: '标点误读：汉字间的半角撇号多为单引号 ‘ 的误读',
  },
];

/** Misread punctuation marks in `text`, in text order. */
export function markSuspicions(text: string): Suspicion[] {
  const out: Suspicion[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      out.push({ start, end: start + m[0].length, text: m[0], proposal: rule.proposal(m[0]), reason: rule.reason, confidence: 0.8 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
