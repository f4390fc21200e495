// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { expect, it, vi } from 'vitest';
import { withoutBlur } from './step-form-context.ts';

function AgeForm({ onFormChange, register: choose }: { onFormChange: () => void; register: 'withoutBlur' | 'plain' }) {
  const { register, subscribe } = useForm<Record<string, unknown>>();
  useEffect(() => subscribe({ formState: { touchedFields: true, values: true, errors: true }, callback: onFormChange }), [subscribe, onFormChange]);
  const age = choose === 'plain' ? register('age') : withoutBlur(register)('age');
  return (
    <form>
      <input aria-label="Age" {...age} />
      <button type="button">Continue</button>
    </form>
  );
}

async function leaveFieldAfterTyping(register: 'withoutBlur' | 'plain') {
  const onFormChange = vi.fn();
  render(<AgeForm onFormChange={onFormChange} register={register} />);
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Age' }), '40');
  expect(onFormChange).toHaveBeenCalled();
  onFormChange.mockClear();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return onFormChange;
}

it('a field leaving focus, as it does when Continue is pressed, makes the form do nothing', async () => {
  expect(await leaveFieldAfterTyping('withoutBlur')).not.toHaveBeenCalled();
});

it('without it, the form would record the field as touched on the way to Continue', async () => {
  expect(await leaveFieldAfterTyping('plain')).toHaveBeenCalled();
});
