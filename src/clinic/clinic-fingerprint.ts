/**
 * A short fingerprint of clinic.json's text (32-bit FNV-1a), so the page can tell whether the
 * clinic.json it was prerendered from is still the one being served. Not a security measure.
 */
export function clinicFingerprint(clinicJson: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < clinicJson.length; index++) {
    hash ^= clinicJson.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
