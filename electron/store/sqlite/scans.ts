import type { PageLayout } from '../../../shared/layout/types';
import type { ScanImageType } from '../../scans/images';
import type { Db } from '../database';
import type { PageScan, ScanFile, ScanRepo } from '../repositories';
import { fromJson, toJson } from './json';

interface ScanRow {
  page_id: number;
  layout_json: string | null;
  image_hash: string | null;
  image_type: ScanImageType | null;
  image_width: number | null;
  image_height: number | null;
  image_page: number | null;
  original_hash: string | null;
  original_type: ScanImageType | null;
}

export function scanRepo(db: Db): ScanRepo {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO page_scans (page_id, layout_json, image_hash, image_type, image_width, image_height, image_page, original_hash, original_type)
     VALUES (@pageId, @layout, @hash, @type, @width, @height, @page, @originalHash, @originalType)`,
  );
  const get = db.prepare<[number], ScanRow>('SELECT * FROM page_scans WHERE page_id = ?');
  const ofBatch = db.prepare<[number, number], ScanFile>(
    `SELECT s.image_hash AS hash, s.image_type AS type FROM page_scans s JOIN pages p ON p.id = s.page_id WHERE p.batch_id = ? AND s.image_hash IS NOT NULL
     UNION
     SELECT s.original_hash, s.original_type FROM page_scans s JOIN pages p ON p.id = s.page_id WHERE p.batch_id = ? AND s.original_hash IS NOT NULL`,
  );
  const inUse = db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM page_scans WHERE image_hash = ? OR original_hash = ?');
  return {
    put: (pageId, scan) =>
      void insert.run({
        pageId,
        layout: scan.layout ? toJson(scan.layout) : null,
        hash: scan.image?.hash ?? null,
        type: scan.image?.type ?? null,
        width: scan.image?.width ?? null,
        height: scan.image?.height ?? null,
        page: scan.image?.page ?? null,
        originalHash: scan.image?.original?.hash ?? null,
        originalType: scan.image?.original?.type ?? null,
      }),
    get: (pageId): PageScan | null => {
      const r = get.get(pageId);
      if (!r) return null;
      return {
        layout: fromJson<PageLayout>(r.layout_json),
        image:
          r.image_hash && r.image_type
            ? {
                hash: r.image_hash,
                type: r.image_type,
                width: r.image_width ?? 0,
                height: r.image_height ?? 0,
                page: r.image_page,
                original: r.original_hash && r.original_type ? { hash: r.original_hash, type: r.original_type } : null,
              }
            : null,
      };
    },
    imageInUse: (hash) => inUse.get(hash, hash)!.n > 0,
    filesOfBatch: (batchId) => ofBatch.all(batchId, batchId),
  };
}
