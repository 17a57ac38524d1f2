// An OCR page holding one very long article, built from the sample pages' own sentences (half-width punctuation
// and all, so the cleaning rules change it the way they change a real page), for benchmarks that need an
// article far longer than any sample's.
import { analyzePage } from '../../../shared/analyze';
import { samplePages, seeded } from './corpus';

const HAN = /\p{Script=Han}/u;

/** A byline or credit opens an article or closes a photo: such sentences would end the long one. */
const CREDIT = /报道|本报讯|记者|通讯员|摄/u;

/** Body sentences of the samples as OCR gives them: long enough, ending like a sentence, no credits. */
function sentences(): string[] {
  const all = samplePages().flatMap(({ text }) => text.split(/\n+/).flatMap((line) => line.split(/(?<=[。！？])(?![”’」])/u)));
  return all
    .map((s) => s.trim())
    .filter((s) => /[。！？]$/u.test(s) && !CREDIT.test(s) && s.length >= 20 && s.length <= 160 && Array.from(s).filter((c) => HAN.test(c)).length >= 12);
}

/**
 * A page whose only article has a body of at least `chars` characters: a headline, a lead with a byline, then
 * paragraphs of three to six sample sentences. Checked with the real analyzer, so the import sees one article.
 */
export function longArticlePage(chars: number, seed: number): { text: string; headline: string; bodyChars: number } {
  const random = seeded(seed);
  const pool = sentences();
  const pick = () => pool[Math.floor(random() * pool.length)];
  const headline = '长文基准测试 全文三万字';
  const paragraphs = [`本报讯 记者程雷 通讯员季月文报道 ${pick()}${pick()}`];
  let size = paragraphs[0].length;
  while (size < chars) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join('');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  const text = [headline, ...paragraphs].join('\n\n');
  const { articles } = analyzePage(text);
  if (articles.length !== 1 || articles[0].body.length < chars) {
    throw new Error(`the long page parsed into ${articles.length} article(s) of ${articles.map((a) => a.body.length).join(', ')} characters, not one of ${chars}+`);
  }
  return { text, headline, bodyChars: articles[0].body.length };
}
