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
    pattern: new RegExp(`(?<=[${HAN}])\\.(?=[${HAN}0-9“]|\\n|$)`, 'g'),
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
    // A dash read as a hyphen at the end of a line after a character (说-⏎): a mark the engine could not read.
    pattern: new RegExp(`(?<=[${HAN}])[-－](?=\\n|$)`, 'g'),
    proposal: () => '——',
    reason: '标点误读：段末汉字后的连字符不是中文标点，原文多为破折号或句号',
  },
  {
    // An asterisk or backtick set off by a space (瓯江红* 城市, 魔术师 `。): no Chinese mark looks so.
    pattern: new RegExp(`(?<=[${HAN}])\\s?\\*(?=\\s?[${HAN}“])|(?<=[${HAN}])\\s\`(?=[${HAN}“])|(?<=[${HAN}]\\s?)\`(?=[。，、”\\n]|$)`, 'g'),
    proposal: (m) => (m.trim() === '`' ? '”' : '·'),
    reason: '标点误读：中文里的 ` 或 * 多为间隔号 · 或引号的误读',
  },
  {
    // A straight quote beside a curly one ("“ or ”"): one mark read twice.
    pattern: /"(?=[“”])|(?<=[“”])"/g,
    proposal: () => '',
    reason: '标点误读：直引号紧挨弯引号，同一个引号被识别了两次',
  },
  {
    // Ellipsis dots come in pairs (……); an odd run has one read twice or from a dot.
    pattern: /(?<!…)(?:…{3}|…{5})(?!…)/g,
    proposal: () => '……',
    reason: '标点误读：省略号应为两个“…”，这里个数为奇数',
  },
  {
    // A full stop at a paragraph's start or after another mark is a speck read as a dot.
    pattern: /(?<=^|\n|[。，！？；])\./g,
    proposal: () => '',
    reason: '标点误读：段首或标点后的点号多为污点误识',
  },
  {
    // A digit right after a percent sign and before a character (15%6的): the sign was read twice.
    pattern: new RegExp(`(?<=%)[0-9](?=[${HAN}])`, 'g'),
    proposal: () => '',
    reason: '标点误读：百分号后紧跟数字再接汉字，数字多为百分号的重复识别',
  },
  {
    // A paragraph does not end on a comma: the engine read the full stop as one.
    pattern: new RegExp(`(?<=[${HAN}”])[，,](?=\\n)`, 'g'),
    proposal: () => '。',
    reason: '标点误读：段落不以逗号结尾，原文多为句号',
  },
  {
    // A nested quotation opened by a single quote (“'我”与…”) closes with one too: the first ” is a ’.
    pattern: /(?<=[“"]['‘][^“”"\n]{1,12})[”"](?=[^“”"\n]{1,30}[”"])/g,
    proposal: () => '’',
    reason: '标点误读：双引号内以单引号开始的引语，应以单引号 ’ 结束',
  },
  {
    // A lone character set off by a space at a paragraph's start (图 文学主题…, 鳞 智能电视…): a bullet (■●▲) read as one.
    pattern: new RegExp(`(?<=^|\\n)[${HAN}](?=[ \\u3000]+[${HAN}0-9])`, 'g'),
    proposal: () => '■',
    reason: '标点误读：段首单字后空一格，多为项目符号（■ ● ▲）的误识',
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
