import { useMemo, useSyncExternalStore } from 'react';
import { tallyByRule } from '../../editor/attribution';
import { useDiffController } from '../../editor/context';
import { ruleLabel } from '../../editor/rules';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** Changes against the OCR text, counted by the rule that made them (or by hand); updates while typing. */
export function ChangeSummary() {
  const t = useT();
  const controller = useDiffController();
  const language = useDesk((s) => s.settings.language);
  const info = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const tally = useMemo(() => (info ? tallyByRule(info.changes) : []), [info]);
  const total = info?.changes.length ?? 0;

  return (
    <section className="panel change-summary" aria-labelledby="change-summary-title" data-testid="change-summary">
      <h3 id="change-summary-title">
        {t('changes.title')} <span className="muted" data-testid="change-count" data-count={total}>{total === 0 ? t('changes.none') : t('changes.count', { count: total })}</span>
      </h3>
      <ul>
        {tally.map((row) => (
          <li key={row.rule ?? '(hand)'} data-rule={row.rule ?? 'hand'}>
            <span>{row.rule === null ? t('changes.byHand') : ruleLabel(row.rule, language)}</span>
            <span className="count">{row.changes}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
