/**
 * Pointer movement, stopped at the document before it reaches React. React listens at its root
 * for every event a component might ask for, and works out enter and leave events from each
 * pointer over and out. On a page turn the new page moves under a still pointer, which makes half a
 * dozen such events: 1 ms of the turn at normal speed, about 4 with the CPU slowed 4×
 * (docs/decisions/0013). No component reacts to pointer movement (eslint.config.js forbids the
 * props), and hover styles are CSS, which this leaves alone.
 */
const movement = ['pointermove', 'pointerover', 'pointerout', 'mousemove', 'mouseover', 'mouseout'] as const;

export function ignorePointerMovement(document: Document): void {
  const stop = (event: Event) => event.stopPropagation();
  for (const type of movement) document.addEventListener(type, stop, { capture: true, passive: true });
}
