// Layout files in: ALTO and PAGE told apart by their root's namespace, hOCR by its classes.
import { ALTO_NAMESPACE, readAlto } from './alto';
import { readHocr } from './hocr';
import { PAGE_NAMESPACE, readPage } from './page';
import type { LayoutPage } from './types';
import { LayoutError } from './types';
import { parseXml } from './xml';

export type { LayoutFormat, LayoutPage, PageLayout } from './types';
export { LayoutError } from './types';

/** File name endings read as layout files. */
export const LAYOUT_EXTENSIONS = ['.xml', '.hocr', '.html', '.htm', '.xhtml'] as const;

export function isLayoutFile(name: string): boolean {
  const lower = name.toLowerCase();
  return LAYOUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Reads a layout file's text (already decoded); `name` says whether it is hOCR (.hocr/.html) or XML. */
export function readLayout(text: string, name: string): LayoutPage {
  const lower = name.toLowerCase();
  if (!lower.endsWith('.xml')) {
    const doc = parseXml(text, !/^\s*(<\?xml|<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML)/i.test(text));
    return readHocr(doc);
  }
  const doc = parseXml(text);
  const ns = doc.documentElement?.namespaceURI ?? '';
  if (ALTO_NAMESPACE.test(ns)) return readAlto(doc);
  if (PAGE_NAMESPACE.test(ns)) return readPage(doc);
  throw new LayoutError({
    zh: `不认识的 XML 格式(命名空间 ${ns || '无'}):支持 ALTO v2–v4 与 PAGE XML`,
    en: `unknown XML format (namespace ${ns || 'none'}): ALTO v2–v4 and PAGE XML are read`,
  });
}
