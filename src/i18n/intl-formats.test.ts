import { afterEach, expect, test, vi } from 'vitest';
import { listFormat, monthYearFormat, numberFormat, prepareFormats } from './intl-formats.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('preparing a language loads its data, then the supported languages, then each formatter, one task at a time', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const loadsData = vi.spyOn(Intl.Locale.prototype, 'maximize');
  const listsSupported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
  // A language no other test has prepared, so nothing is built yet.
  const preparing = prepareFormats('fr');
  const calledPerTask: number[][] = [];
  for (let task = 0; task < 5; task++) {
    await vi.runOnlyPendingTimersAsync();
    calledPerTask.push([loadsData.mock.calls.length, listsSupported.mock.calls.length]);
  }
  await preparing;
  expect(calledPerTask.slice(0, 2)).toEqual([
    [1, 0],
    [1, 1],
  ]);
  expect(listFormat('fr').format(['un', 'deux'])).toBe('un et deux');
  expect(numberFormat('fr').format(1)).toBe('1');
  expect(monthYearFormat('fr').format(new Date(Date.UTC(2024, 2)))).toBe('mars 2024');
});
