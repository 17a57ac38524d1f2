import { useState } from 'react';
import type { DragEvent } from 'react';
import type { DiffController } from '../editor/controller';
import { DiffControllerContext } from '../editor/context';
import { useLanguageSync } from '../hooks/useLanguageSync';
import { useShortcuts } from '../hooks/useShortcuts';
import { useT } from '../hooks/useT';
import { useUnloadGuard } from '../hooks/useUnloadGuard';
import { filesFromDrop, readFiles } from '../lib/files';
import { useDesk, useDeskStore } from '../store/provider';
import { selectIsEmptyStore } from '../store/slices/library/selectors';
import { ExportDialog } from './exporter/ExportDialog';
import { FindDialog } from './find/FindDialog';
import { HelpOverlay } from './help/HelpOverlay';
import { ImportDialog } from './importer/ImportDialog';
import { ImportResults } from './importer/ImportResults';
import { Welcome } from './importer/Welcome';
import { BatchDeleteDialog } from './library/BatchDeleteDialog';
import { Sidebar } from './library/Sidebar';
import { NoiseDialog } from './noise/NoiseDialog';
import { ApproveWarningsDialog } from './review/ApproveWarningsDialog';
import { ProfileDialog } from './profile/ProfileDialog';
import { ArticleLoading, ReviewDesk } from './review/ReviewDesk';
import { ReviewerDialog } from './review/ReviewerDialog';
import { RevisionsDialog } from './review/RevisionsDialog';
import { SeriesDialog } from './review/SeriesDialog';
import { Notice } from './shell/Notice';
import { TopBar } from './shell/TopBar';
import { TagsDialog } from './tags/TagsDialog';

function Overlays() {
  const overlay = useDesk((s) => s.overlay);
  switch (overlay) {
    case 'help':
      return <HelpOverlay />;
    case 'import':
      return <ImportDialog />;
    case 'export':
      return <ExportDialog />;
    case 'find':
      return <FindDialog />;
    case 'tags':
      return <TagsDialog />;
    case 'noise':
      return <NoiseDialog />;
    case 'revisions':
      return <RevisionsDialog />;
    case 'approve-warnings':
      return <ApproveWarningsDialog />;
    case 'series':
      return <SeriesDialog />;
    case 'profile':
      return <ProfileDialog />;
    case 'batch-delete':
      return <BatchDeleteDialog />;
    case 'reviewer':
    case 'approve-check':
      return <ReviewerDialog />;
    default:
      return null;
  }
}

function Workspace() {
  const t = useT();
  const empty = useDesk(selectIsEmptyStore);
  const hasArticle = useDesk((s) => s.article !== null);
  const loading = useDesk((s) => s.articleLoading);
  if (empty) {
    return (
      <main className="main main-welcome">
        <Welcome />
      </main>
    );
  }
  return (
    <div className="workspace">
      <Sidebar />
      <main className="main" aria-label={t('review.region')}>
        {hasArticle ? (
          <ReviewDesk />
        ) : (
          <div className="placeholder-area" aria-busy={loading}>
            {loading ? <ArticleLoading /> : <p className="placeholder">{t('welcome.pick')}</p>}
            <ImportResults />
          </div>
        )}
      </main>
    </div>
  );
}

function Boot() {
  const t = useT();
  const booted = useDesk((s) => s.booted);
  const error = useDesk((s) => s.bootError);
  const boot = useDesk((s) => s.boot);
  if (booted === 'ready') return <Workspace />;
  if (booted === 'pending') return <p className="placeholder">{t('app.loading')}</p>;
  return (
    <div className="placeholder" role="alert">
      <p>{t('app.bootFailed', { message: error ?? '' })}</p>
      <button type="button" onClick={() => void boot()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

export function App({ controller }: { controller: DiffController }) {
  const t = useT();
  const importFiles = useDesk((s) => s.importFiles);
  const openOverlay = useDesk((s) => s.openOverlay);
  const notify = useDesk((s) => s.notify);
  const [dragging, setDragging] = useState(false);
  useLanguageSync();
  useShortcuts(controller);
  useUnloadGuard(useDeskStore());

  const isFileDrag = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  const onDrop = (e: DragEvent) => {
    if (!isFileDrag(e)) return;
    e.preventDefault();
    setDragging(false);
    // Entries must be taken from the drop event before anything awaits.
    const pending = filesFromDrop(e.dataTransfer);
    openOverlay('import');
    void pending
      .then(readFiles)
      .then(({ pages, skipped }) => (pages.length > 0 ? importFiles(pages, undefined, skipped) : notify({ kind: 'info', key: 'import.none', params: { skipped: skipped.length } })));
  };

  return (
    <DiffControllerContext.Provider value={controller}>
      <div
        className="app"
        onDragOver={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <TopBar />
        <Notice />
        <Boot />
        <Overlays />
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            {t('import.dropHere')}
          </div>
        ) : null}
      </div>
    </DiffControllerContext.Provider>
  );
}
