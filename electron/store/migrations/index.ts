import { up as initial } from './001_initial';

export interface Migration {
  /** The schema version after this migration; versions are 1, 2, 3… without gaps. */
  version: number;
  name: string;
  up: string;
}

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: Migration[] = [{ version: 1, name: 'initial', up: initial }];
