import type { PageScanInfo } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ServiceContext } from './context';

/** Scan images are served under this path on the host's own origin (HTTP host and app protocol alike). */
export const SCAN_URL_PREFIX = '/api/scans/';

export function scanUrl(hash: string, type: string): string {
  return `${SCAN_URL_PREFIX}${hash}.${type}`;
}

/** Parses a scan URL's path back into its hash and type; null for anything else. */
export function parseScanPath(path: string): { hash: string; type: string } | null {
  if (!path.startsWith(SCAN_URL_PREFIX)) return null;
  const m = /^([0-9a-f]{64})\.(png|jpg|webp|tiff|pdf)$/.exec(path.slice(SCAN_URL_PREFIX.length));
  return m ? { hash: m[1]!, type: m[2]! } : null;
}

export function pageScan(ctx: ServiceContext, pageId: number): PageScanInfo {
  if (!ctx.store.pages.get(pageId)) throw new ApiError('not-found', `页面 ${pageId} 不存在 / Page ${pageId} not found`);
  const scan = ctx.store.scans.get(pageId);
  const image = scan?.image ?? null;
  return {
    pageId,
    image: image ? { url: scanUrl(image.hash, image.type), type: image.type, width: image.width, height: image.height, page: image.page } : null,
    layout: scan?.layout ? { format: scan.layout.format, width: scan.layout.width, height: scan.layout.height, lines: scan.layout.lines } : null,
  };
}
