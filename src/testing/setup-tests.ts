import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first test of a file that opens a lazy page waits while its modules are transformed and
// loaded: on a busy 2-core machine that once took longer than the default second. A wait that
// succeeds returns as soon as it does; only a failing one waits the longer.
configure({ asyncUtilTimeout: 4000 });

// jsdom lays nothing out, so there is nothing to scroll; without this it reports scrollTo as missing.
if (typeof window !== 'undefined') {
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = () => {};
}

afterEach(() => {
  if (typeof document === 'undefined') return;
  cleanup();
  // Each test starts as a fresh visit: no saved answers, at the start address.
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
