import type { SeriesOffer, SeriesPlace } from '../../../../../shared/api/contract';
import type { Suspicion } from '../../../../../shared/model/types';

/** A suspicion accepted in the editor, reported with the next save. */
export interface Suggested {
  text: string;
  proposal: string;
}

export interface SuspicionsState {
  /** What the clean editor marks now: the backend's list, moved with the edits made since. */
  suspicions: readonly Suspicion[];
  /** The backend's latest list and the text it is for; the editor takes it only while it holds that text. */
  savedSuspicions: { text: string; list: readonly Suspicion[]; nonce: number } | null;
  /** Accepted since the last save. */
  suggested: Suggested[];
  /** Corrections just made that recur elsewhere in the batch, offered until accepted or put aside. */
  seriesOffers: SeriesOffer[];
  /** The series being previewed (places null while they load). */
  series: { offer: SeriesOffer; places: SeriesPlace[] | null } | null;
}

export const suspicionsInitialState: SuspicionsState = {
  suspicions: [],
  savedSuspicions: null,
  suggested: [],
  seriesOffers: [],
  series: null,
};
