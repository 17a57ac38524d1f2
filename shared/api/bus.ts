import type { ApiEventName, ApiEvents } from './contract';

type Listener<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** A typed event bus: the backend emits, transports forward to their clients. */
export class EventBus {
  private readonly listeners = new Map<ApiEventName, Set<Listener<ApiEventName>>>();

  on<E extends ApiEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<ApiEventName>);
    return () => set.delete(listener as Listener<ApiEventName>);
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}
