/** English text by i18next key (`questionnaire:fields.age.label`), or undefined where there is none. */
export type TextLookup = (key: string) => string | undefined;

/**
 * A lookup over locale files already read, keyed by namespace. The FHIR functions take text as an
 * argument, so the build can pass files read from disk and the app never has to bundle a locale.
 */
export function localeText(namespaces: Readonly<Record<string, unknown>>): TextLookup {
  return (key) => {
    const [namespace = '', path = ''] = key.split(':', 2);
    let node: unknown = Object.hasOwn(namespaces, namespace) ? namespaces[namespace] : undefined;
    for (const part of path.split('.')) {
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
    }
    return typeof node === 'string' ? node : undefined;
  };
}

/** An item's text when the locale has it: a missing key leaves the item without text rather than showing the key. */
export const withText = (value: string | undefined): { text?: string } => (value === undefined ? {} : { text: value });
