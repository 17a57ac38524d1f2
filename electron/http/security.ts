import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The request header the page sends its token in. */
export const TOKEN_HEADER = 'x-galley-token';

/** The cookie name carries the port: cookies are shared by every port of a host, so two runs must not collide. */
export function cookieName(port: number): string {
  return `galley-token-${port}`;
}

/** Same-length, constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * DNS rebinding defence: a page on an attacker's name that resolves to 127.0.0.1 sends its own name as Host.
 * Only the loopback names this host answers to are accepted.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A request's Origin, when present, must be the host's own (the origin matching its Host header). */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${(req.headers.host ?? '').toLowerCase()}`;
}

/** Headers on every response: a strict CSP, no MIME sniffing, no framing, and no Referer (URLs may carry the token). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
