import type { ExportFormat } from '../../shared/api/contract';
import { toJson } from '../../shared/export/json';
import { toJsonl } from '../../shared/export/jsonl';
import { toMarkdown } from '../../shared/export/markdown';
import { toText } from '../../shared/export/text';
import type { ExportArticle, ExportManifest } from '../../shared/export/types';
import { toCsv } from './csv';
import { docxChunks } from './docx';

/** The bytes of an export in `format`: text formats (UTF-8) in one piece, DOCX as it is produced (docx.ts). */
export async function serialize(format: ExportFormat, articles: readonly ExportArticle[], manifest: ExportManifest): Promise<Uint8Array | AsyncIterable<Uint8Array>> {
  switch (format) {
    case 'json':
      return Buffer.from(toJson(articles, manifest), 'utf8');
    case 'jsonl':
      return Buffer.from(toJsonl(articles), 'utf8');
    case 'md':
      return Buffer.from(toMarkdown(articles, manifest), 'utf8');
    case 'txt':
      return Buffer.from(toText(articles), 'utf8');
    case 'csv':
      return Buffer.from(toCsv(articles), 'utf8');
    case 'docx':
      return docxChunks(articles, manifest);
  }
}
