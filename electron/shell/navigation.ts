// Where the window may go: nowhere but its own app:// pages. https links the desk shows open in the system browser.
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './scheme';

export type NavigationDecision = 'allow' | 'external' | 'deny';

/** Whether `url` is an https link we hand to the system browser: https only, no credentials smuggled in. */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isExternalLink(url) ? 'external' : 'deny';
}

/** For 'will-navigate': only the app's own pages load in the window. */
export function isAllowedNavigation(url: string): boolean {
  return navigationDecision(url) === 'allow';
}

/**
 * For setWindowOpenHandler: no new windows, ever. A link the desk shows with target=_blank goes to the system
 * browser if it is https.
 */
export function handleWindowOpen(details: Pick<HandlerDetails, 'url'>, openExternal: (url: string) => unknown): WindowOpenHandlerResponse {
  if (navigationDecision(details.url) === 'external') openExternal(details.url);
  return { action: 'deny' };
}
