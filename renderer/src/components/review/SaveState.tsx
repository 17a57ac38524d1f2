import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../hooks/useT';
import { errorText } from '../../i18n';
import { useDesk } from '../../store/provider';
import { saveIndicator } from '../../store/slices/editor/selectors';

/** Saved / saving / failed, always visible; a conflict offers to reload or to keep the local text. */
export function SaveState() {
  const t = useT();
  const { state, conflict, error } = useDesk(useShallow(saveIndicator));
  const language = useDesk((s) => s.settings.language);
  const reload = useDesk((s) => s.reloadArticle);
  const keepMine = useDesk((s) => s.keepMine);
  const retry = useDesk((s) => s.retrySave);

  let text: string;
  if (state === 'saved') text = t('save.saved');
  else if (state === 'dirty') text = t('save.dirty');
  else if (state === 'saving') text = t('save.saving');
  else text = conflict ? t('save.conflict') : t('save.failed', { message: error ? errorText(error, language) : '' });

  return (
    <div className={`save-state save-${state}`} data-testid="save-state" data-state={state} role="status" aria-live="polite">
      <span>{text}</span>
      {state === 'failed' && conflict ? (
        <>
          <button type="button" onClick={() => void reload()}>
            {t('save.reload')}
          </button>
          <button type="button" onClick={() => void keepMine()}>
            {t('save.keepMine')}
          </button>
        </>
      ) : null}
      {state === 'failed' && !conflict ? (
        <button type="button" onClick={() => void retry()}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
