/** The app's security headers: the exact policy, its two settings, and refused values. */
import { describe, expect, it } from 'vitest';
import {
  apiOriginOf,
  contentSecurityPolicy,
  parseFrameAncestors,
  securityHeaders,
  securityHeadersFor,
} from './security-headers';

const strict =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

describe('contentSecurityPolicy', () => {
  it('allows only the app itself by default, and no site to frame it', () => {
    expect(contentSecurityPolicy({ apiOrigin: null, frameAncestors: [] })).toBe(strict);
  });

  it('lets the app call an API elsewhere, and lets the configured sites frame it', () => {
    const policy = contentSecurityPolicy({
      apiOrigin: 'https://api.example.org',
      frameAncestors: ['https://city.example.org', 'http://localhost:3000'],
    });
    expect(policy).toContain("; connect-src 'self' https://api.example.org; ");
    expect(policy).toMatch(
      /; frame-ancestors https:\/\/city\.example\.org http:\/\/localhost:3000$/,
    );
    expect(policy).not.toContain("frame-ancestors 'none'");
  });
});

describe('securityHeaders', () => {
  it('sends the policy with nosniff and the referrer policy', () => {
    expect(securityHeaders({ apiOrigin: null, frameAncestors: [] })).toEqual({
      'Content-Security-Policy': strict,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });
});

describe('parseFrameAncestors', () => {
  it('is empty when unset or blank', () => {
    expect(parseFrameAncestors(undefined)).toEqual([]);
    expect(parseFrameAncestors('  ')).toEqual([]);
  });

  it('reads space-separated origins, in their canonical form, once each', () => {
    expect(
      parseFrameAncestors(
        ' https://City.Example.org/  http://localhost:8080\thttps://a.example:443 ',
      ),
    ).toEqual(['https://city.example.org', 'http://localhost:8080', 'https://a.example']);
    expect(parseFrameAncestors('https://a.example https://a.example/')).toEqual([
      'https://a.example',
    ]);
  });

  it.each([
    ['a keyword', "'self'"],
    ['another scheme', 'ftp://files.example.org'],
    ['a path', 'https://city.example.org/charts'],
    ['a query', 'https://city.example.org?x=1'],
    ['credentials', 'https://user@city.example.org'],
    ['no scheme', 'city.example.org'],
    ['a directive of its own', 'https://a.example;script-src'],
    ['a comma (a second policy)', 'https://a.example,https://b.example'],
  ])('refuses %s, naming the value', (_case, value) => {
    expect(() => parseFrameAncestors(`https://ok.example ${value}`)).toThrow(
      `FRAME_ANCESTORS: ${JSON.stringify(value)} is not an origin;`,
    );
  });

  it('names every value at fault', () => {
    expect(() => parseFrameAncestors('x y')).toThrow('FRAME_ANCESTORS: "x", "y" are not origins');
  });
});

describe('apiOriginOf', () => {
  it('is null for a path on the page’s own origin', () => {
    expect(apiOriginOf(undefined)).toBeNull();
    expect(apiOriginOf('/api')).toBeNull();
  });

  it('is the origin of an absolute address', () => {
    expect(apiOriginOf('https://api.example.org/api')).toBe('https://api.example.org');
    expect(apiOriginOf('http://127.0.0.1:8787/v1/api')).toBe('http://127.0.0.1:8787');
  });

  it('refuses an absolute address it cannot read', () => {
    expect(() => apiOriginOf('https://')).toThrow(/^VITE_API_BASE_URL: /);
  });
});

describe('securityHeadersFor', () => {
  const options = { apiOrigin: null, frameAncestors: ['https://city.example.org'] };
  const ancestorsOf = (pathname: string) =>
    /frame-ancestors ([^;]+)$/.exec(
      securityHeadersFor(pathname, options)['Content-Security-Policy'] ?? '',
    )?.[1];

  it('lets the named sites frame an embedded chart, and nothing else', () => {
    expect(ancestorsOf('/embed/compare/heatmap')).toBe('https://city.example.org');
    expect(ancestorsOf('/embed')).toBe('https://city.example.org');
    for (const pathname of ['/', '/review', '/assessments/ghent-2026', '/embedded', '/sign-in']) {
      expect({ pathname, ancestors: ancestorsOf(pathname) }).toEqual({
        pathname,
        ancestors: "'none'",
      });
    }
  });
});
