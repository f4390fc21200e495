/**
 * Runs `work` once the browser has painted what changed and has a moment to spare, for work the
 * person need not wait for. Returns a way to cancel it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  // Whichever way comes first runs the work, and cancels the other.
  const run = () => {
    cancel();
    work();
  };
  // Animation frames run just before the paint. An idle period begins only once the frame is
  // painted, so an idle callback asked for from one runs after the paint, and queues no task in
  // the meantime to delay whatever else waits for that frame. The limit: a browser that is never
  // idle still does the work soon after.
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 200 });
    // No idle callbacks (Safari): a task queued from a frame callback runs after the paint.
    else timer = setTimeout(run);
  });
  // A tab in the background paints no frames: the person switched away to look something up. The
  // work (the page's title, its address in the history) is still done, without the paint.
  const unpainted = setTimeout(run, unpaintedAfterMs);
  function cancel(): void {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(unpainted);
    if (idle !== undefined) cancelIdleCallback(idle);
  }
  return cancel;
}

/** Longer than any frame plus the idle callback's own limit, on the slowest phone. */
export const unpaintedAfterMs = 1000;
