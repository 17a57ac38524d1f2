import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HEADING_FIELDS } from '../../../../shared/api/contract';
import { useDiffController } from '../../editor/context';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/format';
import { useDesk } from '../../store/provider';
import { moveTargets } from '../../store/slices/library/selectors';

/** Split, merge, move a paragraph, mark as noise, set a heading line apart as page furniture. */
export function SegmentPanel() {
  const t = useT();
  const controller = useDiffController();
  const currentId = useDesk((s) => s.article?.id ?? null);
  const targets = useDesk(useShallow((s) => moveTargets(s.articles, currentId)));
  const split = useDesk((s) => s.split);
  const mergeNext = useDesk((s) => s.mergeNext);
  const moveParagraph = useDesk((s) => s.moveParagraph);
  const markNoise = useDesk((s) => s.markNoise);
  const markHeadingNoise = useDesk((s) => s.markHeadingNoise);
  const headingFields = useDesk(useShallow((s) => HEADING_FIELDS.filter((f) => (s.article?.[f] ?? '') !== '')));
  const notify = useDesk((s) => s.notify);
  const [target, setTarget] = useState('');
  const targetId = useId();

  // After a change focus goes to the text, never onto the next destructive button.
  const thenFocus = (run: Promise<void>) => void run.then(() => controller.focus());
  const onSplit = () => {
    const paragraph = controller.cursorParagraph();
    if (paragraph < 1) notify({ kind: 'info', key: 'segment.splitFirst' });
    else thenFocus(split(paragraph));
  };
  const onMove = (position: 'start' | 'end') => {
    const id = Number(target);
    if (id > 0) thenFocus(moveParagraph(controller.cursorParagraph(), id, position));
  };

  return (
    <section className="panel segment-panel" aria-labelledby="segment-title">
      <h3 id="segment-title">{t('segment.title')}</h3>
      <div className="button-column">
        <button type="button" data-testid="split-button" onClick={onSplit}>
          {t('segment.split')}
        </button>
        <button type="button" data-testid="merge-button" onClick={() => thenFocus(mergeNext())}>
          {t('segment.merge')}
        </button>
        <button type="button" data-testid="noise-mark-button" onClick={() => thenFocus(markNoise())}>
          {t('segment.noise')}
        </button>
      </div>
      {headingFields.length > 0 ? (
        <div className="button-column" role="group" aria-label={t('segment.headingNoise')}>
          {headingFields.map((f) => (
            <button key={f} type="button" data-testid={`heading-noise-${f}`} onClick={() => void markHeadingNoise(f)}>
              {t(`segment.headingNoise.${f}`)}
            </button>
          ))}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={targetId}>{t('segment.moveTarget')}</label>
        <select id={targetId} data-testid="move-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">—</option>
          {targets.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline || a.kicker || a.id}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row" role="group" aria-label={t('segment.move')}>
        <button type="button" data-testid="move-start" disabled={!target} onClick={() => onMove('start')}>
          {t('segment.moveStart')}
        </button>
        <button type="button" data-testid="move-end" disabled={!target} onClick={() => onMove('end')}>
          {t('segment.moveEnd')}
        </button>
      </div>
      <SegmentHistory />
    </section>
  );
}

/** The page's segmentation steps, newest first; the newest not yet undone can be undone here. */
function SegmentHistory() {
  const t = useT();
  const controller = useDiffController();
  const pageId = useDesk((s) => s.article?.pageId ?? null);
  const steps = useDesk((s) => s.segmentSteps);
  const load = useDesk((s) => s.loadSegmentSteps);
  const undo = useDesk((s) => s.undoSegment);
  const language = useDesk((s) => s.settings.language);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open && pageId !== null) void load();
  }, [open, pageId, load]);

  return (
    <details className="segment-history" data-testid="segment-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('segment.history')}</summary>
      {open && steps !== null && steps.length === 0 && <p className="muted">{t('segment.historyEmpty')}</p>}
      {open && steps !== null && steps.length > 0 && (
        <ol className="segment-steps">
          {steps.map((step) => (
            <li key={step.id} data-testid="segment-step" data-op={step.op} data-undone={step.undone ? 'true' : 'false'}>
              <span>
                {t(`segment.op.${step.op}`)} · {step.articles.map((a) => a.headline || t('list.untitled')).join(' / ')} · {formatDateTime(step.createdAt, language)}
              </span>
              {step.undone && <span className="muted"> {t('segment.undone')}</span>}
              {step.undoable && pageId !== null && (
                <button type="button" data-testid="segment-step-undo" onClick={() => void undo(pageId).then(() => controller.focus())}>
                  {t('segment.undo')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
