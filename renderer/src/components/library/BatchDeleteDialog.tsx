import { useState } from 'react';
import { useT } from '../../hooks/useT';
import { useDesk, useDeskStore } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

/**
 * Deleting the current batch cannot be undone, so it says what goes (pages, articles, approved ones) and asks;
 * approved work needs a second, explicit confirmation. Cancel has the focus.
 */
export function BatchDeleteDialog() {
  const t = useT();
  // The batch shown when the dialog opened: after the deletion the desk moves to another, which this must not offer.
  const store = useDeskStore();
  const [target] = useState(() => store.getState().batchId);
  const batch = useDesk((s) => s.batches.find((b) => b.id === target) ?? null);
  const close = useDesk((s) => s.closeOverlay);
  const remove = useDesk((s) => s.deleteBatch);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  if (!batch) return null;
  const approved = batch.byStatus.approved;
  const counts = { name: batch.name, pages: batch.pageCount, articles: batch.articleCount, approved };

  return (
    <Dialog title={t('batch.deleteTitle')} onClose={close} testId="batch-delete-dialog">
      {stale ? (
        <p role="alert" className="import-warning" data-testid="batch-delete-stale">
          {t('batch.deleteStale')}
        </p>
      ) : null}
      <p data-testid="batch-delete-counts">{t(batch.articleCount > 0 ? 'batch.deleteHolds' : 'batch.deleteHoldsNone', counts)}</p>
      {batch.articleCount > 0 ? <p className="import-warning">{t('batch.deleteIrreversible')}</p> : null}
      {approved > 0 ? (
        <label className="batch-delete-approved">
          <input type="checkbox" data-testid="batch-delete-approved" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t('batch.deleteApproved', { approved })}
        </label>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={close} autoFocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="batch-delete-confirm"
          disabled={busy || (approved > 0 && !understood)}
          onClick={() => {
            setBusy(true);
            // A refusal (the counts changed) keeps the dialog open on the fresh counts, to be confirmed again.
            void remove(batch).then((outcome) => {
              setBusy(false);
              setUnderstood(false);
              setStale(outcome === 'stale');
              if (outcome === 'deleted') close();
            });
          }}
        >
          {t('batch.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
