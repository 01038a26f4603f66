/**
 * Playwright's `test` and `expect` for every spec here, with one addition: each test fails at
 * its end when any page it opened reported a Content-Security-Policy violation (issue 16: the
 * app runs under a strict policy, server/security-headers.ts, with none). A violation is only
 * reported, never thrown, so without this a blocked style or script passes unseen.
 *
 * Every browser context a test gets is watched: the `context` fixture's, and any the test opens
 * itself with `browser.newContext()` or `browser.newPage()` (two devices, axe's own context).
 * Within a context, every page and frame reports through one binding, from a listener installed
 * before the page's own scripts run. Chromium also logs each violation to the console, and that
 * is watched too: in a popup opened by `window.open` it blocked and logged an inline style but
 * fired no `securitypolicyviolation` event (Chromium 150, tried here).
 *
 * A test that provokes a violation on purpose (a site framing the app that FRAME_ANCESTORS does
 * not list) takes the `cspWatch` fixture, asserts what it expected and empties both lists.
 */
import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

/** One `securitypolicyviolation` event, as much as is needed to find its cause. */
export interface CspViolation {
  /** The directive that blocked it, e.g. `style-src-attr`. */
  directive: string;
  /** What was blocked: a URL, or `inline` / `eval`. */
  blockedURI: string;
  /** The first characters of the blocked code (the policy does not ask for them all). */
  sample: string;
  /** Where the code that did it stands: `file:line:column`. */
  source: string;
  /** The page (or frame) it happened in. */
  page: string;
}

/** The binding's name in every page: unlikely to meet an app global. */
const binding = '__reportCspViolation';

/** In the page, before its scripts: hands each violation to the binding. */
function listenForViolations(name: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (violation: CspViolation) => void>)[name];
    report?.({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${String(event.lineNumber)}:${String(event.columnNumber)}`,
      page: event.documentURI,
    });
  });
}

/** Chromium's console line for a blocked load or inline code ("… violates the following …"). */
const consoleReport = /Content Security Policy/i;

interface CspWatch {
  /** Every violation event so far, in every watched context. */
  violations: CspViolation[];
  /** Every console line about the policy so far, with its page: `page: text (where)`. */
  consoleReports: string[];
  /** Starts watching `context` (once: watching it again does nothing). */
  watch: (context: BrowserContext) => Promise<void>;
}

/** `browser.newContext`, made to watch each context it creates, until the returned undo. */
function watchNewContexts(browser: Browser, watch: CspWatch['watch']): () => void {
  const newContext = browser.newContext.bind(browser);
  // An own property over the prototype's method; browser.newPage and Playwright's own context
  // fixture call it too.
  Object.defineProperty(browser, 'newContext', {
    configurable: true,
    value: async (...options: Parameters<Browser['newContext']>) => {
      const context = await newContext(...options);
      await watch(context);
      return context;
    },
  });
  return () => {
    Reflect.deleteProperty(browser, 'newContext');
  };
}

export const test = base.extend<{ cspWatch: CspWatch }>({
  cspWatch: [
    async ({ browser }, use) => {
      const violations: CspViolation[] = [];
      const consoleReports: string[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watch = async (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on('console', (message) => {
          if (!consoleReport.test(message.text())) return;
          const { url, lineNumber } = message.location();
          const page = message.page()?.url() ?? 'a worker';
          consoleReports.push(`${page}: ${message.text()} (${url}:${String(lineNumber)})`);
        });
        await context.exposeBinding(binding, (_source, violation: CspViolation) => {
          violations.push(violation);
        });
        await context.addInitScript(listenForViolations, binding);
      };
      const undo = watchNewContexts(browser, watch);
      try {
        await use({ violations, consoleReports, watch });
      } finally {
        undo();
      }
      expect({ violations, consoleReports }, 'Content-Security-Policy violations').toEqual({
        violations: [],
        consoleReports: [],
      });
    },
    { auto: true },
  ],
  // Watched however Playwright made it (a reused context does not go through newContext).
  context: async ({ context, cspWatch }, use) => {
    await cspWatch.watch(context);
    await use(context);
  },
});

export { expect };
