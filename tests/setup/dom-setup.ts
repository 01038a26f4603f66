/** jsdom extras: matchers, i18n, a clean session and storage after each test. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearSessionToken } from '../../src/data/session-token-store';
import '../../src/lib/i18n';

// jsdom has no layout: charts need a ResizeObserver to exist, even if it never reports.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

afterEach(() => {
  cleanup();
  clearSessionToken();
  localStorage.clear();
});
