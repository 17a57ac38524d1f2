import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../hooks/useT';
import { ruleLabel } from '../../editor/rules';
import { formatPercent } from '../../lib/format';
import { useDesk } from '../../store/provider';
import { selectBatchProgress } from '../../store/slices/library/selectors';
import { ProgressBar } from '../shell/ProgressBar';

/** Batch progress (approved / total) and where the changes came from. */
export function BatchOverview() {
  const t = useT();
  const progress = useDesk(useShallow(selectBatchProgress));
  const stats = useDesk((s) => s.stats);
  const language = useDesk((s) => s.settings.language);
  const ruleChars = stats ? Object.values(stats.byRule).reduce((sum, c) => sum + c.inserted + c.deleted + c.substituted, 0) : 0;
  const handChars = stats ? stats.byHand.inserted + stats.byHand.deleted + stats.byHand.substituted : 0;

  return (
    <section className="batch-overview" aria-label={t('stats.title')} data-testid="batch-overview">
      <ProgressBar
        label={t('stats.progress', progress)}
        value={progress.total > 0 ? progress.approved / progress.total : 0}
        text={t('stats.progress', progress)}
        testId="batch-progress"
      />
      {stats ? (
        <details className="batch-stats">
          <summary>{t('stats.title')}</summary>
          <dl>
            <dt>{t('stats.byRule')}</dt>
            <dd data-testid="stats-by-rule">{t('stats.chars', { count: ruleChars })}</dd>
            {Object.entries(stats.byRule)
              .sort((a, b) => b[1].inserted + b[1].deleted + b[1].substituted - (a[1].inserted + a[1].deleted + a[1].substituted))
              .map(([rule, c]) => (
                <div key={rule} className="stats-rule">
                  <dt>{ruleLabel(rule, language)}</dt>
                  <dd>{t('stats.chars', { count: c.inserted + c.deleted + c.substituted })}</dd>
                </div>
              ))}
            <dt>{t('stats.byHand')}</dt>
            <dd data-testid="stats-by-hand">{t('stats.chars', { count: handChars })}</dd>
            <dt>{t('stats.cer')}</dt>
            <dd data-testid="stats-cer">{stats.cer === null ? t('stats.cerNone') : formatPercent(stats.cer, language)}</dd>
            <dt>{t('stats.cerIgnoringWidth')}</dt>
            <dd data-testid="stats-cer-ignoring-width">{stats.cerIgnoringWidth === null ? t('stats.cerNone') : formatPercent(stats.cerIgnoringWidth, language)}</dd>
          </dl>
        </details>
      ) : null}
    </section>
  );
}
