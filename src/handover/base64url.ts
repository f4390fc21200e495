/** Bytes as URL-safe base64 without padding (RFC 4648 §5), the form that survives in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const base64UrlText = /^[A-Za-z0-9_-]*$/;

/** The bytes a URL-safe base64 text stands for, or undefined when it is not one. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!base64UrlText.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
