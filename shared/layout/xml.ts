// XML parsing for the layout formats, through @xmldom/xmldom. External entities are never resolved (xmldom loads
// nothing), and a document that declares entities of its own is refused outright: entity expansion is how an
// "XML bomb" grows a small file into gigabytes, and no layout format needs it.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { LayoutError } from './types';

function malformed(message: string, line: number | null): LayoutError {
  const reason = message.replace(/\s*@#\[line:\d+,col:\d+\]/, '').split('\n')[0]!.trim();
  return new LayoutError(
    line === null
      ? { zh: `XML 格式错误:${reason}`, en: `malformed XML: ${reason}` }
      : { zh: `XML 格式错误(第 ${line} 行):${reason}`, en: `malformed XML (line ${line}): ${reason}` },
  );
}

/** Parses `text` as XML (or, for hOCR written as HTML, as HTML); malformed input is refused with its line. */
export function parseXml(text: string, html = false): Document {
  // The internal subset is where entities are declared; a DOCTYPE naming an outside DTD (XHTML hOCR) is fine,
  // since nothing outside is ever read.
  const root = text.search(/<[A-Za-z_]/);
  if (/<!ENTITY/i.test(root < 0 ? text : text.slice(0, root))) {
    throw new LayoutError({ zh: '文件声明了 XML 实体(可能是"XML 炸弹"或外部实体),拒绝读取', en: 'the file declares XML entities (an XML bomb or external entity), refused' });
  }
  let refused: LayoutError | null = null;
  const parser = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      refused ??= malformed(message, (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber ?? null);
      // Thrown to stop the parse; xmldom wraps it, so the reason kept above is what is thrown out of here.
      throw refused;
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, html ? 'text/html' : 'application/xml');
  } catch (err) {
    throw refused ?? err;
  }
  if (refused) throw refused;
  if (!doc.documentElement) throw malformed('no root element', null);
  return doc;
}

/** Child elements of `parent` with local name `name`, whatever their namespace. */
export function childrenNamed(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

/** Descendant elements named `name`, in document order. */
export function descendantsNamed(parent: Element | Document, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', name));
}

export function numberAttr(el: Element, name: string): number | null {
  const raw = el.getAttribute(name);
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
