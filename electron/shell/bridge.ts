// The preload's side of the bridge: builds `window.galley` over three fixed channels. Bundled into the sandboxed
// preload, so it imports values only from ./channels (no packages) and hands the page no Electron object: listeners
// receive payloads, never the IPC event.
import type { ApiMethod, ApiResponses, Envelope } from '../../shared/api/contract';
import type { BridgeEvent, DeskMessage, GalleyBridge } from '../../shared/api/bridge';
import { CALL_CHANNEL, COMMAND_CHANNEL, EVENT_CHANNEL } from './channels';

type IpcListener = (event: unknown, message: unknown) => void;

/** The slice of ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

export function createBridge(ipc: BridgeIpc): GalleyBridge {
  const commandListeners = new Set<(message: DeskMessage) => void>();
  // Main may send a notice (files opened from the OS) before the desk has subscribed; keep it until then.
  const held: DeskMessage[] = [];
  ipc.on(COMMAND_CHANNEL, (_event, data) => {
    const message = data as DeskMessage;
    if (commandListeners.size === 0) held.push(message);
    else for (const listener of commandListeners) listener(message);
  });

  return {
    call: <M extends ApiMethod>(method: M, req: unknown) => ipc.invoke(CALL_CHANNEL, method, req) as Promise<Envelope<ApiResponses[M]>>,
    on(event, listener) {
      const relay: IpcListener = (_event, data) => {
        const message = data as BridgeEvent;
        if (message.event === event) (listener as (payload: unknown) => void)(message.payload);
      };
      ipc.on(EVENT_CHANNEL, relay);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, relay);
      };
    },
    onCommand(listener) {
      commandListeners.add(listener);
      for (const message of held.splice(0)) listener(message);
      return () => {
        commandListeners.delete(listener);
      };
    },
  } satisfies GalleyBridge;
}
