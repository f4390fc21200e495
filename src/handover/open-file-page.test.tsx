// @vitest-environment jsdom
import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import questionnaireText from '#locales/en/questionnaire.json';
import receivedText from '#locales/en/received.json';
import summaryText from '#locales/en/summary.json';
import { localeText } from '#src/fhir/locale-text.ts';
import { questionnaireResponseFor } from '#src/fhir/questionnaire-response.ts';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { answersOf, type PersonaName } from '#tests/fixtures/personas.ts';
import { OpenFilePage } from './open-file-page.tsx';

const notASummary = receivedText.openFile.problems.notJson;
const fileOf = (text: string) => new File([text], 'notes.json', { type: 'application/json' });
const text = localeText({ questionnaire: questionnaireText, common: commonText });
const summaryFileOf = (persona: PersonaName) =>
  fileOf(JSON.stringify(questionnaireResponseFor(answersOf(persona), { status: 'completed', authored: new Date('2026-11-22T10:30:00Z'), text })));
/** Files dragged onto the page and dropped on `target`; returns the drop event. */
function dropFiles(target: Element, files: File[]) {
  const drop = createEvent.drop(target, { dataTransfer: { files, types: ['Files'], dropEffect: 'none' } });
  fireEvent(target, drop);
  return drop;
}

/** A file whose text arrives only when `arrive` is called, as a slow disk or a large file would. */
function slowFile(text: string) {
  const file = fileOf(text);
  let arrive = () => {};
  file.text = () => new Promise((resolve) => (arrive = () => resolve(text)));
  return { file, arrive: () => arrive() };
}

describe('opening a summary file', () => {
  it('announces the same problem again for a second file, once that file has been read', async () => {
    const { user } = renderWithProviders(<OpenFilePage />);
    const input = await screen.findByLabelText(receivedText.openFile.label);
    await user.upload(input, fileOf('not json'));
    const first = await screen.findByText(notASummary);

    const second = slowFile('still not json');
    await user.upload(input, second.file);
    // While the second file is read, the first file's message is not put in again.
    expect(screen.getByText(notASummary)).toBe(first);
    second.arrive();
    await waitFor(() => expect(screen.getByText(notASummary)).not.toBe(first));
    expect(screen.getByRole('alert')).toHaveTextContent(notASummary);
  });

  it('can be given the same file again, as its message asks', async () => {
    const { user } = renderWithProviders(<OpenFilePage />);
    const input: HTMLInputElement = await screen.findByLabelText(receivedText.openFile.label);
    await user.upload(input, fileOf('not json'));
    await screen.findByText(notASummary);
    // An emptied input takes the same file as a new choice; one still holding it would not.
    expect(input.value).toBe('');
  });

  it('shows the file chosen last, however long an earlier one takes to read', async () => {
    const { user } = renderWithProviders(<OpenFilePage />);
    const input = await screen.findByLabelText(receivedText.openFile.label);
    const earlier = slowFile('not json');
    await user.upload(input, earlier.file);
    await user.upload(input, new File(['x'.repeat(1_000_001)], 'big.json'));
    await screen.findByText(receivedText.openFile.problems.tooLarge);
    earlier.arrive();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(notASummary)).toBeNull();
    expect(screen.getByText(receivedText.openFile.problems.tooLarge)).toBeTruthy();
  });

  it('opens a file dropped anywhere on the page, and keeps the browser from opening it instead', async () => {
    renderWithProviders(<OpenFilePage />);
    await screen.findByLabelText(receivedText.openFile.label);
    const dragOver = createEvent.dragOver(document.body, { dataTransfer: { files: [], types: ['Files'], dropEffect: 'none' } });
    fireEvent(document.body, dragOver);
    const drop = dropFiles(document.body, [fileOf('not json')]);
    expect([dragOver.defaultPrevented, drop.defaultPrevented]).toEqual([true, true]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(notASummary));
  });

  it('leaves dragged text, which is no file, to the browser', async () => {
    renderWithProviders(<OpenFilePage />);
    await screen.findByLabelText(receivedText.openFile.label);
    const drop = createEvent.drop(document.body, { dataTransfer: { files: [], types: ['text/plain'] } });
    fireEvent(document.body, drop);
    expect(drop.defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(notASummary)).toBeNull();
  });

  it('opens a file dropped on a summary as a new page: at its top, its heading focused, in the page\'s language', async () => {
    const { user } = renderWithProviders(<OpenFilePage />);
    await user.upload(await screen.findByLabelText(receivedText.openFile.label), summaryFileOf('nothingToDiscuss'));
    await screen.findByText(summaryText.noPoints);
    await user.selectOptions(screen.getByLabelText(commonText.language.summaryLanguage), 'es');
    await waitFor(() => expect(screen.getByRole('article').getAttribute('lang')).toBe('es'));
    (screen.getByRole('button', { name: receivedText.openFile.another }) as HTMLElement).focus();

    dropFiles(document.body, [summaryFileOf('manyCautions')]);
    await waitFor(() => expect(screen.getByRole('article').getAttribute('lang')).toBe('en'));
    expect(screen.queryByText(summaryText.noPoints)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('refuses several files dropped at once, saying so', async () => {
    renderWithProviders(<OpenFilePage />);
    await screen.findByLabelText(receivedText.openFile.label);
    dropFiles(document.body, [summaryFileOf('nothingToDiscuss'), summaryFileOf('manyCautions')]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(receivedText.openFile.problems.severalFiles));
  });

  it('puts a refused file\'s message in after the form is in the page, when it replaces a summary', async () => {
    const { user } = renderWithProviders(<OpenFilePage />);
    await user.upload(await screen.findByLabelText(receivedText.openFile.label), summaryFileOf('nothingToDiscuss'));
    await screen.findByText(summaryText.noPoints);
    const alertsOnArrival: string[] = [];
    const watch = new MutationObserver(() => {
      const alert = document.querySelector('[role="alert"]');
      if (alert && !alertsOnArrival.length) alertsOnArrival.push(alert.textContent ?? '');
    });
    watch.observe(document.body, { childList: true, subtree: true });
    dropFiles(document.body, [fileOf('not json')]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(notASummary));
    watch.disconnect();
    // The alert arrived empty, and the message came into it after: a change a screen reader announces.
    expect(alertsOnArrival).toEqual(['']);
  });
});
