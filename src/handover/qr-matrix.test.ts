import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { personas } from '#tests/fixtures/personas.ts';
import { seededCompleteAnswers, seededRandom } from '#tests/fixtures/seeded-answers.ts';
import { qrMatrix, type QrMatrix } from './qr-matrix.ts';
import { shareFragment } from './share-link.ts';

/** The code as a phone camera would see it: 4 pixels per module, inside a white quiet zone. */
function scan(matrix: QrMatrix | undefined): string | undefined {
  if (!matrix) return undefined;
  const scale = 4;
  const side = (matrix.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4;
      const column = Math.floor(x / scale) - 4;
      if (row >= 0 && column >= 0 && row < matrix.size && column < matrix.size && matrix.isDark(row, column)) {
        pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, side, side)?.data;
}

/** A deployment's address of typical length; clinics host the app under their own domain. */
const linkTo = async (answers: Parameters<typeof shareFragment>[0]['answers']) =>
  `https://screening.example-clinic.org/ketamine/#${await shareFragment({ answers, completedOn: '2026-11-22' })}`;

describe('QR codes of share links', () => {
  it.each(Object.entries(personas))('scan back to the exact link for %s, at version 25 or lower', async (_name, answers) => {
    const link = await linkTo(answers);
    const matrix = qrMatrix(link);
    expect(matrix?.version).toBeLessThanOrEqual(25);
    expect(scan(matrix)).toBe(link);
  });
});

describe('the longest share link', () => {
  it('of the personas and of 500 random questionnaires still fits a QR code of version 25 at level M', async () => {
    const candidates = [...Object.values(personas), ...Array.from({ length: 500 }, (_, seed) => seededCompleteAnswers(seed))];
    const links = await Promise.all(candidates.map(linkTo));
    const longest = links.reduce((a, b) => (b.length > a.length ? b : a));
    const personaLinks = links.slice(0, Object.keys(personas).length);
    const personaLongest = personaLinks.reduce((a, b) => (b.length > a.length ? b : a));
    console.info(
      `share links: longest persona ${personaLongest.length} characters, QR version ${qrMatrix(personaLongest)?.version} (M); ` +
        `longest of 500 random questionnaires ${longest.length} characters, QR version ${qrMatrix(longest)?.version} (M)`,
    );
    expect(scan(qrMatrix(longest))).toBe(longest);
  });
});

describe('a link too long to scan', () => {
  it('gets no QR code, so the page offers the link and the file instead', async () => {
    // Text that does not repeat, as a real list of medicines and notes would not: compression cannot shrink it much.
    const random = seededRandom(7);
    const pages = Array.from({ length: 2000 }, () => 'abcdefghijklmnopqrstuvwxyz ,.0123456789'[Math.floor(random() * 39)]).join('');
    const link = await linkTo({ ...personas.manyCautions, otherMedicines: pages });
    expect(link.length).toBeGreaterThan(1500);
    expect(qrMatrix(link)).toBeUndefined();
  });
});
