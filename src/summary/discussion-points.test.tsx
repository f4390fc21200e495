// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { answersOf } from '#tests/fixtures/personas.ts';
import { buildSummary, type Summary } from './build-summary.ts';
import { DiscussionPoints } from './discussion-points.tsx';

/** The points, once the text they use has arrived, as the summary page has it. */
function LoadedPoints({ summary }: { summary: Summary }) {
  useTranslation(['summary', 'rules', 'questionnaire']);
  return <DiscussionPoints summary={summary} />;
}

describe('the points to discuss', () => {
  it('show, for an MAOI still taken among the medicines tried, that medicine and not the others', async () => {
    const summary = buildSummary({
      ...answersOf('nothingToDiscuss'),
      antidepressantTrials: [
        { medicine: 'sertraline', otherName: undefined, weeks: 8, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stoppedNotHelping' },
        { medicine: 'phenelzine', otherName: undefined, weeks: 10, takenAsPrescribed: 'yes', effect: 'partial', outcome: 'stillTaking' },
      ],
    });
    renderWithProviders(<LoadedPoints summary={summary} />);
    const title = await screen.findByRole('heading', { level: 4, name: /MAOI/ });
    const point = title.closest('li');
    if (!point) throw new Error('the MAOI point is not a list item');
    expect(within(point).getByText(/Phenelzine/)).toBeInTheDocument();
    expect(point).not.toHaveTextContent(/Sertraline/);
  });
});
