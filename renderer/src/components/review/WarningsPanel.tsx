import { useMemo } from 'react';
import { warningKey } from '../../../../shared/lint/warning';
import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/format';
import { useDesk } from '../../store/provider';
import { sortedWarnings } from '../../store/slices/editor/selectors';
import { SuspicionList } from './SuspicionList';

/**
 * Lint warnings on the saved text and the suspected misreadings; clicking one selects its place in the editor.
 * Each warning can be marked checked (who, when are shown); a name spelled another way elsewhere links to the
 * article(s) with the other spelling.
 */
export function WarningsPanel() {
  const t = useT();
  const warnings = useDesk((s) => s.warnings);
  const checks = useDesk((s) => s.article?.checks);
  const articles = useDesk((s) => s.articles);
  const language = useDesk((s) => s.settings.language);
  const jumpTo = useDesk((s) => s.jumpTo);
  const checkWarning = useDesk((s) => s.checkWarning);
  const openArticle = useDesk((s) => s.openArticle);
  const sorted = useMemo(() => sortedWarnings(warnings), [warnings]);
  const checkOf = useMemo(() => new Map((checks ?? []).map((c) => [c.key, c])), [checks]);
  const open = sorted.filter((w) => !checkOf.has(warningKey(w))).length;
  const headlineOf = (id: number) => articles.find((a) => a.id === id)?.headline || t('warnings.articleN', { id });

  return (
    <section className="panel warnings-panel" aria-labelledby="warnings-title" data-testid="warnings-panel">
      <h3 id="warnings-title">
        {t('warnings.title')}{' '}
        <span className="muted" data-testid="warnings-open" data-count={open}>
          {sorted.length === 0 ? 0 : t('warnings.openOf', { open, total: sorted.length })}
        </span>
      </h3>
      {sorted.length === 0 ? <p className="empty">{t('warnings.none')}</p> : null}
      <ul>
        {sorted.map((w, i) => {
          const key = warningKey(w);
          const check = checkOf.get(key);
          return (
            <li key={`${w.rule}:${w.range?.start ?? 'x'}:${i}`} className={`warning warning-${w.severity}${check ? ' warning-checked' : ''}`} data-checked={check ? 'true' : 'false'}>
              <button type="button" data-testid="warning-item" data-rule={w.rule} disabled={!w.range} onClick={() => w.range && jumpTo(w.range)}>
                <span className="warning-message">{pickBilingual(w.message, language)}</span>
                <span className="warning-excerpt">{w.excerpt}</span>
              </button>
              {w.related && w.related.length > 0 ? (
                <span className="warning-related">
                  {w.related.map((id) => (
                    <button type="button" key={id} className="link-button" data-testid="warning-related" data-article-id={id} onClick={() => void openArticle(id)}>
                      {t('warnings.openRelated', { headline: headlineOf(id) })}
                    </button>
                  ))}
                </span>
              ) : null}
              <label className="warning-check">
                <input type="checkbox" data-testid="warning-check" checked={check !== undefined} onChange={(e) => void checkWarning(key, e.target.checked)} />
                {check ? t('warnings.checkedBy', { by: check.by, at: formatDateTime(check.at, language) }) : t('warnings.markChecked')}
              </label>
            </li>
          );
        })}
      </ul>
      <SuspicionList />
    </section>
  );
}
