import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { openWarnings } from '../../store/slices/editor/selectors';
import { Dialog } from '../shell/Dialog';

/** Approving with warnings nobody has checked asks first: check them all and approve, or go back to them. */
export function ApproveWarningsDialog() {
  const t = useT();
  const open = useDesk((s) => openWarnings(s.warnings, s.article?.checks ?? []).length);
  const confirm = useDesk((s) => s.confirmApproval);
  const cancel = useDesk((s) => s.cancelApproval);
  return (
    <Dialog title={t('approveWarnings.title')} onClose={cancel} testId="approve-warnings-dialog">
      <p>{t('approveWarnings.body', { count: open })}</p>
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
