import { useEffect, useMemo, useState } from 'react';
import { inlineDiff } from '../../editor/inlineDiff';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/format';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

/** Every saved state of the article; any one can be compared with the current text and restored. */
export function RevisionsDialog() {
  const t = useT();
  const close = useDesk((s) => s.closeOverlay);
  const revisions = useDesk((s) => s.revisions);
  const current = useDesk((s) => s.draft);
  const baseRevision = useDesk((s) => s.baseRevision);
  const language = useDesk((s) => s.settings.language);
  const loadRevisions = useDesk((s) => s.loadRevisions);
  const restore = useDesk((s) => s.restoreRevision);
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    void loadRevisions();
  }, [loadRevisions]);

  const revision = revisions?.find((r) => r.id === selected) ?? null;
  const runs = useMemo(() => (revision ? inlineDiff(revision.text, current) : []), [revision, current]);
  const same = revision !== null && runs.every((r) => r.kind === 'same');

  return (
    <Dialog title={t('revisions.title')} onClose={close} wide testId="revisions-dialog">
      <div className="revisions">
        <ol className="revision-list" data-testid="revision-list">
          {revisions === null ? <li>{t('common.loading')}</li> : null}
          {revisions?.length === 0 ? <li>{t('revisions.none')}</li> : null}
          {[...(revisions ?? [])].reverse().map((r) => (
            <li key={r.id}>
              <button type="button" data-testid="revision-item" aria-pressed={selected === r.id} onClick={() => setSelected(r.id)}>
                <span>#{r.seq}</span> <span>{t(`revisions.origin.${r.origin}`)}</span> <span>{r.author}</span>{' '}
                <span className="muted">{formatDateTime(r.createdAt, language)}</span>
                {r.seq === baseRevision ? <span className="chip">{t('revisions.current')}</span> : null}
              </button>
            </li>
          ))}
        </ol>
        <div className="revision-preview">
          {revision ? (
            <>
              <h3>{t('revisions.diff')}</h3>
              {same ? <p className="muted">{t('revisions.same')}</p> : null}
              <div className="inline-diff" data-testid="revision-diff" lang="zh-CN">
                {runs.map((run, i) =>
                  run.kind === 'same' ? (
                    <span key={i}>{run.text}</span>
                  ) : run.kind === 'insert' ? (
                    <ins key={i} data-diff="insert">
                      {run.text}
                    </ins>
                  ) : (
                    <del key={i} data-diff="delete">
                      {run.text}
                    </del>
                  ),
                )}
              </div>
              <button type="button" className="primary" data-testid="restore-revision" disabled={same} onClick={() => void restore(revision.id).then(close)}>
                {t('revisions.restore')}
              </button>
            </>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
