import type { NoiseItem } from '../../../../../shared/api/contract';

export interface NoiseState {
  noise: NoiseItem[] | null;
}

export const noiseInitialState: NoiseState = { noise: null };
