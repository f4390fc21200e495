export interface LocaleProblem {
  kind: 'meta' | 'missing' | 'extra' | 'plural' | 'empty' | 'placeholders' | 'markup' | 'untranslated';
  key: string;
  detail: string;
}
export interface LocaleCheck {
  language: string;
  meta: { name?: string; dir?: string; status?: string } | undefined;
  problems: LocaleProblem[];
  keyCount: number;
}
export function checkLocale(language: string): LocaleCheck;
export function readLocale(language: string): { strings: Record<string, string>; meta: LocaleCheck['meta'] };
export function localeFolders(): string[];
