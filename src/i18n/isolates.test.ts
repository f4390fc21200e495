import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';

describe('values in Arabic text', () => {
  it('are isolated in sentences, but not in the name of the downloaded file, which the browser would mangle', async () => {
    const i18n = createI18n('ar');
    await i18n.loadNamespaces(['summary']);
    expect(i18n.t('summary:file.name', { code: 'HW8T-KFG7' })).toBe('ketamine-screening-HW8T-KFG7.json');
    expect(i18n.t('summary:weeks', { count: 7 })).toContain('\u2068');
  });
});
