// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { App } from '#src/app/app.tsx';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { onShownPage } from '#src/testing/shown-page.ts';
import { continueEvent } from '#src/machine/drive.testing.ts';
import { screeningMachine } from '#src/machine/screening-machine.ts';
import { answersBefore, answersOf } from '#tests/fixtures/personas.ts';

async function openQuestions(input = {}) {
  const rendered = renderWithProviders(<App />, input);
  await rendered.user.click(screen.getByRole('button', { name: 'Start now' }));
  await screen.findByRole('heading', { level: 1, name: 'How old are you?' });
  return rendered;
}

describe('a question page', () => {
  it('shows the question as the h1, with focus on it and the step in the title', async () => {
    await openQuestions();
    const heading = screen.getByRole('heading', { level: 1, name: 'How old are you?' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(document.title).toBe('How old are you? – Ketamine therapy pre-screening questionnaire'));
    expect(screen.getByText('Section 1 of 8: About you', onShownPage)).toBeInTheDocument();
  });

  it('on a bad answer shows an error summary that takes focus, links to the field, and marks the title', async () => {
    const { user } = await openQuestions();
    await user.type(screen.getByLabelText('How old are you?'), '200');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Enter an age from 1 to 120' });
    expect(link).toHaveAttribute('href', '#age');
    await waitFor(() => expect(document.title).toBe('Error: How old are you? – Ketamine therapy pre-screening questionnaire'));
    const input = screen.getByLabelText('How old are you?');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter an age from 1 to 120'));
    expect(input).toHaveValue('200');
    await user.click(link);
    expect(input).toHaveFocus();
  });

  it('leaves focus in an answer that is corrected and then made wrong again while typing', async () => {
    const { user } = await openQuestions();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: 'Enter your age' }));
    const input = screen.getByLabelText('How old are you?');
    await user.type(input, '40');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    // Emptied on the way to a new answer: the error comes back, and the typing goes on.
    await user.keyboard('{Backspace}{Backspace}');
    await screen.findByRole('alert');
    await user.keyboard('35');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('35');
  });

  it('explains letters typed into a number, and moves on once the answer is fixed', async () => {
    const { user } = await openQuestions();
    const input = screen.getByLabelText('How old are you?');
    await user.type(input, 'forty');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findAllByText('Enter your age in years using digits, like 42')).toHaveLength(2);
    await user.clear(input);
    await user.type(input, '40');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What sex were you assigned at birth?' });
    await waitFor(() => expect(document.title).toBe('What sex were you assigned at birth? – Ketamine therapy pre-screening questionnaire'));
  });

  it('goes back with the back link and keeps the answer given', async () => {
    const { user } = await openQuestions();
    await user.type(screen.getByLabelText('How old are you?'), '33');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'What sex were you assigned at birth?' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('How old are you?')).toHaveValue('33');
  });

  it('shows typed markup as plain text on check answers', async () => {
    const answers = { ...answersOf('nothingToDiscuss'), otherMedicines: '<img src=x onerror=alert(1)>' };
    renderWithProviders(<App />, { answers });
    screen.getByRole('button', { name: 'Continue where you left off' }).click();
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('check your answers', () => {
  it('changes an answer and comes back to check answers', async () => {
    const { user } = renderWithProviders(<App />, { answers: answersOf('nothingToDiscuss') });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Change Age' }));
    const age = await screen.findByLabelText('How old are you?');
    expect(age).toHaveValue('42');
    await user.clear(age);
    await user.type(age, '43');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    const row = screen.getByText('Age', { selector: 'dt', ...onShownPage }).closest('div');
    expect(row).toHaveTextContent('43');
  });

  it('returns focus to the row just changed, or else to the heading', async () => {
    const { user } = renderWithProviders(<App />, { answers: answersOf('nothingToDiscuss') });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Change Talking therapy' }));
    await screen.findByRole('heading', { level: 1, name: /talking therapy/ });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change Talking therapy' })).toHaveFocus());

    // On a page of several questions, to the row of the one whose "Change" was pressed.
    await user.click(screen.getByRole('button', { name: 'Change PHQ-9 item 7: trouble concentrating' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change PHQ-9 item 7: trouble concentrating' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Change Age' }));
    await screen.findByRole('heading', { level: 1, name: 'How old are you?' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change Age' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus());
  });

  it('gives the heading focus when the row to return to is no longer shown', async () => {
    // "Change" pressed on whether she could be pregnant, then the sex at birth changed to male:
    // the pregnancy questions, and that row, no longer apply.
    const actor = createActor(screeningMachine, { input: { answers: answersOf('manyCautions') } }).start();
    actor.send({ type: 'screening.start' });
    actor.send({ type: 'answers.change', stepId: 'pregnancy', fieldId: 'pregnant' });
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'male' }));
    actor.send(continueEvent('substances-past-year', answersOf('manyCautions')));
    expect(actor.getSnapshot().context.changedFieldId).toBe('pregnant');
    window.history.replaceState(null, '', '/?page=check-answers');
    renderWithProviders(<App />, { snapshot: actor.getPersistedSnapshot() });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.queryByRole('button', { name: /Change Pregnant/ })).not.toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('the list of antidepressants tried', () => {
  const answers = answersBefore('nothingToDiscuss', 'antidepressant-trials');

  async function openTrials() {
    const rendered = renderWithProviders(<App />, { answers });
    await rendered.user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: /Which medicines for depression/ });
    return rendered;
  }

  it('names each missing part of an entry in the error summary, linked to its input', async () => {
    const { user } = await openTrials();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#antidepressantTrials-0-medicine',
      '#antidepressantTrials-0-weeks',
      '#antidepressantTrials-0-takenAsPrescribed',
      '#antidepressantTrials-0-effect',
      '#antidepressantTrials-0-outcome',
    ]);
    expect(screen.getByLabelText('Medicine')).toHaveAccessibleDescription(expect.stringContaining('Select an answer'));
  });

  it('gives the hint of the list to the choice of the first medicine and to the button that adds one, where a screen reader meets it', async () => {
    const { user } = await openTrials();
    const hint = 'Add each medicine on its own.';
    expect(screen.getByLabelText('Medicine')).toHaveAccessibleDescription(expect.stringContaining(hint));
    expect(screen.getByRole('button', { name: 'Add another medicine' })).toHaveAccessibleDescription(expect.stringContaining(hint));
    await user.click(screen.getByRole('button', { name: 'Add another medicine' }));
    expect(screen.getAllByLabelText('Medicine')[1]).not.toHaveAccessibleDescription(expect.stringContaining(hint));
  });

  it('asks for the name of a medicine not in the list, and can add and remove entries', async () => {
    const { user } = await openTrials();
    await user.selectOptions(screen.getByLabelText('Medicine'), 'other');
    const name = await screen.findByLabelText('Name of the medicine');
    // Asked for on the first Continue, with the parts of the entry still missing.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const firstLinks = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(firstLinks.map((link) => link.getAttribute('href'))).toEqual([
      '#antidepressantTrials-0-otherName',
      '#antidepressantTrials-0-weeks',
      '#antidepressantTrials-0-takenAsPrescribed',
      '#antidepressantTrials-0-effect',
      '#antidepressantTrials-0-outcome',
    ]);
    await user.click(screen.getByRole('button', { name: 'Add another medicine' }));
    expect(screen.getByRole('heading', { name: 'Medicine 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove medicine 2' }));
    expect(screen.queryByRole('heading', { name: 'Medicine 2' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/How many weeks/), '7');
    for (const [part, value] of [['takenAsPrescribed', 'yes'], ['effect', 'none'], ['outcome', 'stoppedNotHelping']]) {
      await user.click(document.querySelector<HTMLInputElement>(`input[name="antidepressantTrials.0.${part}"][value="${value}"]`) as HTMLInputElement);
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await within(await screen.findByRole('alert')).findByRole('link', { name: 'Enter an answer for “Name of the medicine” (medicine 1)' })).toHaveAttribute(
      'href',
      '#antidepressantTrials-0-otherName',
    );
    await user.type(name, 'Dosulepin');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /together with a medicine for depression/ });
  });

  it('lets an entry go on once a listed medicine replaces "other", whatever name was typed for it', async () => {
    const { user } = await openTrials();
    await user.selectOptions(screen.getByLabelText('Medicine'), 'other');
    await user.type(await screen.findByLabelText('Name of the medicine'), 'x'.repeat(81));
    await user.selectOptions(screen.getByLabelText('Medicine'), 'sertraline');
    await user.type(screen.getByLabelText(/How many weeks/), '7');
    for (const [part, value] of [['takenAsPrescribed', 'yes'], ['effect', 'none'], ['outcome', 'stoppedNotHelping']]) {
      await user.click(document.querySelector<HTMLInputElement>(`input[name="antidepressantTrials.0.${part}"][value="${value}"]`) as HTMLInputElement);
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /together with a medicine for depression/ });
  });

  it('keeps focus in the list when an entry is removed: on the entry now in its place, else the one before, else "Add a medicine"', async () => {
    const { user } = await openTrials();
    await user.click(screen.getByRole('button', { name: 'Add another medicine' }));
    await user.click(screen.getByRole('button', { name: 'Add another medicine' }));
    await user.click(screen.getByRole('button', { name: 'Remove medicine 2' }));
    expect(screen.getByRole('heading', { name: 'Medicine 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove medicine 2' }));
    expect(screen.getByRole('heading', { name: 'Medicine 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove medicine 1' }));
    const addFirst = screen.getByRole('button', { name: /Add a medicine/ });
    expect(addFirst).toHaveFocus();

    // With no entry left, Continue says so; the message describes the button its link leads to.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const link = await within(await screen.findByRole('alert')).findByRole('link');
    expect(link).toHaveAttribute('href', '#antidepressantTrials-add');
    expect(addFirst).toHaveAccessibleDescription(expect.stringContaining(link.textContent ?? '-'));
  });
});

