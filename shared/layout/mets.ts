// A METS 1.12 wrapper for a layout export (the METS/ALTO packaging of newspaper digitisation): one file group for
// the page images and one for the page XML, and a physical structure map with a div per page pointing at both.
// Files are referred to by their names beside the METS file; checksums are SHA-256 as stored or written.
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const METS_NS = 'http://www.loc.gov/METS/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export interface MetsFile {
  /** The file's name beside the METS file. */
  href: string;
  mime: string;
  /** SHA-256, hex. */
  sha256: string;
}

export interface MetsPage {
  /** The page file the page was imported from (its label in the structure map). */
  label: string;
  xml: MetsFile;
  image: MetsFile | null;
}

/** The MIME types METS/ALTO and OCR-D packages give the two layout formats. */
export const LAYOUT_MIME = { alto: 'text/xml', page: 'application/vnd.prima.page+xml' } as const;

function element(doc: Document, parent: Element, name: string, attrs: Record<string, string | number> = {}): Element {
  const el = doc.createElementNS(METS_NS, `mets:${name}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.appendChild(el);
  return el;
}

function file(doc: Document, group: Element, id: string, f: MetsFile): void {
  const el = element(doc, group, 'file', { ID: id, MIMETYPE: f.mime, CHECKSUM: f.sha256, CHECKSUMTYPE: 'SHA-256' });
  const locat = element(doc, el, 'FLocat', { LOCTYPE: 'URL' });
  locat.setAttributeNS(XLINK_NS, 'xlink:type', 'simple');
  locat.setAttributeNS(XLINK_NS, 'xlink:href', f.href);
}

/** `format` names the XML file group (ALTO or PAGE); `created` is the export's time (ISO). */
export function toMets(pages: readonly MetsPage[], format: keyof typeof LAYOUT_MIME, created: string): string {
  const doc = new DOMImplementation().createDocument(METS_NS, 'mets:mets', null);
  const root = doc.documentElement!;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK_NS);
  const header = element(doc, root, 'metsHdr', { CREATEDATE: created.replace(/\.\d+Z$/, 'Z') });
  const agent = element(doc, header, 'agent', { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' });
  element(doc, agent, 'name').appendChild(doc.createTextNode('Galley'));
  const files = element(doc, root, 'fileSec');
  const images = pages.some((p) => p.image) ? element(doc, files, 'fileGrp', { USE: 'IMAGE' }) : null;
  const xml = element(doc, files, 'fileGrp', { USE: format.toUpperCase() });
  const physical = element(doc, element(doc, root, 'structMap', { TYPE: 'PHYSICAL' }), 'div', { ID: 'physSequence', TYPE: 'physSequence' });
  pages.forEach((page, i) => {
    const n = String(i + 1).padStart(4, '0');
    const div = element(doc, physical, 'div', { ID: `PHYS_${n}`, TYPE: 'page', ORDER: i + 1, LABEL: page.label });
    if (page.image && images) {
      file(doc, images, `IMG_${n}`, page.image);
      element(doc, div, 'fptr', { FILEID: `IMG_${n}` });
    }
    file(doc, xml, `${format.toUpperCase()}_${n}`, page.xml);
    element(doc, div, 'fptr', { FILEID: `${format.toUpperCase()}_${n}` });
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
