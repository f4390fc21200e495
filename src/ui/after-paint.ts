/**
 * Runs `work` once the browser has painted what changed, for work the person need not wait for.
 * Returns a way to cancel it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Animation frames run just before the paint; a task queued from one runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
