/**
 * The security headers of every page and file of the app, built in one place so that the demo
 * (`npm start`, `vite preview`), the Node server (`STATIC_DIR`) and the README's proxy example
 * send the same ones (issue 16).
 *
 * The Content-Security-Policy allows nothing inline and nothing from elsewhere: the build has no
 * inline script or style, figure export writes SVG presentation attributes instead of style
 * attributes, and zod runs jitless (no `new Function` probe). What it must allow, and why:
 * `img-src data: blob:` for the PNG export, which draws the figure's SVG through a blob: image
 * URL; `connect-src` the API's origin when the app was built to call an API elsewhere
 * (`VITE_API_BASE_URL` absolute); `worker-src 'self'` for the demo's mock service worker.
 * `frame-ancestors` says which sites may frame the app (an embedded chart): none unless
 * configured. It only works as a header, never in a <meta> tag, hence headers and not markup.
 *
 * Pure and free of imports, so vite.config.ts can load it as well as the server.
 */

/** What the policy depends on, besides the app itself. */
export interface SecurityHeaderOptions {
  /** The API's origin when it is not the page's (e.g. `https://api.example.org`), else null. */
  apiOrigin: string | null;
  /** Origins that may show the app in a frame; empty: none may. */
  frameAncestors: readonly string[];
}

/** `scheme://host[:port]`, with an optional trailing slash and nothing else. */
const originPattern = /^https?:\/\/[^/?#@\s\\;,'"]+\/?$/i;

/**
 * `value` as a canonical origin (`new URL(value).origin`), or null when it is not an http(s)
 * origin alone: a path, query, credentials or a character that could end a CSP directive
 * (`;`, `,`, quotes) is refused, so a configured value can never add a directive of its own.
 */
function originOf(value: string): string | null {
  if (!originPattern.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins in `FRAME_ANCESTORS` (space-separated), e.g.
 * `https://city.example.org https://news.example.com`; unset or blank: none. Throws an Error
 * naming every value that is not an http(s) origin.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  const entries = (value ?? '').split(/\s+/).filter((entry) => entry !== '');
  const invalid = entries.filter((entry) => originOf(entry) === null);
  if (invalid.length > 0) {
    throw new Error(
      `FRAME_ANCESTORS: ${invalid.map((entry) => JSON.stringify(entry)).join(', ')} ${
        invalid.length === 1 ? 'is not an origin' : 'are not origins'
      }; give space-separated http(s) origins without a path, e.g. "https://city.example.org"`,
    );
  }
  return [...new Set(entries.map((entry) => originOf(entry) ?? entry))];
}

/**
 * The API's origin from the app's `VITE_API_BASE_URL` when that is an absolute http(s)
 * address, e.g. `https://api.example.org` for `https://api.example.org/api`; null for a path
 * such as the default `/api`, which the page's own origin ('self') already covers.
 */
export function apiOriginOf(apiBaseUrl: string | undefined): string | null {
  if (apiBaseUrl === undefined || !/^https?:\/\//i.test(apiBaseUrl)) return null;
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    throw new Error(`VITE_API_BASE_URL: ${JSON.stringify(apiBaseUrl)} is not a valid address`);
  }
  const origin = originOf(url.origin);
  if (origin === null) {
    throw new Error(`VITE_API_BASE_URL: ${JSON.stringify(apiBaseUrl)} has no http(s) origin`);
  }
  return origin;
}

/** The Content-Security-Policy header's value. */
export function contentSecurityPolicy({
  apiOrigin,
  frameAncestors,
}: SecurityHeaderOptions): string {
  const connect = apiOrigin === null ? "'self'" : `'self' ${apiOrigin}`;
  const ancestors = frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** Sent with every API answer: JSON is never to be read as anything else. */
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers for every page and file of the app (HTML, scripts, styles, fonts, images). */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    ...apiSecurityHeaders,
  };
}

/** Whether `pathname` is an embedded chart's page (`/embed/…`, src/lib/embed-address.ts). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * The headers for the page or file at `pathname`: the sites `frameAncestors` names may frame
 * an embedded chart, and no site any other page, so the app's own buttons (sign in, save,
 * approve) can never be clicked through another site's frame.
 */
export function securityHeadersFor(
  pathname: string,
  options: SecurityHeaderOptions,
): Record<string, string> {
  return securityHeaders(isEmbedPath(pathname) ? options : { ...options, frameAncestors: [] });
}
