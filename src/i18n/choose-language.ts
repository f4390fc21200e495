import { defaultLanguage, localeFor, offeredLocales } from './locales.ts';

/**
 * The language to open in: ?lng=, then the tab's saved choice (any locale folder, so an incomplete
 * one asked for by address can be previewed), then the browser's languages, then the clinic's
 * default, then English.
 */
export function chooseLanguage({
  requested,
  saved,
  browserLanguages,
  clinicDefault,
  enabled,
}: {
  requested: string | null;
  saved: string | null;
  browserLanguages: readonly string[];
  clinicDefault?: string;
  /** The languages the clinic enabled; all offered ones when not given. */
  enabled?: readonly string[];
}): string {
  for (const asked of [requested, saved]) if (localeFor(asked)) return asked as string;
  const offered = (code: string | null | undefined) =>
    offeredLocales.find((locale) => locale.code === code && (!enabled || enabled.includes(locale.code)))?.code;
  return (
    browserLanguages.map((tag) => offered(tag) ?? offered(tag.split('-')[0])).find(Boolean) ??
    offered(clinicDefault) ??
    (enabled?.includes(defaultLanguage) === false ? offered(enabled[0]) : undefined) ??
    defaultLanguage
  );
}
