import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { ChangeNav } from './ChangeNav';
import { ChangeSummary } from './ChangeSummary';
import { DiffPanes } from './DiffPanes';
import { MetaFields } from './MetaFields';
import { SaveState } from './SaveState';
import { ScanPane } from './ScanPane';
import { SectionEditor } from './SectionEditor';
import { SegmentPanel } from './SegmentPanel';
import { SeriesOffers } from './SeriesOffers';
import { StatusActions } from './StatusActions';
import { WarningsPanel } from './WarningsPanel';

/** Said while an article is being opened, when its fields are read-only. */
export function ArticleLoading() {
  const t = useT();
  return (
    <p className="article-loading" data-testid="article-loading" role="status">
      {t('review.loadingArticle')}
    </p>
  );
}

/** One article under review: heading fields, the two panes, and the panels beside them. */
export function ReviewDesk() {
  const t = useT();
  const openOverlay = useDesk((s) => s.openOverlay);
  const scanOpen = useDesk((s) => s.scanOpen);
  const toggleScan = useDesk((s) => s.toggleScan);
  const hasImage = useDesk((s) => s.article?.hasImage ?? false);
  const loading = useDesk((s) => s.articleLoading);
  return (
    <div className="review-desk" data-testid="review-desk" aria-busy={loading}>
      {loading ? <ArticleLoading /> : null}
      <MetaFields />
      <div className="review-toolbar">
        <SectionEditor />
        <ChangeNav />
        <button type="button" data-testid="revisions-button" onClick={() => openOverlay('revisions')}>
          {t('revisions.title')}
        </button>
        <button type="button" data-testid="scan-toggle" aria-pressed={scanOpen} disabled={!hasImage} title={hasImage ? 'Ctrl+Alt+S' : t('scan.none')} onClick={toggleScan}>
          {t('scan.toggle')}
        </button>
        <SaveState />
        <StatusActions />
      </div>
      <div className="review-body">
        <DiffPanes />
        <ScanPane />
        <div className="review-side">
          <SeriesOffers />
          <WarningsPanel />
          <ChangeSummary />
          <SegmentPanel />
        </div>
      </div>
    </div>
  );
}
