// The desktop transport: the preload bridge answers envelopes; this turns them into values or ApiErrors.
import type { ApiEventName, ApiEvents, ApiMethod, ApiRequest, ApiResponses } from '../../../shared/api/contract';
import { asApiError, unwrap } from './envelope';
import type { DeskApi, GalleyBridge } from './types';

export function createIpcClient(bridge: GalleyBridge): DeskApi {
  return {
    transport: 'ipc',
    async call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponses[M]> {
      let reply: unknown;
      try {
        reply = await bridge.call(method, req ?? ({} as ApiRequest<M>));
      } catch (err) {
        throw asApiError(err);
      }
      return unwrap<ApiResponses[M]>(reply);
    },
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      return bridge.on(event, listener);
    },
    onDeskMessage: (listener) => bridge.onCommand(listener),
    // Exports are written to the desktop's disk; there is nothing to download.
    exportFileUrl: () => null,
  };
}
