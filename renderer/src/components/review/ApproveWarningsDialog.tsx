import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { openWarnings } from '../../store/slices/editor/selectors';
import { Dialog } from '../shell/Dialog';

/**
 * Approving with warnings nobody has checked, or without a headline, asks first: approve anyway (the warnings
 * recorded as checked by the approver), or go back.
 */
export function ApproveWarningsDialog() {
  const t = useT();
  const open = useDesk((s) => openWarnings(s.warnings, s.article?.checks ?? []).length);
  const untitled = useDesk((s) => s.fields.headline.trim() === '');
  const confirm = useDesk((s) => s.confirmApproval);
  const cancel = useDesk((s) => s.cancelApproval);
  return (
    <Dialog title={t('approveWarnings.title')} onClose={cancel} testId="approve-warnings-dialog">
      {untitled ? <p data-testid="approve-no-headline">{t('approveWarnings.noHeadline')}</p> : null}
      {open > 0 ? <p>{t('approveWarnings.body', { count: open })}</p> : null}
      <div className="dialog-actions">
        <button type="button" data-testid="approve-warnings-cancel" onClick={cancel} autoFocus>
          {t('approveWarnings.back')}
        </button>
        <button type="button" className="primary" data-testid="approve-warnings-confirm" onClick={() => void confirm()}>
          {t('approveWarnings.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
