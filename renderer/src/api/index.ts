// The one place that decides how the desk reaches its backend; chosen once at startup.
import { createHttpClient } from './httpClient';
import { createIpcClient } from './ipcClient';
import type { DeskApi, GalleyBridge } from './types';

export type { DeskApi, DeskCommand, DeskMessage, GalleyBridge } from './types';

function bridgeOf(host: Window): GalleyBridge | null {
  const candidate = (host as Window & { galley?: GalleyBridge }).galley;
  return candidate && typeof candidate.call === 'function' && typeof candidate.on === 'function' && typeof candidate.onCommand === 'function' ? candidate : null;
}

/** The token the browser host put in the page's URL (`?token=`). */
export function tokenFromLocation(search: string): string | null {
  return new URLSearchParams(search).get('token');
}

export function createDeskApi(host: Window = window): DeskApi {
  const bridge = bridgeOf(host);
  if (bridge) return createIpcClient(bridge);
  return createHttpClient({ baseUrl: '', token: tokenFromLocation(host.location.search) });
}
