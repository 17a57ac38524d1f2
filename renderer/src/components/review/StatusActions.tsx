import { useId, useState } from 'react';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { StatusBadge } from '../shell/StatusBadge';

/** Approve (and open the next), flag with a note, or go back to editing. */
export function StatusActions() {
  const t = useT();
  const status = useDesk((s) => s.article?.status ?? 'new');
  const flagNote = useDesk((s) => s.article?.flagNote ?? null);
  const approve = useDesk((s) => s.requestApprove);
  const flag = useDesk((s) => s.flag);
  const backToEditing = useDesk((s) => s.backToEditing);
  const [flagging, setFlagging] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();

  return (
    <div className="status-actions" data-testid="status-actions">
      <span className="status-current" data-testid="article-status" data-status={status}>
        <StatusBadge status={status} />
      </span>
      {status === 'flagged' && flagNote ? <span className="flag-note">{flagNote}</span> : null}
      {status === 'approved' || status === 'flagged' ? (
        <button type="button" data-testid="reopen-button" onClick={() => void backToEditing()}>
          {status === 'flagged' ? t('review.unflag') : t('review.reopen')}
        </button>
      ) : null}
      <button type="button" data-testid="flag-button" onClick={() => setFlagging((v) => !v)} aria-expanded={flagging}>
        {t('review.flag')}
      </button>
      <button type="button" className="primary" data-testid="approve-button" title={t('review.approveHint')} onClick={() => approve(true)}>
        {t('review.approve')}
      </button>
      {flagging ? (
        <form
          className="flag-form"
          onSubmit={(e) => {
            e.preventDefault();
            setFlagging(false);
            void flag(note);
            setNote('');
          }}
        >
          <label htmlFor={noteId}>{t('review.flagNote')}</label>
          <input id={noteId} data-testid="flag-note" value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
          <button type="submit" data-testid="flag-submit">
            {t('review.flagSubmit')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
