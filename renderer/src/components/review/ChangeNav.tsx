import { useSyncExternalStore } from 'react';
import { useDiffController } from '../../editor/context';
import { useT } from '../../hooks/useT';

export function ChangeNav() {
  const t = useT();
  const controller = useDiffController();
  // A string snapshot: equal between notifications, so the bar re-renders only when the place changed.
  const position = useSyncExternalStore(controller.subscribe, () => {
    const p = controller.position();
    return `${p.index}/${p.total}`;
  });
  const [index, total] = position.split('/');
  return (
    <div className="button-group" role="group" aria-label={t('changes.title')}>
      <button type="button" data-testid="prev-change" title="Shift+F7" onClick={() => controller.goto(-1)}>
        ↑ {t('changes.prev')}
      </button>
      <span className="change-position" data-testid="change-position" aria-live="polite" aria-label={t('changes.position', { index: index!, total: total! })}>
        {index === '0' ? '–' : index} / {total}
      </span>
      <button type="button" data-testid="next-change" title="F7" onClick={() => controller.goto(1)}>
        ↓ {t('changes.next')}
      </button>
    </div>
  );
}
