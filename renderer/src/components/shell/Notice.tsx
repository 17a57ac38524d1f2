import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** The one line of feedback: errors as alerts, information as status. */
export function Notice() {
  const notice = useDesk((s) => s.notice);
  const dismiss = useDesk((s) => s.dismissNotice);
  const undoSegment = useDesk((s) => s.undoSegment);
  const t = useT();
  if (!notice) return null;
  const text = notice.key ? t(notice.key, notice.params) : (notice.text ?? '');
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{text}</span>
      {notice.action === 'undo-segment' && (
        <button type="button" data-testid="notice-undo" onClick={() => void undoSegment(notice.undoPage)}>
          {t('segment.undo')}
        </button>
      )}
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
