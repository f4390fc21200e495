import { describe, expect, it } from 'vitest';
import { answersOf } from '#tests/fixtures/personas.ts';
import { browserDraftStorage } from './draft-storage.ts';
import { draftVersion, type Draft } from './saved-draft.ts';
import { languageKey } from './storage-keys.ts';

class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const now = new Date('2026-11-22T12:00:00.000Z');
const draft: Draft = { version: draftVersion, draftId: 'd', savedAt: now.toISOString(), answers: answersOf('nothingToDiscuss'), page: { kind: 'start' } };
const browser = (session: Storage, local: Storage) => ({ sessionStorage: session, localStorage: local });
const refusing = () => {
  throw new DOMException('denied', 'SecurityError');
};

describe('where drafts are stored', () => {
  it('keeps answers for this tab only, unless the person chose to keep them on the device', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    const storage = browserDraftStorage(browser(session, local));
    expect(storage.save(draft)).toBe(true);
    expect(session.length).toBe(1);
    expect(local.length).toBe(0);
    expect(storage.save({ ...draft, keepUntil: '2026-11-29T12:00:00.000Z' })).toBe(true);
    expect(local.length).toBe(1);
    expect(storage.save(draft)).toBe(true);
    expect(local.length).toBe(0);
  });

  it('reads this tab first, then a draft kept on the device', () => {
    const local = new MemoryStorage();
    browserDraftStorage(browser(new MemoryStorage(), local)).save({ ...draft, keepUntil: '2026-11-29T12:00:00.000Z' });
    const inNewTab = browserDraftStorage(browser(new MemoryStorage(), local)).load(now);
    expect(inNewTab).toMatchObject({ kind: 'restored', draft: { draftId: 'd' } });
  });

  it('removes a kept draft once it has expired', () => {
    const local = new MemoryStorage();
    browserDraftStorage(browser(new MemoryStorage(), local)).save({ ...draft, keepUntil: '2026-11-22T11:00:00.000Z' });
    expect(browserDraftStorage(browser(new MemoryStorage(), local)).load(now)).toEqual({ kind: 'setAside', reason: 'expired' });
    expect(local.length).toBe(0);
  });

  it('clears the draft from both places, keeping the language the page is in', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    const storage = browserDraftStorage(browser(session, local));
    session.setItem(languageKey, 'es');
    storage.save({ ...draft, keepUntil: '2026-11-29T12:00:00.000Z' });
    storage.clear();
    expect([...session.items.keys(), ...local.items.keys()]).toEqual([languageKey]);
  });

  it('reports storage the browser refuses, and a full one, without throwing', () => {
    const blocked = browserDraftStorage({
      get sessionStorage(): Storage {
        return refusing();
      },
      get localStorage(): Storage {
        return refusing();
      },
    });
    expect(blocked.available).toBe(false);
    expect(blocked.save(draft)).toBe(false);
    expect(blocked.load(now)).toEqual({ kind: 'none' });
    expect(() => blocked.clear()).not.toThrow();

    const full = browserDraftStorage(browser(new MemoryStorage(200), new MemoryStorage()));
    expect(full.available).toBe(true);
    expect(full.save(draft)).toBe(false);
  });
});
