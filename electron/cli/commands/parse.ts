import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command } from 'commander';
import { analyzeBatch } from '../../../shared/analyze';
import type { AnalyzedArticle, AnalyzedPage, NoiseBlock, Suspicion } from '../../../shared/model/types';
import { findSuspicions } from '../../../shared/suspect';
import { suspicionEvidence } from '../../suspect/evidence';
import { DecodeError, decodePage } from '../../import/decode';
import { CliFailure } from '../failure';
import { printable } from '../printable';

/** One page as `galley parse --json` prints it. */
export interface ParsedPageOutput {
  file: string;
  encoding: string;
  meta: AnalyzedPage['meta'];
  articles: {
    kind: AnalyzedArticle['kind'];
    kicker: string | null;
    headline: string;
    subtitle: string | null;
    byline: string | null;
    sections: string[];
    subheads: string[];
    text: string;
    ocr: string;
    warnings: { rule: string; message: string; excerpt: string }[];
    /** Places in `text` the OCR engine probably misread. */
    suspicions: Suspicion[];
    /** Why the article starts where it does, and how sure the parser is (0–1). */
    boundary: AnalyzedArticle['boundary'] | null;
    /** The role of each line (paragraph unit) of the article, with its reason. */
    lines: { text: string; role: string; reason: { zh: string; en: string } }[];
  }[];
  noise: string[];
}

function noiseLines(noise: NoiseBlock[]): string[] {
  return noise.flatMap((block) => block.text.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
}

export function pageOutput(file: string, encoding: string, page: AnalyzedPage): ParsedPageOutput {
  return {
    file: basename(file),
    encoding,
    meta: page.meta,
    articles: page.articles.map((a) => ({
      kind: a.kind,
      kicker: a.kicker,
      headline: a.headline,
      subtitle: a.subtitle,
      byline: a.byline,
      sections: a.sections,
      subheads: a.subheads,
      text: a.text,
      ocr: a.ocr,
      warnings: a.warnings.map((w) => ({ rule: w.rule, message: w.message.zh, excerpt: w.excerpt })),
      suspicions: findSuspicions(a.text, suspicionEvidence()),
      boundary: a.boundary ?? null,
      lines: a.lineRoles ?? [],
    })),
    noise: noiseLines(page.noise),
  };
}

/** A readable summary of one page. */
function summary(p: ParsedPageOutput): string {
  const lines = [`${p.file} (${p.encoding})`];
  if (p.meta) {
    const m = p.meta;
    lines.push(`  报头 masthead: ${[m.paper, m.date, m.lunarDate, m.weekday, m.serialNo && `总第${m.serialNo}号`, m.cn].filter(Boolean).join(' · ')}`);
  }
  p.articles.forEach((a, i) => {
    const heading = [a.kicker && `【${a.kicker}】`, a.headline, a.subtitle && `——${a.subtitle}`].filter(Boolean).join(' ');
    lines.push(`  ${i + 1}. [${a.kind}] ${heading}`);
    const details = [a.byline, a.sections.length > 0 && `栏目 ${a.sections.join('、')}`, `${a.text.split('\n').length} 段`, `${[...a.text].length} 字`].filter(Boolean);
    lines.push(`     ${details.join(' · ')}`);
    for (const w of a.warnings) lines.push(`     ! ${w.rule}: ${w.message} 「${w.excerpt}」`);
  });
  lines.push(`  ${p.articles.length} 篇文章 articles, ${p.noise.length} 行非正文 noise lines`);
  return lines.join('\n');
}

export function parseCommand(): Command {
  return new Command('parse')
    .description('parse, clean and lint OCR page files; print what was found')
    .argument('<files...>', 'page files (.txt: UTF-8, UTF-16, GB18030/GBK)')
    .option('--json', 'print { "pages": [...] } as JSON')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const decoded: { file: string; text: string; encoding: string }[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          decoded.push({ file, ...decodePage(new Uint8Array(await readFile(file)), basename(file)) });
        } catch (err) {
          failed++;
          const why = err instanceof DecodeError ? `${err.reason.zh} (${err.reason.en})` : err instanceof Error ? err.message : String(err);
          process.stderr.write(`galley parse: ${printable(file)}: ${why}\n`);
        }
      }
      // Analysed as one batch, so warnings that need several pages (names spelled two ways) are found too.
      const batch = analyzeBatch(decoded.map(({ file, text }) => ({ file, text })));
      const pages = batch.pages.map(({ page }, i) => pageOutput(decoded[i]!.file, decoded[i]!.encoding, page));
      if (opts.json) process.stdout.write(`${JSON.stringify({ pages }, null, 2)}\n`);
      else {
        const mastheadWarnings = batch.warnings.filter((w) => w.article === null).map((w) => `! ${basename(w.file)}: ${w.rule}: ${w.message.zh} 「${w.excerpt}」`);
        process.stdout.write([...pages.map(summary), ...mastheadWarnings].map((block) => `${block}\n`).join('\n'));
      }
      if (failed > 0) throw new CliFailure(`${failed} of ${files.length} file(s) could not be parsed`);
    });
}
