import type { FindMatch, ReplaceResult } from '../../../../../shared/api/contract';

export interface FindState {
  findQuery: string;
  findReplacement: string;
  findRegex: boolean;
  findCaseSensitive: boolean;
  findMatches: FindMatch[] | null;
  /** The replacement the matches' previews were expanded with (see previewStale). */
  findSearchedReplacement: string;
  /** Keys (see matchKey) of the matches chosen for replacement. */
  findChosen: Record<string, boolean>;
  findBusy: boolean;
  findResult: ReplaceResult | null;
}

export const findInitialState: FindState = {
  findQuery: '',
  findReplacement: '',
  findRegex: false,
  findCaseSensitive: true,
  findMatches: null,
  findSearchedReplacement: '',
  findChosen: {},
  findBusy: false,
  findResult: null,
};
