import { describe, expect, it } from 'vitest';
import { OCR_PAGES, ocrFixture } from '../../tests/fixtures/ocr';
import { analyzePage } from '../analyze';
import { LayoutError, readLayout } from './index';
import { layoutInPixels } from './units';

const squash = (s: string) => s.replace(/\s+/g, '');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof LayoutError) return err.reason.en;
    throw err;
  }
  throw new Error('not refused');
}

describe.each(OCR_PAGES)('layout formats of %s', (name) => {
  const txt = ocrFixture(`${name}.txt`).replace(/\n+$/, '').split('\n');
  const alto = readLayout(ocrFixture(`${name}.xml`), `${name}.xml`);
  const hocr = readLayout(ocrFixture(`${name}.hocr`), `${name}.hocr`);

  it.each([
    ['ALTO', alto],
    ['hOCR', hocr],
  ])('%s gives the plain text’s lines, blank lines where the engine put them, a box per printed line', (_, page) => {
    const lines = page.text.replace(/\n+$/, '').split('\n');
    expect(lines.length).toBe(txt.length);
    lines.forEach((line, i) => {
      expect(line === '', `line ${i}`).toBe(txt[i]!.trim() === '');
      // The characters are the engine's; only its choice of spaces is not in the layout file.
      expect(squash(line), `line ${i}`).toBe(squash(txt[i]!));
      const box = page.layout.lines[i];
      if (line === '') expect(box).toBeNull();
      else {
        expect(box!.w).toBeGreaterThan(0);
        expect(box!.x + box!.w).toBeLessThanOrEqual(page.layout.width + 2);
        expect(box!.y + box!.h).toBeLessThanOrEqual(page.layout.height + 2);
      }
    });
    expect(page.layout.image).toMatch(new RegExp(`^${name}\\.(jpg|png)$`));
  });

  it('ALTO and hOCR of the same run put each line in the same place, in blocks', () => {
    expect(alto.layout.width).toBe(hocr.layout.width);
    alto.layout.lines.forEach((box, i) => {
      const other = hocr.layout.lines[i];
      if (!box) return expect(other).toBeNull();
      expect([other!.x, other!.y, other!.w, other!.h]).toEqual([box.x, box.y, box.w, box.h]);
      expect(box.block).toBeTruthy();
    });
    // hOCR states the engine's character size; the headline's is larger than the body's.
    const sizes = hocr.layout.lines.flatMap((b) => (b?.fontSize ? [b.fontSize] : []));
    expect(sizes.length).toBe(hocr.layout.lines.filter(Boolean).length);
    expect(Math.max(...sizes)).toBeGreaterThan(1.5 * sizes.sort((a, b) => a - b)[sizes.length >> 1]!);
  });

  it('reads like its plain text: the parser finds (nearly) the same articles', () => {
    const fromText = analyzePage(txt.join('\n')).articles.map((a) => squash(a.headline));
    const fromAlto = analyzePage(alto.text, { layout: alto.layout.lines }).articles.map((a) => squash(a.headline));
    expect(Math.abs(fromAlto.length - fromText.length)).toBeLessThanOrEqual(1);
    expect(fromText.filter((h) => fromAlto.includes(h)).length).toBeGreaterThanOrEqual(fromText.length - 1);
  });

  it('words set solid are joined without spaces, a wide gap keeps a run of spaces', () => {
    const wide = (l: string) => /\S {4,}\S/.test(l);
    const lines = alto.text.split('\n');
    txt.forEach((line, i) => expect(wide(lines[i]!), line).toBe(wide(line)));
    // Most lines of body text have no space at all, as in the engine's own text.
    const solid = lines.filter((l, i) => l !== '' && !l.includes(' ') && !txt[i]!.includes(' ')).length;
    expect(solid / txt.filter((l) => l.trim() !== '' && !l.includes(' ')).length).toBeGreaterThan(0.6);
  });
});

