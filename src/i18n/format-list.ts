/** Several values as one phrase in the language's own list style ("a, b and c"). */
export function formatList(values: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(values);
}
