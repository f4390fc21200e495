import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** QR version, 1 to 40: the size grows by 4 modules per version. */
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark: (row: number, column: number) => boolean;
}

/** Above version 25 (117 modules a side) a phone held at the front desk struggles to scan the code. */
export const largestScannableVersion = 25;

/**
 * The QR code of a link, at error correction M (15 % of the code can be lost, such as a crease
 * in a printout or glare on a screen), in the smallest version that holds the text; undefined when
 * that is larger than `largestScannableVersion`, as with pages of free text typed into the answers.
 */
export function qrMatrix(text: string): QrMatrix | undefined {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  try {
    code.make();
  } catch {
    return undefined; // longer than even version 40 holds
  }
  const size = code.getModuleCount();
  const version = (size - 17) / 4;
  return version > largestScannableVersion ? undefined : { version, size, isDark: (row, column) => code.isDark(row, column) };
}