const PAGE_NS = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';
const pageXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="${PAGE_NS}"><Metadata><Creator>t</Creator><Created>2020-01-01T00:00:00</Created><LastChange>2020-01-01T00:00:00</LastChange></Metadata>
<Page imageFilename="p.png" imageWidth="400" imageHeight="300">${body}</Page></PcGts>`;

describe('PAGE XML', () => {
  it('reads regions in the stated reading order, a line’s box from its polygon', () => {
    const page = readLayout(
      pageXml(`<ReadingOrder><OrderedGroup id="g"><RegionRefIndexed index="0" regionRef="r2"/><RegionRefIndexed index="1" regionRef="r1"/></OrderedGroup></ReadingOrder>
      <TextRegion id="r1"><Coords points="0,0 10,0 10,10 0,10"/><TextLine id="l1"><Coords points="10,20 110,20 110,44 10,44"/><TextEquiv><Unicode>第二块</Unicode></TextEquiv></TextLine></TextRegion>
      <TextRegion id="r2"><Coords points="0,0 10,0 10,10 0,10"/><TextLine id="l2"><Coords points="5,100 205,98 206,130 5,131"/><TextEquiv><Unicode>第一块</Unicode></TextEquiv></TextLine>
      <TextLine id="l3"><Coords points="5,140 50,140 50,170 5,170"/><TextEquiv><Unicode>续行</Unicode></TextEquiv></TextLine></TextRegion>`),
      'p.xml',
    );
    expect(page.text).toBe('第一块\n续行\n\n第二块\n');
    expect(page.layout).toMatchObject({ format: 'page', width: 400, height: 300, image: 'p.png' });
    expect(page.layout.lines[0]).toEqual({ x: 5, y: 98, w: 201, h: 33, block: 'r2' });
    expect(page.layout.lines[3]).toEqual({ x: 10, y: 20, w: 100, h: 24, block: 'r1' });
  });
});

describe('the line stream the parser reads', () => {
  const altoPage = (blocks: string) => `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="p" WIDTH="1000" HEIGHT="1000"><PrintSpace>${blocks}</PrintSpace></Page></Layout></alto>`;
  const textLine = (x: number, y: number, w: number, words: [string, number, number][]) =>
    `<TextLine HPOS="${x}" VPOS="${y}" WIDTH="${w}" HEIGHT="20">${words.map(([c, wx, ww]) => `<String CONTENT="${c}" HPOS="${wx}" WIDTH="${ww}"/>`).join('')}</TextLine>`;

  it('a line set in two ems from its block’s left edge is a paragraph’s first line, written indented; a centred one is not', () => {
    const page = readLayout(
      altoPage(
        `<TextBlock ID="b1" HPOS="100" WIDTH="200">${textLine(140, 0, 160, [['第一段首行', 140, 160]])}${textLine(100, 25, 200, [['第一段第二行字', 100, 200]])}${textLine(140, 50, 160, [['第二段首行', 140, 160]])}</TextBlock>
         <TextBlock ID="b2" HPOS="100" WIDTH="200">${textLine(160, 100, 80, [['标题', 160, 80]])}</TextBlock>`,
      ),
      'a.xml',
    );
    expect(page.text.split('\n')).toEqual(['\u3000\u3000第一段首行', '第一段第二行字', '\u3000\u3000第二段首行', '', '标题', '']);
  });

  it('no space beside a full-width mark’s blank half, nor beside a box too narrow for its characters; a wide gap keeps its run', () => {
    // 20 px type: `，` inked in its cell's left half leaves 14 px blank before the next character.
    const page = readLayout(
      altoPage(
        `<TextBlock ID="b1" HPOS="0" WIDTH="600">${textLine(0, 0, 600, [['今天', 0, 40], ['，', 42, 6], ['上海', 62, 40], ['”记者', 102, 2], ['调查', 130, 40], ['摄', 170, 20], ['，', 300, 4]])}</TextBlock>`,
      ),
      'a.xml',
    );
    expect(page.text).toBe('今天，上海”记者调查摄     ，\n');
  });
});

describe('type sizes, the evidence of headings', () => {
  const altoXml = (unit: string, styles: string, blocks: string) => `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>${unit}</MeasurementUnit></Description>
