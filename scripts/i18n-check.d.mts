export interface LocaleProblem {
  kind: 'unreadable' | 'notText' | 'folder' | 'meta' | 'missing' | 'extra' | 'plural' | 'empty' | 'placeholders' | 'markup' | 'untranslated';
  key: string;
  detail: string;
}
export interface LocaleCheck {
  language: string;
  meta: { name?: string; dir?: string; status?: string } | undefined;
  problems: LocaleProblem[];
  keyCount: number;
}
export function checkLocale(language: string, english?: Record<string, string>, localesRoot?: string): LocaleCheck;
export function readLocale(
  language: string,
  localesRoot?: string,
): {
  strings: Record<string, string>;
  meta: LocaleCheck['meta'];
  unreadable: { file: string; reason: string }[];
  notText: string[];
  folderMissing: boolean;
};
export function localeFolders(): string[];
