// Work that can wait until the page is idle, so that it stays out of the frame answering the user's input.

/**
 * Run `work` when the page is next idle, at most `timeout` ms from now; returns the function that cancels it.
 * Browsers without requestIdleCallback (Safari, for the desk served over HTTP) run it just after the next frame.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