<Styles>${styles}</Styles><Layout><Page ID="p" WIDTH="2000" HEIGHT="3000" PHYSICAL_IMG_NR="1"><PrintSpace>${blocks}</PrintSpace></Page></Layout></alto>`;
  const line = (y: number, attrs: string, strings: string) => `<TextLine HPOS="10" VPOS="${y}" WIDTH="500" HEIGHT="40"${attrs}>${strings}</TextLine>`;
  const string = (content: string, style = '') => `<String CONTENT="${content}"${style ? ` STYLEREFS="${style}"` : ''}/>`;
  const styles = `<TextStyle ID="head" FONTSIZE="28"/><TextStyle ID="body" FONTSIZE="10.5"/><ParagraphStyle ID="para" ALIGN="Left"/>`;

  it('ALTO: a line takes its own TextStyle, else the size most of its characters are set in, else its block’s', () => {
    const page = readLayout(
      altoXml(
        'pixel',
        styles,
        `<TextBlock ID="b1" STYLEREFS="para body">${line(10, ' STYLEREFS="head"', string('工会新闻'))}${line(60, '', string('一', 'head') + string('二三四五六', 'body'))}${line(110, '', string('正文续行'))}</TextBlock>
         <TextBlock ID="b2">${line(200, '', string('无样式'))}</TextBlock>`,
      ),
      'a.xml',
    );
    expect(page.layout.lines.map((b) => b?.fontPoints ?? null)).toEqual([28, 10.5, 10.5, null, null, null]);
    // In pixels, a point is no number of pixels without the scan's resolution: no pixel size is made up.
    expect(page.layout.lines.some((b) => b?.fontSize !== undefined)).toBe(false);
  });

  it('ALTO in mm10 or inch1200: the size in the boxes’ unit too, which becomes the image’s pixels with them', () => {
    const blocks = `<TextBlock ID="b1" STYLEREFS="head">${line(10, '', string('标题'))}</TextBlock>`;
    const mm10 = readLayout(altoXml('mm10', styles, blocks), 'a.xml').layout;
    expect(mm10.lines[0]).toMatchObject({ fontPoints: 28 });
    // 28 pt is 28/72 inch, 98.8 tenths of a millimetre.
    expect(mm10.lines[0]!.fontSize).toBeCloseTo((28 * 254) / 72, 6);
    // Scanned at 300 dpi, the 2000×3000 mm10 page is 2362×3543 px: 28 pt is 116.7 px.
    const inPixels = layoutInPixels(mm10, { width: 2362, height: 3543 });
    expect(inPixels.lines[0]!.fontSize).toBeCloseTo((28 * 300) / 72, 0);
    expect(inPixels.lines[0]!.fontPoints).toBe(28);
    expect(readLayout(altoXml('inch1200', styles, blocks), 'a.xml').layout.lines[0]!.fontSize).toBeCloseTo((28 * 1200) / 72, 6);
  });

  it('ALTO without styles, as Tesseract writes it, states no size', () => {
    const alto = readLayout(ocrFixture('b05_tupian_xinwen.xml'), 'b05_tupian_xinwen.xml');
    expect(alto.layout.lines.some((b) => b?.fontPoints !== undefined || b?.fontSize !== undefined)).toBe(false);
  });

  it('hOCR: x_fsize in points (the line’s, else its words’) beside x_size in pixels', () => {
    const hocr = `<html xmlns="http://www.w3.org/1999/xhtml"><body><div class="ocr_page" title="bbox 0 0 1000 1000; image &quot;p.png&quot;">
      <p class="ocr_par" id="par1"><span class="ocr_line" title="bbox 10 10 500 60; x_size 48; x_fsize 24">
      <span class="ocrx_word" title="bbox 10 10 500 60">标题</span></span>
      <span class="ocr_line" title="bbox 10 80 500 110; x_size 21.5">
      <span class="ocrx_word" title="bbox 10 80 500 110">正文</span></span>
      <span class="ocr_line" title="bbox 10 120 500 150; x_size 22">
      <span class="ocrx_word" title="bbox 10 120 40 150; x_font SimSun; x_fsize 12">一</span><span class="ocrx_word" title="bbox 40 120 500 150; x_font SimSun; x_fsize 10">正文续行</span></span></p></div></body></html>`;
    const lines = readLayout(hocr, 'p.hocr').layout.lines;
    expect(lines[0]).toMatchObject({ fontSize: 48, fontPoints: 24 });
    expect(lines[1]).toMatchObject({ fontSize: 21.5 });
    expect(lines[1]!.fontPoints).toBeUndefined();
    // Tesseract's hocr_font_info puts it on the words: the size most of the line's characters are set in.
    expect(lines[2]).toMatchObject({ fontSize: 22, fontPoints: 10 });
  });

  it('PAGE XML: a line’s TextStyle, else its region’s', () => {
    const page = readLayout(
      pageXml(`<TextRegion id="r1"><Coords points="0,0 10,0 10,10 0,10"/><TextStyle fontSize="9"/>
        <TextLine id="l1"><Coords points="10,20 110,20 110,44 10,44"/><TextEquiv><Unicode>大标题</Unicode></TextEquiv><TextStyle fontSize="32"/></TextLine>
        <TextLine id="l2"><Coords points="10,50 110,50 110,64 10,64"/><TextEquiv><Unicode>正文</Unicode></TextEquiv></TextLine></TextRegion>`),
      'p.xml',
    );
    expect(page.layout.lines.map((b) => b?.fontPoints ?? null)).toEqual([32, 9, null]);
  });
});

describe('refused files', () => {
  it('malformed XML, with its line', () => {
    expect(refusal(() => readLayout('<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">\n<Layout>\n</alto>', 'a.xml'))).toMatch(/line 3\): Opening and ending tag mismatch: "Layout" != "alto"/);
  });

  it('an XML bomb: entities declared in the document', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="1" HEIGHT="1"><PrintSpace><TextBlock><TextLine><String CONTENT="&lol2;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    expect(refusal(() => readLayout(bomb, 'bomb.xml'))).toMatch(/entities/);
  });

  it('an external entity, which is never read', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY secret SYSTEM "file:///etc/passwd">]><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">&secret;</alto>`;
    expect(refusal(() => readLayout(xxe, 'xxe.xml'))).toMatch(/entities/);
  });

  it('XML of another kind, and a layout without text', () => {
    expect(refusal(() => readLayout('<svg xmlns="http://www.w3.org/2000/svg"/>', 'x.xml'))).toMatch(/unknown XML format.*svg/);
    expect(refusal(() => readLayout(pageXml(''), 'p.xml'))).toMatch(/no text lines/);
  });
});
