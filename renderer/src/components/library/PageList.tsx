import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/**
 * The batch's pages with their masthead dates; choosing one narrows the article list. Page-level warnings (a
 * masthead field that disagrees with the rest of the batch) belong to no article, so they are shown here.
 */
export function PageList() {
  const t = useT();
  const pages = useDesk((s) => s.pages);
  const pageId = useDesk((s) => s.pageId);
  const selectPage = useDesk((s) => s.selectPage);
  const language = useDesk((s) => s.settings.language);
  if (pages.length === 0) return null;

  return (
    <section className="page-list" aria-label={t('nav.pages')}>
      <h2 className="section-title">{t('nav.pages')}</h2>
      <ul data-testid="page-list">
        <li>
          <button type="button" aria-pressed={pageId === null} onClick={() => void selectPage(null)}>
            {t('nav.allPages')}
          </button>
        </li>
        {pages.map((p) => (
          <li key={p.id}>
            <button type="button" data-testid="page-item" aria-pressed={pageId === p.id} onClick={() => void selectPage(p.id)}>
              <span className="page-file">{p.file}</span>
              <span className="page-meta">
                <span>{p.date ?? t('nav.noDate')}</span>
                <span>
                  {p.byStatus.approved}/{p.articleCount}
                </span>
                {p.warnings.length > 0 ? <span className="warning-count">{t('list.warnings', { count: p.warnings.length })}</span> : null}
              </span>
            </button>
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
