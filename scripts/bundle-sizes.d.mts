export interface FileSize {
  file: string;
  bytes: number;
}
export function gzipSize(buffer: Uint8Array): number;
export function firstLoadAssets(dist: string): string[];
export function firstLoad(dist: string): { files: FileSize[]; bytes: number };
export function lazyChunks(dist: string): FileSize[];
export function gzipSizeOfPaths(dist: string, paths: readonly string[]): { bytes: number; files: number; missing: string[] };
