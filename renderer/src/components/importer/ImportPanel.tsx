import { useId, useState } from 'react';
import { useT } from '../../hooks/useT';
import { IMPORT_EXTENSIONS, readFiles } from '../../lib/files';
import { useDesk } from '../../store/provider';
import { importFraction } from '../../store/slices/importer/selectors';
import { selectNativeDialogs } from '../../store/slices/session/selectors';
import { ProgressBar } from '../shell/ProgressBar';
import { ImportResults } from './ImportResults';

/** File and folder pickers (or the desktop's native dialogs), progress and the per-file report. */
export function ImportPanel() {
  const t = useT();
  const native = useDesk(selectNativeDialogs);
  const importing = useDesk((s) => s.importing);
  const progress = useDesk((s) => s.importProgress);
  const fraction = useDesk(importFraction);
  const done = useDesk((s) => s.importDone);
  const importFiles = useDesk((s) => s.importFiles);
  const importWithNativeDialog = useDesk((s) => s.importWithNativeDialog);
  const notify = useDesk((s) => s.notify);
  const [batch, setBatch] = useState('');
  const batchId = useId();

  async function onPicked(picked: File[]) {
    if (picked.length === 0) return;
    const { pages, skipped } = await readFiles(picked);
    if (pages.length === 0) notify({ kind: 'info', key: 'import.none', params: { skipped: skipped.length } });
    else await importFiles(pages, batch, skipped);
  }

  return (
    <div className="import-panel" data-testid="import-panel">
      <div className="field">
        <label htmlFor={batchId}>{t('import.batchName')}</label>
        <input id={batchId} value={batch} onChange={(e) => setBatch(e.target.value)} />
      </div>
      <div className="button-row">
        {native ? (
          <>
            <button type="button" disabled={importing} onClick={() => void importWithNativeDialog(false, batch)}>
              {t('import.nativeFiles')}
            </button>
            <button type="button" disabled={importing} onClick={() => void importWithNativeDialog(true, batch)}>
              {t('import.nativeFolder')}
            </button>
          </>
        ) : (
          <>
            <label className="file-button">
              {t('import.files')}
              <input
                type="file"
                multiple
                accept={IMPORT_EXTENSIONS.join(',')}
                data-testid="import-files-input"
                disabled={importing}
                onChange={(e) => {
                  // Copy the files out first: clearing the input (so the same files can be picked again) empties its FileList.
                  void onPicked(Array.from(e.target.files ?? []));
                  e.target.value = '';
                }}
              />
            </label>
            <label className="file-button">
              {t('import.folder')}
              <input
                type="file"
                multiple
                data-testid="import-folder-input"
                disabled={importing}
                ref={(el) => {
                  // React does not know the non-standard directory attributes; set them on the element.
                  if (el) {
                    el.setAttribute('webkitdirectory', '');
                    el.setAttribute('directory', '');
                  }
                }}
                onChange={(e) => {
                  // Copy the files out first: clearing the input (so the same files can be picked again) empties its FileList.
                  void onPicked(Array.from(e.target.files ?? []));
                  e.target.value = '';
                }}
              />
            </label>
          </>
        )}
      </div>
      <p className="hint">{t('import.drop')}</p>
      {importing || progress ? (
        <ProgressBar
          label={t('import.progress')}
          value={fraction}
          text={progress ? `${progress.status === 'reading' ? t('import.reading', { file: progress.file }) : progress.file} (${done}/${progress.total})` : undefined}
          testId="import-progress"
        />
      ) : null}
      <ImportResults />
    </div>
  );
}
