/**
 * Pointer and touch events that no component handles, stopped at the document before they reach
 * React. React listens at its root for every event a component might ask for: for each one it
 * walks the tree from the target to the root, twice (capture and bubble), and from each pointer
 * over and out it works out enter and leave events. A press on Continue makes four such events
 * (pointer and mouse, down and up) before its click, and the page turn that follows moves a new
 * page under a still pointer, which makes half a dozen more (docs/decisions/0013). Clicks, focus
 * and form events still reach React, and hover and press styles are CSS, which this leaves alone.
 * eslint.config.js forbids the props, so a handler that would never fire cannot be added unnoticed.
 */
const unhandled = [
  'pointermove', 'pointerover', 'pointerout', 'mousemove', 'mouseover', 'mouseout',
  'pointerdown', 'pointerup', 'pointercancel', 'mousedown', 'mouseup',
  'touchstart', 'touchmove', 'touchend', 'touchcancel',
] as const;

export function keepPointerEventsFromReact(document: Document): void {
  const stop = (event: Event) => event.stopPropagation();
  for (const type of unhandled) document.addEventListener(type, stop, { capture: true, passive: true });
}
