// The renderer is served from app://galley/ (a standard, secure custom scheme) instead of file://, so it has a real
// origin that the IPC sender check, the CSP and navigation rules can name.
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready. Not bypassCSP: our own pages obey the CSP like any other. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Whether `url` is a page or asset of this app (app://galley/…, no credentials or port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
}
