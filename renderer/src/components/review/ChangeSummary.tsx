import { useMemo, useSyncExternalStore } from 'react';
import { tallyByRule } from '../../editor/attribution';
import { useDiffController } from '../../editor/context';
import { ruleLabel } from '../../editor/rules';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** Marks of hidden rules lose their colour; those of accepted rules are muted. Both panes, marks and markers. */
function ruleStyles(hidden: string[], accepted: string[]): string {
  const select = (rule: string) => `.pane-editor [data-rule="${CSS.escape(rule)}"]`;
  const rules: string[] = [];
  if (hidden.length > 0) rules.push(`${hidden.map(select).join(',')}{background:none!important;text-decoration:none!important;border-color:transparent!important;color:inherit!important}`);
  const shown = accepted.filter((r) => !hidden.includes(r));
  if (shown.length > 0) rules.push(`${shown.map(select).join(',')}{opacity:0.45}`);
  return rules.join('\n');
}

/**
 * Changes against the OCR text, counted by the rule that made them (or by hand); updates while typing. Each rule's
 * marks can be hidden, and all of a rule's changes accepted, so F7 stops only at what is left to check.
 */
export function ChangeSummary() {
  const t = useT();
  const controller = useDiffController();
  const language = useDesk((s) => s.settings.language);
  const info = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const view = useSyncExternalStore(controller.subscribe, controller.getRuleView);
  const tally = useMemo(() => (info ? tallyByRule(info.changes) : []), [info]);
  const total = info?.changes.length ?? 0;
  const styles = useMemo(() => ruleStyles(view.hidden, view.accepted), [view]);

  return (
    <section className="panel change-summary" aria-labelledby="change-summary-title" data-testid="change-summary">
      {styles !== '' && <style>{styles}</style>}
      <h3 id="change-summary-title">
        {t('changes.title')} <span className="muted" data-testid="change-count" data-count={total}>{total === 0 ? t('changes.none') : t('changes.count', { count: total })}</span>
      </h3>
      <ul>
        {tally.map((row) => {
          const label = row.rule === null ? t('changes.byHand') : ruleLabel(row.rule, language);
          const hidden = row.rule !== null && view.hidden.includes(row.rule);
          const accepted = row.rule !== null && view.accepted.includes(row.rule);
          return (
            <li key={row.rule ?? '(hand)'} data-rule={row.rule ?? 'hand'} data-hidden={hidden} data-accepted={accepted}>
              <span>{label}</span>
              <span className="count">{row.changes}</span>
              {row.rule !== null && (
                <span className="rule-actions">
                  <button
                    type="button"
                    data-testid="rule-toggle"
                    aria-pressed={!hidden}
                    aria-label={t(hidden ? 'changes.showRule' : 'changes.hideRule', { rule: label })}
                    onClick={() => controller.toggleHidden(row.rule!)}
                  >
                    {t(hidden ? 'changes.show' : 'changes.hide')}
                  </button>
                  <button
                    type="button"
                    data-testid="rule-accept"
                    aria-pressed={accepted}
                    aria-label={t('changes.acceptRule', { rule: label })}
                    onClick={() => controller.toggleAccepted(row.rule!)}
                  >
                    {t(accepted ? 'changes.accepted' : 'changes.accept')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
