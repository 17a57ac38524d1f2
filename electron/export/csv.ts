// CSV lives on the Node side: csv-stringify's sync build needs Node's Buffer at load time and its types pull in
// @types/node, which shared/ must not see.
import { stringify } from 'csv-stringify/sync';
import { SECTION_SEPARATOR } from '../../shared/export/labels';
import type { ExportArticle } from '../../shared/export/types';

/** Column header and value of each CSV column, in order. */
const COLUMNS: [string, (a: ExportArticle) => string | number | null][] = [
  ['id', (a) => a.id],
  ['paper', (a) => a.paper],
  ['date', (a) => a.date],
  ['page_file', (a) => a.pageFile],
  ['ord', (a) => a.ord],
  ['kind', (a) => a.kind],
  ['kicker', (a) => a.kicker],
  ['headline', (a) => a.headline],
  ['subtitle', (a) => a.subtitle],
  ['byline', (a) => a.byline],
  ['sections', (a) => a.sections.join(SECTION_SEPARATOR)],
  ['body', (a) => a.body],
  ['status', (a) => a.status],
  ['approved_at', (a) => a.approvedAt],
  ['approved_by', (a) => a.approvedBy],
];

/**
 * RFC 4180 CSV with a header row and CRLF record ends, prefixed with a UTF-8 byte order mark so spreadsheet
 * programs read Chinese correctly. The body keeps its line breaks inside a quoted field (an explicit record
 * delimiter turns off csv-stringify's quoting of line breaks unless asked); absent values are empty. A text cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, or their full-width forms) is
 * prefixed with ' (csv-stringify's escape_formulas): OCR text is untrusted input.
 */
export function toCsv(articles: readonly ExportArticle[]): string {
  return stringify(
    articles.map((a) => COLUMNS.map(([, value]) => value(a) ?? '')),
    { bom: true, header: true, columns: COLUMNS.map(([header]) => header), record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true },
  );
}
