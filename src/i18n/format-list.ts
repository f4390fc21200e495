import { listFormat } from './intl-formats.ts';

/** Several values as one phrase in the language's own list style ("a, b and c"). */
export function formatList(values: readonly string[], language: string): string {
  return listFormat(language).format(values);
}
