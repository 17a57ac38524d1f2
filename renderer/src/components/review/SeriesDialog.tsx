import { useEffect, useState } from 'react';
import type { SeriesPlace } from '../../../../shared/api/contract';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { Dialog } from '../shell/Dialog';

const placeKey = (p: SeriesPlace) => `${p.articleId}:${p.start}`;

/** Every other place of the batch with the same misreading: all, some or none of them corrected at once. */
export function SeriesDialog() {
  const t = useT();
  const series = useDesk((s) => s.series);
  const close = useDesk((s) => s.closeOverlay);
  const accept = useDesk((s) => s.acceptSeries);
  const places = series?.places ?? null;
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  // Every place starts chosen: the proofreader unticks the ones that are not the same error.
  useEffect(() => setChosen(new Set((places ?? []).map(placeKey))), [places]);

  if (!series) return null;
  const { offer } = series;
  const picked = (places ?? []).filter((p) => chosen.has(placeKey(p)));
  const toggle = (key: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <Dialog title={t('series.title', { ocr: offer.ocr, fix: offer.fix })} onClose={close} wide testId="series-dialog">
      {places === null ? <p>{t('series.loading')}</p> : null}
      {places?.length === 0 ? <p>{t('series.none')}</p> : null}
      {places && places.length > 0 ? (
        <>
          <div className="button-row">
            <button type="button" data-testid="series-all" onClick={() => setChosen(new Set(places.map(placeKey)))}>
              {t('series.all')}
            </button>
            <button type="button" data-testid="series-clear" onClick={() => setChosen(new Set())}>
              {t('series.clear')}
            </button>
          </div>
          <ul className="series-places" data-testid="series-places">
            {places.map((p) => (
              <li key={placeKey(p)}>
                <label data-testid="series-place" data-article-id={p.articleId} data-start={p.start}>
                  <input type="checkbox" checked={chosen.has(placeKey(p))} onChange={() => toggle(placeKey(p))} />
                  <span className="series-where">
                    {p.pageFile} · {p.headline || t('list.untitled')}
                  </span>
                  <span className="series-context" lang="zh-CN">
                    {p.before}
                    <del>{offer.ocr}</del>→<ins>{offer.fix}</ins>
                    {p.after}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="button-row dialog-actions">
        <button type="button" className="primary" data-testid="series-apply" disabled={picked.length === 0} onClick={() => void accept(picked)}>
          {t('series.apply', { count: picked.length })}
        </button>
        <button type="button" data-testid="series-cancel" onClick={() => void accept([])}>
          {t('series.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
