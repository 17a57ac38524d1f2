import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

export function ImportResults() {
  const t = useT();
  const report = useDesk((s) => s.importReport);
  const language = useDesk((s) => s.settings.language);
  const openOverlay = useDesk((s) => s.openOverlay);
  const loadProfile = useDesk((s) => s.loadProfile);
  if (!report) return null;

  return (
    <section aria-label={t('import.results')} className="import-results">
      <h3>
        {t('import.results')}
        {report.batchName ? ` · ${report.batchName}` : ''}
      </h3>
      <ul data-testid="import-results">
        {report.files.map((f) => (
          <li key={f.file} data-testid="import-result" data-status={f.status} className={`import-result import-${f.status}`}>
            <span className="import-file">{f.file}</span>
            <span className={`badge badge-import-${f.status}`}>{t(`import.result.${f.status}`)}</span>
            {f.status === 'refused' && f.reason ? <span className="import-reason">{pickBilingual(f.reason, language)}</span> : <span>{t('import.articles', { count: f.articles })}</span>}
          </li>
        ))}
      </ul>
      {report.profile ? (
        <p data-testid="import-profile-offer" className="import-profile-offer">
          {t('profile.offer', { rules: report.profile.rules, pages: report.profile.pages })}{' '}
          <button
            type="button"
            onClick={() => {
              void loadProfile();
              openOverlay('profile');
            }}
          >
            {t('profile.offerOpen')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
