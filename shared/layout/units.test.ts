import { describe, expect, it } from 'vitest';
import { ocrFixture } from '../../tests/fixtures/ocr';
import { readLayout } from './index';
import { LayoutError } from './types';
import { layoutInPixels } from './units';

const NAME = 'b05_tupian_xinwen';
const pixel = readLayout(ocrFixture(`${NAME}.xml`), `${NAME}.xml`);
const mm10 = readLayout(ocrFixture(`mm10/${NAME}.xml`), `${NAME}.xml`);

describe('ALTO MeasurementUnit', () => {
  it('is read and kept with the boxes, which stay in the file’s unit', () => {
    expect(pixel.layout.unit).toBeUndefined();
    expect(mm10.layout).toMatchObject({ unit: 'mm10', width: 1996, height: 2558 });
    // The same lines (word gaps are judged against the line's height, so rounding may move a space).
    expect(mm10.text.split('\n').map((l) => l.replace(/\s+/g, ''))).toEqual(pixel.text.split('\n').map((l) => l.replace(/\s+/g, '')));
  });

  it('mm10 becomes the image’s pixels by the page size against the image size', () => {
    // The fixture image is half the size Tesseract read (786 × 1007).
    const inPixels = layoutInPixels(mm10.layout, { width: 786, height: 1007 });
    expect(inPixels).toMatchObject({ width: 786, height: 1007 });
    expect(inPixels.unit).toBeUndefined();
    inPixels.lines.forEach((box, i) => {
      const original = pixel.layout.lines[i];
      if (!box) return expect(original).toBeNull();
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(box[k] - original![k] / 2), `line ${i} ${k}`).toBeLessThanOrEqual(1);
    });
  });

  it('without an image, by a resolution: 254 mm10 and 1200 inch1200 are an inch', () => {
    const one = (unit: 'mm10' | 'inch1200', v: number) => ({ ...mm10.layout, unit, width: v, height: v, lines: [{ x: v, y: 0, w: v, h: v }] });
    expect(layoutInPixels(one('mm10', 254), null, 300).lines[0]).toEqual({ x: 300, y: 0, w: 300, h: 300 });
    expect(layoutInPixels(one('inch1200', 1200), null, 200)).toMatchObject({ width: 200, height: 200 });
    // A pixel layout is left to the desk's scaling.
    expect(layoutInPixels(pixel.layout, { width: 1, height: 1 })).toBe(pixel.layout);
  });

  it('an unknown unit is refused with the reason', () => {
    const bad = ocrFixture(`${NAME}.xml`).replace('<MeasurementUnit>pixel</MeasurementUnit>', '<MeasurementUnit>furlong</MeasurementUnit>');
    expect(() => readLayout(bad, 'x.xml')).toThrow(LayoutError);
    expect(() => readLayout(bad, 'x.xml')).toThrow(/MeasurementUnit furlong/);
  });
});
