// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '#src/app/app.tsx';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import validation from '#locales/en/validation.json';
import { hostileDates, hostileNumbers, hostileText } from '#tests/fixtures/hostile-inputs.ts';
import type { StepId } from '#src/questionnaire/steps.ts';
import { answersBefore } from '#tests/fixtures/personas.ts';

/** Opens the app at a page, with every answer before it given. */
async function openAt(stepId: StepId) {
  const rendered = renderWithProviders(<App />, { answers: answersBefore('nothingToDiscuss', stepId) });
  await rendered.user.click(screen.getByRole('button', { name: /Start now|Continue where you left off/ }));
  // The question page, once its text has arrived.
  await screen.findByRole('button', { name: 'Continue' });
  return rendered;
}

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('hostile text in a free-text answer', () => {
  it.each(Object.entries(hostileText))('%s is kept as plain text, or refused with a clear message', async (name, text) => {
    const { user } = await openAt('current-clinician');
    const field = screen.getByRole('textbox');
    fireEvent.input(field, { target: { value: text } });
    await user.click(continueButton());
    if (text.length > 200) {
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: 'Your answer must be 200 characters or fewer' })).toBeInTheDocument();
      expect(screen.getByRole('textbox')).toHaveValue(text);
      return;
    }
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    const row = screen.getAllByRole('term').at(-1)?.closest('div');
    expect(row?.querySelector('dd')?.textContent).toBe(text.trim());
    expect(document.querySelectorAll('script, img, svg')).toHaveLength(0);
    expect(document.body.innerHTML).not.toContain('onerror=alert(1)>');
  });
});

describe('number-like text in a whole-number answer', () => {
  it.each(Object.entries(hostileNumbers))('%j is %s', async (text, outcome) => {
    const { user } = await openAt('age');
    const field = screen.getByLabelText('How old are you?');
    if (text) fireEvent.input(field, { target: { value: text } });
    await user.click(continueButton());
    if (outcome === 'accepted') {
      await screen.findByRole('heading', { level: 1, name: 'What sex were you assigned at birth?' });
      return;
    }
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByLabelText('How old are you?')).toHaveValue(text);
    expect(validation.integer).toHaveProperty(outcome);
  });
});

describe('dates at the edges of the calendar', () => {
  it.each(hostileDates)('$name gets a clear message and keeps what was typed', async ({ month, year, code }) => {
    const { user } = await openAt('episode-start');
    fireEvent.input(screen.getByLabelText('Month'), { target: { value: month } });
    fireEvent.input(screen.getByLabelText('Year'), { target: { value: year } });
    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    const message = within(summary).getAllByRole('link')[0]?.textContent ?? '';
    const expected: string = { ...validation.monthYear, dateInFuture: 'The date this time of depression began must be this month or earlier' }[code as keyof typeof validation.monthYear];
    expect(message).toBe(expected);
    expect(screen.getByLabelText('Month')).toHaveValue(month);
    expect(screen.getByLabelText('Year')).toHaveValue(year);
  });
});
