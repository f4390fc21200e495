// Building a list formatter loads the language's rules and costs about a millisecond; pages format lists on every render.
const formatters = new Map<string, Intl.ListFormat>();

/** Several values as one phrase in the language's own list style ("a, b and c"). */
export function formatList(values: readonly string[], language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
    formatters.set(language, formatter);
  }
  return formatter.format(values);
}
