import { useDiffController } from '../../editor/context';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** Suspected misreadings, listed with the warnings: each selects its place, and can be accepted or dismissed. */
export function SuspicionList() {
  const t = useT();
  const controller = useDiffController();
  const suspicions = useDesk((s) => s.suspicions);
  const jumpTo = useDesk((s) => s.jumpTo);
  const accepted = useDesk((s) => s.suspicionAccepted);
  const dismiss = useDesk((s) => s.dismissSuspicion);

  return (
    <div className="suspicion-list" data-testid="suspicion-list" data-count={suspicions.length}>
      <h4>
        {t('suspicions.title')} <span className="muted">{suspicions.length}</span>
      </h4>
      {suspicions.length === 0 ? <p className="empty">{t('suspicions.none')}</p> : null}
      <ul>
        {suspicions.map((s) => (
          <li key={`${s.start}:${s.end}:${s.proposal}`} className="suspicion">
            <button type="button" className="suspicion-jump" data-testid="suspicion-item" data-start={s.start} title={s.reason} onClick={() => jumpTo(s)}>
              <span className="suspicion-change" lang="zh-CN">
                <del>{s.text}</del>→<ins>{s.proposal}</ins>
              </span>
              <span className="warning-excerpt" lang="zh-CN">
                {s.reason}
              </span>
            </button>
            <span className="suspicion-actions">
              <button
                type="button"
                data-testid="suspicion-accept"
                aria-label={t('suspicions.accept')}
                title={`${t('suspicions.accept')} (Alt+Enter)`}
                onClick={() => {
                  if (controller.acceptSuspicion(s)) accepted(s);
                }}
              >
                ✓
              </button>
              <button type="button" data-testid="suspicion-dismiss" aria-label={t('suspicions.dismiss')} title={`${t('suspicions.dismiss')} (Alt+Shift+Enter)`} onClick={() => void dismiss(s)}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
