import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../shared/export/fixtures';
import { buildManifest } from '../../shared/export/manifest';
import { toDocx } from './docx';

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
