import { useId, useState } from 'react';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

/**
 * The reviewer's name, asked on the first approval or changed from the top bar: approvals are recorded under it and
 * exported with it.
 */
export function ReviewerDialog() {
  const t = useT();
  const check = useDesk((s) => s.approveCheck);
  const reviewer = useDesk((s) => s.settings.reviewer);
  const close = useDesk((s) => s.closeOverlay);
  const confirmApprove = useDesk((s) => s.confirmApprove);
  const setReviewer = useDesk((s) => s.setReviewer);
  const [name, setName] = useState(reviewer);
  const nameId = useId();
  const askName = check === null || check.needsName;
  const canSubmit = !askName || name.trim() !== '';

  return (
    <Dialog title={check ? t('approveCheck.title') : t('reviewer.title')} onClose={close} testId="reviewer-dialog">
      <form
        className="reviewer-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!canSubmit) return;
          if (check) void confirmApprove(name);
          else void setReviewer(name).then((ok) => ok && close());
        }}
      >
        {askName ? (
          <>
            {check ? <p>{t('reviewer.firstApproval')}</p> : null}
            <label htmlFor={nameId}>{t('reviewer.name')}</label>
            <input id={nameId} data-testid="reviewer-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoFocus />
          </>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="reviewer-submit" disabled={!canSubmit} autoFocus={!askName}>
            {check ? t('review.approve') : t('reviewer.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
