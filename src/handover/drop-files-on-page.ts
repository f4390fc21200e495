/**
 * A file dragged onto the page, from the downloads bar or a folder, is opened as a file chosen is,
 * wherever it is dropped: the browser would otherwise leave the page to show the file itself.
 * Returns the function that stops it.
 */
export function dropFilesOnPage(open: (files: readonly File[]) => unknown): () => void {
  const filesIn = (event: DragEvent) => (event.dataTransfer?.types.includes('Files') ? event.dataTransfer : undefined);
  const allow = (event: DragEvent) => {
    const transfer = filesIn(event);
    if (!transfer) return;
    event.preventDefault();
    transfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent) => {
    const transfer = filesIn(event);
    if (!transfer) return;
    event.preventDefault();
    void open([...transfer.files]);
  };
  document.addEventListener('dragover', allow);
  document.addEventListener('drop', drop);
  return () => {
    document.removeEventListener('dragover', allow);
    document.removeEventListener('drop', drop);
  };
}
