// A page as a layout format (ALTO, hOCR, PAGE XML, a PDF's text layer) gives it: its text in the reading order
// the format states, and a box per printed line, so the same parser reads it as plain text and the desk can
// show the caret's line on the scan.
import type { Bilingual, LineBox } from '../model/types';

export const LAYOUT_FORMATS = ['alto', 'hocr', 'page', 'pdf'] as const;
export type LayoutFormat = (typeof LAYOUT_FORMATS)[number];

/** ALTO's MeasurementUnit values: image pixels, tenths of a millimetre, 1/1200 inch. */
export const MEASUREMENT_UNITS = ['pixel', 'mm10', 'inch1200'] as const;
export type MeasurementUnit = (typeof MEASUREMENT_UNITS)[number];

export interface PageLayout {
  format: LayoutFormat;
  /**
   * The unit of the boxes and page size; absent means pixel. Only ALTO states another; the import converts such a
   * layout to its page image's pixels (units.ts), so one stays in mm10/inch1200 only on a page without an image.
   */
  unit?: MeasurementUnit;
  /** The page's size in the units of the boxes (image pixels for ALTO in pixels, hOCR and PAGE). */
  width: number;
  height: number;
  /** The page image the format names (ALTO fileName, hOCR image, PAGE imageFilename), as written there. */
  image: string | null;
  /** One entry per line of the page text (blank lines included, as null). */
  lines: (LineBox | null)[];
}

/** A layout file read: the page text the parser gets and its layout. */
export interface LayoutPage {
  text: string;
  layout: PageLayout;
}

/** A layout file refused: malformed XML (with its line), a format not recognised, a page without text. */
export class LayoutError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'LayoutError';
  }
}
