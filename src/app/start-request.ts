/**
 * "Start now" pressed on the first paint, before the questionnaire's code has arrived: the
 * questionnaire starts as soon as it has.
 */
let requested = false;

export function requestStart(): void {
  requested = true;
}

/** Whether a start was asked for; asking answers it. */
export function takeStartRequest(): boolean {
  const wasRequested = requested;
  requested = false;
  return wasRequested;
}

/** Whether a start was asked for and not yet answered: the questionnaire has not opened since. */
export const startRequested = () => requested;
