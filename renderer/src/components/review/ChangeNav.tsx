import { useDiffController } from '../../editor/context';
import { useT } from '../../hooks/useT';

export function ChangeNav() {
  const t = useT();
  const controller = useDiffController();
  return (
    <div className="button-group" role="group" aria-label={t('changes.title')}>
      <button type="button" data-testid="prev-change" title="Shift+F7" onClick={() => controller.goto(-1)}>
        ↑ {t('changes.prev')}
      </button>
      <button type="button" data-testid="next-change" title="F7" onClick={() => controller.goto(1)}>
        ↓ {t('changes.next')}
      </button>
    </div>
  );
}
