/** Offers text to the person as a file download; nothing leaves the device. */
export function downloadFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by the time the click returns; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
