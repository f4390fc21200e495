import type { Answers } from '#src/questionnaire/fields.ts';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32: no I, L, O or U to misread

/** JSON with every object's keys sorted, so equal values always give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** A 40-bit hash of a value, as 8 Crockford characters in two groups ("HW8T-KFG7"). Not a secret. */
export function shortHash(value: unknown): string {
  const text = canonicalJson(value);
  // FNV-1a, 32 bits, twice with different seeds for 40 usable bits.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  };
  const high = hash(0x811c9dc5);
  const low = hash(0x050c5d1f);
  let code = '';
  for (let i = 0; i < 8; i++) {
    const bits = i < 4 ? (high >>> (i * 5)) & 31 : (low >>> ((i - 4) * 5)) & 31;
    code += alphabet[bits];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A short code that names this set of answers, so staff and patient can refer to the same
 * summary. The same answers always give the same code; it is not a secret and not an identity.
 */
export function referenceCode(answers: Answers): string {
  return shortHash(answers);
}
