// Marks dropped at paragraph ends. A paragraph of body prose ends with an end mark (GB/T 15834: 。？！…, or a
// closing quote after one); one that ends on a bare character after running prose has most often lost its full
// stop at a printed line end — unless the break is itself a misjoin inside a sentence, which the character model
// tells by the two characters across it making a word (恢|复) or following each other readily.
import type { Suspicion } from '../model/types';
import type { CharModel } from './chars';

/** A paragraph shorter than this, or with no mark inside, is taken for a heading or label, which ends bare. */
const MIN_PROSE = 12;
/** Characters across the break that make a dictionary pair this frequent are one word split by a misjoin. */
const WORD_PAIR = 3;
/** Log ratio of how often the next character follows the last to chance above which the break is mid-sentence (e times chance). */
const MAX_ASSOCIATION = 1;

/** A photo credit (叶秋云摄) ends bare by convention. */
const CREDIT = /摄$/;
/** A space in the last clause sets off a name (记者 张三, 通讯员 李四): a byline or credit, not prose. */
const SPACED_CLAUSE = /\s[^，、；：。？！…,;:?!]*$/;
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/;
const MARK = /[，、；：。？！…,;:?!]/;

/** Paragraph ends (line breaks of the article text) where a full stop was probably dropped. */
export function dropSuspicions(text: string, chars: CharModel): Suspicion[] {
  const out: Suspicion[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    const line = text.slice(from, nl);
    from = nl + 1;
    let next = from;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next >= text.length) break;
    const last = line[line.length - 1] ?? '';
    const first = text[next];
    if (line.length < MIN_PROSE || !MARK.test(line) || !HAN.test(last) || !HAN.test(first)) continue;
    if (CREDIT.test(line) || SPACED_CLAUSE.test(line)) continue;
    if (chars.inWord(last, first) >= WORD_PAIR) continue;
    const association = Math.log(((chars.bigram(last, first) + 1) * chars.total) / ((chars.unigram(last) + 1) * (chars.unigram(first) + 1)));
    if (association > MAX_ASSOCIATION) continue;
    const start = nl - 1;
    out.push({
      start,
      end: next + 1,
      text: text.slice(start, next + 1),
      proposal: `${last}。${text.slice(nl, next)}${first}`,
      reason: `标点脱漏：段落以‘${last}’结尾而无句末标点，正文段落应以句号等收尾，多为行末句号漏识`,
      confidence: 0.5,
    });
  }
  return out;
}