describe('a month and year', () => {
  async function openEpisodeStart() {
    const { episodeStart: _notYet, ...answers } = answersOf('nothingToDiscuss');
    const rendered = renderWithProviders(<App />, { answers });
    await rendered.user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: 'When did this time of depression begin?' });
    return rendered;
  }

  it('refuses a date in the future with a message about this question', async () => {
    const { user } = await openEpisodeStart();
    await user.type(screen.getByLabelText('Month'), '1');
    await user.type(screen.getByLabelText('Year'), String(new Date().getFullYear() + 1));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const link = await within(await screen.findByRole('alert')).findByRole('link', {
      name: 'The date this time of depression began must be this month or earlier',
    });
    expect(link).toHaveAttribute('href', '#episodeStart-month');
    expect(screen.getByLabelText('Year')).toHaveValue(String(new Date().getFullYear() + 1));
  });

  it('with both parts left empty, gives one message for the question, not one per part', async () => {
    const { user } = await openEpisodeStart();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Enter the month and year this time of depression began']);
    // Both parts are still marked as needing an answer.
    expect(screen.getByLabelText('Month')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Year')).toHaveAttribute('aria-invalid', 'true');
  });

  it('with both parts wrong, gives the month\'s message, shown with the question and linked, and marks both parts', async () => {
    const { user } = await openEpisodeStart();
    await user.type(screen.getByLabelText('Month'), '13');
    await user.type(screen.getByLabelText('Year'), '24');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // A link to the year alone would land on a box that says nothing of what is wrong with it.
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#episodeStart-month']);
    expect(screen.getByRole('group', { name: 'When did this time of depression begin?' })).toHaveAccessibleDescription(expect.stringContaining(links[0]?.textContent ?? '–'));
    expect(screen.getByLabelText('Month')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Year')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('a page of several questions', () => {
  it('names each question in its error message, so the error summary says which answers are missing', async () => {
    const { phq9Interest: _1, phq9Mood: _2, phq9Sleep: _3, phq9Energy: _4, phq9Appetite: _5, phq9SelfWorth: _6, phq9Concentration: _7, phq9Movement: _8, phq9SelfHarm: _9, phq9Difficulty: _10, ...answers } =
      answersOf('nothingToDiscuss');
    const { user } = renderWithProviders(<App />, { answers });
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await screen.findByRole('heading', { level: 1, name: /Over the last 2 weeks/ });
    // The first question answered: the other nine are missing.
    await user.click(document.querySelector<HTMLInputElement>('input[name="phq9Interest"]') as HTMLInputElement);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links).toHaveLength(9);
    expect(links[0]).toHaveTextContent('Select an answer for “Feeling down, depressed, or hopeless”');
    expect(new Set(links.map((link) => link.textContent)).size).toBe(9);
    expect(screen.getByRole('group', { name: 'Feeling down, depressed, or hopeless' })).toHaveAccessibleDescription(
      expect.stringContaining('Select an answer for “Feeling down, depressed, or hopeless”'),
    );
  });
});

describe('the crisis support page', () => {
  it("shows the clinic region's numbers as links to call", async () => {
    const { suicidalThoughtsNow: _notYet, ...answers } = answersOf('nothingToDiscuss');
    const clinic = { ...(await import('#public/clinic.json')).default, region: 'GB' } as never;
    const { user } = renderWithProviders(<App />, { answers }, 'en', clinic);
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Help is available right now' });
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(screen.getByRole('heading', { name: 'Samaritans' })).toBeInTheDocument();
  });
});
