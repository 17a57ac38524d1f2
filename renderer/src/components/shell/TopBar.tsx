import type { Language } from '../../../../shared/api/contract';
import { LANGUAGES } from '../../../../shared/api/contract';
import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function TopBar() {
  const t = useT();
  const batches = useDesk((s) => s.batches);
  const batchId = useDesk((s) => s.batchId);
  const selectBatch = useDesk((s) => s.selectBatch);
  const openOverlay = useDesk((s) => s.openOverlay);
  const language = useDesk((s) => s.settings.language);
  const reviewer = useDesk((s) => s.settings.reviewer);
  const setLanguage = useDesk((s) => s.setLanguage);
  const prepareExport = useDesk((s) => s.prepareExport);
  const loadTags = useDesk((s) => s.loadTags);
  const loadNoise = useDesk((s) => s.loadNoise);
  const loadProfile = useDesk((s) => s.loadProfile);
  const hasBatch = batchId !== null;

  return (
    <header className="topbar">
      <h1 className="app-title">{t('app.title')}</h1>
      <nav className="topbar-nav" aria-label={t('nav.main')}>
        {batches.length > 0 ? (
          <label className="inline-field">
            <span>{t('nav.batch')}</span>
            <select value={batchId ?? ''} onChange={(e) => void selectBatch(Number(e.target.value))}>
              {batches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {hasBatch ? (
          <button type="button" data-testid="batch-delete-button" title={t('batch.delete')} onClick={() => openOverlay('batch-delete')}>
            {t('batch.delete')}
          </button>
        ) : null}
        <button type="button" data-testid="import-button" onClick={() => openOverlay('import')}>
          {t('import.open')}
        </button>
        <button type="button" data-testid="find-button" disabled={!hasBatch} onClick={() => openOverlay('find')}>
          {t('nav.find')}
        </button>
        <button
          type="button"
          data-testid="tags-button"
          onClick={() => {
            void loadTags();
            openOverlay('tags');
          }}
        >
          {t('nav.tags')}
        </button>
        <button
          type="button"
          data-testid="noise-button"
          disabled={!hasBatch}
          onClick={() => {
            void loadNoise();
            openOverlay('noise');
          }}
        >
          {t('nav.noise')}
        </button>
        <button
          type="button"
          data-testid="profile-button"
          disabled={!hasBatch}
          onClick={() => {
            void loadProfile();
            openOverlay('profile');
          }}
        >
          {t('nav.profile')}
        </button>
        <button
          type="button"
          data-testid="export-button"
          onClick={() => {
            void prepareExport();
            openOverlay('export');
          }}
        >
          {t('export.open')}
        </button>
      </nav>
      <div className="topbar-end">
        <button type="button" data-testid="reviewer-button" title={t('reviewer.change')} onClick={() => openOverlay('reviewer')}>
          {reviewer ? t('reviewer.current', { name: reviewer }) : t('reviewer.unset')}
        </button>
        <label className="inline-field">
          <span>{t('nav.language')}</span>
          <select data-testid="language-select" value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-button" aria-label={t('nav.help')} title={t('nav.help')} onClick={() => openOverlay('help')}>
          ?
        </button>
      </div>
    </header>
  );
}
