// Every IPC call is checked: it must come from the main frame of our window, showing an app:// page.
import { APP_ORIGIN, isAppUrl } from './scheme';

/** What the check reads from Electron's WebFrameMain. */
export interface FrameLike {
  readonly url: string;
  readonly origin: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * Whether `frame` (the call's event.senderFrame) is `mainFrame` (our window's webContents.mainFrame): the same
 * frame (Electron may hand out distinct wrappers for one frame, so compare ids), top-level, at an app:// URL.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): boolean {
  if (!frame || !mainFrame) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  if (frame.parent !== null) return false;
  return frame.origin === APP_ORIGIN && isAppUrl(frame.url);
}
