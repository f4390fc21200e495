const presses = 3;
const withinMs = 5000;

/** Calls `then` when Shift is pressed three times within five seconds; returns how to stop listening. */
export function onTripleShift(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, then: () => void): () => void {
  let times: number[] = [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = Date.now();
    times = [...times.filter((time) => now - time < withinMs), now];
    if (times.length >= presses) then();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
