/** jsdom extras: matchers, i18n, a clean session and storage after each test. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearSessionToken } from '../../src/data/session-token-store';
import '../../src/lib/i18n';
import { installMatchMediaStub } from '../utils/media-queries';

// jsdom has no layout: charts need a ResizeObserver to exist, even if it never reports.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

// The app loads routes and data asynchronously; on a busy two-core CI machine the first render
// can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom does no layout, so it has no scrolling either.
Element.prototype.scrollIntoView = () => undefined;

installMatchMediaStub();

afterEach(() => {
  cleanup();
  installMatchMediaStub();
  clearSessionToken();
  localStorage.clear();
  sessionStorage.clear();
});
