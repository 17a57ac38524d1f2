// The one global the Electron preload gives the renderer: `window.galley`. It is typed from the contract, so a
// method or event missing here fails to compile on both sides. Type-only imports: the sandboxed preload bundles
// this file and may not require packages.
import type { ApiEventName, ApiEvents, ApiMethod, ApiRequest, ApiResponses, Envelope, ImportReport, Settings } from './contract';

/** What the desk does when the native menu (or main) asks; the renderer performs them. */
export const DESK_COMMANDS = ['import', 'export', 'find-replace', 'approve', 'next-change', 'prev-change', 'shortcuts'] as const;
export type DeskCommand = (typeof DESK_COMMANDS)[number];

/**
 * The desk's keys for its commands, in Electron accelerator syntax. The desk binds them itself (the browser host
 * has no native menu) and calls preventDefault; the native menu displays them beside its items.
 */
export const DESK_SHORTCUTS: Record<DeskCommand, string> = {
  import: 'CmdOrCtrl+O',
  export: 'CmdOrCtrl+Shift+E',
  'find-replace': 'CmdOrCtrl+Shift+F',
  approve: 'CmdOrCtrl+Enter',
  'next-change': 'F8',
  'prev-change': 'Shift+F8',
  shortcuts: 'F1',
};

/** What main sends the desk on the command channel. */
export type DeskMessage =
  | { kind: 'command'; command: DeskCommand }
  /** Main imported paths (opened from the OS, a second launch or the menu): show the report, refresh the batches. */
  | { kind: 'imported'; report: ImportReport }
  /** Settings were changed outside the desk (the menu's language switch). */
  | { kind: 'settings'; settings: Settings };

/** An API event as it crosses the event channel. */
export type BridgeEvent = { [E in ApiEventName]: { event: E; payload: ApiEvents[E] } }[ApiEventName];

/** `window.galley`: the contract's calls answered in envelopes (errors cross the context bridge as plain data). */
export interface GalleyBridge {
  call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<Envelope<ApiResponses[M]>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  onCommand(listener: (message: DeskMessage) => void): () => void;
}
