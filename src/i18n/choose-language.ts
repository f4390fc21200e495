import { defaultLanguage, localeFor, offeredLocales } from './locales.ts';

/**
 * The language to open in: ?lng= (any locale folder, so an incomplete one can be previewed), then
 * the person's saved choice, then the browser's languages, then the clinic's default, then English.
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
  if (localeFor(requested)) return requested as string;
  const offered = (code: string | null | undefined) =>
    offeredLocales.find((locale) => locale.code === code && (!enabled || enabled.includes(locale.code)))?.code;
  return (
    offered(saved) ??
    browserLanguages.map((tag) => offered(tag) ?? offered(tag.split('-')[0])).find(Boolean) ??
    offered(clinicDefault) ??
    (enabled?.includes(defaultLanguage) === false ? offered(enabled[0]) : undefined) ??
    defaultLanguage
  );
}
