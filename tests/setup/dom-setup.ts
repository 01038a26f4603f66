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
// can take longer than Testing Library's default second (a lazy route's first load once took
// over 5 s). Within the dom project's 15 s test timeout.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does no layout, so it has no scrolling either.
Element.prototype.scrollIntoView = () => undefined;

installMatchMediaStub();

// jsdom has <dialog> but not its modal behaviour: showModal() opens it, close() closes it and
// Escape sends the top modal dialog a cancelable `cancel` event, closing it unless prevented.
// (Inertness of the page behind is the browser's; the journeys check it.)
if (!('showModal' in HTMLDialogElement.prototype)) {
  const modals: HTMLDialogElement[] = [];
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
      modals.push(this);
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      modals.splice(modals.indexOf(this), 1);
      this.dispatchEvent(new Event('close'));
    },
  });
  document.addEventListener('keydown', (event) => {
    const top = modals.at(-1);
    if (event.key !== 'Escape' || !top) return;
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
}

afterEach(() => {
  cleanup();
  installMatchMediaStub();
  clearSessionToken();
  localStorage.clear();
  sessionStorage.clear();
});
