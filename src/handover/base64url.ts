/** Bytes as URL-safe base64 without padding (RFC 4648 §5), the form that survives in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const base64UrlText = /^[A-Za-z0-9_-]*$/;

/**
 * The bytes a URL-safe base64 text stands for, or undefined when it is not one. The last character
 * can hold bits that stand for nothing, which decoding ignores; a text is accepted only as
 * `toBase64Url` writes it, so that changing such a bit is caught like any other damage.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!base64UrlText.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));
  return toBase64Url(bytes) === text ? bytes : undefined;
}
