import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../shared/export/fixtures';
import { buildManifest } from '../../shared/export/manifest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExportArticle, ExportManifest } from '../../shared/export/types';
import { docxChunks } from './docx';

/** The whole document in one buffer. */
async function toDocx(articles: readonly ExportArticle[], manifest: ExportManifest, group?: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of docxChunks(articles, manifest, group)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const manifest = buildManifest(FIXTURE_ARTICLES, { version: '9.9.9', exportedAt: '2021-11-24T10:00:00.000Z' });

/** The text of every w:t element of each w:p paragraph, XML entities decoded. */
function paragraphTexts(xml: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''));
}

const buffer = await toDocx(FIXTURE_ARTICLES, manifest);
const files = unzipSync(new Uint8Array(buffer));
const documentXml = strFromU8(files['word/document.xml']);
const texts = paragraphTexts(documentXml);

describe('toDocx', () => {
  it('is a zip with a Word document part', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
  });

  it('carries heading fields, provenance and one paragraph per body line', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        '优中选优 树立标杆',
        '镇海为非公企业工会主席发放履职补贴',
        '152万人次参加职工互助保障',
        '署名：本报讯 记者张浩呈 通讯员王林超',
        '报纸：浙江工人日报',
        '日期：2021-11-22',
        '版面文件：003_front.txt',
        '栏目：产改进行时、工会动态',
        '日前，镇海区总工会召开会议，部署“当一周工人”活动。',
        '他说："工资, 补贴, 都要落实。"',
        '——编者',
        '第一段，有逗号, 和 "引号"。',
        '第二段',
        '第三段：1,000人 8:30 99.85%',
      ]),
    );
    expect(texts).not.toContain('');
  });

  it('styles the headline as Heading 1 and the subtitle as Heading 2', () => {
    const headline = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('镇海为非公企业工会主席发放履职补贴'));
    expect(headline).toContain('<w:pStyle w:val="Heading1"/>');
    const subtitle = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('152万人次参加职工互助保障'));
    expect(subtitle).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('keeps markup-looking text as text runs', () => {
    expect(texts).toContain('<script>alert("x")</script> & <b>粗体</b>');
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toContain('&lt;script&gt;');
  });

  it('fills the document properties from the manifest', () => {
    const core = strFromU8(files['docProps/core.xml']);
    expect(core).toContain('Galley 9.9.9');
    expect(core).toContain('Galley 导出 · 浙江工人日报');
  });
});

/** `n` articles in the fixtures' shapes, each with its own number in the headline and body. */
function manyArticles(n: number): ExportArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const base = FIXTURE_ARTICLES[i % FIXTURE_ARTICLES.length]!;
    return { ...base, id: i + 1, headline: `第${i + 1}篇 ${base.headline}`, body: `${base.body}\n编号${i + 1}` };
  });
}

describe('toDocx in groups', () => {
  const articles = manyArticles(23);
  const manifestOf = (a: ExportArticle[]) => buildManifest(a, { version: '9.9.9', exportedAt: '2021-11-24T10:00:00.000Z' });
  const documentOf = async (group: number) => strFromU8(unzipSync(new Uint8Array(await toDocx(articles, manifestOf(articles), group)))['word/document.xml']);

  it('writes the same document whatever the group size', async () => {
    const whole = await documentOf(1000);
    expect(await documentOf(5)).toBe(whole);
    expect(await documentOf(1)).toBe(whole);
  });

  it('keeps every article in order, each after the first on a new page, in one section', async () => {
    const xml = await documentOf(4);
    const headlines = paragraphTexts(xml).filter((t) => /^第\d+篇 /.test(t));
    expect(headlines.map((t) => Number(/^第(\d+)篇/.exec(t)![1]))).toEqual(articles.map((a) => a.id));
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(articles.length - 1);
    expect(xml.match(/<w:sectPr[ >]/g)).toHaveLength(1);
    expect(xml.match(/<w:p[ >]/g)?.length).toBe(xml.match(/<\/w:p>/g)?.length);
    expect(xml).not.toContain('GALLEY-BODY');
  });

  // Built in one piece, 1,500 articles do not fit a 64 MB heap (docx-many.ts --whole aborts; 22,200 articles took
  // 2.27 GB RSS); in groups they fit in under 40 MB, and so would a year. Run in a child so the limit is real.
  it('exports 1,500 articles within a 64 MB heap', () => {
    const child = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', fileURLToPath(new URL('../../tests/fixtures/docx-many.ts', import.meta.url)), '1500'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ articles: 1500 });
  }, 120_000);
});
