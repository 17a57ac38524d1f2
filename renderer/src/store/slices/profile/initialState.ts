import type { ProfileApplyResult, ProfilePreview, ProfileView } from '../../../../../shared/api/contract';

export interface ProfileState {
  /** The current batch's paper profile, once loaded. */
  profile: ProfileView | null;
  /** What re-reading with it would change; null until asked for. */
  profilePreview: ProfilePreview | null;
  /** What the last apply did. */
  profileApplied: ProfileApplyResult | null;
}

export const profileInitialState: ProfileState = { profile: null, profilePreview: null, profileApplied: null };
