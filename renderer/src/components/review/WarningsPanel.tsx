import { useMemo } from 'react';
import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { sortedWarnings } from '../../store/slices/editor/selectors';
import { SuspicionList } from './SuspicionList';

/** Lint warnings on the saved text and the suspected misreadings; clicking one selects its place in the editor. */
export function WarningsPanel() {
  const t = useT();
  const warnings = useDesk((s) => s.warnings);
  const language = useDesk((s) => s.settings.language);
  const jumpTo = useDesk((s) => s.jumpTo);
  const sorted = useMemo(() => sortedWarnings(warnings), [warnings]);

  return (
    <section className="panel warnings-panel" aria-labelledby="warnings-title" data-testid="warnings-panel">
      <h3 id="warnings-title">
        {t('warnings.title')} <span className="muted">{sorted.length}</span>
      </h3>
      {sorted.length === 0 ? <p className="empty">{t('warnings.none')}</p> : null}
      <ul>
        {sorted.map((w, i) => (
          <li key={`${w.rule}:${w.range?.start ?? 'x'}:${i}`} className={`warning warning-${w.severity}`}>
            <button type="button" data-testid="warning-item" data-rule={w.rule} disabled={!w.range} onClick={() => w.range && jumpTo(w.range)}>
              <span className="warning-message">{pickBilingual(w.message, language)}</span>
              <span className="warning-excerpt">{w.excerpt}</span>
            </button>
          </li>
        ))}
      </ul>
      <SuspicionList />
    </section>
  );
}
