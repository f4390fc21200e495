// @vitest-environment jsdom
import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import receivedText from '#locales/en/received.json';
import { renderWithProviders } from '#src/testing/render-with-providers.tsx';
import { OpenFilePage } from './open-file-page.tsx';

const notASummary = receivedText.openFile.problems.notJson;
const fileOf = (text: string) => new File([text], 'notes.json', { type: 'application/json' });

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
    const dataTransfer = { files: [fileOf('not json')], types: ['Files'], dropEffect: 'none' };
    const dragOver = createEvent.dragOver(document.body, { dataTransfer });
    fireEvent(document.body, dragOver);
    const drop = createEvent.drop(document.body, { dataTransfer });
    fireEvent(document.body, drop);
    expect([dragOver.defaultPrevented, drop.defaultPrevented]).toEqual([true, true]);
    expect(await screen.findByRole('alert')).toHaveTextContent(notASummary);
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
});
