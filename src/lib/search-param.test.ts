import { describe, expect, it } from 'vitest';
import { takeSearchParam } from './search-param';

describe('takeSearchParam', () => {
  it('takes the parameter and leaves the others exactly as written', () => {
    const { value, rest } = takeSearchParam(
      new URL('https://monitor.example/compare?cities=ghent,oslo&lang=fr&view=heatmap#top'),
      'lang',
    );
    expect(value).toBe('fr');
    expect(rest.href).toBe('https://monitor.example/compare?cities=ghent,oslo&view=heatmap#top');
  });

  it('leaves no question mark behind, and an address without it as it was', () => {
    expect(takeSearchParam(new URL('https://m.example/?lang=de'), 'lang').rest.href).toBe(
      'https://m.example/',
    );
    const untouched = takeSearchParam(
      new URL('https://m.example/cities?q=%C5%81%C3%B3d%C5%BA'),
      'lang',
    );
    expect(untouched).toEqual({
      value: null,
      rest: new URL('https://m.example/cities?q=%C5%81%C3%B3d%C5%BA'),
    });
  });
});
