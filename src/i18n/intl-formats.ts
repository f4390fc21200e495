import { nextTask } from '#src/ui/next-task.ts';

/**
 * Intl formatters, built once per language: building one loads the language's rules and costs
 * about a millisecond, and pages such as "Check your answers" format dozens of values per render.
 */
function perLanguage<Format>(build: (language: string) => Format): (language: string) => Format {
  const built = new Map<string, Format>();
  return (language) => {
    let format = built.get(language);
    if (!format) {
      format = build(language);
      built.set(language, format);
    }
    return format;
  };
}

export const listFormat = perLanguage((language) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }));
export const numberFormat = perLanguage((language) => new Intl.NumberFormat(language));
export const monthYearFormat = perLanguage((language) => new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/**
 * The two things the browser loads for the first formatter of all, asked for apart: the language's
 * data, then the list of languages it supports. Together, in the first formatter, they took 30 to
 * 100 ms at normal speed on a 2-core machine; one at a time, neither reaches 50.
 */
const loadLanguageData = (language: string) => new Intl.Locale(language).maximize();
const loadSupportedLanguages = (language: string) => Intl.NumberFormat.supportedLocalesOf(language);

/**
 * Builds a language's formatters ahead of need, each in a task of its own. The start page and
 * "Check your answers" use them.
 */
export async function prepareFormats(language: string): Promise<void> {
  for (const build of [loadLanguageData, loadSupportedLanguages, listFormat, numberFormat, monthYearFormat]) {
    await nextTask();
    build(language);
  }
}
