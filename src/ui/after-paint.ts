/**
 * Runs `work` once the browser has painted what changed and has a moment to spare, for work the
 * person need not wait for. Returns a way to cancel it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  // Animation frames run just before the paint; a task queued from one runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      // The limit: a browser that is never idle still does the work soon after.
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 200 });
      else work();
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
