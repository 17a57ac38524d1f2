import type { ApiClient } from '../../../shared/api/contract';
import type { DeskMessage } from '../../../shared/api/bridge';

export type { GalleyBridge, DeskMessage, DeskCommand } from '../../../shared/api/bridge';

/** The client the desk holds: the contract's client plus what differs between hosts. */
export interface DeskApi extends ApiClient {
  readonly transport: 'http' | 'ipc';
  /** Where the browser can download an export's file; null where the file stays on the desktop's disk. */
  exportFileUrl(exportId: number): string | null;
  /** Commands from the native menu (desktop only; the browser host never sends any). */
  onDeskMessage(listener: (message: DeskMessage) => void): () => void;
}
