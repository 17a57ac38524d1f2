import type { ExportFormat } from '../api/contract';

/** The file extension (without dot) each export format is written with. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  jsonl: 'jsonl',
  md: 'md',
  txt: 'txt',
  csv: 'csv',
  docx: 'docx',
};

/** The media type a download of each format is served with. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** `name` with the format's extension appended unless it already ends with it (case-insensitive). */
export function withExtension(name: string, format: ExportFormat): string {
  const ext = `.${EXPORT_EXTENSIONS[format]}`;
  return name.toLowerCase().endsWith(ext) ? name : `${name}${ext}`;
}
