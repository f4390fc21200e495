const presses = 3;
const withinMs = 5000;

/**
 * Calls `then` when Shift is pressed on its own three times within five seconds; returns how to
 * stop listening. Shift held for another key (Shift+Tab, a capital letter) is no press, and any
 * other key starts the count again, as in GOV.UK's "Exit this page": someone typing a name must
 * not be sent away with their answers cleared.
 */
export function onTripleShift(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, then: () => void): () => void {
  let times: number[] = [];
  let shiftAlone = false;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Shift') {
      shiftAlone ||= !event.repeat;
    } else {
      shiftAlone = false;
      times = [];
    }
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    const now = Date.now();
    times = [...times.filter((time) => now - time < withinMs), now];
    if (times.length >= presses) then();
  };
  target.addEventListener('keydown', onKeyDown);
  target.addEventListener('keyup', onKeyUp);
  return () => {
    target.removeEventListener('keydown', onKeyDown);
    target.removeEventListener('keyup', onKeyUp);
  };
}
