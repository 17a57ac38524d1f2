import type { EventBus } from '../../shared/api/bus';
import type { Store } from '../store/repositories';
import type { SuspectFn } from './corrections';

/**
 * What every service works with. `now` is injectable so time-dependent rules (autosave coalescing) are testable;
 * `suspect` is the suspicion engine, injected so the services do not depend on one.
 */
export interface ServiceContext {
  store: Store;
  bus: EventBus;
  now: () => Date;
  suspect: SuspectFn;
}

/** No engine: suspicions then come from the paper's recorded corrections alone. */
export const noEngine: SuspectFn = () => [];

export function serviceContext(store: Store, bus: EventBus, now: () => Date = () => new Date(), suspect: SuspectFn = noEngine): ServiceContext {
  return { store, bus, now, suspect };
}
