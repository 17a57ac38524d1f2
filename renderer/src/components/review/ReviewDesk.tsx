import { useT } from '../../hooks/useT';
import { useDesk } from '../../store/provider';
import { ChangeNav } from './ChangeNav';
import { ChangeSummary } from './ChangeSummary';
import { DiffPanes } from './DiffPanes';
import { MetaFields } from './MetaFields';
import { SaveState } from './SaveState';
import { SectionEditor } from './SectionEditor';
import { SegmentPanel } from './SegmentPanel';
import { SeriesOffers } from './SeriesOffers';
import { StatusActions } from './StatusActions';
import { WarningsPanel } from './WarningsPanel';

/** One article under review: heading fields, the two panes, and the panels beside them. */
export function ReviewDesk() {
  const t = useT();
  const openOverlay = useDesk((s) => s.openOverlay);
  return (
    <div className="review-desk" data-testid="review-desk">
      <MetaFields />
      <div className="review-toolbar">
        <SectionEditor />
        <ChangeNav />
        <button type="button" data-testid="revisions-button" onClick={() => openOverlay('revisions')}>
          {t('revisions.title')}
        </button>
        <SaveState />
        <StatusActions />
      </div>
      <div className="review-body">
        <DiffPanes />
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
