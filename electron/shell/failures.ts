// When a failure deserves a visible message rather than a blank window.

/** Chromium's ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

export function isReportableLoadFailure(errorCode: number, isMainFrame: boolean): boolean {
  return isMainFrame && errorCode !== ERR_ABORTED;
}

/** A renderer that exited on purpose (window closed, app quitting) is not a crash. */
export function isCrash(reason: string): boolean {
  return reason !== 'clean-exit';
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** A native module built for plain Node (tests, CLI) fails to load in Electron with this message, and vice versa. */
export function isNativeAbiMismatch(error: unknown): boolean {
  return /NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(describeError(error));
}
