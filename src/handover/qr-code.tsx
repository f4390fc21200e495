import { useMemo } from 'react';
import type { QrMatrix } from './qr-matrix.ts';

/** Scanners need a light margin of 4 modules around the code. */
const quietZone = 4;

/** A QR code drawn as one SVG path: crisp at any zoom and in print, with no image to load. */
export function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  const { path, extent } = useMemo(() => {
    let d = '';
    for (let row = 0; row < matrix.size; row++) {
      for (let column = 0; column < matrix.size; column++) {
        if (matrix.isDark(row, column)) d += `M${column + quietZone} ${row + quietZone}h1v1h-1z`;
      }
    }
    return { path: d, extent: matrix.size + 2 * quietZone };
  }, [matrix]);
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
