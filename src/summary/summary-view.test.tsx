// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import summaryText from '#locales/en/summary.json';
import spanishSummaryText from '#locales/es/summary.json';
import { createI18n } from '#src/i18n/i18n.ts';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { answersOf } from '#tests/fixtures/personas.ts';
import { SummaryView } from './summary-view.tsx';

function renderSummary() {
  const page = createI18n('en');
  const rendered = renderWithProviders(
    <I18nextProvider i18n={page}>
      <SummaryView answers={answersOf('nothingToDiscuss')} completedOn={new Date(2026, 11, 7)} />
    </I18nextProvider>,
  );
  const summaryLanguage = async () => (await screen.findByRole('article')).getAttribute('lang');
  return { page, summaryLanguage, ...rendered };
}

describe('the summary language', () => {
  it('follows the page when the page changes language', async () => {
    const { page, summaryLanguage } = renderSummary();
    expect(await summaryLanguage()).toBe('en');
    await act(() => page.changeLanguage('es'));
    await waitFor(async () => expect(await summaryLanguage()).toBe('es'));
  });

  it('stays as chosen when the page changes language after', async () => {
    const { page, summaryLanguage, user } = renderSummary();
    await user.selectOptions(await screen.findByLabelText(commonText.language.summaryLanguage), 'ar');
    await waitFor(async () => expect(await summaryLanguage()).toBe('ar'));
    await act(() => page.changeLanguage('es'));
    await waitFor(async () => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(spanishSummaryText.title));
    expect(await summaryLanguage()).toBe('ar');
  });

  it('drops a second copy in the language the page changes to, and does not bring it back', async () => {
    const { page, user } = renderSummary();
    await user.selectOptions(await screen.findByLabelText(commonText.language.secondLanguage), 'es');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await act(() => page.changeLanguage('es'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await act(() => page.changeLanguage('en'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(summaryText.title));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
