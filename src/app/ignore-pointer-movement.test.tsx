// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { ignorePointerMovement } from './ignore-pointer-movement.ts';

it('keeps pointer movement from React while presses and clicks still reach it', async () => {
  ignorePointerMovement(document);
  const moved = vi.fn();
  const pressed = vi.fn();
  const clicked = vi.fn();
  // eslint-disable-next-line no-restricted-syntax -- the props the document keeps from React
  render(<button type="button" onPointerMove={moved} onMouseEnter={moved} onPointerOver={moved} onPointerDown={pressed} onClick={clicked}>x</button>);
  await userEvent.setup().click(screen.getByRole('button'));
  expect(pressed).toHaveBeenCalledOnce();
  expect(clicked).toHaveBeenCalledOnce();
  expect(moved).not.toHaveBeenCalled();
});
