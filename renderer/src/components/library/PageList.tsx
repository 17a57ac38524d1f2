import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PageSummary } from '../../../../shared/api/contract';
import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** A date input and its button; submits the chosen ISO date. */
function DateForm({ label, action, initial, testId, onSubmit }: { label: string; action: string; initial: string; testId: string; onSubmit: (date: string) => void }) {
  const [value, setValue] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value) onSubmit(value);
  };
  return (
    <form className="date-form" onSubmit={submit} data-testid={testId}>
      <input type="date" aria-label={label} value={value} onChange={(e) => setValue(e.target.value)} data-testid={`${testId}-input`} />
      <button type="submit" disabled={!value} data-testid={`${testId}-apply`}>
        {action}
      </button>
    </form>
  );
}

/** The page's date and where it came from: inferred dates say so, a missing one says so. */
function PageDate({ page }: { page: PageSummary }) {
  const t = useT();
  const inferred = page.dateSource === 'file-name' || page.dateSource === 'running-head';
  return (
    <span data-testid="page-date" data-source={page.dateSource ?? 'none'} className={page.date === null ? 'page-undated' : undefined}>
      {page.date ?? t('pages.noDate')}
      {inferred ? <span className="page-date-inferred"> {t(page.dateSource === 'file-name' ? 'pages.fromFileName' : 'pages.fromRunningHead')}</span> : null}
    </span>
  );
}

/**
 * The batch's pages with their dates; choosing one narrows the article list. A page's date is its own (masthead,
 * running head or file name, else none), editable per page; undated pages are counted and can be dated at once.
 * Page-level warnings (a masthead field that disagrees with the rest of the batch) belong to no article, so they
 * are shown here.
 */
export function PageList() {
  const t = useT();
  const pages = useDesk((s) => s.pages);
  const pageId = useDesk((s) => s.pageId);
  const selectPage = useDesk((s) => s.selectPage);
  const setPageDate = useDesk((s) => s.setPageDate);
  const language = useDesk((s) => s.settings.language);
  const [editing, setEditing] = useState<number | null>(null);
  if (pages.length === 0) return null;
  const latest = new Map<string, PageSummary>();
  for (const p of pages) if ((latest.get(p.file)?.version ?? 0) < p.version) latest.set(p.file, p);
  const undated = [...latest.values()].filter((p) => p.date === null).length;

  return (
    <section className="page-list" aria-label={t('nav.pages')}>
      <h2 className="section-title">{t('nav.pages')}</h2>
      {undated > 0 ? (
        <div className="undated-pages" role="status" data-testid="undated-pages" data-count={undated}>
          <span>{t('pages.undated', { count: undated })}</span>
          <DateForm label={t('pages.dateForUndated')} action={t('pages.applyToUndated')} initial="" testId="undated-date" onSubmit={(date) => void setPageDate({ undatedOfBatch: true }, date)} />
        </div>
      ) : null}
      <ul data-testid="page-list">
        <li>
          <button type="button" aria-pressed={pageId === null} onClick={() => void selectPage(null)}>
            {t('nav.allPages')}
          </button>
        </li>
        {pages.map((p) => (
          <li key={p.id} data-page-id={p.id}>
            <div className="page-row">
              <button type="button" data-testid="page-item" aria-pressed={pageId === p.id} onClick={() => void selectPage(p.id)}>
                <span className="page-file">{p.file}</span>
                <span className="page-meta">
                  <PageDate page={p} />
                  <span>
                    {p.byStatus.approved}/{p.articleCount}
                  </span>
                </span>
              </button>
              <button
                type="button"
                className="page-date-edit"
                data-testid="page-date-edit"
                aria-expanded={editing === p.id}
                aria-label={t('pages.editDate', { file: p.file })}
                onClick={() => setEditing(editing === p.id ? null : p.id)}
              >
                {t('pages.date')}
              </button>
            </div>
            {editing === p.id ? (
              <DateForm
                label={t('pages.editDate', { file: p.file })}
                action={t('common.save')}
                initial={p.date ?? ''}
                testId="page-date-form"
                onSubmit={(date) => {
                  setEditing(null);
                  void setPageDate({ pageId: p.id }, date);
                }}
              />
            ) : null}
            {p.warnings.length > 0 ? (
              <ul className="page-warnings" aria-label={t('warnings.page')} data-testid="page-warnings">
                {p.warnings.map((w, i) => (
                  <li key={`${w.rule}:${i}`} data-rule={w.rule}>
                    <span className="warning-message">{pickBilingual(w.message, language)}</span> <span className="warning-excerpt">{w.excerpt}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
