// Where the renderer's pdf.js finds the data pdfjs-dist ships beside its code, relative to the page: the CMaps a
// CJK PDF's text needs when its font is not embedded (UniGB-UCS2-H and the like, as Chinese papers' PDFs use),
// the standard fonts' metrics, the JPEG 2000 decoder (WebAssembly, with its JavaScript fallback) and the colour
// profiles. The build copies each pdfjs-dist folder to its path here (pdfjsData in electron.vite.config.ts).
export const PDFJS_DATA = {
  cMapUrl: { path: 'pdfjs/cmaps/', from: 'cmaps' },
  standardFontDataUrl: { path: 'pdfjs/standard_fonts/', from: 'standard_fonts' },
  wasmUrl: { path: 'pdfjs/wasm/', from: 'wasm' },
  iccUrl: { path: 'pdfjs/iccs/', from: 'iccs' },
} as const;

/** pdf.js's options naming each data folder, resolved against the page's address. */
export function pdfDataOptions(base: string): Record<keyof typeof PDFJS_DATA, string> & { cMapPacked: true } {
  const url = (key: keyof typeof PDFJS_DATA) => new URL(PDFJS_DATA[key].path, base).href;
  return { cMapUrl: url('cMapUrl'), cMapPacked: true, standardFontDataUrl: url('standardFontDataUrl'), wasmUrl: url('wasmUrl'), iccUrl: url('iccUrl') };
}
