import { useMemo, useState } from 'react';
import type { ImportFileResult, ImportFileStatus, Language } from '../../../../shared/api/contract';
import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

type SortKey = 'order' | 'file' | 'status' | 'articles';
const SORT_KEYS: SortKey[] = ['order', 'file', 'status', 'articles'];
/** Refusals first: they are what needs a look. */
const STATUS_ORDER: Record<ImportFileStatus, number> = { refused: 0, duplicate: 1, updated: 2, imported: 3 };
const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;
/** Skipped files named in the summary line; the rest are counted. */
const SKIPPED_NAMED = 5;

function sorted(files: readonly ImportFileResult[], key: SortKey): readonly ImportFileResult[] {
  if (key === 'order') return files;
  const copy = [...files];
  if (key === 'file') copy.sort((a, b) => byName(a.file, b.file));
  if (key === 'status') copy.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a.file, b.file));
  if (key === 'articles') copy.sort((a, b) => b.articles - a.articles || byName(a.file, b.file));
  return copy;
}

/** The import's outcome: totals, what was skipped, a warning when nothing to proofread came of it, then per file. */
export function ImportResults() {
  const t = useT();
  const report = useDesk((s) => s.importReport);
  const skippedHere = useDesk((s) => s.importSkipped);
  const emptyBatch = useDesk((s) => (s.importReport?.batchArticles === 0 ? (s.batches.find((b) => b.id === s.importReport!.batchId) ?? null) : null));
  const deleteBatch = useDesk((s) => s.deleteBatch);
  const language = useDesk((s) => s.settings.language);
  const openOverlay = useDesk((s) => s.openOverlay);
  const loadProfile = useDesk((s) => s.loadProfile);
  const [sortKey, setSortKey] = useState<SortKey>('order');
  const files = useMemo(() => sorted(report?.files ?? [], sortKey), [report, sortKey]);
  if (!report) return null;

  const count = (status: ImportFileStatus) => report.files.filter((f) => f.status === status).length;
  const articles = report.files.reduce((n, f) => n + f.articles, 0);
  const stored = count('imported') + count('updated');
  // Left out by this window (a drop, the file picker) or by the backend's walk of a folder.
  const skipped = [...skippedHere, ...(report.skipped ?? [])];
  const named = skipped.slice(0, SKIPPED_NAMED).join('、');

  return (
    <section aria-label={t('import.results')} className="import-results">
      <h3>
        {t('import.results')}
        {report.batchName ? ` · ${report.batchName}` : ''}
      </h3>
      <p data-testid="import-summary">
        {t('import.summary', { files: report.files.length, imported: count('imported'), updated: count('updated'), duplicate: count('duplicate'), refused: count('refused'), articles })}
      </p>
      {skipped.length > 0 ? (
        <p data-testid="import-skipped" role="status">
          {t('import.skipped', { count: skipped.length, names: skipped.length > SKIPPED_NAMED ? t('import.moreNames', { names: named }) : named })}
        </p>
      ) : null}
      {report.batchArticles === 0 ? (
        <p data-testid="import-no-articles" className="import-warning" role="alert">
          {t('import.noArticles', { batch: report.batchName ?? '' })}{' '}
          {emptyBatch ? (
            <button type="button" data-testid="import-delete-empty" onClick={() => void deleteBatch(emptyBatch)}>
              {t('import.deleteEmpty')}
            </button>
          ) : (
            <span data-testid="import-empty-deleted">{t('import.emptyDeleted')}</span>
          )}
        </p>
      ) : stored > 0 && articles === 0 ? (
        <p data-testid="import-no-articles" className="import-warning" role="alert">
          {t('import.noArticlesHere')}
        </p>
      ) : null}
      {report.files.length > 1 ? (
        <label className="inline-field">
          <span>{t('import.sort')}</span>
          <select data-testid="import-sort" value={sortKey} onChange={(e) => setSortKey(e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`import.sort.${k}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ul data-testid="import-results">
        {files.map((f) => (
          <li key={f.file} data-testid="import-result" data-status={f.status} className={`import-result import-${f.status}`}>
            <span className="import-file">{f.file}</span>
            <span className={`badge badge-import-${f.status}`}>{t(`import.result.${f.status}`)}</span>
            <ResultDetail result={f} language={language} />
          </li>
        ))}
      </ul>
      {report.profile ? (
        <p data-testid="import-profile-offer" className="import-profile-offer">
          {t('profile.offer', { rules: report.profile.rules, pages: report.profile.pages })}{' '}
          <button
            type="button"
            onClick={() => {
              void loadProfile();
              openOverlay('profile');
            }}
          >
            {t('profile.offerOpen')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function ResultDetail({ result: f, language }: { result: ImportFileResult; language: Language }) {
  const detail = <Detail result={f} language={language} />;
  if (!f.warnings?.length) return detail;
  return (
    <>
      {detail}
      {f.warnings.map((w) => (
        <span key={w.en} className="import-warning" data-testid="import-file-warning">
          {' '}
          {pickBilingual(w, language)}
        </span>
      ))}
    </>
  );
}

function Detail({ result: f, language }: { result: ImportFileResult; language: Language }) {
  const t = useT();
  if (f.status === 'refused') return f.reason ? <span className="import-reason">{pickBilingual(f.reason, language)}</span> : null;
  if (f.status === 'duplicate') {
    if (!f.existing) return null;
    const { image, layout } = f.completed ?? { image: false, layout: false };
    const completed = image && layout ? t('import.completedBoth') : image ? t('import.completedImage') : layout ? t('import.completedLayout') : '';
    return (
      <span className="import-existing">
        {t('import.existing', { batch: f.existing.batchName, file: f.existing.file })}
        {completed}
      </span>
    );
  }
  if (f.articles === 0) return <span className="import-warning">{t('import.pageNoArticles')}</span>;
  return <span>{t('import.articles', { count: f.articles })}</span>;
}
