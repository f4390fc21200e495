import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
