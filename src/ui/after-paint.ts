/**
 * Runs `work` once the browser has painted what changed and has a moment to spare, for work the
 * person need not wait for. Returns a way to cancel it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  // Animation frames run just before the paint. An idle period begins only once the frame is
  // painted, so an idle callback asked for from one runs after the paint, and queues no task in
  // the meantime to delay whatever else waits for that frame. The limit: a browser that is never
  // idle still does the work soon after.
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 200 });
    // No idle callbacks (Safari): a task queued from a frame callback runs after the paint.
    else timer = setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
