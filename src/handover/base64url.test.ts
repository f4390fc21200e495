import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.ts';

describe('URL-safe base64', () => {
  it('brings back any bytes it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses a text whose last character carries bits that stand for nothing', () => {
    // "QQ" is the one byte "A"; "QR" decodes to the same byte with a stray bit set.
    expect(fromBase64Url('QQ')).toEqual(Uint8Array.of(65));
    expect(fromBase64Url('QR')).toBeUndefined();
  });

  it('refuses characters outside the URL-safe alphabet and impossible lengths', () => {
    expect(fromBase64Url('QQ==')).toBeUndefined();
    expect(fromBase64Url('Q+Q')).toBeUndefined();
    expect(fromBase64Url('QQQQQ')).toBeUndefined();
  });
});
