// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '#src/app/app.tsx';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { onShownPage } from '#src/testing/shown-page.ts';
import { answersBefore, answersOf } from '#tests/fixtures/personas.ts';

/**
 * Waits until the page with this h1 has been built out of sight, and checks that it is out of the
 * accessibility tree, has not taken focus, and is not what the tab is called. That it cannot be
 * seen or reached with the keyboard needs a browser's CSS: see accessibility.spec.ts.
 */
async function builtAhead(heading: string | RegExp) {
  const hiddenHeading = await screen.findByText(heading, { selector: 'h1' });
  expect(screen.queryByRole('heading', { level: 1, name: heading })).not.toBeInTheDocument();
  const shownHeadings = screen.getAllByRole('heading', { level: 1 });
  expect(shownHeadings).toHaveLength(1);
  expect(hiddenHeading.closest('[aria-hidden="true"]')?.contains(document.activeElement)).toBe(false);
  expect(document.title).toContain(shownHeadings[0]?.textContent);
}

describe('the page that comes next', () => {
  it('is built out of sight while a page is read, then shown by Continue with focus on its heading', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await screen.findByRole('heading', { level: 1, name: 'How old are you?' });
    await builtAhead('What sex were you assigned at birth?');
    expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(1);

    await user.type(screen.getByLabelText('How old are you?'), '40');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'What sex were you assigned at birth?' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(document.title).toBe('What sex were you assigned at birth? – Ketamine therapy pre-screening questionnaire'));
    expect(screen.queryByRole('heading', { name: 'How old are you?', hidden: true })).not.toBeInTheDocument();
  });

  it('is guessed again as the person answers: an answer that opens a follow-up question builds that question', async () => {
    const answers = answersBefore('nothingToDiscuss', 'tried-antidepressants');
    const { user } = renderWithProviders(<App />, { answers });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: /have you taken any medicine for depression\?/ });
    // With no answer yet, the follow-up does not apply: the page after it is the guess.
    await builtAhead(/Have you had talking therapy/);

    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await builtAhead('Which medicines for depression have you taken during this time of depression?');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Which medicines for depression have you taken during this time of depression?' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('shows the answer just changed, though check answers was built before the change', async () => {
    const { user } = renderWithProviders(<App />, { answers: answersOf('nothingToDiscuss') });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Change Age' }));
    const age = await screen.findByLabelText('How old are you?');
    await builtAhead('Check your answers');
    await user.clear(age);
    await user.type(age, '43');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.getByText('Age', { selector: 'dt', ...onShownPage }).closest('div')).toHaveTextContent('43');
  });

  it('asks afresh a question reworded by the answer just changed, though its page was built before the change', async () => {
    const { user } = renderWithProviders(<App />, { answers: { ...answersOf('nothingToDiscuss'), age: 65 } });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Change Sex assigned at birth' }));
    await screen.findByRole('heading', { level: 1, name: 'What sex were you assigned at birth?' });
    await user.click(screen.getByRole('radio', { name: 'Female' }));
    await builtAhead('In the past 12 months, how often have you…');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'In the past 12 months, how often have you…' });
    // Answered for "5 or more" drinks, the question now counts 4: it is asked again; the others stand.
    const drinking = screen.getByRole('group', { name: 'Had 4 or more drinks containing alcohol in a day' });
    expect(within(drinking).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    const tobacco = screen.getByRole('group', { name: /^Used any tobacco product/ });
    expect(within(tobacco).getByRole('radio', { name: 'Never' })).toBeChecked();
  });

  describe('when it is the summary', () => {
    afterEach(() => vi.useRealTimers());

    it('is dated the day it is shown, not the day it was built', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2026, 11, 3, 23, 59));
      const { user } = renderWithProviders(<App />, { answers: answersOf('nothingToDiscuss') });
      await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
      await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
      await builtAhead('Your summary for the clinician');

      vi.setSystemTime(new Date(2026, 11, 4, 0, 1));
      await user.click(screen.getByRole('button', { name: 'See my summary' }));
      await screen.findByRole('heading', { level: 1, name: 'Your summary for the clinician' });
      const shownOn = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(2026, 11, 4));
      expect(await screen.findByText(`Completed on ${shownOn}`)).toBeInTheDocument();
    });
  });
});
