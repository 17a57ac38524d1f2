import type { EventBus } from '../../shared/api/bus';
import type { Store } from '../store/repositories';

/** What every service works with. `now` is injectable so time-dependent rules (autosave coalescing) are testable. */
export interface ServiceContext {
  store: Store;
  bus: EventBus;
  now: () => Date;
}

export function serviceContext(store: Store, bus: EventBus, now: () => Date = () => new Date()): ServiceContext {
  return { store, bus, now };
}
