import { describe, expect, it } from 'vitest';
import { embedPathFor, embedSnippet, fullViewPathFor } from './embed-address';

describe('embed addresses', () => {
  it('name the page and the chart and keep the page’s state exactly', () => {
    const search = '?round=2022&cities=ghent,oslo&view=heatmap';
    expect(embedPathFor({ pathname: '/compare', search }, 'heatmap')).toBe(
      `/embed/compare/heatmap${search}`,
    );
    expect(embedPathFor({ pathname: '/', search: '?round=2020' }, 'map')).toBe(
      '/embed/overview/map?round=2020',
    );
    expect(embedPathFor({ pathname: '/trends', search: '' }, 'adoption')).toBe(
      '/embed/trends/adoption',
    );
    expect(embedPathFor({ pathname: '/cities/ghent', search: '' }, 'role-scores')).toBe(
      '/embed/cities/ghent/role-scores',
    );
  });

  it('are not offered for pages without embeddable charts', () => {
    expect(embedPathFor({ pathname: '/cities/ghent/report', search: '' }, 'x')).toBeNull();
    expect(embedPathFor({ pathname: '/embed/compare/heatmap', search: '' }, 'x')).toBeNull();
    expect(embedPathFor({ pathname: '/settings', search: '' }, 'x')).toBeNull();
    expect(embedPathFor({ pathname: '/cities', search: '' }, 'x')).toBeNull();
  });

  it('lead back to the full view with the same state', () => {
    for (const [pathname, search] of [
      ['/compare', '?round=2022&cities=ghent,oslo&view=heatmap'],
      ['/', '?round=2020'],
      ['/trends', ''],
      ['/cities/ghent', '?round=2022'],
    ] as const) {
      const embed = embedPathFor({ pathname, search }, 'ranking-overall') ?? '';
      const [embedPathname = ''] = embed.split('?');
      expect(fullViewPathFor({ pathname: embedPathname, search })).toBe(pathname + search);
    }
  });
});

describe('the embed snippet', () => {
  it('is a responsive iframe named after the chart, its text escaped', () => {
    expect(
      embedSnippet({
        src: 'https://monitor.example/embed/compare/heatmap?round=2022&cities=a,b',
        title: 'Ratings "per" <commitment>',
        height: 640,
      }),
    ).toBe(
      '<iframe src="https://monitor.example/embed/compare/heatmap?round=2022&amp;cities=a,b" ' +
        'title="Ratings &quot;per&quot; &lt;commitment&gt;" width="100%" height="640" ' +
        'style="border:0" loading="lazy"></iframe>',
    );
  });
});
