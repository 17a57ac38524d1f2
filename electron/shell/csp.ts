// The Content-Security-Policy sent as a header with every app:// response. renderer/index.html carries the same
// policy in a meta tag; the header adds what only a header can say (frame-ancestors).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // CodeMirror and React set inline styles; scripts stay 'self' only.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
