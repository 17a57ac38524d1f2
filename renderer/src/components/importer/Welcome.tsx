import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { ImportPanel } from './ImportPanel';

/** First start with an empty store: the sample batch in one click, or the user's own pages. */
export function Welcome() {
  const t = useT();
  const importSample = useDesk((s) => s.importSample);
  const importing = useDesk((s) => s.importing);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
      <button type="button" className="primary" data-testid="import-sample" disabled={importing} onClick={() => void importSample()}>
        {t('welcome.sample')}
      </button>
      <p className="hint">{t('welcome.sampleHint')}</p>
      <ImportPanel />
    </section>
  );
}
