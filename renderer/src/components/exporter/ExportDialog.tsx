import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ExportFormat, ExportRecord, PageSummary } from '../../../../shared/api/contract';
import { EXPORT_FORMATS } from '../../../../shared/api/contract';
import type { ArticleStatus } from '../../../../shared/model/types';
import { ARTICLE_STATUSES } from '../../../../shared/model/types';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/format';
import { useDesk, useDeskApi } from '../../store/provider';
import { exportFraction } from '../../store/slices/exporter/selectors';
import { Dialog } from '../shell/Dialog';
import { ProgressBar } from '../shell/ProgressBar';

const FORMAT_NAMES: Record<ExportFormat, string> = { json: 'JSON', jsonl: 'JSONL', md: 'Markdown', txt: 'TXT', csv: 'CSV', docx: 'DOCX' };

function toggled(list: readonly number[] | readonly string[] | undefined, value: number | string, on: boolean) {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

function HistoryRow({ record }: { record: ExportRecord }) {
  const t = useT();
  const api = useDeskApi();
  const language = useDesk((s) => s.settings.language);
  const url = api.exportFileUrl(record.id);
  return (
    <li className="export-record" data-testid="export-record" data-export-id={record.id}>
      <span>{formatDateTime(record.createdAt, language)}</span>
      <span className="badge">{FORMAT_NAMES[record.format]}</span>
      <span>{t('tags.count', { count: record.count })}</span>
      <span className="export-path">{record.path}</span>
      {url ? (
        <a href={url} download data-testid="export-download">
          {t('export.download')}
        </a>
      ) : null}
    </li>
  );
}

/**
 * The batch's pages to export, as a compact list that scrolls within a few rows and narrows as one types (a file
 * name or a date): a 300-page batch must not push the format and the Export button off the dialog.
 */
function PagePicker({ pages, chosen, onChange }: { pages: readonly PageSummary[]; chosen: readonly number[]; onChange: (ids: number[]) => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const needle = query.trim().toLowerCase();
  const shown = needle ? pages.filter((p) => p.file.toLowerCase().includes(needle) || (p.date ?? '').includes(needle)) : pages;
  const chosenSet = new Set(chosen);
  return (
    <fieldset className="page-picker" data-testid="export-pages">
      <legend>
        {t('export.pages')} <span className="muted">{t('export.pagesChosen', { chosen: chosen.length, total: pages.length })}</span>
      </legend>
      <div className="field-row">
        <input id={searchId} type="search" aria-label={t('export.pagesSearch')} data-testid="export-pages-search" placeholder={t('export.pagesSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" data-testid="export-pages-all" onClick={() => onChange([...new Set([...chosen, ...shown.map((p) => p.id)])])}>
          {t('export.pagesChooseShown', { count: shown.length })}
        </button>
        <button type="button" disabled={chosen.length === 0} onClick={() => onChange([])}>
          {t('export.pagesClear')}
        </button>
      </div>
      <div className="page-picker-list">
        {shown.map((p) => (
          <label key={p.id} className="check" data-testid="export-page">
            <input type="checkbox" checked={chosenSet.has(p.id)} onChange={(e) => onChange(toggled(chosen, p.id, e.target.checked) as number[])} />
            {p.file}
            {p.date ? ` (${p.date})` : ''}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Choose what and in which format, see the count first, watch the progress, find past exports. */
export function ExportDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const selection = useDesk((s) => s.exportSelection);
  const format = useDesk((s) => s.exportFormat);
  const count = useDesk((s) => s.exportCount);
  const running = useDesk((s) => s.exportRunning);
  const progress = useDesk((s) => s.exportProgress);
  const fraction = useDesk(exportFraction);
  const history = useDesk((s) => s.exportHistory);
  const last = useDesk((s) => s.lastExport);
  const batches = useDesk((s) => s.batches);
  const pages = useDesk((s) => s.pages);
  const currentBatch = useDesk((s) => s.batchId);
  const tags = useDesk(useShallow((s) => s.tags.map((tag) => tag.name)));
  const setSelection = useDesk((s) => s.setExportSelection);
  const setFormat = useDesk((s) => s.setExportFormat);
  const run = useDesk((s) => s.runExport);
  const ids = { batch: useId(), from: useId(), to: useId(), status: useId() };
  const pagesShown = selection.batchId !== undefined && selection.batchId === currentBatch;

  return (
    <Dialog title={t('export.title')} onClose={close} wide testId="export-dialog">
      <div className="export-form">
        <fieldset>
          <legend>{t('export.selection')}</legend>
          <div className="field">
            <label htmlFor={ids.batch}>{t('export.batch')}</label>
            <select
              id={ids.batch}
              data-testid="export-batch"
              value={selection.batchId ?? ''}
              onChange={(e) => void setSelection({ batchId: e.target.value ? Number(e.target.value) : undefined, pageIds: undefined })}
            >
              <option value="">{t('export.allBatches')}</option>
              {batches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          {pagesShown && pages.length > 0 ? (
            <PagePicker pages={pages} chosen={selection.pageIds ?? []} onChange={(pageIds) => void setSelection({ pageIds })} />
          ) : null}
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.from}>{t('export.dateFrom')}</label>
              <input id={ids.from} type="date" value={selection.dateFrom ?? ''} onChange={(e) => void setSelection({ dateFrom: e.target.value || undefined })} />
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t('export.dateTo')}</label>
              <input id={ids.to} type="date" value={selection.dateTo ?? ''} onChange={(e) => void setSelection({ dateTo: e.target.value || undefined })} />
            </div>
          </div>
          {tags.length > 0 ? (
            <fieldset className="checks">
              <legend>{t('export.sections')}</legend>
              {tags.map((name) => (
                <label key={name} className="check">
                  <input
                    type="checkbox"
                    checked={selection.sections?.includes(name) ?? false}
                    onChange={(e) => void setSelection({ sections: toggled(selection.sections, name, e.target.checked) as string[] })}
                  />
                  {name}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="field">
            <label htmlFor={ids.status}>{t('export.status')}</label>
            <select
              id={ids.status}
              data-testid="export-status"
              value={selection.status ?? 'approved'}
              onChange={(e) => void setSelection({ status: e.target.value as ArticleStatus | 'all' })}
            >
              <option value="all">{t('status.all')}</option>
              {ARTICLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset className="formats">
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="check">
              <input type="radio" name="export-format" value={f} data-testid={`export-format-${f}`} checked={format === f} onChange={() => setFormat(f)} />
              {FORMAT_NAMES[f]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="export-count" data-testid="export-count" data-count={count ?? ''} role="status">
        {count === null ? t('common.loading') : t('export.count', { count })}
      </p>
      <button type="button" className="primary" data-testid="export-run" disabled={running || !count} onClick={() => void run()}>
        {t('export.run')}
      </button>
      {running || progress ? (
        <ProgressBar label={t('export.progress')} value={fraction} text={progress ? `${progress.done}/${progress.total}` : undefined} testId="export-progress" />
      ) : null}
      {last ? (
        <p className="export-done" data-testid="export-done" data-export-id={last.id}>
          {t('export.done', { count: last.count, path: last.path })}
        </p>
      ) : null}
      <section className="export-history" aria-labelledby="export-history-title">
        <h3 id="export-history-title">{t('export.history')}</h3>
        {history.length === 0 ? <p className="empty">{t('export.historyNone')}</p> : null}
        <ul data-testid="export-history">
          {history.map((r) => (
            <HistoryRow key={r.id} record={r} />
          ))}
        </ul>
      </section>
    </Dialog>
  );
}
