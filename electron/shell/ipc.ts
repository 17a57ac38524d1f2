// Main's side of the bridge: one call channel through dispatch(), events and desk messages out to the window.
import { API_EVENTS } from '../../shared/api/contract';
import type { ApiHandlers, ApiMethod, ApiResponses, CallContext, Envelope, Settings } from '../../shared/api/contract';
import type { BridgeEvent, DeskMessage } from '../../shared/api/bridge';
import type { EventBus } from '../../shared/api/bus';
import { dispatch } from '../../shared/api/dispatch';
import { isTrustedSender, type FrameLike } from './sender';

export const IPC_CONTEXT: CallContext = { transport: 'ipc' };

export interface CallHandlerOptions {
  handlers: ApiHandlers;
  /** Our window's main frame now, or null while there is no window. */
  mainFrame: () => FrameLike | null;
  onRefused?: (method: unknown, frame: FrameLike | null) => void;
}

/** The handler for the call channel: refuse untrusted senders, else validate and dispatch. Never throws. */
export function createCallHandler({ handlers, mainFrame, onRefused }: CallHandlerOptions) {
  return async (frame: FrameLike | null, method: unknown, payload: unknown): Promise<Envelope<ApiResponses[ApiMethod]>> => {
    if (!isTrustedSender(frame, mainFrame())) {
      onRefused?.(method, frame);
      return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Galley window.' } };
    }
    return dispatch(handlers, method, payload, IPC_CONTEXT);
  };
}

/** Forward every API event on `bus` to `send`; returns the unsubscribe. */
export function forwardEvents(bus: EventBus, send: (message: BridgeEvent) => void): () => void {
  const offs = API_EVENTS.map((event) => bus.on(event, (payload) => send({ event, payload } as BridgeEvent)));
  return () => offs.forEach((off) => off());
}

/** The same handler table, telling `listener` whenever settings were saved (from the desk or the menu). */
export function observeSettings(handlers: ApiHandlers, listener: (settings: Settings) => void): ApiHandlers {
  return {
    ...handlers,
    'settings.set': async (req, ctx) => {
      const settings = await handlers['settings.set'](req, ctx);
      listener(settings);
      return settings;
    },
  };
}

/**
 * Desk messages wait until the page has loaded (a message sent earlier would be lost); the preload then keeps
 * them until the desk subscribes.
 */
export function createDeskMessenger(send: (message: DeskMessage) => void) {
  let open = false;
  const pending: DeskMessage[] = [];
  return {
    post(message: DeskMessage): void {
      if (open) send(message);
      else pending.push(message);
    },
    /** The page finished loading: deliver what waited. */
    open(): void {
      open = true;
      for (const message of pending.splice(0)) send(message);
    },
    /** The page is gone or reloading: hold messages again. */
    close(): void {
      open = false;
    },
  };
}
