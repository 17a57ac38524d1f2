import { pickBilingual } from '../../i18n';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

export function ImportResults() {
  const t = useT();
  const report = useDesk((s) => s.importReport);
  const language = useDesk((s) => s.settings.language);
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
    </section>
  );
}
