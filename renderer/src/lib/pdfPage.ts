// A page of a stored PDF rendered by pdf.js into an image the scan viewer shows, at the size the import measured
// its line boxes in. pdf.js is loaded only when a PDF page is first shown.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfDataOptions } from './pdfData';

/** Renders page `page` (1-based) of the PDF at `url` `width` pixels wide; resolves to an object URL of a PNG. */
export async function renderPdfPage(url: string, page: number, width: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const doc = await pdfjs.getDocument({ url, isEvalSupported: false, ...pdfDataOptions(document.baseURI) }).promise;
  try {
    const p = await doc.getPage(page);
    const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await p.render({ canvas, viewport }).promise;
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PDF page not rendered'))), 'image/png'));
    return URL.createObjectURL(blob);
  } finally {
    await doc.destroy();
  }
}
