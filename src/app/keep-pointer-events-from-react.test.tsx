// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { keepPointerEventsFromReact } from './keep-pointer-events-from-react.ts';

it('keeps pointer movement and presses from React while clicks, focus and typing still reach it', async () => {
  keepPointerEventsFromReact(document);
  const kept = vi.fn();
  const clicked = vi.fn();
  const focused = vi.fn();
  const typed = vi.fn();
  render(
    <>
      {/* eslint-disable-next-line no-restricted-syntax -- the props the document keeps from React */}
      <button type="button" onPointerMove={kept} onMouseEnter={kept} onPointerOver={kept} onPointerDown={kept} onMouseUp={kept} onTouchStart={kept} onClick={clicked} onFocus={focused}>
        x
      </button>
      <input aria-label="y" onChange={typed} />
    </>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button'));
  await user.type(screen.getByRole('textbox'), 'a');
  expect(clicked).toHaveBeenCalledOnce();
  expect(focused).toHaveBeenCalledOnce();
  expect(typed).toHaveBeenCalledOnce();
  expect(kept).not.toHaveBeenCalled();
});
