// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { stepSignalsCrisis, visibleSteps } from '#src/questionnaire/flow.ts';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { answersOf } from '#tests/fixtures/personas.ts';
import { App } from './app.tsx';
import { requestStart } from './start-request.ts';

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No element #${id}`);
  return element;
};
const radio = (name: string, value: string) => {
  const element = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!element) throw new Error(`No input ${name}=${value}`);
  return element;
};

async function answer(user: UserEvent, id: FieldId, answers: Answers): Promise<void> {
  const value = answers[id];
  const field = fields[id];
  if (field.kind === 'choice') await user.click(radio(id, value as string));
  else if (field.kind === 'multiChoice') for (const choice of value as string[]) await user.click(radio(id, choice));
  else if (field.kind === 'integer' || field.kind === 'text') {
    if (value !== '') await user.type(byId(id), String(value));
  } else if (field.kind === 'monthYear') {
    const { month, year } = value as { month: number; year: number };
    await user.type(byId(`${id}-month`), String(month));
    await user.type(byId(`${id}-year`), String(year));
  } else {
    for (const [index, trial] of (value as TreatmentTrial[]).entries()) {
      if (index > 0) await user.click(byId(`${id}-add`));
      await user.selectOptions(byId(`${id}-${index}-medicine`), trial.medicine);
      if (trial.medicine === 'other' && 'otherName' in trial) await user.type(byId(`${id}-${index}-otherName`), trial.otherName ?? '');
      await user.type(byId(`${id}-${index}-weeks`), String(trial.weeks));
      for (const part of ['takenAsPrescribed', 'effect', 'outcome'] as const) await user.click(radio(`${id}.${index}.${part}`, trial[part]));
    }
  }
}

async function expectNoAxeViolations(page: string) {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // jsdom has no layout: contrast is checked in the browser journeys instead.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(results.violations.map((violation) => violation.id), page).toEqual([]);
}

describe('the whole app', () => {
  it('takes a person with thoughts of suicide from the start page to a print-ready summary', async () => {
    const answers = answersOf('thoughtsOfSuicide');
    const { user } = renderWithProviders(<App />);
    await expectNoAxeViolations('start');
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    for (const step of visibleSteps(answers)) {
      await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
      await expectNoAxeViolations(step.id);
      for (const id of step.fields) await answer(user, id, answers);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      if (stepSignalsCrisis(step, answers)) {
        await screen.findByRole('heading', { level: 1, name: 'Help is available right now' });
        await expectNoAxeViolations(`crisis after ${step.id}`);
        await user.click(screen.getByRole('button', { name: 'Continue the questionnaire' }));
      }
    }
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await expectNoAxeViolations('check answers');
    await user.click(screen.getByRole('button', { name: 'See my summary' }));
    await screen.findByRole('heading', { level: 1, name: 'Your summary for the clinician' }, { timeout: 3000 });
    await expectNoAxeViolations('summary');
    expect(screen.getByRole('heading', { name: 'This is not a diagnosis' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Thoughts of suicide or self-harm were reported' })).toBeInTheDocument();
    // Those thoughts are no "nothing to discuss": the points below the safety box say they come besides it.
    expect(screen.getByText(/^Apart from the thoughts of suicide or self-harm above, no answer raised/)).toBeInTheDocument();
    expect(screen.queryByText('None of the answers raised a specific point to discuss.')).not.toBeInTheDocument();
    // Before the summary and after it: a long one on a phone is many screens.
    const [printFirst] = screen.getAllByRole('button', { name: 'Print or save as PDF' });
    expect(screen.getAllByRole('button', { name: 'Print or save as PDF' })).toHaveLength(2);
    // Going on from the focused h1, a person meets the print button and the language choices.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.tab();
    expect(printFirst).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Language of this summary')).toHaveFocus();
    expect(screen.getByText(/PHQ-9 total: \d+ out of 27/)).toBeInTheDocument();
  }, 90_000);

  it('after "Start now" on the first paint, keeps the start page on screen until the first question can show, never a blank page', async () => {
    // A page that suspends is hidden (display: none), not removed, until the next one can show.
    const shownHeading = () => [...document.querySelectorAll('h1')].find((heading) => !heading.closest('[style*="display: none"]'))?.textContent;
    const headingsSeen: string[] = [];
    const observer = new MutationObserver(() => headingsSeen.push(shownHeading() ?? 'no heading'));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    requestStart();
    renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1, name: 'How old are you?' });
    observer.disconnect();
    expect(headingsSeen[0]).toBe('Before your consultation for ketamine therapy');
    expect(headingsSeen).not.toContain('no heading');
  });
});
