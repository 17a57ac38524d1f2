import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

/** A correction just made that recurs elsewhere in the batch: offered at once, with a preview. */
export function SeriesOffers() {
  const t = useT();
  const offers = useDesk((s) => s.seriesOffers);
  const preview = useDesk((s) => s.previewSeries);
  const drop = useDesk((s) => s.dropSeriesOffer);
  if (offers.length === 0) return null;
  return (
    <section className="panel series-offers" aria-label={t('series.preview')}>
      <ul>
        {offers.map((o) => (
          <li key={`${o.ocr}\u0000${o.fix}\u0000${o.before}\u0000${o.after}`} data-testid="series-offer" data-count={o.count} role="status">
            <p>
              <span lang="zh-CN" className="suspicion-change">
                {o.before}
                <del>{o.ocr}</del>→<ins>{o.fix}</ins>
                {o.after}
              </span>{' '}
              {t('series.offer', { count: o.count })}
            </p>
            <div className="button-row">
              <button type="button" className="primary" data-testid="series-preview" onClick={() => void preview(o)}>
                {t('series.preview')}
              </button>
              <button type="button" data-testid="series-later" onClick={() => drop(o)}>
                {t('series.later')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
