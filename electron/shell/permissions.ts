// Web permission requests (camera, notifications, geolocation…) are refused; the desk needs none but writing
// to the clipboard from its own pages.
import { isAppUrl } from './scheme';

const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write']);

/** Whether `permission`, asked for by a page at `requestingUrl`, is granted. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return ALLOWED_FOR_APP.has(permission) && isAppUrl(requestingUrl);
}

/** The slice of Electron's Session this needs. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export function denyPermissionsByDefault(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl ?? '')));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
}
