import { describe, expect, it } from 'vitest';
import { languageKey } from '#src/persistence/storage-keys.ts';
import { keepRequestedLanguage } from './language-choice.ts';

/** A tab at `address`, whose storage works unless `blocked`. */
function tab(address: string, { blocked = false } = {}) {
  const stored = new Map<string, string>();
  const location = new URL(address);
  return {
    stored,
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: URL | string) => {
        location.href = new URL(url, location).href;
      },
    },
    sessionStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (blocked) throw new DOMException('denied', 'SecurityError');
        stored.set(key, value);
      },
    },
  };
}

describe('a language asked for by the address', () => {
  it('becomes the tab’s choice and leaves the address, which keeps its page', () => {
    const browser = tab('http://localhost/?lng=es&page=age');
    keepRequestedLanguage(browser as never);
    expect(browser.stored.get(languageKey)).toBe('es');
    expect(browser.location.search).toBe('?page=age');
  });

  it('stays in the address of a tab that cannot store it', () => {
    const browser = tab('http://localhost/?lng=es', { blocked: true });
    keepRequestedLanguage(browser as never);
    expect(browser.location.search).toBe('?lng=es');
  });

  it('is ignored when there is no such language', () => {
    const browser = tab('http://localhost/?lng=xx');
    keepRequestedLanguage(browser as never);
    expect(browser.stored.size).toBe(0);
  });
});
